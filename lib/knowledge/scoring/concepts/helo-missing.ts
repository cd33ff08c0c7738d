// Concepts (see ./types.ts): the sending server gave no HELO/EHLO greeting, or the server says
// its greeting was missing, before it sent mail: RFC 5321 section 4.1.4 has the client open a
// session with EHLO (or HELO). The sending software must greet first: protocol-syntax, as a
// malformed HELO name is (concept.helo-malformed, ./protocol.ts, whose failure words do not
// say "missing" or "first").
import type { Concept } from "./types";

export const HELO_MISSING_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.helo-missing",
    cause: "protocol-syntax",
    says: "the sending server did not greet with HELO/EHLO (or gave no usable greeting) before sending mail",
    subject: ["helo", "ehlo"],
    failure: ["missing", "say helo first", "helo/ehlo first", "helo first"],
    // A HELO name that does not resolve, has no reverse DNS or is listed is about DNS or
    // reputation, as concept.helo-malformed says.
    unless: [
      "forward dns",
      "rdns",
      "reverse",
      "ptr",
      "not found",
      "blocked using",
      "listed",
      "relay",
    ],
    examples: [
      {
        text: "Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
        source:
          "http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print (What kind of messages will blocked senders receive? MagicSpam forum, answered by MagicSpam; providers/magicspam.ts)",
      },
      {
        text: "503 5.0.0 Polite people say HELO first",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L2760 (sendmail, smtp: MAIL before HELO where PrivacyOptions has needmailhelo; signatures/source-replies/sendmail.ts)",
      },
      {
        text: "503 5.5.1 Error: send HELO/EHLO first",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L2545 (Postfix smtpd, mail_cmd: MAIL FROM before HELO/EHLO; signatures/source-replies/postfix.ts)",
      },
    ],
  },
];

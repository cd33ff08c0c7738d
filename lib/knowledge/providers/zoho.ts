// Zoho Mail (zoho.com, zoho.eu, zohomail.com). Zoho's help pages ("Reasons an email is marked as
// spam", the Zoho Desk email-failure alert schema) describe the refusals; the reply lines below are
// Zoho's as senders logged them, quoted in Sisimai's Zoho module, so they are verbatim: false.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HELP = page(
  "https://www.zoho.com/mail/help/spam-reason.html",
  "Reasons an email is marked as Spam (Zoho Mail Help)",
  "replies quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/zoho.rb",
);
const LOGGED =
  "Zoho's reply as senders logged it (quoted by Sisimai); Zoho's pages describe it but do not print it.";

const { phrase } = entryKit("zoho");

export const ZOHO_TABLE: ProviderTable = {
  provider: "zoho",
  identity: {
    provider: "zoho",
    name: "Zoho Mail",
    hosts: ["zoho.com", "zoho.eu", "zoho.in", "zohomail.com", "zoho.com.au"],
    markers: ["detected by zoho mail"],
    source: HELP,
  },
  phrases: [
    phrase({
      id: "dmarc",
      cause: "authentication-failure",
      match: ["email rejected per dmarc policy"],
      scope: "any",
      source: HELP,
      example: "550 5.7.1 Email rejected per DMARC policy for zoho.com",
      verbatim: false,
      note: LOGGED,
    }),
    phrase({
      id: "greylisted",
      cause: "bad-reputation",
      match: ["greylisted, try again after some time"],
      source: HELP,
      example: "451 4.7.1 Greylisted, try again after some time",
      verbatim: false,
      note: `${LOGGED} Greylisting delays unknown senders; it ends in a bounce only if the sender never retries or keeps being deferred.`,
    }),
    phrase({
      id: "flagged-as-spam",
      cause: "content-spam",
      match: ["email cannot be delivered. reason: email flagged as spam"],
      source: HELP,
      example: "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
      verbatim: false,
      note: `${LOGGED} The help page lists why Zoho flags mail as spam (authentication, content, reputation).`,
    }),
    phrase({
      id: "rejected-by-destination-domain",
      cause: "sender-policy",
      match: ["mail rejected by destination domain"],
      source: HELP,
      example: "541 5.4.1 Mail rejected by destination domain",
      verbatim: false,
      note: `${LOGGED} The recipient organisation's own rules refuse the sender.`,
    }),
    phrase({
      id: "policy-violation",
      cause: "sender-policy",
      match: ["email policy violation detected", "mailbox delivery restricted by policy error"],
      source: HELP,
      example: "554 5.7.7 Email policy violation detected",
      verbatim: false,
      note: LOGGED,
    }),
    phrase({
      id: "temporary-system-error",
      cause: "remote-server-error",
      match: ["temporary system error"],
      status: ["4.3.1"],
      source: HELP,
      example: "452 4.3.1 Temporary System Error",
      verbatim: false,
      note: LOGGED,
    }),
    phrase({
      id: "user-does-not-exist",
      cause: "recipient-unknown",
      match: ["user does not exist - <", "mailbox delivery failure policy error"],
      source: HELP,
      example: "550 5.1.1 User does not exist - <user@zoho.com>",
      verbatim: false,
      note: LOGGED,
    }),
    phrase({
      id: "virus",
      cause: "content-virus",
      match: [/virus \S{1,100} detected by zoho mail/],
      scope: "any",
      source: HELP,
      example: "552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail",
      verbatim: false,
      note: LOGGED,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "No Zoho page prints the reply lines; Sisimai's logged quotes are used (verbatim: false).",
  ],
};

// Concepts: named detectors for the reason a sentence gives, whatever its verb. Each is a pair
// of token sets that must both occur close together in the server's words (an SPF token and a
// failure token within WINDOW characters), so that paraphrases match: "didn't pass SPF",
// "SPF check ... did not pass", "SPF fail - not authorized", "is not allowed to send mail
// from" after "SPF:". The reason outweighs the verb ("rate limited because SPF didn't pass" is
// authentication) by its weight (weights.ts WEIGHTS.concept). Every concept cites real output.
import type { CauseId } from "@/lib/causes/causes";

export interface ConceptExample {
  /** The words as the server (or the provider's page) gave them. */
  text: string;
  /** Where they were read. */
  source: string;
}

export interface Concept {
  id: string;
  cause: CauseId;
  /** Plain words for the explanation: what the server's words say. */
  says: string;
  /** Any one of these (lower case) marks the subject. */
  subject: readonly string[];
  /** Any one of these within WINDOW characters of the subject marks the failure. */
  failure: readonly string[];
  /** Its weight when not the default WEIGHTS.concept (a concept that is only as sure as a collected wording). */
  weight?: number;
  /** When one of these occurs anywhere, the concept does not fire (a known misleading neighbour). */
  unless?: readonly string[];
  examples: readonly ConceptExample[];
}

/** How far apart (in characters of normalised words) the subject and the failure may be. */
export const CONCEPT_WINDOW = 90;

const FAILED = [
  "fail",
  "did not pass",
  "didn't pass",
  "does not pass",
  "doesn't pass",
  "not pass",
  "not authorized",
  "not authorised",
  "not permitted",
  "not allowed",
  "invalid",
  "rejected",
  "violation",
];

export const CONCEPTS: readonly Concept[] = [
  {
    id: "concept.spf-failed",
    cause: "authentication-failure",
    says: "SPF did not pass for the sender",
    subject: ["spf", "sender policy framework"],
    failure: FAILED,
    examples: [
      {
        text: "550 5.7.27 This message was blocked because it didn't pass SPF authentication",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.27)",
      },
      {
        text: "550 5.7.1 <almacen@moyamaquinaria.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.",
        source:
          "https://pastebin.com/JEF0NJwb (Exim bounce from a postfix-policyd-spf-python server)",
      },
      {
        text: "550 SPF: 111.118.215.71 is not allowed to send mail from webhugh.com",
        source: "https://pastebin.com/etXwiYvq (Exim bounce, the remote server's reply)",
      },
    ],
  },
  {
    id: "concept.dkim-failed",
    cause: "authentication-failure",
    says: "the DKIM signature did not verify",
    subject: ["dkim"],
    failure: [...FAILED, "no valid", "missing", "bad signature"],
    // "554 Transaction failed: Duplicate header 'DKIM-Signature'." (Amazon SES): a malformed
    // header, not a failed signature.
    unless: ["duplicate header"],
    examples: [
      {
        text: "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example-domain.com.au] did not pass with ip: [192.0.2.1].",
        source:
          "https://support.webcentral.au/docs/delivering-emails-to-gmail (a Gmail reply quoted in full)",
      },
    ],
  },
  {
    id: "concept.dmarc-failed",
    cause: "authentication-failure",
    says: "the sender's DMARC policy refused the message",
    subject: ["dmarc"],
    failure: [...FAILED, "policy", "reject", "quarantine"],
    examples: [
      {
        text: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.26)",
      },
    ],
  },
  {
    id: "concept.judged-spam",
    cause: "content-spam",
    says: "the message was judged to be spam",
    // "Spam" also names sources and lists ("spam ips blocked"): no surer than a collected wording.
    weight: 1.5,
    subject: ["spam"],
    failure: [
      "reject",
      "blocked",
      "refused",
      "detected",
      "identified",
      "classified",
      "considered",
      "suspected",
      "looks like",
      "scored",
      "score",
    ],
    // Gmail's closing sentences name spam as the reason for its policies, not as the verdict on
    // this message (https://support.google.com/a/answer/3726730 uses them after SPF, PTR and
    // rate-limit replies alike).
    unless: ["protect our users from spam", "reduce the amount of spam", "spamhaus", "spamcop"],
    examples: [
      {
        text: "554 5.7.0 Reject, id=20025-09 - SPAM",
        source:
          'https://gitlab.com/amavis/amavis/-/blob/master/amavisd (amavisd-new: "Reject, id=..., - SPAM" on a message whose spam score reached the kill level)',
      },
      {
        text: "550 5.7.1 Message rejected as spam by Content Filtering.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
      },
    ],
  },
  {
    id: "concept.ptr-missing",
    cause: "reverse-dns",
    says: "the sending IP address has no valid reverse DNS (PTR) name",
    subject: [
      "reverse dns",
      "ptr record",
      "ptr resource record",
      "rdns",
      "reverse lookup",
      "reverse-dns",
      "ptr-record",
      // Forward-confirmed reverse DNS: OpenSMTPD's filter keyword (smtpd.conf(5) "fcrdns").
      "fcrdns",
    ],
    failure: [
      "missing",
      "no ",
      "not ",
      "fix",
      "fail",
      "invalid",
      "bad ",
      "without",
      "does not",
      "doesn't",
      "unable",
      "cannot",
      "can't",
      "required",
    ],
    examples: [
      {
        text: "550-5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.25)",
      },
      {
        text: "550 no FCrDNS is so 80s",
        source:
          "https://man.openbsd.org/smtpd.conf.5 (the filter example: match !fcrdns disconnect)",
      },
    ],
  },
  {
    id: "concept.low-reputation",
    cause: "bad-reputation",
    says: "the receiver judges the sending IP address or domain by a low reputation",
    subject: ["reputation"],
    failure: ["low", "poor", "bad", "rate limited due to", "deferred due to"],
    examples: [
      {
        text: "421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.0)",
      },
      {
        text: "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
        source:
          "lib/knowledge/providers/microsoft.ts olc.4.7.650-ip-reputation (Outlook.com postmaster codes; line as that table reconstructs it)",
      },
    ],
  },
  {
    id: "concept.sending-quota",
    cause: "rate-limited",
    says: "the sender reached a limit on how much it may send (a sending or relay quota)",
    // Quotas on sending, never on storage: "mailbox quota" and "disk quota" are a full mailbox.
    subject: [
      "relay quota",
      "sending quota",
      "submission quota",
      "relay sending limit",
      "sending limit",
    ],
    failure: ["reached", "exceeded", "exceeds", "over "],
    examples: [
      {
        text: "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "5.2.2 Submission quota exceeded",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Exchange Online 5.2.2)",
      },
    ],
  },
  {
    id: "concept.virus-found",
    cause: "content-virus",
    says: "a virus (or other malware) was found in the message",
    subject: ["virus", "malware"],
    failure: ["detected", "found", "infected", "contains"],
    // A sender's "virus infected server" is about the sending host (a reputation), and
    // "spam or virus content" does not say which.
    unless: ["infected server", "spam or virus"],
    examples: [
      {
        text: "552 Virus infected message rejected. IB705",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy IB705)",
      },
      {
        text: "Message infected by virus",
        source:
          "lib/knowledge/providers/yandex.ts yandex.virus (Yandex Mail Help, bounces to Yandex)",
      },
    ],
  },
  {
    id: "concept.attachment-refused",
    cause: "content-virus",
    says: "an attachment (its file type or name) is refused",
    // As sure as a collected wording: the cause is the attachment's kind, not a verdict on it.
    weight: 1.5,
    subject: [
      "attachment",
      "attachments",
      "file extension",
      "file extensions",
      "file type",
      "file types",
    ],
    failure: [
      "not allowed",
      "not permitted",
      "may not",
      "forbidden",
      "prohibited",
      "banned",
      "blocked",
      "blacklisted",
      "illegal",
      "dangerous",
      "unsafe",
      "rejected",
      "refused",
    ],
    // An attachment's size or number is a size limit (Gmail's 5.3.4 "The number of
    // attachments ... exceeds Google's limit"), not its kind.
    unless: ["too large", "too big", "size", "exceed", "number of attachments", "limit"],
    examples: [
      {
        text: "552-5.7.0 Our system detected an illegal attachment on your message.",
        source:
          "lib/knowledge/providers/google.ts earlier.5.7.0-illegal-attachment (Gmail's earlier 5.7.0 wording, SMTP Field Manual)",
      },
      {
        text: '550 5.7.1 Attachment name "invoice.exe" may not end with ".exe"',
        source:
          "lib/knowledge/lab/fixtures/postfix/attachment-check.txt (Postfix 3.7 with header_checks(5)'s own example rule, recorded by the lab)",
      },
      {
        text: "550 Blacklisted file extension detected",
        source:
          "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-content_scanning_at_acl_time.html (the Exim specification's MIME ACL example)",
      },
    ],
  },
  {
    id: "concept.tls-required",
    cause: "tls-required",
    says: "the receiving server requires an encrypted (TLS) connection",
    subject: ["starttls", "tls", "encryption", "encrypted connection"],
    failure: ["must", "required", "requires", "need", "mandatory", "not available", "failed"],
    examples: [
      {
        text: "530 Must issue a STARTTLS command first",
        source:
          "https://www.rfc-editor.org/rfc/rfc3207#section-4 (RFC 3207, the server's reply when it requires TLS)",
      },
      {
        text: "523 5.7.10 Encryption Needed",
        source: "https://www.rfc-editor.org/rfc/rfc5248 (X.7.10; the IANA registry's sample text)",
      },
    ],
  },
];

// Words a refusal can be made of without naming any cause: RFC 5321's own reply texts, the
// bare refusals PRODUCT.md's article starts from ("550 mail refused", "550 Rejected"), and the
// politeness and pointers servers add around them. A reply whose words are all of these (and
// codes, addresses, host names, identifiers) does not say why; a reply with any other word says
// something Bounce Doctor could not read, and the page must not claim the bounce said nothing.
// Lower case; compared against whole words only.

export interface GenericReplyWordsSource {
  words: readonly string[];
  /** Where the words are written as a reply's text. */
  source: string;
  /** That source's own words. */
  example: string;
}

export const GENERIC_REPLY_WORDS: readonly GenericReplyWordsSource[] = [
  {
    // RFC 5321 section 4.2.3's texts for the failure codes that name no cause. 550's text is
    // generic on purpose: the RFC's own gloss lists "mailbox not found, no access, or command
    // rejected for policy reasons" as what it may mean.
    words: [
      "requested",
      "mail",
      "action",
      "not",
      "taken",
      "okay",
      "mailbox",
      "unavailable",
      "aborted",
      "transaction",
      "failed",
      "service",
      "available",
      "closing",
      "transmission",
      "channel",
      "local",
      "error",
      "in",
      "processing",
    ],
    source:
      "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 (RFC 5321, reply codes in numeric order)",
    example: "550 Requested action not taken: mailbox unavailable",
  },
  {
    // The bare refusals of PRODUCT.md's own article and of issue 8: text that refuses and says
    // nothing more.
    words: [
      "refused",
      "rejected",
      "reject",
      "rejection",
      "denied",
      "declined",
      "blocked",
      "access",
    ],
    source:
      '../shared/design/PRODUCT.md (the article\'s "550 mail refused"; issue 8\'s "550 Rejected", "554 5.7.1 rejected")',
    example: "550 mail refused",
  },
  {
    // What servers wrap around a refusal: the message, its delivery, and where to ask. None of
    // these names a cause ("Message rejected. Please contact your administrator").
    words: [
      "message",
      "messages",
      "email",
      "e-mail",
      "delivery",
      "deliver",
      "undeliverable",
      "permanent",
      "permanently",
      "temporary",
      "temporarily",
      "failure",
      "sorry",
      "please",
      "try",
      "again",
      "later",
      "contact",
      "your",
      "our",
      "the",
      "this",
      "that",
      "for",
      "more",
      "information",
      "info",
      "details",
      "see",
      "help",
      "administrator",
      "admin",
      "postmaster",
      "system",
      "server",
      "host",
      "remote",
      "smtp",
      "esmtp",
      "reply",
      "response",
      "said",
      "to",
      "of",
      "and",
      "or",
      "is",
      "was",
      "has",
      "been",
      "be",
      "by",
      "with",
      "from",
      "on",
      "at",
      "a",
      "an",
      "we",
      "you",
      "it",
      "id",
      "code",
      "status",
      "reason",
      // The subject of a refusal, named without its failure ("Recipient address rejected.",
      // Postfix's reject_*_access with no text of its own; "Client host rejected").
      "recipient",
      "recipients",
      "sender",
      "address",
      "addresses",
      "user",
      "client",
      "domain",
      "ip",
      // How a delivery that failed is told ("could not be delivered", "unable to deliver ...
      // after multiple retries, giving up", "I'm sorry to have to inform you").
      "could",
      "can",
      "cannot",
      "unable",
      "delivered",
      "send",
      "sending",
      "sent",
      "after",
      "due",
      "up",
      "giving",
      "retries",
      "attempts",
      "multiple",
      "i'm",
      "have",
      "inform",
      "regret",
      "are",
      "were",
      "following",
      // A notice's own frame where a bounce gives no reply of its own (Exchange's "Did not reach
      // the following recipient(s)", "This is an automatically generated Delivery Status
      // Notification", Postfix's "The mail system ... attached below").
      "did",
      "reach",
      "automatically",
      "generated",
      "notification",
      "attached",
      "below",
    ],
    source:
      "RFC 5321 section 4.2 (the text after a reply code is for the human reader and carries no protocol meaning); the wrapper words of common refusals",
    example: "554 Message rejected. Please contact your administrator for more information.",
  },
];

/** Every generic word, for lookups. */
export const GENERIC_REPLY_WORD_SET: ReadonlySet<string> = new Set(
  GENERIC_REPLY_WORDS.flatMap((g) => g.words),
);

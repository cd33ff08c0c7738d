// Concepts (see ./types.ts): a required header field missing or repeated, in the words of
// filters that say "field" where concept.malformed-header (./protocol.ts) reads "header".
// RFC 5322 section 3.6 requires exactly one Date and one From field in every message, and
// section 3.6.6 requires Resent-From and Resent-Date in a message that carries resent fields
// (a message reintroduced into transport: a list or a user's "resend"). A receiver that enforces
// this refuses the message after DATA: protocol-syntax, which the sending program fixes by
// writing the fields (PRODUCT.md: "malformed commands, headers or addresses; not RFC 5322
// compliant").
import type { Concept } from "./types";

const RFC5322 = "https://www.rfc-editor.org/rfc/rfc5322#section-3.6";

export const HEADER_FIELD_CONCEPTS: readonly Concept[] = [
  {
    // OpenDMARC's RequiredHeaders check (and OpenDKIM's, which PR #341 says it matches) names
    // the field and what is wrong with it: "not exactly one Date field", "missing From field",
    // "multiple From fields". A resending list's copy without Resent-From was refused as "No
    // Resent-From field given". The envelope's MAIL FROM is no header field.
    id: "concept.required-header-field",
    cause: "protocol-syntax",
    says: "a header field RFC 5322 requires (Date, From, or Resent-From and Resent-Date on a resent message) is missing or given more than once",
    subject: [
      "rfc5322 requirement error",
      "rfc 5322 requirement error",
      "date field",
      "from field",
      "resent-from field",
      "resent-date field",
    ],
    failure: ["not exactly one", "missing", "multiple", "no resent-", "field given"],
    unless: ["mail from field"],
    examples: [
      {
        text: "550 5.7.1 RFC5322 requirement error: not exactly one Date field",
        source: `https://github.com/trusteddomainproject/OpenDMARC/pull/203 (OpenDMARC's RequiredHeaders refusal, as its reply reads with the reason; merged as PR #333); ${RFC5322}`,
      },
      {
        text: "RFC5322 requirement error: missing From field",
        source: `https://github.com/trusteddomainproject/OpenDMARC/issues/202 (OpenDMARC RequiredHeaders, the reason it logs and, since PR #333, replies with; PR #341 splits missing from multiple); ${RFC5322}`,
      },
      {
        text: "554 No Resent-From field given",
        source:
          "https://github.com/wRAR/flufl.bounce/blob/796a6b901710175ca367f79c0ac6d963201db91d/flufl/bounce/tests/data/postfix_05.txt (a real Postfix bounce kept in flufl.bounce's test data: the receiving server refused a list's resent copy); https://www.rfc-editor.org/rfc/rfc5322#section-3.6.6 (when resent fields are used, Resent-From and Resent-Date must be sent)",
      },
    ],
  },
];

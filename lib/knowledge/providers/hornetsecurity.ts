// Hornetsecurity's spam filter (formerly antispameurope), from the "Workspace classification codes"
// page of EveryCloud, which resells it: the page lists the codes and short texts the filter gives
// a blocked message, and its loop row names the filter's own header ("X-antispameurope-
// disclaimer"). Hornetsecurity's own pages were not found stored. Each example is the page's
// row, the code and its definition as printed; the rows for quarantined mail (no refusal) and
// the bare "Temporary" rows (450 4.5.6, 4.5.7) and ones whose definition names no cause
// ("Rejection when relay check is enabled", "Header Checks Defer", "Sender/Recipient rejected")
// are left out. A second EveryCloud page, "Workspace reason codes", words the same codes more
// plainly; its definitions that name a cause the first page leaves open are entered too.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes",
  "Workspace classification codes (EveryCloud support)",
  "stored copy (pages corpus)",
);

const REASONS = page(
  "http://support.everycloudtech.com/support/solutions/articles/4000039509-workspace-reason-codes",
  "Workspace reason codes (EveryCloud support)",
  "stored copy (pages corpus)",
);

/** The reason-codes page's definitions that name a cause where the first page's do not. */
const REASON_ROWS: readonly (readonly [string, CauseId, string, string, string])[] = [
  [
    "explicit-block",
    "sender-policy",
    "550 5.2.2",
    "explicit blocking of sender or recipient address",
    "A block list entry for the sender's (or the recipient's) address set at the filter: the recipient's side put it there; not a full mailbox, though 5.2.2 reads so.",
  ],
  [
    "negative-ip-reputation",
    "bad-reputation",
    "554 5.5.4",
    "IP sender address with a negative reputation",
    "The filter's own reputation of the sending IP (its 'IP reputation list' rows) refuses it.",
  ],
  [
    "unknown-recipient-smtp-check",
    "recipient-unknown",
    "550 5.1.1",
    "unknown recipient (SMTP check)",
    "The filter asked the protected mail server, which does not know the address.",
  ],
  [
    "tls-required-by-rule",
    "tls-required",
    "554 5.6.5",
    "TLS encryption required by customer rule",
    "The recipient's organisation requires TLS for this sender, and the connection was not encrypted.",
  ],
  [
    "early-spam-detection",
    "content-spam",
    "450 4.5.5",
    "early spam detection (temporarily blocked)",
    "The filter's early spam check deferred the message; it may pass on a later try if it is not spam.",
  ],
];

const { phrase } = entryKit("hornetsecurity");

/** [id, cause, the row's code, its definition, needle (lower case), note]. */
const ROWS: readonly (readonly [string, CauseId, string, string, string, string?])[] = [
  [
    "sender-domain-not-found",
    "sender-address-invalid",
    "450 4.1.8",
    "Sender address rejected: Domain not found",
    "sender address rejected: domain not found",
  ],
  [
    "sender-not-fqdn",
    "sender-address-invalid",
    "504 5.5.2",
    "Sender address rejected: need fully-qualified address",
    "sender address rejected: need fully-qualified address",
  ],
  [
    "undeliverable-address",
    "recipient-unknown",
    "550 5.1.1",
    "Recipient address rejected: undeliverable address",
    "recipient address rejected: undeliverable address",
  ],
  [
    "multi-recipient-bounce",
    "protocol-syntax",
    "550 5.5.3",
    "Recipient address rejected: Multi-recipient bounce",
    "multi-recipient bounce",
    "A bounce (empty envelope sender) addressed to more than one recipient is refused: a bounce goes back to one sender. Not a recipient limit, though 5.5.3 reads 'too many recipients'.",
  ],
  [
    "size-content-filter",
    "message-too-large",
    "552 5.5.2",
    "Message size (content filter)",
    "message size (content filter)",
  ],
  [
    "content-filter-size",
    "message-too-large",
    "554 5.5.3",
    "e-mail Rejected Content Filter Size",
    "rejected content filter size",
  ],
  [
    "spam-ip",
    "bad-reputation",
    "554 5.5.4",
    "Spam IP rejected",
    "spam ip rejected",
    "EveryCloud's reason-codes page reads 5.5.4 as 'IP sender address with a negative reputation', and the quarantine row 'rbl50: pre-stage to 554 5.5.4 but not blocking yet' as the step before it: the filter's own reputation score of the sending IP (its 'IP reputation list' rows), not one public blocklist.",
  ],
  ["spam", "content-spam", "554 5.5.5", "e-mail Rejected Spam", "e-mail rejected spam"],
  [
    "loop",
    "remote-server-error",
    "554 5.5.6",
    "Loop detection > 10 mal X-antispameurope-disclaimer",
    "loop detection > 10 mal",
    "The message passed the filter more than ten times ('mal' is German for 'times'): a mail loop, usually a forwarding or routing set-up between the filter and a mail server.",
  ],
  [
    "attachment",
    "content-virus",
    "554 5.5.7",
    "e-mail Rejected Content Attachment",
    "rejected content attachment",
    "An attachment the filter's policy refuses.",
  ],
  ["spam-header", "content-spam", "554 5.6.1", "Spam Header rejected", "spam header rejected"],
  [
    "spam-link",
    "content-spam",
    "554.5.6.2",
    "Spam Link rejected",
    "spam link rejected",
    "The page prints the code as '554.5.6.2'. A link in the message is known from spam.",
  ],
  ["spam-body", "content-spam", "554 5.6.3", "Spam Body rejected", "spam body rejected"],
  ["virus", "content-virus", "554 5.6.4", "Virus E-Mail Blocked", "virus e-mail blocked"],
  [
    "ldap-check",
    "recipient-unknown",
    "554 5.7.1",
    "unknown domain or unknown recipient (LDAP check)",
    "unknown domain or unknown recipient (ldap check)",
    "Possible causes: the recipient is not in the protected organisation's directory (LDAP), or the recipient's domain is not one the filter serves (then the recipient's administrator must fix the set-up). Under 5.7.1 it reads like a policy block; it is an address the filter does not know.",
  ],
];

export const HORNETSECURITY_TABLE: ProviderTable = {
  provider: "hornetsecurity",
  identity: {
    provider: "hornetsecurity",
    name: "Hornetsecurity (antispameurope) spam filter",
    hosts: ["hornetsecurity.com", "antispameurope.com", "everycloudtech.com"],
    markers: ["x-antispameurope"],
    source: CODES,
  },
  phrases: [
    ...ROWS.map(([id, cause, code, definition, needle, note]) =>
      phrase({
        id,
        cause,
        match: [needle],
        scope: "any",
        source: CODES,
        example: `${code} ${definition}`,
        ...(note ? { note } : {}),
      }),
    ),
    ...REASON_ROWS.map(([id, cause, code, definition, note]) =>
      phrase({
        id,
        cause,
        match: [definition.toLowerCase()],
        scope: "any",
        source: REASONS,
        example: `${code} ${definition}`,
        note,
      }),
    ),
  ],
  statusReadings: [],
  missingPages: [
    "Hornetsecurity's own support pages on rejection codes: not found stored (searched the pages and docs corpora for Hornetsecurity and antispameurope rejection texts); the codes are read on the page of EveryCloud, a reseller of the same filter.",
  ],
};

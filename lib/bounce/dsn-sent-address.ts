// Which address a DSN recipient is named by: the one the sender wrote. RFC 3464 §2.3.1: the
// Original-Recipient field "indicates the original recipient address as specified by the sender
// of the message for which the DSN is being issued"; Final-Recipient (§2.3.2) is the address
// delivery was last tried for, after aliases, forwards and internal routing ("user@domain.com"
// became "user@mailcluster.local" at php-maildrop-quota, review 26 finding 8; a forward became
// "...@gmail.com" at bp-bulk-571). What the sender must act on (the address shown, its ready
// texts, the recipient domain the wizard checks) is the address they wrote; the final one is
// kept beside it (RecipientReport.finalAddress) as a detail.
import { dsnAddress, type DsnGroup } from "./dsn-fields";
import { normalizeAddress } from "./human-recipients";
import type { RecipientReport } from "./types";

/**
 * Renames each DSN recipient read from its Final-Recipient by its Original-Recipient, where both
 * are Internet addresses and they differ. `recipients[i]` is the report of `groups[i]` (as
 * dsnRecipients gives them). A report already named by another field is left as it is.
 */
export function preferSentAddresses(
  groups: readonly DsnGroup[],
  recipients: RecipientReport[],
): void {
  const n = Math.min(groups.length, recipients.length);
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    const r = recipients[i]!;
    const original = g.get("original-recipient");
    const final = g.get("final-recipient");
    const span = r.spans.address;
    if (!original || !final || !span || r.address === null) continue;
    // Named by Final-Recipient: its span lies in that field's value.
    if (span.start < final.span.start || span.end > final.span.end) continue;
    let sent = dsnAddress(original.value);
    // A type written twice ("Original-Recipient: rfc822; rfc822;user@example.net", an XWall DSN
    // in Mail::DeliveryStatus::BounceParser's corpus): the address follows the second.
    if (/^[A-Za-z0-9][A-Za-z0-9/.-]{0,19}[ \t]*;/.test(sent.address)) {
      const inner = dsnAddress(sent.address);
      sent = { ...inner, offset: sent.offset + inner.offset };
    }
    if (!sent.usable || !dsnAddress(final.value).usable) continue;
    const address = normalizeAddress(sent.address);
    if (address.toLowerCase() === r.address.toLowerCase()) continue;
    r.finalAddress = r.address;
    r.address = address;
    r.spans.address = {
      start: original.span.start + sent.offset,
      end: original.span.start + sent.offset + sent.address.length,
    };
  }
}

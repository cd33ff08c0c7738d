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
  // An address the sender wrote that several groups share (a list or an alias that expanded to
  // several mailboxes) names none of them: each keeps its own final address.
  const shared = sharedValues(groups.slice(0, n).map((g) => g.get("original-recipient")?.value));
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    const r = recipients[i]!;
    const original = g.get("original-recipient");
    const final = g.get("final-recipient");
    const span = r.spans.address;
    if (!original || !final || !span || r.address === null) continue;
    if (shared.has(original.value.trim().toLowerCase())) continue;
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

/** The values (trimmed, any case) that occur more than once. */
function sharedValues(values: readonly (string | undefined)[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) {
    if (v === undefined) continue;
    const key = v.trim().toLowerCase();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/**
 * The note beside (or under) a recipient's address naming the address it was expanded from:
 * Postfix's "<target@example.net> (expanded from <user@example.org>): ..." and Exim's
 * "target@example.net\n    (generated from user@example.org)"; sendmail writes "(expanded from:
 * <user@example.org>)", under its "(reason: ...)" line. Group 1 is the sender's address. Read
 * from the end of the address to the end of the next line, or of the one after a "(...)" line.
 */
const EXPANDED_FROM =
  /^[^\n]{0,300}?(?:\n[ \t]{0,12}\((?:[^()\n]|\([^()\n]{0,60}\)){0,300}\)[ \t]*)?(?:\n[ \t]{0,12})?\((?:expanded|generated) from:? <?([^\s<>()@]{1,256}@[^\s<>()]{1,256}?)>?\)/i;

/**
 * Renames each recipient of a bounce without a DSN part by the address its expansion note says
 * the sender wrote, where that differs, no other recipient was expanded from it and none is it. The address
 * delivery was tried for is kept as finalAddress.
 */
export function preferExpandedFrom(text: string, recipients: RecipientReport[]): void {
  renameByNotes(
    recipients,
    recipients.map((r) => (r.address === null ? null : expansionNote(text, r.spans.address))),
  );
}

/**
 * The same for a DSN recipient whose group gives no Original-Recipient (sendmail writes one only
 * when the sender asked with ORCPT): the human part's report of the same address may carry the
 * expansion note ("gail@example.com\n    (expanded from: <Gail@example.net>)"). `recipients[i]`
 * is the report of `groups[i]`; `human` are the human part's reports.
 */
export function preferExpandedFromHuman(
  text: string,
  groups: readonly DsnGroup[],
  recipients: RecipientReport[],
  human: readonly RecipientReport[],
): void {
  const notes = recipients.map((r, i) => {
    if (r.address === null || r.finalAddress !== undefined) return null;
    if (groups[i]?.has("original-recipient")) return null;
    const own = r.address.toLowerCase();
    const h = human.find((x) => x.address?.toLowerCase() === own);
    return h ? expansionNote(text, h.spans.address) : null;
  });
  renameByNotes(recipients, notes);
}

/** The expansion note after an address's span, with where its address starts in the text. */
function expansionNote(
  text: string,
  span: RecipientReport["spans"]["address"],
): { address: string; start: number } | null {
  if (!span) return null;
  // The span may stop inside the angle brackets: read from just after the address.
  const from = text.charAt(span.end) === ">" ? span.end + 1 : span.end;
  const m = EXPANDED_FROM.exec(text.slice(from, from + 700));
  if (!m) return null;
  const at = m[0].lastIndexOf(m[1]!);
  return { address: m[1]!, start: from + m.index + at };
}

/**
 * Renames each recipient by its note's address, where that differs, no other recipient's note
 * names it and no recipient is it (Exim lists "dave@... (generated from carol@...)" above
 * carol@... when both failed).
 */
function renameByNotes(
  recipients: RecipientReport[],
  found: readonly ({ address: string; start: number } | null)[],
): void {
  const shared = sharedValues(found.map((f) => f?.address));
  for (const r of recipients) if (r.address) shared.add(r.address.trim().toLowerCase());
  recipients.forEach((r, i) => {
    const f = found[i];
    if (!f || r.address === null || shared.has(f.address.trim().toLowerCase())) return;
    const address = normalizeAddress(f.address);
    if (address.toLowerCase() === r.address.toLowerCase()) return;
    r.finalAddress = r.address;
    r.address = address;
    r.spans.address = { start: f.start, end: f.start + f.address.length };
  });
}

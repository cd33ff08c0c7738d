// A bounce may name several recipients, each refused for its own reason (PRODUCT.md: "A bounce
// may name several recipients with different causes: each gets its own"). The wizard walks the
// first recipient's cause with checks and questions; the recipients whose cause differs are
// kept beside it, one lead per distinct cause, with the addresses it covers, so the conclusion,
// the checklist and the report handle each. Pure; derived from the diagnosis alone, so a share
// link (which carries the text) rebuilds the same groups without carrying them.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { overallOf } from "@/lib/diagnosis/overall";
import type { Diagnosis } from "@/lib/diagnosis/types";

export interface RecipientLead {
  /** The classifier's cause for these recipients. */
  cause: CauseId;
  /** The classifier's confidence (the highest among the group's recipients). */
  confidence: number;
  /** The recipients' addresses, as the bounce names them, in its order; none when unnamed. */
  addresses: string[];
}

/**
 * Causes that call for nothing from the sender: a recipient the report says was delivered (a
 * DSN with one recipient delivered and one failed) gets no section of its own.
 */
const NO_LEAD: readonly CauseId[] = ["not-a-bounce"];

/**
 * The diagnosis with the recipient the wizard walks first: the first whose cause calls for
 * something, where the bounce names a recipient that calls for nothing before it (a delivery
 * report that lists a delivered recipient above a failed one ended "This is not a delivery
 * failure ... Nothing to fix", review 24). The others keep their order and their own `index`
 * (the bounce's numbering), and the overall verdict is the walked one's, as it is the first
 * recipient's; the same diagnosis comes back when nothing moves.
 */
export function walkedFirst<D extends Diagnosis | null>(diagnosis: D): D {
  const recipients = diagnosis?.recipients ?? [];
  if (recipients.length < 2 || !NO_LEAD.includes(recipients[0]!.cause)) return diagnosis;
  const k = recipients.findIndex((r) => !NO_LEAD.includes(r.cause));
  if (k <= 0) return diagnosis;
  const reordered = [recipients[k]!, ...recipients.slice(0, k), ...recipients.slice(k + 1)];
  return { ...diagnosis!, recipients: reordered, overall: overallOf(reordered[0]!) } as D;
}

/** The bounce's recipients grouped by the classifier's cause, in the order they first appear. */
export function recipientGroups(diagnosis: Diagnosis | null): RecipientLead[] {
  const groups: RecipientLead[] = [];
  for (const r of diagnosis?.recipients ?? []) {
    let group = groups.find((g) => g.cause === r.cause);
    if (!group) groups.push((group = { cause: r.cause, confidence: 0, addresses: [] }));
    group.confidence = Math.max(group.confidence, r.confidence);
    const address = r.recipient.address;
    if (address && !group.addresses.includes(address)) group.addresses.push(address);
  }
  return groups;
}

/**
 * The recipients the wizard does not walk: each distinct cause other than the first recipient's,
 * with its addresses. Empty for a bounce with one recipient, or whose recipients share a cause:
 * those read exactly as before.
 */
export function otherRecipientLeads(diagnosis: Diagnosis | null): RecipientLead[] {
  const [first, ...rest] = recipientGroups(diagnosis);
  if (!first) return [];
  return rest.filter((g) => !NO_LEAD.includes(g.cause));
}

/** The first recipient's group (the one the wizard walks), when other recipients have their own. */
export function walkedRecipients(diagnosis: Diagnosis | null): RecipientLead | null {
  const [first, ...rest] = recipientGroups(diagnosis);
  return first && rest.some((g) => !NO_LEAD.includes(g.cause)) ? first : null;
}

/** Addresses in a sentence: "a", "a and b", "a, b and c"; a group with none named says so. */
export function addressWords(addresses: readonly string[]): string {
  if (addresses.length === 0) return "the recipients the bounce does not name";
  if (addresses.length === 1) return addresses[0]!;
  return `${addresses.slice(0, -1).join(", ")} and ${addresses[addresses.length - 1]}`;
}

/**
 * The conclusion's sentence for the other recipients: each group's cause as the bounce's words
 * give it, said as such (no check or answer of the wizard's looked at it).
 */
export function otherRecipientsSentence(others: readonly RecipientLead[]): string {
  return others
    .map((g) =>
      // A reply that does not say why has no cause to quote, nor a share of one.
      g.cause === "unknown"
        ? `For ${addressWords(g.addresses)}, the bounce does not say why; the steps that tell its possible causes apart are in its own section.`
        : `For ${addressWords(g.addresses)}, the bounce reads as “${CAUSES[g.cause].title}” (${Math.round(g.confidence * 100)}%, from its own words); the steps for it are in its own section.`,
    )
    .join(" ");
}

/** An other recipients' cause in a few words, for a report's line: its title and share, or "does not say why". */
export function otherRecipientWords(g: RecipientLead): string {
  return g.cause === "unknown"
    ? "the bounce does not say why"
    : `${CAUSES[g.cause].title} (${Math.round(g.confidence * 100)}%, from the bounce's own words)`;
}

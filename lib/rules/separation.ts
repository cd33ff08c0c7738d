// What tells the leading cause from the others: the evidence read, checked and answered after
// the prior, never the prior's split. Where nothing was read (a bounce that does not say why),
// the prior is only the usual causes of such a bounce, with weights no source gives (belief.ts
// BARE_REFUSAL_PRIOR, BACKGROUND_PRIOR): a lead over a cause the evidence weighs alike is the
// prior's, not a finding (review 29, findings 1 and 4: a blocklisting at 81% over an
// authentication failure that every answer had weighed the same).
import type { CauseId } from "@/lib/causes/causes";
import { FOR_RATIO, type Belief, type CauseWeight, type EvidenceUpdate } from "./belief";

/** Evidence favours one cause over another when it makes it this many times likelier. */
export const FAVOURS = FOR_RATIO;

function likeOf(u: EvidenceUpdate, cause: CauseId): number {
  return u.like[cause] ?? u.baseline;
}

/**
 * How many times likelier the evidence after the prior makes `a` than `b`: the product of
 * their likelihoods' ratios. Infinity where it ruled `b` out and not `a`.
 */
export function evidenceRatio(belief: Pick<Belief, "updates">, a: CauseId, b: CauseId): number {
  let ratio = 1;
  for (const u of belief.updates) {
    const la = likeOf(u, a);
    const lb = likeOf(u, b);
    if (la === lb) continue;
    if (lb === 0) return la > 0 ? Infinity : ratio;
    ratio *= la / lb;
  }
  return ratio;
}

/** The update makes `cause` likelier than its baseline: it speaks for it. */
function speaksFor(u: EvidenceUpdate, cause: CauseId): boolean {
  const l = likeOf(u, cause);
  return u.baseline > 0 ? l >= FOR_RATIO * u.baseline : l > 0;
}

/**
 * Something speaks for `cause` itself: the bounce's words read as it, or a check's finding, an
 * answer or the receiver's verdicts made it likelier than their baseline. What only weighs
 * against the others (a clean blocklist lookup for an unreachable server) does not.
 */
export function spokenFor(belief: Pick<Belief, "updates" | "readCause">, cause: CauseId): boolean {
  return belief.readCause === cause || belief.updates.some((u) => speaksFor(u, cause));
}

/**
 * The causes held beside the lead that the evidence raised with it and does not tell from it: a
 * check or an answer spoke for both ("mail to several organisations bounces" for a blocklisting
 * and an authentication failure alike), and all of it together does not favour the lead over
 * them by FAVOURS. Largest first. None where the bounce was read (its reading is what separates
 * the lead), nor where nothing spoke for the lead (what the usual causes' own ranking says, or a
 * lead reached by ruling the others out: summaryOf words each). A lead with such rivals leads by
 * the prior's split alone.
 */
export function rivalsOnEvidence(
  belief: Pick<Belief, "causes" | "updates" | "readCause">,
): CauseWeight[] {
  const lead = belief.causes[0];
  if (!lead || belief.readCause !== null) return [];
  return belief.causes
    .slice(1)
    .filter(
      (c) =>
        c.weight > 0 &&
        belief.updates.some((u) => speaksFor(u, lead.cause) && speaksFor(u, c.cause)) &&
        evidenceRatio(belief, lead.cause, c.cause) < FAVOURS,
    );
}

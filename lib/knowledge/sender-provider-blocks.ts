// Refusals by the sender's own mail provider, as the provider tables mark them
// (PhraseEntry.senderProvider): the entries by rule id, with the cause each reads. The checklist
// words the section's title and actor from them and adds the step the provider's page asks for
// (lib/causes/connection-variants.ts, lib/checklists/evidence-steps.ts). The tables are the one
// place these are written.
import type { CauseId } from "@/lib/causes/causes";
import { PROVIDER_TABLES, type SenderProviderBlock } from "@/lib/knowledge/providers";

export interface SenderProviderEntry {
  ruleId: string;
  cause: CauseId;
  block: SenderProviderBlock;
}

export const SENDER_PROVIDER_ENTRIES: readonly SenderProviderEntry[] = PROVIDER_TABLES.flatMap(
  (t) =>
    t.phrases.flatMap((e) =>
      e.senderProvider ? [{ ruleId: e.id, cause: e.cause, block: e.senderProvider }] : [],
    ),
);

const BY_RULE = new Map(SENDER_PROVIDER_ENTRIES.map((e) => [e.ruleId, e]));

/** The first of `ruleIds` that is a sender-provider refusal reading `cause`, or null. */
export function senderProviderBlock(
  cause: CauseId,
  ruleIds: readonly string[],
): SenderProviderBlock | null {
  for (const id of ruleIds) {
    const e = BY_RULE.get(id);
    if (e && e.cause === cause) return e.block;
  }
  return null;
}

// One step shared by two causes' sections is listed once; the later copy points to it.
import type { CauseChecklist, Checklist, ChecklistItem } from "./types";

/** What makes two steps the same action: the same words and the same record or message. */
function sameStepKey(item: ChecklistItem): string {
  const record = item.record ? `${item.record.type} ${item.record.name} ${item.record.value}` : "";
  return [item.title, record, item.message?.subject ?? ""].join("\u0000");
}

/** A step's whole text: what two recipient groups' steps must share to be one step. */
function sameWords(item: ChecklistItem): string {
  return [item.detail, item.message?.body ?? ""].join("\u0000");
}

/**
 * A step that two causes share (the PTR to set under both a blocklisting and a reverse-DNS
 * cause) is listed once, under the first; the later copy becomes a pointer to it. Ids stay as
 * generated, and the kept step learns its duplicates' ids so saved progress carries over.
 */
export function dedupeAcrossSections(
  sections: CauseChecklist[],
  prevent: ChecklistItem[],
): Checklist {
  const first = new Map<
    string,
    { item: ChecklistItem; sectionTitle: string; recipients: string | null }
  >();
  const seenIds = new Set<string>();
  const pass = (
    items: ChecklistItem[],
    sectionTitle: string,
    recipients: string | null,
  ): ChecklistItem[] =>
    items.flatMap((item): ChecklistItem[] => {
      if (seenIds.has(item.id)) return [];
      seenIds.add(item.id);
      const key = sameStepKey(item);
      const kept = first.get(key);
      // Two recipient groups' steps with one title may still say different things ("Check
      // bob@…" and "Check dave@…", each its own ready text): a pointer would send one person's
      // step to the other's words. Only identical words point.
      if (!kept || (kept.recipients !== recipients && sameWords(kept.item) !== sameWords(item))) {
        const copy = { ...item };
        if (!kept) first.set(key, { item: copy, sectionTitle, recipients });
        return [copy];
      }
      kept.item.aliases = [...(kept.item.aliases ?? []), item.id];
      return [{ ...item, sameAs: { id: kept.item.id, sectionTitle: kept.sectionTitle } }];
    });
  const causes = sections.map((section) => ({
    ...section,
    items: pass(section.items, section.title, section.recipients?.join(" ") ?? null),
  }));
  return { causes, prevent: pass(prevent, "Prevent it from happening again", null) };
}

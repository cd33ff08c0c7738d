"use client";

import { useMemo } from "react";
import { PreventChecklist } from "@/components/checklist/fix-checklist";
import { buildChecklist } from "@/lib/checklists/build";
import type { Facts, RankedCause } from "@/lib/rules";

/** The article's last stage: the monitoring and hygiene that keep the fixed problem away. */
export function PreventCard({
  facts,
  causes,
  checklist,
  onToggle,
}: {
  facts: Facts;
  causes: RankedCause[];
  checklist: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
}) {
  const items = useMemo(() => buildChecklist(facts, causes).prevent, [facts, causes]);
  return (
    <div className="space-y-4" data-testid="prevent-card">
      <p className="text-slate-700">
        Once the fixes are in place, these keep your mail flowing and warn you before the next
        bounce. Your ticks are kept with the rest of the checklist.
      </p>
      <PreventChecklist items={items} done={checklist} onToggle={onToggle} />
    </div>
  );
}

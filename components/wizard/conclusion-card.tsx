"use client";

import { ActorBadge } from "@/components/bounce/actor-badge";
import { CAUSES } from "@/lib/causes/causes";
import type { Facts, Step } from "@/lib/rules/types";

export type ConclusionStep = Extract<Step, { kind: "conclusion" }>;

export function ConclusionCard({
  step,
  facts,
  text,
  checklist,
  onToggle,
}: {
  step: ConclusionStep;
  facts: Facts;
  text: string;
  checklist: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
}) {
  void facts;
  void text;
  void checklist;
  void onToggle;
  return (
    <div className="space-y-6" data-testid="conclusion">
      <div>
        <h2 className="text-2xl font-bold text-slate-950">The diagnosis</h2>
        <p className="mt-1 text-slate-700">{step.reason}</p>
      </div>
      <ol className="space-y-4">
        {step.causes.map((c, i) => {
          const info = CAUSES[c.cause];
          return (
            <li key={c.cause} className="rounded-lg border border-slate-200 p-4" data-testid="conclusion-cause">
              <p className="text-sm text-slate-600">
                {i === 0 ? "Most likely" : "Also possible"} · {Math.round(c.confidence * 100)}%
              </p>
              <h3 className="text-lg font-semibold text-slate-950" data-testid="cause-title">
                {info.title}
              </h3>
              <p className="mt-1 text-slate-700">{info.summary}</p>
              <div className="mt-2">
                <ActorBadge actor={info.actor} label={info.actorLabel} />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

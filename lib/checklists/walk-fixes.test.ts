// The fixes over the exhaustive path walk: at every conclusion, no copyable value holds a
// placeholder, and a record to publish exists only once the current one was looked up.
import { describe, expect, it } from "vitest";
import { walkAll } from "@/lib/rules/walk";
import { makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import type { Facts, Step } from "@/lib/rules/types";
import { buildChecklist, causesToFix } from "./build";

const PLACEHOLDER = /[<>{}]|your domain|your sending IP/i;

function checkFixes(step: Step, facts: Facts): void {
  if (step.kind !== "conclusion") return;
  const list = buildChecklist(facts, causesToFix(step.causes));
  const problems: string[] = [];
  const checked = (prefix: string) =>
    Object.entries(facts.checks).some(([id, c]) => id.startsWith(prefix) && c.status === "done");
  for (const item of [...list.causes.flatMap((c) => c.items), ...list.prevent]) {
    if (item.record) {
      const { name, value, type } = item.record;
      if (PLACEHOLDER.test(name) || PLACEHOLDER.test(value))
        problems.push(`${item.id}: placeholder in ${type} ${name} ${value}`);
      if (type === "PTR" ? !checked("ip:") : !checked("domain:"))
        problems.push(`${item.id}: ${type} record without a lookup of the current one`);
    }
    if (item.message && /[<>{}]/.test(item.message.body))
      problems.push(`${item.id}: placeholder in the message`);
  }
  if (problems.length > 0) throw new Error(`${step.conclusionId}: ${problems.join("; ")}`);
}

const starts: [string, Facts][] = [
  [
    "authentication failure, sender in the bounce",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
    }),
  ],
  [
    "authentication failure, nothing known",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "authentication-failure" }) }),
  ],
  [
    "blocklisted IP with sender",
    makeFacts({
      diagnosis: makeDiagnosis({
        cause: "ip-blocklisted",
        ips: ["203.0.113.9"],
        from: "anna@example.org",
        blocklistZones: ["zen.spamhaus.org"],
      }),
    }),
  ],
  [
    "reverse DNS",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "reverse-dns", ips: ["203.0.113.9"] }) }),
  ],
];

// The walk is exhaustive (every answer, every check outcome): its bound proves it ends, and its
// time grows with the rules. The timeout only stops a hang; a start took up to 100 s of wall time
// on a 2-core machine busy with other jobs (about 40 s of CPU), so it leaves room for a busy CI.
const WALK_TIMEOUT_MS = 240_000;

describe("fixes on every path", () => {
  it.each(starts)("%s", { timeout: WALK_TIMEOUT_MS }, (_name, facts) => {
    const r = walkAll(facts, { bound: 16, onConclusion: checkFixes });
    expect(r.problems).toEqual([]);
    expect(r.paths).toBeGreaterThan(0);
  });
});

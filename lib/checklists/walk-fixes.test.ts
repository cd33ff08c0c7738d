// The fixes over the exhaustive path walk: at every conclusion, no copyable value holds a
// placeholder, a record to publish exists only once the current one was looked up, and no step
// that tells causes apart offers a lookup that already ran (as if it had not).
import { describe, expect, it } from "vitest";
import { walkAll } from "@/lib/rules/walk";
import { makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import type { Facts, Step } from "@/lib/rules/types";
import { buildConclusionChecklist } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";

const PLACEHOLDER = /[<>{}]|your domain|your sending IP/i;

function checkFixes(step: Step, facts: Facts): void {
  if (step.kind !== "conclusion") return;
  // As the wizard's conclusion builds it.
  const list = buildConclusionChecklist(facts, step.causes);
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
    // A record's "look up the current one first" step may offer again a lookup that ran but
    // could not read that record; a step that tells causes apart never offers one that ran.
    const offered = item.id.startsWith(CHECK_FIRST_PREFIX) ? item.needsCheck?.request?.id : null;
    if (offered && facts.checks[offered]?.status === "done")
      problems.push(`${item.id}: offers the lookup ${offered}, which already ran`);
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
  // The first start's walk is 277,732 paths: 43 s of CPU with the fixes alone, 48 s with the
  // conclusion's whole checklist (one core, measured 2026-12-05).
  it.each(starts)("%s", { timeout: WALK_TIMEOUT_MS }, (_name, facts) => {
    const r = walkAll(facts, { bound: 16, onConclusion: checkFixes });
    expect(r.problems).toEqual([]);
    expect(r.paths).toBeGreaterThan(0);
  });
});

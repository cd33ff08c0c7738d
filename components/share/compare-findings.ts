import type { Severity } from "@/lib/checks/types";

interface Comparable {
  code: string;
  severity: Severity;
  outcome: "done" | "could-not-check";
  title: string;
}

export interface FindingChange {
  code: string;
  title: string;
  change: "new" | "gone" | "severity";
  before?: Severity;
  after?: Severity;
}

const PROBLEMS: ReadonlySet<Severity> = new Set(["critical", "error", "warning"]);

function key(f: Comparable): string {
  return `${f.code}\u0000${f.title}`;
}

/**
 * What changed between the checks at the time of sharing and now. Only problems (critical,
 * error, warning) and could-not-check answers count: "ok" lines coming and going is noise.
 */
export function compareFindings(
  before: readonly Comparable[],
  after: readonly Comparable[],
): FindingChange[] {
  const relevant = (f: Comparable) => PROBLEMS.has(f.severity) || f.outcome === "could-not-check";
  const old = new Map(before.filter(relevant).map((f) => [key(f), f]));
  const now = new Map(after.filter(relevant).map((f) => [key(f), f]));
  const changes: FindingChange[] = [];
  for (const [k, f] of old) {
    const g = now.get(k);
    if (!g) changes.push({ code: f.code, title: f.title, change: "gone", before: f.severity });
    else if (g.severity !== f.severity)
      changes.push({
        code: f.code,
        title: f.title,
        change: "severity",
        before: f.severity,
        after: g.severity,
      });
  }
  for (const [k, g] of now)
    if (!old.has(k))
      changes.push({ code: g.code, title: g.title, change: "new", after: g.severity });
  return changes;
}

// Plain-words readings that the evidence names by rule id (a sending service's suppression, a kind
// of message that is no bounce): one index per table, built once, and one lookup for all.

/**
 * A lookup for `readings`: the reading of the first evidence entry whose rule id one of them
 * lists, or null. An indexed loop over the evidence itself: it runs for every recipient, and a list
 * of its rule ids made first would cost an array each time.
 */
export function readingByRule<T extends { ruleIds: readonly string[] }>(
  readings: readonly T[],
): (evidence: readonly { ruleId: string }[]) => T | null {
  const byRule = new Map<string, T>();
  for (const r of readings) for (const id of r.ruleIds) byRule.set(id, r);
  return (evidence) => {
    for (let k = 0; k < evidence.length; k++) {
      const r = byRule.get(evidence[k]!.ruleId);
      if (r) return r;
    }
    return null;
  };
}

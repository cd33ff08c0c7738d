// The SPF include/redirect tree a domain check carries in its SPF findings' `data`
// (lib/spf/findings.ts: `data.tree` and `data.totals` for the record's structure,
// `data.evaluation` when an IP was evaluated), turned into what the view shows: per node its
// domain, record, lookups and void lookups with running totals against the limits (RFC 7208
// §4.6.4), and the mechanism that matched. The data comes over the network: read defensively.
import type { SpfEvaluation, SpfNode, SpfResult } from "@/lib/spf/types";

export interface SpfTreeRow {
  domain: string;
  via: SpfNode["via"];
  record: string | null;
  /** DNS-querying terms in this record (include, a, mx, ptr, exists, redirect). */
  lookups: number;
  /** Lookups counted so far, in evaluation order, once this record and its includes are done. */
  runningLookups: number;
  voidLookups: number;
  runningVoidLookups: number;
  /** Set when the running total first goes over a limit in this record. */
  overLookupLimit: boolean;
  overVoidLimit: boolean;
  /** The term that decided this record's result for the evaluated IP. */
  matched: { text: string; result: SpfResult } | null;
  problem: string | null;
  children: SpfTreeRow[];
}

export interface SpfTreeModel {
  domain: string;
  root: SpfTreeRow;
  lookupLimit: number;
  voidLimit: number;
  totalLookups: number;
  totalVoidLookups: number;
  /** When an IP was given: the result and the deciding term with where it sits. */
  evaluation: {
    ip: string;
    result: SpfResult;
    matched: { domain: string; text: string } | null;
  } | null;
}

interface FindingWithData {
  area?: string;
  data?: Record<string, unknown>;
}

const QUALIFIER_RESULT: Record<string, SpfResult> = {
  "+": "pass",
  "-": "fail",
  "~": "softfail",
  "?": "neutral",
};

function isNode(x: unknown): x is SpfNode {
  if (!x || typeof x !== "object") return false;
  const n = x as Partial<SpfNode>;
  return typeof n.domain === "string" && Array.isArray(n.terms) && Array.isArray(n.children);
}

function isEvaluation(x: unknown): x is SpfEvaluation {
  if (!x || typeof x !== "object") return false;
  const e = x as Partial<SpfEvaluation>;
  return (
    typeof e.result === "string" && isNode(e.tree) && !!e.totals && typeof e.totals === "object"
  );
}

function num(x: unknown, fallback: number): number {
  return typeof x === "number" && Number.isFinite(x) ? x : fallback;
}

/** Node path key: the chain of (via, domain) from the top, so the same domain twice stays apart. */
const key = (path: string[]) => path.join(" > ");

function matchedByPath(
  node: SpfNode,
  path: string[],
  out: Map<string, { text: string; result: SpfResult }>,
  depth = 0,
) {
  if (depth > 20) return;
  const here = [...path, `${node.via}:${node.domain}`];
  if (node.matched)
    out.set(key(here), {
      text: node.matched.text,
      result: QUALIFIER_RESULT[node.matched.qualifier] ?? node.result,
    });
  for (const child of node.children ?? [])
    if (isNode(child)) matchedByPath(child, here, out, depth + 1);
}

export function spfTreeModel(findings: readonly FindingWithData[]): SpfTreeModel | null {
  const spf = findings.filter((f) => f.area === "spf" && f.data);
  const structural = spf.find((f) => isNode(f.data?.["tree"]))?.data;
  const evaluation = spf.map((f) => f.data?.["evaluation"]).find(isEvaluation) ?? null;
  const tree =
    structural && isNode(structural["tree"]) ? structural["tree"] : (evaluation?.tree ?? null);
  if (!tree) return null;
  const totals = (structural?.["totals"] ?? evaluation?.totals ?? {}) as Record<string, unknown>;
  const lookupLimit = num(totals["lookupLimit"], 10);
  const voidLimit = num(totals["voidLimit"], 2);

  const matched = new Map<string, { text: string; result: SpfResult }>();
  if (evaluation) matchedByPath(evaluation.tree, [], matched);

  let lookups = 0;
  let voids = 0;
  let overLookups = false;
  let overVoids = false;
  // Evaluation order: a record's terms left to right, an include's record where the include stands.
  const walk = (node: SpfNode, path: string[], depth: number): SpfTreeRow => {
    const here = [...path, `${node.via}:${node.domain}`];
    const children: SpfTreeRow[] = [];
    for (const term of node.terms ?? []) {
      if (term.countsTowardLimit) lookups += 1;
      if (term.voidLookup) voids += 1;
      if (term.child && isNode(term.child) && depth < 20)
        children.push(walk(term.child, here, depth + 1));
    }
    const firstOverLookups = !overLookups && lookups > lookupLimit;
    const firstOverVoids = !overVoids && voids > voidLimit;
    overLookups ||= firstOverLookups;
    overVoids ||= firstOverVoids;
    return {
      domain: node.domain,
      via: node.via,
      record: typeof node.record === "string" ? node.record : null,
      lookups: num(node.lookupTerms, 0),
      runningLookups: lookups,
      voidLookups: num(node.voidLookups, 0),
      runningVoidLookups: voids,
      overLookupLimit: firstOverLookups,
      overVoidLimit: firstOverVoids,
      matched: matched.get(key(here)) ?? null,
      problem: typeof node.problem === "string" ? node.problem : null,
      children,
    };
  };
  const root = walk(tree, [], 0);
  return {
    domain: tree.domain,
    root,
    lookupLimit,
    voidLimit,
    totalLookups: lookups,
    totalVoidLookups: voids,
    evaluation:
      evaluation && typeof evaluation.ip === "string"
        ? {
            ip: evaluation.ip,
            result: evaluation.result,
            matched: evaluation.matched
              ? { domain: evaluation.matched.domain, text: evaluation.matched.text }
              : null,
          }
        : null,
  };
}

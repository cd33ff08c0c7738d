// The filter's verdict turned into what the user reads: findings grouped by topic in plain
// words, each with what to change, against the thresholds. Pure and browser-safe.

import {
  GROUP_ORDER,
  GROUP_TITLES,
  REVIEW_TIME_RULES,
  SHOWN_WITHOUT_POINTS,
  SYMBOLS,
} from "./symbols";
import { RSPAMD_THRESHOLDS, verdictFor } from "./thresholds";
import type {
  ContentFinding,
  ContentFindingGroup,
  FilterSymbol,
  FilterVerdict,
  LinkedDomain,
  ReviewedContent,
  ReviewedSource,
  RiskyAttachment,
} from "./types";

export const FILTER_NAME = "Rspamd 3.4";

// The link-list rules tag each match with where it was found ("example.com:url"); the user
// needs the domain.
const MATCH_TAG = /:(?:url|email|emails|dkim|replyto|helo|rdns|from|received)$/;
const cleanMatches = (options: string[]) => [
  ...new Set(options.map((o) => o.replace(MATCH_TAG, ""))),
];

/** One finding per rule the user should see; null for zero-point rules of no interest. */
export function findingFor(symbol: FilterSymbol): ContentFinding | null {
  const info = SYMBOLS[symbol.name];
  if (!info) {
    // Unknown to our table: shown when it cost points, in the filter's own words.
    if (symbol.score <= 0) return null;
    return {
      symbol: symbol.name,
      group: "other",
      score: symbol.score,
      title: symbol.description ?? `The filter's rule ${symbol.name} matched.`,
      fix: "Look this rule up in the Rspamd documentation (https://rspamd.com/doc/) and change what it names.",
      matched: cleanMatches(symbol.options),
      ...(symbol.description ? { filterDescription: symbol.description } : {}),
      tone: "bad",
    };
  }
  const tone = symbol.score > 0 ? "bad" : symbol.score < 0 ? "good" : (info.zeroTone ?? "info");
  if (tone === "info" && !SHOWN_WITHOUT_POINTS.has(symbol.name)) return null;
  return {
    symbol: symbol.name,
    group: info.group,
    score: symbol.score,
    title: info.title,
    ...(info.fix && tone !== "good" ? { fix: info.fix } : {}),
    matched: cleanMatches(symbol.options),
    ...(symbol.description ? { filterDescription: symbol.description } : {}),
    tone,
  };
}

export function groupFindings(symbols: FilterSymbol[]): ContentFindingGroup[] {
  const findings = symbols.map(findingFor).filter((f): f is ContentFinding => f !== null);
  return GROUP_ORDER.map((group) => ({
    group,
    title: GROUP_TITLES[group],
    // Worst first; ties by rule name, so the order never depends on the filter's JSON order.
    findings: findings
      .filter((f) => f.group === group)
      .sort((a, b) => b.score - a.score || a.symbol.localeCompare(b.symbol)),
  })).filter((g) => g.findings.length > 0);
}

export function buildReview(input: {
  verdict: FilterVerdict;
  source: ReviewedSource;
  linkedDomains: LinkedDomain[];
  attachments: RiskyAttachment[];
}): ReviewedContent {
  const { verdict } = input;
  // The filter's own reject threshold wins over our copy, should the configuration change.
  const thresholds = { ...RSPAMD_THRESHOLDS, reject: verdict.requiredScore };
  // Rules that judge the review's time, not the message, count for nothing (REVIEW_TIME_RULES).
  const symbols = verdict.symbols.filter((s) => !REVIEW_TIME_RULES.has(s.name));
  const score =
    verdict.score -
    verdict.symbols.reduce((sum, s) => (REVIEW_TIME_RULES.has(s.name) ? sum + s.score : sum), 0);
  return {
    status: "reviewed",
    source: input.source,
    score: Math.round(score * 100) / 100,
    thresholds,
    verdict: verdictFor(score, thresholds),
    action: verdict.action,
    groups: groupFindings(symbols),
    linkedDomains: input.linkedDomains,
    attachments: input.attachments,
    filter: FILTER_NAME,
    filterMs: verdict.filterMs,
  };
}

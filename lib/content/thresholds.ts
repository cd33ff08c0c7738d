// The score thresholds the review measures against: the filter's actions, as
// config/rspamd/local.d/actions.conf states them (Rspamd 3.4's defaults, /etc/rspamd/actions.conf).
// The filter answers only its reject threshold; a test checks that it equals the one here.
// Browser-safe.

import type { ContentThresholds, ContentVerdict } from "./types";

export const RSPAMD_THRESHOLDS: ContentThresholds = { greylist: 4, addHeader: 6, reject: 15 };

/** Plain words for each verdict, for the page and the command line. */
export const VERDICT_WORDS: Record<ContentVerdict, string> = {
  low: "Low: a filter like this one would deliver it",
  greylist: "Borderline: receivers may delay it (greylisting)",
  junk: "High: receivers would likely put it in the junk folder",
  reject: "Very high: receivers would likely refuse it",
};

export function verdictFor(score: number, t: ContentThresholds): ContentVerdict {
  if (score >= t.reject) return "reject";
  if (score >= t.addHeader) return "junk";
  if (score >= t.greylist) return "greylist";
  return "low";
}

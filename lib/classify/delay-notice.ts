// A delay notice is not a bounce: every recipient's DSN says "Action: delayed" (RFC 3464
// section 2.3.3), so the sending server still holds the message and keeps retrying. The
// reason it gives for the delay is kept as a second, lesser note: it is what the final
// bounce will say if the delay lasts.
import { CAUSES } from "@/lib/causes/causes";
import type { Refusal } from "@/lib/bounce/refusal";
import type { Evidence } from "@/lib/diagnosis/types";
import { GAVE_UP_DESPITE_DELAYED } from "@/lib/knowledge/signatures/opensmtpd";
import type { Feature } from "./features";
import type { CauseScore } from "./score";

const GAVE_UP: ReadonlySet<string> = new Set(GAVE_UP_DESPITE_DELAYED);

/** The rule id of a delay notice's evidence. */
export const DELAY_NOTICE_RULE = "dsn.action.delayed-notice";

/**
 * The delay notice's evidence, or null when the refusal is not one: not every recipient is
 * delayed, or the words say the MTA gave up whatever its report's Action says.
 */
export function delayNoticeEvidence(
  r: Refusal,
  features: readonly Feature[],
  top: CauseScore | undefined,
): { notice: Evidence; reason: Evidence | null } | null {
  if (!r.delayed) return null;
  if (features.some((f) => f.weight > 0 && GAVE_UP.has(f.id))) return null;
  const until = r.delayed.until
    ? `will keep trying until ${r.delayed.until}`
    : "will keep trying until its retry period ends";
  const notice: Evidence = {
    ruleId: DELAY_NOTICE_RULE,
    note: `This is a delay notice, not a refusal: the sending server still holds the message and ${until}. Nothing was lost yet; if delivery finally fails you will get a bounce.`,
    source: "RFC 3464 sections 2.3.3 (Action: delayed) and 2.3.9 (Will-Retry-Until)",
    spans: [],
  };
  // "dsn.action.delayed" is the classifier's own reading of a delay with no reason: not a reason.
  const named = top?.features.find(
    (f) => f.kind !== "possible" && f.kind !== "shift" && f.id !== "dsn.action.delayed",
  );
  if (!top || !named || !r.words) return { notice, reason: null };
  return {
    notice,
    reason: {
      ruleId: named.id,
      note: `The reason given for the delay, if it lasts: ${CAUSES[top.cause].title.toLowerCase()} ("${r.words.slice(0, 200)}").`,
      source: named.source,
      spans: named.spans,
    },
  };
}

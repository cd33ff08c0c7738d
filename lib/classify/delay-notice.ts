// A delay notice is not a failure yet: every recipient's DSN says "Action: delayed" (RFC 3464
// section 2.3.3), or the writer's own words say it will retry, so the sending server still
// holds the message. What the person who pasted it wants to know is why, and what to do: when
// the notice gives a reason the classifier reads, that reason is the cause (with its own
// confidence and evidence), and the delay is a note beside it. A notice with no reason is
// not-a-bounce, the note its only evidence.
import type { Refusal } from "@/lib/bounce/refusal";
import { DELAY_NOTICE_RULE } from "@/lib/diagnosis/rule-ids";
import type { DelayNotice } from "@/lib/diagnosis/types";
import { GAVE_UP_DESPITE_DELAYED } from "@/lib/knowledge/signatures/opensmtpd";
import type { CauseId } from "@/lib/causes/causes";
import { CODE_POSSIBILITY_PREFIX, saysFromWords, type Feature } from "./features";

const GAVE_UP: ReadonlySet<string> = new Set(GAVE_UP_DESPITE_DELAYED);

/**
 * Features that only restate the delay, not its reason: the classifier's own reading of a
 * delayed recipient with no words ("dsn.action.delayed", classify.ts); Sendmail's queue
 * warning "Warning: message still undelivered after 4 hours" (signatures/mta-context.ts, whose
 * note says any reason the transcript gives outweighs it); the generic wordings "delayed" and
 * "has been delayed" (signatures/generic.ts), whose one source is a delay notice's own intro
 * ("The delivery of the following E-mail message has been delayed.").
 */
const RESTATES_THE_DELAY: ReadonlySet<string> = new Set([
  "dsn.action.delayed",
  "sendmail.queue-warning",
  "generic.remote-unreachable.delayed",
  "generic.remote-unreachable.has-been-delayed",
]);

/**
 * The delay notice, or null when the refusal is not one: not every recipient is delayed, or
 * the words say the MTA gave up whatever its report's Action says.
 */
export function readDelayNotice(r: Refusal, features: readonly Feature[]): DelayNotice | null {
  if (!r.delayed) return null;
  if (features.some((f) => f.weight > 0 && GAVE_UP.has(f.id))) return null;
  const until = r.delayed.until;
  const keepsTrying = until
    ? `will keep trying until ${until}`
    : "will keep trying until its retry period ends";
  return {
    ruleId: DELAY_NOTICE_RULE,
    note: `Not a failure yet: this is a delay notice. The sending server still holds the message and ${keepsTrying}; nothing needs resending now. If it never gets through, you will get a bounce.`,
    source: "RFC 3464 sections 2.3.3 (Action: delayed) and 2.3.9 (Will-Retry-Until)",
    spans: [],
    until,
  };
}

/** Whether a catalog entry (by its rule id) only restates a delay: in a delay notice it is no reason. */
export function restatesTheDelay(ruleId: string): boolean {
  return RESTATES_THE_DELAY.has(ruleId);
}

/** A delay notice's features without those that only restate the delay: they say no reason. */
export function withoutDelayRestatements(features: Feature[]): Feature[] {
  return features.filter((f) => !RESTATES_THE_DELAY.has(f.id));
}

/**
 * Whether a feature comes from the notice's enhanced status code with a subject (RFC 3463
 * section 3: the subject sub-code "classifies the status" as addressing, mailbox, mail system,
 * network and routing, protocol, content or policy): the registry's reading of the code
 * (code-features.ts, kind "status") or the usual causes of a status's subject
 * (reply-possibilities.ts "4.4.x", "5.7.1": a code with a dot). A bare X.0.0 has no subject
 * and makes neither; a basic reply code's list ("possible.421.…") is no subject either.
 */
function fromStatusSubject(f: Feature): boolean {
  if (f.kind === "status") return true;
  if (f.kind !== "possible" || f.matched !== undefined) return false;
  const code = f.id.slice(CODE_POSSIBILITY_PREFIX.length);
  return f.id.startsWith(CODE_POSSIBILITY_PREFIX) && /^[245]\.[1-9]/.test(code);
}

/**
 * Whether the notice gives a reason for the delay: the classifier names a cause from it (a
 * status such as 4.4.7, "delivery time expired", is one), or its words or its status's subject
 * narrow the causes that remain possible. A delay whose status says "network or routing"
 * (4.4.0) gave a reason the tables may not read in its words: that is "not sure why", not
 * "nothing failed" (review 31 finding 1: Momentum's "421 4.4.0 [internal] no MXs for this domain
 * could be reached" for a mistyped domain was told "nothing to do"). Only a delay with no words
 * read and no status subject (none, or X.0.0) says no reason: "delayed, no reason given".
 */
export function givesDelayReason(cause: CauseId, features: readonly Feature[]): boolean {
  const said = (f: Feature) =>
    f.weight > 0 &&
    !RESTATES_THE_DELAY.has(f.id) &&
    (cause === "unknown"
      ? saysFromWords(f) || fromStatusSubject(f)
      : f.kind !== "shift" && (f.kind !== "possible" || f.matched !== undefined));
  return cause !== "not-a-bounce" && features.some(said);
}

import type { ParsedBounce } from "@/lib/bounce/types";
import { CAUSES } from "@/lib/causes/causes";
import { causeInfoFor } from "@/lib/causes/connection-variants";
import { senderServiceActor } from "@/lib/causes/mailbox-service-actor";
import type { RankedCause } from "@/lib/rules/types";
import { causeWords, type OwnReading } from "@/lib/diagnosis/cause-words";
import type { DelayNotice } from "@/lib/diagnosis/types";
import { ActorBadge } from "./actor-badge";
import { DelayNoticeNote } from "./delay-notice-note";

/**
 * The causes a conclusion holds, most likely first: the wizard's conclusion and the shared
 * result show the same list. A later cause says why it is still possible when the engine gave
 * a reason (a shared link carries none); the first cause's grounds are shown by the caller.
 */
export function RankedCauses({
  causes,
  className = "",
  delayNotice,
  reading,
  parsed,
  ruleIds,
}: {
  causes: readonly (RankedCause & { why?: string; support?: string })[];
  className?: string;
  /** The bounce is a delay notice: its note stands for the first cause's summary. */
  delayNotice?: DelayNotice;
  /**
   * The bounce's own headline and words where its cause's title would mislead (greylisting),
   * shown for the first cause when it is the cause the bounce was read as.
   */
  reading?: OwnReading;
  /**
   * The bounce's parse, for a cause's words where its evidence gives a variant (an app's
   * failed connection to its submission port: lib/causes/connection-variants.ts).
   */
  parsed?: ParsedBounce | null;
  /** The diagnosis's evidence rule ids, for the same (a sending program's own words). */
  ruleIds?: readonly string[];
}) {
  return (
    <ol className={`space-y-4 ${className}`}>
      {causes.map((c, i) => {
        const info = causeInfoFor(c.cause, parsed, ruleIds);
        const words =
          info !== CAUSES[c.cause]
            ? { title: info.title, summary: info.summary }
            : causeWords(c.cause, i === 0 ? reading : null);
        // A problem a check found that explains little of this bounce: found, not a share.
        const foundOnly = i > 0 && c.support === "check" && c.confidence < 0.05;
        // Who acts: the sender's mailbox service where it is one (its support, not their IT).
        const actor = senderServiceActor(c.cause, parsed) ?? info;
        return (
          <li
            key={c.cause}
            className="rounded-lg border border-slate-200 p-4"
            data-testid="conclusion-cause"
            data-cause={c.cause}
          >
            <p className="text-sm text-slate-600">
              {foundOnly
                ? "Also found by the checks"
                : `${i === 0 ? "Most likely" : "Also possible"} · ${Math.round(c.confidence * 100)}%`}
            </p>
            <h3 className="text-lg font-semibold text-slate-950" data-testid="cause-title">
              {words.title}
            </h3>
            {i === 0 && delayNotice ? (
              <DelayNoticeNote notice={delayNotice} testId="conclusion-delay-notice" />
            ) : (
              <p className="mt-1 text-slate-700">{words.summary}</p>
            )}
            {i > 0 && c.why ? (
              <p className="mt-1 text-sm text-slate-700" data-testid="cause-why">
                <span className="font-medium">
                  {foundOnly ? "What the checks found: " : "Why it is still possible: "}
                </span>
                {c.why}
              </p>
            ) : null}
            <div className="mt-2">
              <ActorBadge actor={actor.actor} label={actor.actorLabel} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

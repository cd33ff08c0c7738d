// A not-a-bounce verdict's confidence from the signal that made it (issue 8): the figures are
// data (lib/knowledge/scoring/not-a-bounce-signals.ts); this module only says which signal a
// verdict rests on, from facts the parser already read: the input's shape (a DSN part or not)
// and the bounce's own header fields it keeps (ParsedBounce.headers).
import type { Refusal } from "@/lib/bounce/refusal";
import {
  NOT_A_BOUNCE_SIGNALS,
  type NotABounceSignal,
  type NotABounceSignalId,
} from "@/lib/knowledge/scoring/not-a-bounce-signals";

/** Which signal marks an automatic reply: the standard's header field, a custom one, or the subject only. */
export function autoReplySignal(
  headers: readonly { name: string; value: string }[] | undefined,
): NotABounceSignalId {
  let custom = false;
  for (const h of headers ?? []) {
    // RFC 3834 section 5.1: "auto-replied", parameters allowed after it ("auto-replied; owner=...").
    if (h.name === "auto-submitted" && /^auto-replied\b/i.test(h.value))
      return "auto-submitted-header";
    if (h.name === "x-autoreply" || h.name === "x-autorespond") custom = true;
  }
  return custom ? "autoreply-header" : "auto-reply-subject";
}

/** A delay notice's signal: a DSN's "Action: delayed" fields, or the writer's prose alone. */
export function delaySignal(r: Refusal): NotABounceSignalId {
  // The parser reads "delayed" from prose only when the report has no DSN part (lib/bounce/parse.ts).
  return r.shape === "delivery-report" ? "delay-dsn" : "delay-words";
}

/** A 2.X.X status's signal: a DSN's Status field, or a code read from the words. */
export function successSignal(r: Refusal): NotABounceSignalId {
  return r.shape === "delivery-report" ? "status-success-dsn" : "status-success-words";
}

export function notABounceSignal(id: NotABounceSignalId): NotABounceSignal {
  return NOT_A_BOUNCE_SIGNALS[id];
}

/** The shown confidence of a not-a-bounce verdict resting on `id`. */
export function notABounceConfidence(id: NotABounceSignalId): number {
  return NOT_A_BOUNCE_SIGNALS[id].confidence;
}

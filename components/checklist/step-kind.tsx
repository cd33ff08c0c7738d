import type { CauseId } from "@/lib/causes/causes";
import { tellsApartWords, type DelayReading } from "@/lib/checklists/delay-outline";
import type { ItemKind } from "@/lib/checklists/types";

const KIND_LABEL: Record<ItemKind, string> = {
  fix: "Fix",
  verify: "Check",
  contact: "Contact",
  prevent: "Prevent",
  // A step that asks nothing ("Nothing to fix: your message arrived"): read, not done.
  info: "Good to know",
};

/**
 * The kind of a step, as a small badge before its title. A step of the not-settled group reads
 * "Check first" whatever its kind: it looks or asks, it changes nothing yet.
 */
export function StepKindBadge({
  kind,
  checkFirst = false,
}: {
  kind: ItemKind;
  checkFirst?: boolean;
}) {
  return (
    <span
      className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase no-underline ${
        checkFirst
          ? "bg-amber-100 text-amber-900"
          : kind === "info"
            ? "bg-sky-100 text-sky-900"
            : "bg-slate-100 text-slate-700"
      }`}
      data-testid="step-kind"
    >
      {checkFirst ? "Check first" : KIND_LABEL[kind]}
    </span>
  );
}

/**
 * Under a check-first step: the possible cause whose finding it confirms or rules out; for a
 * delay notice, the reason it looks at, as firmly as the notice gives one.
 */
export function TellsApartNote({
  cause,
  delay = null,
  title,
}: {
  cause: CauseId;
  delay?: DelayReading | null;
  /** The cause's title for this text, where its evidence gives it a variant. */
  title?: string;
}) {
  return (
    <span className="block text-sm text-amber-900" data-testid="tells-apart">
      {tellsApartWords(cause, delay, title)}
    </span>
  );
}

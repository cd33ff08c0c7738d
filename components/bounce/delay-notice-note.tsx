import type { DelayNotice } from "@/lib/diagnosis/types";

/**
 * A delay notice's note: nothing failed yet, and what happens if it lasts. Shown in place of
 * the cause's summary, which speaks of a failure ("retried until it expired").
 */
export function DelayNoticeNote({
  notice,
  testId = "delay-notice",
}: {
  notice: DelayNotice;
  testId?: string;
}) {
  return (
    <p
      className="mt-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950"
      data-testid={testId}
    >
      {notice.note}
    </p>
  );
}

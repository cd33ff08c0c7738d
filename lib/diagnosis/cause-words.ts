// The title and summary a page, report or command line shows for a cause. A verdict may carry
// its own headline and words where the cause's would mislead: greylisting reads as rate-limited,
// whose title ("Too many messages were sent too fast") would send the sender to slow down.
import { CAUSES, type CauseId } from "@/lib/causes/causes";

/** A verdict's own words for the cause it was read as (RankedCause's headline and explanation). */
export interface OwnReading {
  cause: CauseId;
  headline?: string;
  explanation?: string;
}

/** The verdict's own headline and words when it gives them for this cause, else the cause's. */
export function causeWords(
  cause: CauseId,
  reading?: OwnReading | null,
): { title: string; summary: string } {
  const info = CAUSES[cause];
  if (reading?.headline !== undefined && reading.cause === cause)
    return { title: reading.headline, summary: reading.explanation ?? info.summary };
  return { title: info.title, summary: info.summary };
}

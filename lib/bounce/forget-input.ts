// The bounce module's memos of the last text it read (the parse's probe, the extractor's runs)
// speed up the reads of one diagnosis; a long-lived server worker drops them once its answer is
// sent, so that a paste is not kept in memory until the next request (the project's rule: pasted
// text is not stored on the server unless the user asks).
import { forgetLastRuns } from "./extract";
import { forgetLastProbe } from "./parse";

/** Drops every memo of the last text read. Reading it again gives the same answer. */
export function forgetLastInput(): void {
  forgetLastProbe();
  forgetLastRuns();
}

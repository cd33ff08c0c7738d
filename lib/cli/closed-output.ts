// What the command line does when the reader of its output goes away early
// (`bin/bounce-doctor --jsonl DIR | head -1`): a write then fails with EPIPE, which Node reports
// as an 'error' event on process.stdout; unhandled, it ended the run with a stack trace. A Unix
// tool in that place is ended by SIGPIPE, silently, and its shell reports status 128 + 13 = 141
// (POSIX: "exit status of a command that terminated because it received a signal shall be
// reported as greater than 128"). Node ignores SIGPIPE, so the status is given by hand.

/** The exit status of a process ended by SIGPIPE (signal 13), as a shell reports it. */
export const CLOSED_OUTPUT_STATUS = 128 + 13;

/** What the listener needs of an output stream (process.stdout is one). */
export interface OutputStream {
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * Ends the process with CLOSED_OUTPUT_STATUS and no message once `stream` reports that its
 * reader is gone (EPIPE); any other write error is thrown as before (Node then reports it).
 */
export function endQuietlyWhenOutputCloses(
  stream: OutputStream,
  exit: (status: number) => void,
): void {
  stream.on("error", (error) => {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") exit(CLOSED_OUTPUT_STATUS);
    else throw error;
  });
}

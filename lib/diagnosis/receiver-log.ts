// A pasted line from a receiving server's own mail log (lib/knowledge/receiver-log-lines.ts) is
// that server's record of a refusal, not a bounce the sender got back: the reader may be the
// admin who refused the mail as well as the sender. The report says which server refused whom,
// so the fixes (which are the sender's) are read by the right person.
import { RECEIVER_LOG_LINES } from "@/lib/knowledge/receiver-log-lines";

/** Log lines are short: the scan stops here (a whole mail log is not a bounce). */
const MAX_SCANNED = 20_000;

/**
 * What every such line holds, the envelope after the reason: only lines with it are read. It
 * starts with a character prose seldom has, so a bounce without it costs one fast indexOf
 * ("reject: " cost ten times as much: "r" is everywhere).
 */
const MARK = "; from=<";

/** The note for the first receiving-server log line in the text, or null where there is none. */
export function receiverLogNote(text: string): string | null {
  // diagnose() runs this on every paste: a bounce without the mark costs one indexOf.
  const head = text.length > MAX_SCANNED ? text.slice(0, MAX_SCANNED) : text;
  for (let at = head.indexOf(MARK); at !== -1; at = head.indexOf(MARK, at + 1)) {
    const from = head.lastIndexOf("\n", at) + 1;
    const to = head.indexOf("\n", at);
    const line = head.slice(from, to === -1 ? head.length : to);
    for (const entry of RECEIVER_LOG_LINES) {
      const m = entry.pattern.exec(line);
      if (m && entry.envelope.test(line.slice(m.index + m[0].length - 1)))
        return noteFor(m[1]!, m[2]!);
    }
    if (to === -1) break;
    at = to;
  }
  return null;
}

function noteFor(host: string, address: string): string {
  // Postfix writes "unknown" where the client's address has no name (smtpd_peer.c).
  const client = host === "unknown" ? `the host at ${address}` : `${host} [${address}]`;
  return `This is a line from the mail log of the server that refused the message (Postfix writes it there), not a bounce sent back to the sender. That server refused the message ${client} tried to hand it; after the reason, "from=<…>" is the sender and "to=<…>" the recipient. If that server is yours, your own rule refused the mail: the fixes below are the sender's to make, so pass the reason on to them, or change the rule if this mail should get through. If you are the sender, the fixes below are yours.`;
}

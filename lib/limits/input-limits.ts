// Caps on what one diagnosis reads: lines, MIME parts and recipients. Each parse step is linear,
// but a paste of half a million lines or thousands of parts is no bounce anyone sent; refusing it
// with a plain reason beats reading it. Checked before the parse, in one pass over the text, by
// the API (its worker), the page's worker and the command line alike.

export const INPUT_LIMITS = {
  /** Lines: a bounce with its original and an attachment is a few thousand. */
  lines: 60_000,
  /** MIME part delimiters (lines "--boundary" of a declared boundary). */
  parts: 500,
  /** Per-recipient DSN groups (Final-Recipient or Original-Recipient fields). */
  recipients: 1_000,
} as const;

export type InputLimit = keyof typeof INPUT_LIMITS;

/**
 * Recipients diagnosed at most, of those the parser found (a text may name an address on
 * every line without any DSN field): each is matched against the whole bounce, so their number
 * multiplies the work, and no one reads a hundred recipient cards.
 */
export const MAX_DIAGNOSED_RECIPIENTS = 100;

export function recipientsCutMessage(found: number): string {
  return `This bounce names ${found.toLocaleString("en-US")} recipients; the first ${MAX_DIAGNOSED_RECIPIENTS} are diagnosed.`;
}

export type InputLimitCheck =
  { ok: true } | { ok: false; limit: InputLimit; count: number; message: string };

const BOUNDARY = /boundary[ \t]*=[ \t]*"?([^";\s]{1,70})/gi;
const RECIPIENT_FIELD = /^(?:final|original)-recipient[ \t]*:/i;

const MESSAGES: Record<InputLimit, (count: number) => string> = {
  lines: (n) =>
    `This text has more than ${INPUT_LIMITS.lines.toLocaleString("en-US")} lines (${n.toLocaleString("en-US")} counted): no bounce is that long. Paste the bounce without the attached original message or attachments.`,
  parts: (n) =>
    `This message has more than ${INPUT_LIMITS.parts} MIME parts (${n} counted): no bounce has that many. Paste the bounce itself, not a whole mailbox.`,
  recipients: (n) =>
    `This bounce lists more than ${INPUT_LIMITS.recipients.toLocaleString("en-US")} recipients (${n.toLocaleString("en-US")} counted). Paste a bounce for fewer recipients at a time.`,
};

/** Whether the text is within INPUT_LIMITS; when not, which cap it hit, with a plain message. */
export function checkInputLimits(text: string): InputLimitCheck {
  const boundaries = new Set<string>();
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) boundaries.add(m[1]!);
  let lines = 0;
  let parts = 0;
  let recipients = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    lines++;
    const first = text.charCodeAt(pos);
    if (first === 0x2d /* - */ && text.charCodeAt(pos + 1) === 0x2d && boundaries.size > 0) {
      // "--boundary" or "--boundary--", optionally with trailing white space or CR.
      const line = text.slice(pos + 2, Math.min(end, pos + 80)).trimEnd();
      if (boundaries.has(line) || (line.endsWith("--") && boundaries.has(line.slice(0, -2))))
        parts++;
    } else if (
      (first === 0x46 || first === 0x66 || first === 0x4f || first === 0x6f) &&
      end - pos > 16
    ) {
      if (RECIPIENT_FIELD.test(text.slice(pos, pos + 24))) recipients++;
    }
    if (lines > INPUT_LIMITS.lines) return refuse("lines", countLines(text));
    if (parts > INPUT_LIMITS.parts) return refuse("parts", parts);
    if (recipients > INPUT_LIMITS.recipients) return refuse("recipients", recipients);
    pos = end + 1;
  }
  return { ok: true };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function refuse(limit: InputLimit, count: number): InputLimitCheck {
  return { ok: false, limit, count, message: MESSAGES[limit](count) };
}

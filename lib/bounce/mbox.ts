// An mbox file (RFC 4155) holds messages one after another, each opened by a "From " line: the
// envelope sender and the date as asctime() writes it ("From MAILER-DAEMON Sat Sep 20 04:19:18
// 2008"). The parser reads one message; a paste or a dropped file that holds several must say
// that the others were not read (crazy-max/CwsMailBounceHandler's bounce_511_057.eml holds two
// bounces, and the second one's recipient was silently missing).

/** An mbox "From " line: a sender without blanks, then an asctime() date. */
const FROM_LINE =
  /^From [^\s]{1,320} (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d(?: [A-Z]{1,5})? \d{4}[ \t]*$/;

/** More "From " lines than this are not counted: the warning needs no exact figure past it. */
const MAX_COUNTED = 1000;

/**
 * How many messages an mbox text holds: 0 when it does not start with a "From " line (not an
 * mbox), else the "From " lines at the start of a line (RFC 4155 escapes those in bodies as
 * ">From "), up to MAX_COUNTED.
 */
export function mboxMessageCount(text: string): number {
  // Every paste is asked: most are no mbox, and say so by their first five characters.
  if (!text.startsWith("From ")) return 0;
  const firstEnd = text.indexOf("\n");
  const first = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, "");
  if (!FROM_LINE.test(first)) return 0;
  let count = 1;
  for (let at = text.indexOf("\nFrom ", firstEnd); at !== -1 && count < MAX_COUNTED;) {
    const end = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, end === -1 ? text.length : end).replace(/\r$/, "");
    if (FROM_LINE.test(line)) count++;
    at = end === -1 ? -1 : text.indexOf("\nFrom ", end);
  }
  return count;
}

/** The warning for an mbox text of `count` messages (count > 1). */
export function mboxWarning(count: number): string {
  const n = count >= MAX_COUNTED ? `${MAX_COUNTED} or more` : String(count);
  return `This text holds ${n} messages one after another (an mbox file); only the first was read. Paste or open each bounce on its own to read the others.`;
}

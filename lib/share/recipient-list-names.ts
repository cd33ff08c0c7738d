// The display name in an Exchange notice's recipient list, masked with the addresses before
// sharing (review 29: a masked link kept "Mārtiņš Lukaševičs"). Exchange 5.5's Internet Mail
// Service writes each failed recipient as "<recipient> on <date>" under "did not reach the
// following recipient(s):", and the recipient is the address ("MDMOORE@BALL.COM on Fri, 18 Oct
// 2002 09:13:24 -0600", flufl.bounce tests/data/microsoft_02.txt) or, for a directory entry, the
// person's display name ("M... L... on Fri, 14 Sep 2007 18:52:54 +0300", ronbeltran/bounce_email
// tests/bounces/tt_bounce_11.eml). Addresses are masked by the address masker; a name has no
// address beside it, so the name masker (mask-names.ts) never saw it.
import { maskName, replaceSpans } from "./mask-names";

/** The list's heading, as Exchange 5.5 writes it. */
const LIST_HEADING = /did not reach the following recipient\(s\):/gi;

/**
 * A recipient line: group 1 its indent, group 2 the name (no "@", not masked already), then
 * " on " and the date (a weekday first, as the notice writes it). The reasons below a recipient
 * are indented further and never read as one. Each line is read alone and bounded: linear.
 */
const RECIPIENT_LINE =
  /^([ \t]{0,2})([^\s@<>*][^\n@<>*]{0,100}?) on ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? \d)/;

/** How many lines after the heading are read: a notice lists its recipients right below it. */
const LINES_READ = 40;

/** `text` with each display name in an Exchange recipient list masked ("M*** on Fri, ..."). */
export function maskRecipientListNames(text: string): string {
  if (!/did not reach the following recipient/i.test(text)) return text;
  const edits: [number, number, string][] = [];
  for (const heading of text.matchAll(LIST_HEADING)) {
    let at = heading.index + heading[0].length;
    for (let n = 0; n < LINES_READ && at < text.length; n++) {
      const next = text.indexOf("\n", at);
      const m = RECIPIENT_LINE.exec(text.slice(at, next === -1 ? text.length : next));
      if (m) {
        const start = at + m[1]!.length;
        const name = m[2]!.trimEnd();
        edits.push([start, start + name.length, maskName(name)]);
      }
      if (next === -1) break;
      at = next + 1;
    }
  }
  return edits.length === 0 ? text : replaceSpans(text, edits);
}

// The headline of Exchange Online's newer NDR and the line under it, for the masker: that line
// names the recipient by its local part alone, so a plain-word local part standing there stands
// for the address masked in the headline (review 30, finding 2). Microsoft's page shows the
// block ("What's included in an NDR?", EXCHANGE_ONLINE_PARTY_ROW's source); the real copies
// cited there carry it ("Your message to margeaux.groenewald@sci-bono.co.za couldn't be
// delivered." / "margeaux.groenewald wasn't found at sci-bono.co.za."). The headline's wordings
// are lib/knowledge/ndr-headlines.ts's.
import { NDR_HEADLINES } from "@/lib/knowledge/ndr-headlines";

/** How far back a line is looked for: the NDR's lines are short; a longer one is no such line. */
const MAX_LINE = 400;

/**
 * The newer NDR's first lines: "Your message to <address> couldn't be delivered.", then the line
 * that says why, which names the recipient by its local part alone ("margeaux.groenewald wasn't
 * found at sci-bono.co.za.", "The group <name> only accepts messages from people in its
 * organization ..."). The headline's words before and after the address, lower case, the full
 * stop left off (a copy that lost it is still the headline).
 */
const HEADLINE_WORDS: readonly { before: string; after: string }[] = NDR_HEADLINES.map((h) => ({
  before: h.before.toLowerCase(),
  after: h.after.toLowerCase().replace(/\.$/, ""),
}));

/** How many blank lines may stand between the headline and the line that says why. */
const BLANKS_AFTER_HEADLINE = 2;

/**
 * Whether the line holding `at` (in `lower`, the text in lower case) is the line that says why
 * under a newer NDR's headline for an address of `domain`: the local part standing alone there
 * stands for that address, even where it is a plain word ("request wasn't found at ..." is
 * masked already by its domain on the line; "The group sales only accepts ..." was not).
 */
export function followsNdrHeadline(lower: string, at: number, domain: string): boolean {
  let lineStart = lineStartWithin(lower, at);
  if (lineStart === -1) return false;
  for (let n = 0; n <= BLANKS_AFTER_HEADLINE && lineStart > 0; n++) {
    const prevStart = lineStartWithin(lower, lineStart - 1);
    if (prevStart === -1) return false;
    const prev = lower.slice(prevStart, lineStart - 1);
    if (prev.trim() !== "") return isHeadline(prev, domain);
    lineStart = prevStart;
  }
  return false;
}

/** Whether `line` (lower case) is a headline for an address of `domain`. */
function isHeadline(line: string, domain: string): boolean {
  for (const { before, after } of HEADLINE_WORDS) {
    const start = line.indexOf(before);
    if (start === -1) continue;
    const end = line.indexOf(after, start);
    if (
      end !== -1 &&
      line
        .slice(start + before.length, end)
        .trimEnd()
        .endsWith(`@${domain}`)
    )
      return true;
  }
  return false;
}

/** Where the line holding `at` starts, or -1 when it starts more than MAX_LINE before `at`. */
function lineStartWithin(lower: string, at: number): number {
  const from = Math.max(0, at - MAX_LINE);
  const nl = lower.slice(from, at).lastIndexOf("\n");
  if (nl !== -1) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

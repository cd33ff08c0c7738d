// Whether an input is within the input limits (lib/limits) can often be told from its line
// count alone: each part delimiter and each recipient field the limits count is a line of its
// own, so a text of no more lines than the smallest cap reaches none of them. The command line
// asks this first, on the bytes, and reads the text for checkInputLimits only for longer
// inputs (1 in 70 of the dev corpus): the byte-per-character copy of every file and the scan
// for MIME boundaries over it were a tenth of what a batch allocated and about 6 us a file.
import { INPUT_LIMITS } from "@/lib/limits/input-limits";

/**
 * Lines up to which no cap can be passed: lines are counted, and parts and recipients are
 * counted at most once per line.
 */
export const GLANCE_LINES = Math.min(
  INPUT_LIMITS.lines,
  INPUT_LIMITS.parts,
  INPUT_LIMITS.recipients,
);

/**
 * True when the bytes (one character per byte, as latin1Text reads them) hold at most
 * GLANCE_LINES lines: checkInputLimits would find them within every limit. False says
 * nothing: the text must be checked.
 */
export function withinLimitsByLines(bytes: Uint8Array): boolean {
  let lines = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1))
    if (++lines > GLANCE_LINES) return false;
  return true;
}

// The command line counts the input limits on a byte-per-character copy of the input
// (latin1Text): the answer must be the one windows-1252 text (TextDecoder "latin1") gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInputLimits, INPUT_LIMITS } from "@/lib/limits/input-limits";
import { latin1Text } from "./read-input";

const windows1252 = new TextDecoder("latin1");
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A multipart text of `parts` parts whose boundary is `boundary` (one byte per character). */
function multipart(boundary: string, parts: number, tail = ""): Uint8Array {
  const body = Array.from({ length: parts }, () => `--${boundary}${tail}\nx\n`).join("");
  return bytes(`Content-Type: multipart/report; boundary="${boundary}"\n\n${body}`);
}

describe("latin1Text", () => {
  it("is one character per byte", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = latin1Text(all);
    expect(text.length).toBe(256);
    expect([...text].every((c, i) => c.charCodeAt(0) === i)).toBe(true);
    // A view into a larger buffer reads only its own bytes.
    expect(latin1Text(all.subarray(65, 68))).toBe("ABC");
  });

  it("gives the input limits the answer windows-1252 text gives", () => {
    // Boundaries made of the bytes the two readings map differently (0x80-0x9F), with them at
    // the end of the delimiter line too: still counted as the same boundary either way.
    const high = "\x80\x85\x8d\x9fb";
    for (const input of [
      multipart(high, INPUT_LIMITS.parts + 1),
      multipart(high, INPUT_LIMITS.parts + 1, "\x85"),
      multipart(high, INPUT_LIMITS.parts + 1, " \t"),
      multipart("b\x81", INPUT_LIMITS.parts),
      multipart("b\xa0c", INPUT_LIMITS.parts + 1),
    ]) {
      const expected = checkInputLimits(windows1252.decode(input));
      expect(checkInputLimits(latin1Text(input))).toEqual(expected);
    }
    expect(checkInputLimits(latin1Text(multipart(high, INPUT_LIMITS.parts + 1))).ok).toBe(false);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("\x80", "\x85", "\x9f", "\xa0", "a", " ", "\t", "\n", '"', ";", "-"),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 495, max: 505 }),
        (chars, parts) => {
          const input = multipart(`q${chars.join("").replace(/\n/g, "")}`, parts, chars.join(""));
          expect(checkInputLimits(latin1Text(input))).toEqual(
            checkInputLimits(windows1252.decode(input)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

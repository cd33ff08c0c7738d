import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInputLimits, INPUT_LIMITS } from "@/lib/limits/input-limits";
import { GLANCE_COPY_BYTES, GLANCE_LINES, withinLimitsByLines } from "./limits-glance";
import { latin1Text } from "./read-input";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Lines of `line`, `n` of them, under a header that declares boundary "b". */
function lines(line: string, n: number): Uint8Array {
  const header = 'Content-Type: multipart/report; boundary="b"';
  return bytes([header, ...Array.from({ length: n - 1 }, () => line)].join("\n"));
}

describe("withinLimitsByLines", () => {
  it("is the smallest cap", () => {
    expect(GLANCE_LINES).toBe(
      Math.min(INPUT_LIMITS.lines, INPUT_LIMITS.parts, INPUT_LIMITS.recipients),
    );
  });

  it("says yes up to GLANCE_LINES lines and nothing past them", () => {
    expect(withinLimitsByLines(bytes(""))).toBe(true);
    expect(withinLimitsByLines(lines("x", GLANCE_LINES))).toBe(true);
    expect(withinLimitsByLines(lines("x", GLANCE_LINES + 1))).toBe(false);
    expect(withinLimitsByLines(bytes("\n".repeat(GLANCE_LINES - 1)))).toBe(true);
    expect(withinLimitsByLines(bytes("\n".repeat(GLANCE_LINES)))).toBe(false);
  });

  it("counts the line feeds past the bytes it copies", () => {
    // Line feeds before, at and after the end of the copied head, in an input longer than it.
    const withFeeds = (positions: number[], size: number) => {
      const input = new Uint8Array(size).fill(0x78);
      for (const p of positions) input[p] = 0x0a;
      return input;
    };
    const size = GLANCE_COPY_BYTES + 2 * GLANCE_LINES;
    const tail = (n: number) => Array.from({ length: n }, (_, k) => GLANCE_COPY_BYTES + k);
    expect(withinLimitsByLines(withFeeds(tail(GLANCE_LINES - 1), size))).toBe(true);
    expect(withinLimitsByLines(withFeeds(tail(GLANCE_LINES), size))).toBe(false);
    const split = [GLANCE_COPY_BYTES - 1, ...tail(GLANCE_LINES - 2)];
    expect(withinLimitsByLines(withFeeds(split, size))).toBe(true);
    expect(withinLimitsByLines(withFeeds([...split, size - 1], size))).toBe(false);
    // A view into a larger buffer: only its own bytes count.
    const buffer = withFeeds(tail(GLANCE_LINES), size);
    expect(withinLimitsByLines(buffer.subarray(GLANCE_COPY_BYTES + 1))).toBe(true);
  });

  it("says yes only where checkInputLimits finds the text within every limit", () => {
    // The densest texts that still pass the glance: every line a part delimiter or a recipient.
    for (const line of ["--b", "--b--", "Final-Recipient: rfc822; a@example.com", "x"]) {
      const input = lines(line, GLANCE_LINES);
      expect(withinLimitsByLines(input)).toBe(true);
      expect(checkInputLimits(latin1Text(input))).toEqual({ ok: true });
    }
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "--b",
            "--b--",
            "--b  ",
            "Original-Recipient: rfc822;x@y.z",
            "f",
            "\r",
            "",
          ),
          { maxLength: GLANCE_LINES + 20 },
        ),
        (list) => {
          const input = bytes(['boundary="b"', ...list].join("\n"));
          if (withinLimitsByLines(input)) expect(checkInputLimits(latin1Text(input)).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("agrees with checkInputLimits on the fixtures and the dev corpus (when present)", () => {
    const dirs = ["lib/bounce/__fixtures__", "../shared/corpus/sisimai-dev/emails"].filter((d) =>
      existsSync(d),
    );
    for (const dir of dirs)
      for (const f of readdirSync(dir)) {
        const input = new Uint8Array(readFileSync(join(dir, f)));
        if (withinLimitsByLines(input)) expect(checkInputLimits(latin1Text(input)).ok).toBe(true);
      }
  });
});

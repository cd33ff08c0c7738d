import { describe, expect, it } from "vitest";
import {
  LABELLED_DIAGNOSTICS,
  ORIGINAL_MESSAGE_MARKERS,
  RECIPIENT_LINES,
  REPORTING_MTA_INTROS,
} from "./mta-formats";

// human-recipients.ts relies on these shapes to test each line once (see ANY_MARKER and findHits).
describe("mta-formats data shapes the line scanners rely on", () => {
  it("every original-message marker is anchored at the line start and case-insensitive", () => {
    for (const re of ORIGINAL_MESSAGE_MARKERS) {
      expect(re.source.startsWith("^"), re.source).toBe(true);
      expect(re.flags, re.source).toBe("i");
    }
  });

  // human-recipients.ts skips a line whose first character no marker can start with.
  it("every original-message marker starts with a letter, a dash or an escaped punctuation mark", () => {
    for (const re of ORIGINAL_MESSAGE_MARKERS)
      expect(/^\^(?:[A-Za-z-]|\\[^A-Za-z0-9])/.test(re.source), re.source).toBe(true);
  });

  it("every recipient line pattern needs an @ in the line", () => {
    for (const { id, pattern } of RECIPIENT_LINES)
      expect(pattern.source.includes("@"), id).toBe(true);
  });

  // parse.ts joins them into one case-insensitive pattern whose group 1 is the host.
  it("every reporting-MTA intro is case-insensitive and captures nothing", () => {
    for (const re of REPORTING_MTA_INTROS) {
      expect(re.flags, re.source).toBe("i");
      expect(new RegExp(`${re.source}|`).exec("")!.length, re.source).toBe(1);
    }
  });
});

describe("LABELLED_DIAGNOSTICS on hostile input", () => {
  it("reads Exim's address block with many indented lines and no end marker in linear time", () => {
    const hostile =
      "The following text was generated during the delivery attempt:\n\n------ " +
      "a ------ ".repeat(100) +
      ("\n" + " ".repeat(20) + "x".repeat(900)).repeat(8) +
      "\n";
    const start = performance.now();
    for (const re of LABELLED_DIAGNOSTICS) re.exec(hostile);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

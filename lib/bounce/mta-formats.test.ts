import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GramSet } from "./gram-set";
import {
  DELAY_NOTICE_WORDINGS,
  hasDelayWording,
  LABELLED_DIAGNOSTICS,
  MTA_FORMATS,
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

  // human-recipients.ts tests a line against the alternation of the patterns with the same flags
  // first: a back-reference would count another pattern's groups, g or y would keep a lastIndex.
  it("every recipient line pattern has no back-reference and no g or y flag", () => {
    const lists = [RECIPIENT_LINES, ...MTA_FORMATS.map((f) => f.recipientLines ?? [])];
    for (const list of lists)
      for (const { id, pattern } of list) {
        expect(/\\[1-9k]/.test(pattern.source), id).toBe(false);
        expect(/[gy]/.test(pattern.flags), id).toBe(false);
      }
  });

  it("every recipient line pattern needs an @ in the line", () => {
    for (const { id, pattern } of RECIPIENT_LINES)
      expect(pattern.source.includes("@"), id).toBe(true);
  });

  // human-recipients.ts searches a labelled diagnostic's pattern only in a text with its literal.
  it("every labelled diagnostic starts with its literal, case-sensitive", () => {
    for (const { literal, pattern } of LABELLED_DIAGNOSTICS) {
      expect(pattern.source.startsWith(`^${literal}`), pattern.source).toBe(true);
      expect(/[\\^$.*+?()[\]{}|]/.test(literal), literal).toBe(false);
      expect(pattern.flags.includes("i"), pattern.source).toBe(false);
    }
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
    for (const { pattern } of LABELLED_DIAGNOSTICS) pattern.exec(hostile);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe("hasDelayWording", () => {
  // One text for each wording, in the order of DELAY_NOTICE_WORDINGS.
  const examples = [
    "THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE",
    "THIS IS A WARNING MESSAGE ONLY",
    "has not yet been delivered to one or more of its\n  recipients",
    "this is only a temporary failure report",
    "DELAYS IN DELIVERING YOUR MESSAGE",
    "Delivery to the following recipient has been delayed",
    "Gmail will retry for 46 more hours",
    "Delivery is delayed to these recipients or groups",
    "has not yet been delivered to all its recipients",
    "recipients. This is a temporary error. The following address(es) deferred:",
    "(124/100 (124%)) allowed.  Message will be reattempted later",
    "This is just a warning, you do not need to take any action",
    "Delivery attempts will continue to be made for 4 day(s)",
    "We will continue to try to deliver your message over the next",
  ];

  it("has an example for each wording, which only its own wording's pattern need match", () => {
    expect(examples).toHaveLength(DELAY_NOTICE_WORDINGS.length);
    DELAY_NOTICE_WORDINGS.forEach((w, i) => expect(w.pattern.test(examples[i]!)).toBe(true));
  });

  it("answers the same with the grams of a text that holds the text", () => {
    const grams = new GramSet();
    for (const text of [...examples, "550 5.1.1 user unknown", `x ${examples[6]} y`]) {
      grams.load(`Subject: Delivery Status\n${text}\n`.toLowerCase());
      expect(hasDelayWording(text, grams)).toBe(hasDelayWording(text));
    }
    grams.load("550 5.1.1 user unknown");
    expect(hasDelayWording(examples[0]!, grams)).toBe(false);
  });

  it("answers as the wordings tried one by one", () => {
    const piece = fc.constantFrom(...examples, "550 5.1.1 user unknown", " ", "\n", "WARNING", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join("");
        expect(hasDelayWording(text)).toBe(DELAY_NOTICE_WORDINGS.some((w) => w.pattern.test(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

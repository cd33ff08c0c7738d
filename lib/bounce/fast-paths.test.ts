// The speed rewrites of looksLikeMessage, unquote's quoted-line test and decodeInput's control
// count must answer exactly as the plain versions they replaced (kept here as references).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasNonBlank } from "./blank";
import { normalizeAddress } from "./human-recipients";
import { decodeInput, hasNoControl } from "./input";
import { looksLikeMessage } from "./mime";
import { unquote } from "./plain-text";

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9_.-]{0,76}:/;
const TELLING_HEADERS =
  /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+|dkim-signature|auto-submitted)\s*:/i;

function looksLikeMessageReference(text: string): boolean {
  const head = text.slice(0, 16_384).replace(/^\s+/, "");
  let headers = 0;
  let telling = 0;
  for (const line of head.split("\n", 60)) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) continue;
    if (line.startsWith("From ") && headers === 0) continue;
    if (!HEADER_LINE.test(line)) return false;
    headers++;
    if (TELLING_HEADERS.test(line)) telling++;
  }
  return headers >= 2 && telling >= 2;
}

/** Drops up to `levels` quote marks (each '>' with one blank after it) after leading blanks. */
function dropMarks(line: string, levels: number): string {
  let i = 0;
  while (line[i] === " " || line[i] === "\t") i++;
  if (line[i] !== ">") return line;
  for (let k = 0; k < levels && line[i] === ">"; k++) {
    i++;
    if (line[i] === " " || line[i] === "\t") i++;
  }
  return line.slice(i);
}

/** The number of '>' marks that open a line (after blanks; one blank may follow each mark). */
function marks(line: string): number {
  let i = 0;
  while (line[i] === " " || line[i] === "\t") i++;
  let n = 0;
  while (line[i] === ">") {
    n++;
    i++;
    if (line[i] === " " || line[i] === "\t") i++;
  }
  return n;
}

function unquoteReference(text: string): string {
  if (!/^[ \t]*>/m.test(text)) return text;
  const lines = text.split("\n");
  const depths = lines.map(marks).filter((d) => d > 0);
  const nonEmpty = lines.filter((l) => l.trim() !== "").length;
  if (depths.length < nonEmpty / 2) return text;
  const levels = Math.min(...depths);
  return lines.map((line) => dropMarks(line, levels)).join("\n");
}

function binaryReference(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) hasNul = true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd)
      control++;
  }
  const share = n === 0 ? 0 : control / n;
  return share > 0.1 || (hasNul && share > 0.01);
}

function normalizeAddressReference(address: string): string {
  let clean = address.replace(/^[<("'[]+|[>)"'\].,;:]+$/g, "");
  // A quoted local part keeps its opening quote.
  const lead = /^[<("'[]+/.exec(address)?.[0] ?? "";
  const last = clean.lastIndexOf("@");
  if (lead.endsWith('"') && last > 0 && clean[last - 1] === '"') clean = `"${clean}`;
  const at = clean.lastIndexOf("@");
  if (at < 1) return clean;
  return clean.slice(0, at) + "@" + clean.slice(at + 1).toLowerCase();
}

// Lines built from the pieces that matter: header-ish starts, blanks, quoting, mbox lines, controls.
const piece = fc.constantFrom(
  "From: a@b.example",
  "To: c@d.example",
  "Subject: x",
  "X-Y: z",
  "Received: by h",
  "From x",
  " folded",
  "\t",
  " ",
  "> ",
  ">",
  "  >> q",
  "",
  "body text",
  "\u00a0",
  "\u2028",
  "\u0000",
  "\u0007",
  "\ufffd",
  "\r",
  "a:b",
  "1abc: v",
);
const texts = fc.oneof(
  fc
    .array(
      fc.array(piece, { maxLength: 4 }).map((p) => p.join("")),
      { maxLength: 80 },
    )
    .map((lines) => lines.join("\n")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

describe("parser fast paths agree with the plain versions", () => {
  it("looksLikeMessage", () => {
    fc.assert(
      fc.property(texts, fc.nat(3), (t, pad) => {
        expect(looksLikeMessage("\n".repeat(pad) + t)).toBe(
          looksLikeMessageReference("\n".repeat(pad) + t),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("looksLikeMessage on field names at the 77-character limit and with odd characters", () => {
    const names = [
      "A".repeat(77),
      "A".repeat(78),
      `A${"b".repeat(75)}`,
      "X_y.z-9",
      "9From",
      "-x",
      "Fr\u00f6m",
      "Na me",
      "Name\t",
      "\u0130d",
      "K\u212a",
      "@at",
    ];
    for (const name of names)
      for (const tail of [": v", ":", " : v", "\t: v", ""]) {
        const t = `From: a@b.example\nSubject: x\n${name}${tail}\nTo: c@d.example\n`;
        expect(looksLikeMessage(t), JSON.stringify(t)).toBe(looksLikeMessageReference(t));
      }
  });

  it("looksLikeMessage at the 16 KiB and 60-line limits", () => {
    const headers = "From: a@b.example\nTo: c@d.example\n";
    for (const fill of [
      16_384 - headers.length - 1,
      16_384 - headers.length,
      16_384 - headers.length + 1,
    ]) {
      const t = headers + "X".repeat(fill) + ": v\nnot a header\n";
      expect(looksLikeMessage(t)).toBe(looksLikeMessageReference(t));
    }
    for (const n of [57, 58, 59, 60, 61]) {
      const t = "From: a@b.example\nTo: c@d.example\n" + "X-H: v\n".repeat(n) + "not a header\n";
      expect(looksLikeMessage(t)).toBe(looksLikeMessageReference(t));
    }
  });

  it("unquote", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(unquote(t)).toBe(unquoteReference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("unquote with lines of white space other than blanks", () => {
    for (const blank of ["\u00a0", "\r", "\f", " \u2028 ", "\ufeff", "\t \u3000"])
      for (const t of [
        `> a\n${blank}\n${blank}\nb`,
        `> a\n> b\n${blank}\nc\n${blank}x\nd`,
        `> a\n${blank}>b\nc\nd`,
        `>> a\n${blank}\n>b\n${blank}c\n`,
      ])
        expect(unquote(t)).toBe(unquoteReference(t));
  });

  it("decodeInput's binary test", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(decodeInput(t).binary).toBe(binaryReference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("normalizeAddress", () => {
    const wrapped = fc
      .array(
        fc.constantFrom(
          "<",
          ">",
          "(",
          ")",
          '"',
          "'",
          "[",
          "]",
          ".",
          ",",
          ";",
          ":",
          "a",
          "B",
          "@",
          "x.example",
          " ",
        ),
        { maxLength: 12 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(wrapped, fc.string({ maxLength: 30 })), (a) => {
        expect(normalizeAddress(a)).toBe(normalizeAddressReference(a));
      }),
      { numRuns: 3000 },
    );
  });

  it("hasNonBlank", () => {
    const blanks = fc
      .array(
        fc.constantFrom(
          " ",
          "\t",
          "\n",
          "\r",
          "\u00a0",
          "\u2028",
          "\ufeff",
          "\u3000",
          "\u200b",
          "x",
        ),
        { maxLength: 8 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(blanks, fc.nat(8), (t, from) => {
        expect(hasNonBlank(t, from)).toBe(t.slice(from).trim() !== "");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("hasNoControl (decodeInput's control test of ASCII texts, one search a character)", () => {
  const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]*$/;
  it("answers as the regular expression", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.constantFrom(0xe9, 0xfffd)), {
          maxLength: 40,
        }),
        (codes) => {
          const text = String.fromCharCode(...codes);
          expect(hasNoControl(text)).toBe(NO_CONTROL.test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds one control character anywhere in a printable text", () => {
    const text = "Subject: a\tb\fc\r\n" + "x".repeat(40);
    for (const control of [0x00, 0x08, 0x0b, 0x0e, 0x1f, 0x7f, 0xfffd])
      for (let at = 0; at <= text.length; at++)
        expect(
          hasNoControl(text.slice(0, at) + String.fromCharCode(control) + text.slice(at)),
        ).toBe(false);
    expect(hasNoControl(text)).toBe(true);
  });
});

describe("decodeInput's ascii flag", () => {
  // Texts of line ends, NULs, a Latin-1 letter and a BOM among plain characters.
  const inputPieces = fc.array(
    fc.constantFrom("a", " ", "\n", "\r", "\r\n", "\u0000", "\u00e9", "\ufeff", "x"),
    { maxLength: 30 },
  );
  const bytes = (s: string) => Buffer.from(s, "latin1");
  it("holds only when the text is the bytes, one character each", () => {
    fc.assert(
      fc.property(inputPieces, (pieces) => {
        const raw = new TextEncoder().encode(pieces.join(""));
        const decoded = decodeInput(raw);
        const same =
          decoded.text.length === raw.length &&
          [...raw].every((b, i) => decoded.text.charCodeAt(i) === b);
        if (decoded.ascii) expect(same).toBe(true);
        if (same && raw.every((b) => b < 0x80) && !decoded.binary) expect(decoded.ascii).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the bytes' characters (asciiBytes) exactly when every byte is ASCII, CRs and all", () => {
    fc.assert(
      fc.property(inputPieces, (pieces) => {
        const raw = new TextEncoder().encode(pieces.join(""));
        const decoded = decodeInput(raw);
        if (raw.every((b) => b < 0x80))
          expect(decoded.asciiBytes).toBe(Buffer.from(raw).toString("latin1"));
        else expect(decoded.asciiBytes).toBeNull();
        if (decoded.ascii) expect(decoded.asciiBytes).toBe(decoded.text);
      }),
      { numRuns: 2000 },
    );
    expect(decodeInput(bytes("Subject: a\r\n")).asciiBytes).toBe("Subject: a\r\n");
    expect(decodeInput("Subject: a\n").asciiBytes).toBeNull();
  });

  it("does not hold for a lone CR, a CRLF, a text, or bytes read as Windows-1252", () => {
    expect(decodeInput(bytes("Subject: a\rb\n")).ascii).toBe(false);
    expect(decodeInput(bytes("Subject: a\r\n")).ascii).toBe(false);
    expect(decodeInput("Subject: a\n").ascii).toBe(false);
    expect(decodeInput(bytes("Subject: caf\u00e9\n")).ascii).toBe(false);
    expect(decodeInput(bytes("Subject: a\n")).ascii).toBe(true);
  });
});

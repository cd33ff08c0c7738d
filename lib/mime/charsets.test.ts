import { describe, expect, it } from "vitest";
import { decodeLabelled, readsAsciiAsWritten } from "./charsets";

const hex = (s: string) => new Uint8Array(s.split(" ").map((h) => parseInt(h, 16)));
// "送信できませんでした" ("could not be sent") in three Japanese encodings.
const EUC_JP = hex("c1 f7 bf ae a4 c7 a4 ad a4 de a4 bb a4 f3 a4 c7 a4 b7 a4 bf");
const SHIFT_JIS = hex("91 97 90 4d 82 c5 82 ab 82 dc 82 b9 82 f1 82 c5 82 b5 82 bd");
const SENT_JIS = hex("1b 24 42 41 77 3f 2e 1b 28 42"); // "送信", ISO-2022-JP

describe("decodeLabelled", () => {
  it("reads bytes as their label says when they are that encoding", () => {
    expect(decodeLabelled(SENT_JIS, "ISO-2022-JP")).toBe("送信");
    expect(decodeLabelled(EUC_JP, "euc-jp")).toBe("送信できませんでした");
    expect(decodeLabelled(hex("e9 74 e9"), "iso-8859-1")).toBe("été");
  });

  it("reads EUC-JP or Shift_JIS bytes labelled ISO-2022-JP in the encoding they are", () => {
    expect(decodeLabelled(EUC_JP, "iso-2022-jp")).toBe("送信できませんでした");
    expect(decodeLabelled(SHIFT_JIS, "ISO-2022-JP")).toBe("送信できませんでした");
  });

  it("reads UTF-8 bytes under a US-ASCII label as UTF-8", () => {
    const utf8 = new TextEncoder().encode("Boîte pleine");
    expect(decodeLabelled(utf8, "us-ascii")).toBe("Boîte pleine");
    expect(decodeLabelled(new TextEncoder().encode("plain"), "us-ascii")).toBe("plain");
  });

  it("falls back to the label's reading, with replacement characters, when nothing fits", () => {
    const noise = hex("ff fe 80 ff");
    expect(decodeLabelled(noise, "iso-2022-jp")).toContain("\ufffd");
    expect(decodeLabelled(noise, "utf-8")).toContain("\ufffd");
  });
});

describe("decodeLabelled without a label", () => {
  it("reads UTF-8 as UTF-8 and other bytes as Windows-1252, as a pasted text is", () => {
    expect(decodeLabelled(new TextEncoder().encode("Boîte"), undefined)).toBe("Boîte");
    expect(decodeLabelled(hex("42 6f ee 74 65 20 80"), null)).toBe("Boîte €");
  });
});

describe("readsAsciiAsWritten", () => {
  const ascii = Uint8Array.from({ length: 128 }, (_, i) => i);
  const asText = String.fromCharCode(...ascii);
  const labels = [
    undefined,
    "",
    "utf-8",
    "us-ascii",
    "iso-8859-1",
    "ISO-8859-15",
    "latin2",
    "windows-1251",
    "koi8-r",
    "cp1252",
    "x-unknown-charset",
    "iso-2022-jp",
    "shift_jis",
    "euc-kr",
    "utf-16le",
    "iso-2022-kr",
  ];

  it("holds only where every ASCII byte decodes to itself", () => {
    for (const label of labels)
      if (readsAsciiAsWritten(label)) expect(decodeLabelled(ascii, label)).toBe(asText);
  });

  it("holds for UTF-8, Latin-1 and no label; not for ISO-2022-JP or UTF-16", () => {
    expect([undefined, "utf-8", "us-ascii", "iso-8859-1"].map(readsAsciiAsWritten)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["iso-2022-jp", "utf-16le"].map(readsAsciiAsWritten)).toEqual([false, false]);
  });
});

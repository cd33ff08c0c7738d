import { describe, expect, it } from "vitest";
import { keepTogetherSegments, MAX_KEPT_WORD } from "./keep-together";

const kept = (text: string) =>
  keepTogetherSegments(text)
    .filter((s) => s.keep)
    .map((s) => s.text);

describe("keepTogetherSegments", () => {
  it("keeps a null MX on one line, in both of the forms the findings write", () => {
    expect(kept('x.test publishes a "null MX" (MX 0 .), the standard way')).toEqual(["MX 0 ."]);
    expect(kept("a null MX (MX .) together with other MX records")).toEqual(["MX ."]);
    expect(kept('A null MX ("MX 0 .", RFC 7505) only if')).toEqual(["MX 0 ."]);
  });

  it("does not take an MX record naming a host for a null MX", () => {
    expect(kept("MX 0 .example.test is not null")).toEqual([]);
    expect(kept("its MX 10 mail.test")).toEqual([]);
  });

  it("keeps words with a hyphen whole: domains, SPF qualifiers", () => {
    expect(kept('Publish one TXT record at null-mx.test: "v=spf1 -all".')).toEqual([
      "null-mx.test:",
      '-all".',
    ]);
  });

  it("lets a longer name break after its dots only, never at a hyphen", () => {
    const segments = keepTogetherSegments("record at SELECTOR._domainkey.dmarc-none.test, then");
    expect(segments.filter((s) => s.keep)).toEqual([
      { text: "SELECTOR.", keep: true },
      { text: "_domainkey.", keep: true, breakBefore: true },
      { text: "dmarc-none.", keep: true, breakBefore: true },
      { text: "test,", keep: true, breakBefore: true },
    ]);
  });

  it("lets a word longer than a phone's line break, and leaves plain text as one segment", () => {
    const long = `${"a-".repeat(MAX_KEPT_WORD)}b`;
    expect(kept(`key ${long} here`)).toEqual([]);
    expect(keepTogetherSegments("No SPF record here.")).toEqual([
      { text: "No SPF record here.", keep: false },
    ]);
  });

  it("gives the text back unchanged when joined", () => {
    const text =
      'null-mx.test publishes a "null MX" (MX 0 .), the standard way to say  that -\tit  MX .';
    expect(
      keepTogetherSegments(text)
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });
});

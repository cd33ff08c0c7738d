import { describe, expect, it } from "vitest";
import { keepTogetherSegments, MAX_KEPT_WORD, nameLabels } from "./keep-together";

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

  it("lets a long address break after its @ and its dots: browsers break at neither", () => {
    const segments = keepTogetherSegments("sending as postmaster@mailmagazine.example.com");
    expect(segments.filter((s) => s.keep)).toEqual([
      { text: "postmaster@", keep: true },
      { text: "mailmagazine.", keep: true, breakBefore: true },
      { text: "example.", keep: true, breakBefore: true },
      { text: "com", keep: true, breakBefore: true },
    ]);
    // A short one fits a line: left to the browser, as before.
    expect(kept("sending as jon@example.com")).toEqual([]);
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

  it("nameLabels cuts a name after each dot and @, and gives it back whole when joined", () => {
    expect(nameLabels("jon@mail.example.com")).toEqual(["jon@", "mail.", "example.", "com"]);
    expect(nameLabels("example.com.")).toEqual(["example.", "com."]);
    expect(nameLabels("192.0.2.1")).toEqual(["192.", "0.", "2.", "1"]);
    expect(nameLabels("localhost")).toEqual(["localhost"]);
    expect(nameLabels("")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseMacroString, transformMacroValue, urlEscape } from "./macro";
import { isSpfRecord, parseDomainSpec, parseSpfRecord, selectSpfRecord } from "./parse";

function errorsOf(record: string) {
  const r = parseSpfRecord(record);
  return r.ok ? [] : r.errors;
}

describe("record selection (RFC 7208 §4.5)", () => {
  it("needs v=spf1 followed by a space or the end, case-insensitively", () => {
    expect(isSpfRecord("v=spf1")).toBe(true);
    expect(isSpfRecord("V=SpF1 -all")).toBe(true);
    expect(isSpfRecord("v=spf10")).toBe(false);
    expect(isSpfRecord("v=spf1-all")).toBe(false);
    expect(isSpfRecord(" v=spf1 -all")).toBe(false);
  });

  it("joins a record's strings without separators and reports none / one / several", () => {
    expect(selectSpfRecord([["v=spf1", "mx"]])).toEqual({ kind: "none", others: ["v=spf1mx"] });
    expect(selectSpfRecord([["v=spf1 ip4:", "192.0.2.5 -all"], ["other"]])).toEqual({
      kind: "one",
      record: "v=spf1 ip4:192.0.2.5 -all",
      others: ["other"],
    });
    const several = selectSpfRecord(["v=spf1 -all", "V=SPF1 +all"]);
    expect(several.kind).toBe("multiple");
  });
});

describe("parseSpfRecord", () => {
  it("parses qualifiers, mechanisms, dual CIDR and modifiers", () => {
    const r = parseSpfRecord(
      "v=spf1 +a -mx:example.org/24//64 ~ip4:192.0.2.0/24 ?ip6:2001:db8::/32 include:_spf.example.com exists:%{i}.x.example.com ptr:example.com redirect=example.net exp=why.example.com foo=bar",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = r.record.directives;
    expect(ds.map((d) => [d.qualifier, d.mechanism.kind])).toEqual([
      ["+", "a"],
      ["-", "mx"],
      ["~", "ip4"],
      ["?", "ip6"],
      ["+", "include"],
      ["+", "exists"],
      ["+", "ptr"],
    ]);
    expect(ds[1]!.mechanism).toMatchObject({
      kind: "mx",
      cidr4: 24,
      cidr6: 64,
      domain: { raw: "example.org" },
    });
    expect(ds[0]!.mechanism).toMatchObject({ kind: "a", cidr4: 32, cidr6: 128 });
    expect(r.record.redirect?.value.raw).toBe("example.net");
    expect(r.record.exp?.value.raw).toBe("why.example.com");
    expect(r.record.unknownModifiers.map((m) => m.name)).toEqual(["foo"]);
  });

  it("reports errors with the character position and plain words", () => {
    const [e] = errorsOf("v=spf1 ip4:192.0.2.300 -all");
    expect(e).toMatchObject({ position: 11, term: "ip4:192.0.2.300" });
    expect(e!.message).toMatch(/not a valid IPv4 address/);

    const [cidr] = errorsOf("v=spf1 ip4:192.0.2.0/33");
    expect(cidr!.position).toBe(20);
    expect(cidr!.message).toMatch(/prefix length/);

    const [ctrl] = errorsOf("v=spf1 a:ctrl.example.com\rptr -all");
    expect(ctrl).toMatchObject({ position: 25 });
    expect(ctrl!.message).toMatch(/control character 0x0D/);

    expect(errorsOf("v=spf1 redirect:example.com")[0]!.message).toMatch(
      /modifier: write redirect=example.com/,
    );
    expect(errorsOf("v=spf1 a:111.222.33.44")[0]!.message).toMatch(/IP address belongs in ip4/);
    expect(errorsOf("v=spf1 include:")[0]!.message).toMatch(/domain is missing/);
  });

  it("finds errors anywhere in the record, even after a term that would match", () => {
    expect(errorsOf("v=spf1 ip4:1.2.3.4 -all moo")).toHaveLength(1);
  });

  it("enforces the strict forms of the RFC", () => {
    const bad = [
      "v=spf1 -all.",
      "v=spf1 -all:foo",
      "v=spf1 -all/8",
      "v=spf1 ip6", // a bare ip6 is a syntax error
      "v=spf1 ip4",
      "v=spf1 ip4:1.2.3.4//32",
      "v=spf1 ip4:1.2.3.4/032",
      "v=spf1 ip4:1.2.3",
      "v=spf1 ip4:1.2.3.4:8080",
      "v=spf1 ip6::CAFE::BABE",
      "v=spf1 ip6:::1/129",
      "v=spf1 a/33",
      "v=spf1 a//129",
      "v=spf1 a/24/64",
      "v=spf1 ptr/0",
      "v=spf1 include:ip5.example.com/24",
      "v=spf1 exists",
      "v=spf1 a:museum",
      "v=spf1 a:museum.",
      "v=spf1 a:example.-com",
      "v=spf1 a:abc.123",
      "v=spf1 1up=foo",
      "v=spf1 =all",
      "v=spf1 exp=",
      "v=spf1 redirect=-all",
      "v=spf1 exp=a.example.com exp=b.example.com",
      "v=spf1 foo=%abc",
      "v=spf1 -exists:%(ir).sbl.example.com",
      "v=spf1 exp=%{r}.example.com", // r only in explanation text
      "v=spf1 a:%{a}.example.com",
      "v=spf1 a:\u00efgarbage.example.net",
    ];
    for (const record of bad) expect(parseSpfRecord(record).ok, record).toBe(false);
    const good = [
      "v=spf1",
      "v=spf1 a  -all ",
      "v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all",
      "v=spf1 a:foo:bar/baz.example.com",
      "v=spf1 a:foo.example.xn--zckzah -all",
      "v=spf1 a:mail.example...com -all",
      "v=spf1 ip6:::1.1.1.1/0 ip6:Cafe:Babe:8000::/33",
      "v=spf1 default=+",
      "v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all",
      "v=spf1 exists:%{l2r+-}.user.%{d2} -all",
      "V=SPF1 ALL",
    ];
    for (const record of good) expect(parseSpfRecord(record).ok, record).toBe(true);
  });

  it("domain-spec ends in a macro or a top label with a letter or hyphen", () => {
    expect(parseDomainSpec("%{d}", 0).ok).toBe(true);
    expect(parseDomainSpec("foo.%{d}", 0).ok).toBe(true);
    expect(parseDomainSpec("foo-bar", 0).ok).toBe(false);
    expect(parseDomainSpec("x.123-45", 0).ok).toBe(true);
  });
});

describe("macros (RFC 7208 §7)", () => {
  const macro = (text: string) => {
    const r = parseMacroString(text, "domain-spec");
    if (!r.ok) throw new Error(r.error.message);
    const t = r.tokens.find((x) => x.kind === "macro");
    if (!t || t.kind !== "macro") throw new Error("no macro");
    return t;
  };

  it("applies the RFC's examples of transformers", () => {
    expect(transformMacroValue("strong-bad@email.example.com", macro("%{s}"))).toBe(
      "strong-bad@email.example.com",
    );
    expect(transformMacroValue("email.example.com", macro("%{d4}"))).toBe("email.example.com");
    expect(transformMacroValue("email.example.com", macro("%{d2}"))).toBe("example.com");
    expect(transformMacroValue("email.example.com", macro("%{d1r}"))).toBe("email");
    expect(transformMacroValue("email.example.com", macro("%{dr}"))).toBe("com.example.email");
    expect(transformMacroValue("strong-bad", macro("%{l-}"))).toBe("strong.bad");
    expect(transformMacroValue("strong-bad", macro("%{lr-}"))).toBe("bad.strong");
    expect(transformMacroValue("strong-bad", macro("%{l1r-}"))).toBe("strong");
    expect(transformMacroValue("foo-bar+zip+quux", macro("%{l2r+-}"))).toBe("bar.foo");
  });

  it("URL-escapes all but the unreserved characters", () => {
    expect(urlEscape("~jack&jill=up-a_b3.c")).toBe("~jack%26jill%3Dup-a_b3.c");
    expect(urlEscape("a b/é")).toBe("a%20b%2F%C3%A9");
  });

  it("rejects zero label counts and unterminated macros", () => {
    expect(parseMacroString("%{d0}", "domain-spec").ok).toBe(false);
    expect(parseMacroString("%{d", "domain-spec").ok).toBe(false);
    expect(parseMacroString("%{c}", "domain-spec").ok).toBe(false);
    expect(parseMacroString("%{c} and %{t}", "explanation").ok).toBe(true);
  });

  it("parses hostile input in linear time", () => {
    const start = Date.now();
    parseSpfRecord(`v=spf1 ${"a:".repeat(2000)}`);
    parseSpfRecord(`v=spf1 ${"%{".repeat(1000)}`);
    parseSpfRecord(`v=spf1 a${"/1".repeat(1000)}`);
    expect(Date.now() - start).toBeLessThan(500);
  });
});

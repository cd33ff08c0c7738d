import { describe, expect, it } from "vitest";
import { embeddedIPv4, unmapIPv4 } from "./ip";
import {
  canonicalIP,
  domainCharacterProblem,
  expandIPv6,
  isIP,
  isValidDomainName,
  normaliseName,
  reverseLabels,
  reverseName,
} from "./names";

describe("names", () => {
  it("normalises case and the trailing dot", () => {
    expect(normaliseName(" Example.COM. ")).toBe("example.com");
  });

  it("validates domain names", () => {
    expect(isValidDomainName("_dmarc.example.com")).toBe(true);
    expect(isValidDomainName("xn--bcher-kva.example")).toBe(true);
    expect(isValidDomainName("-bad.example")).toBe(false);
    expect(isValidDomainName("a..b")).toBe(false);
    expect(isValidDomainName(`${"a".repeat(64)}.example`)).toBe(false);
    expect(isValidDomainName("exa mple.com")).toBe(false);
    expect(isValidDomainName("a.".repeat(130))).toBe(false);
  });

  it("parses IPs like node:net", () => {
    for (const ip of ["192.0.2.1", "0.0.0.0", "255.255.255.255"]) expect(isIP(ip)).toBe(4);
    for (const ip of [
      "2001:db8::1",
      "::",
      "::1",
      "1::",
      "::ffff:192.0.2.1",
      "1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6:192.0.2.1",
    ])
      expect(isIP(ip)).toBe(6);
    for (const bad of [
      "192.0.2",
      "192.0.2.256",
      "01.2.3.4",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
      ":1:2",
      "g::1",
      "",
      "1:2:3:4:5:6:7::8:9",
    ])
      expect(isIP(bad)).toBe(0);
    expect(expandIPv6("::ffff:192.0.2.1")).toBe("0000:0000:0000:0000:0000:ffff:c000:0201");
    expect(canonicalIP("2001:DB8:0::1")).toBe(canonicalIP("2001:db8::0:1"));
  });

  it("reads IPv4-mapped IPv6 addresses in every spelling (RFC 4291 §2.5.5.2)", () => {
    for (const ip of [
      "::ffff:192.0.2.1",
      "::FFFF:c000:201",
      "0:0:0:0:0:ffff:192.0.2.1",
      "0::ffff:c000:0201",
    ])
      expect(unmapIPv4(ip)).toBe("192.0.2.1");
    for (const other of [
      "192.0.2.1",
      "::192.0.2.1",
      "64:ff9b::192.0.2.1",
      "1::ffff:c000:201",
      "2001:db8::1",
      "nope",
    ])
      expect(unmapIPv4(other)).toBeNull();
  });

  it("builds reverse names (RFC 1035 §3.5, RFC 3596 §2.5)", () => {
    expect(reverseName("192.0.2.1")).toBe("1.2.0.192.in-addr.arpa");
    expect(reverseLabels("2001:db8::567:89ab")).toBe(
      "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2",
    );
    expect(reverseName("2001:db8::1").endsWith(".ip6.arpa")).toBe(true);
    expect(() => reverseName("example.com")).toThrow();
  });
});

describe("embeddedIPv4", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::ffff:7f00:1", "127.0.0.1"],
    ["::127.0.0.1", "127.0.0.1"],
    ["0:0:0:0:0:0:7f00:1", "127.0.0.1"],
    ["64:ff9b::a9fe:a9fe", "169.254.169.254"],
    ["64:ff9b::169.254.169.254", "169.254.169.254"],
    ["::", null],
    ["::1", null],
    ["64:ff9b:1::a9fe:a9fe", null],
    ["2001:db8::7f00:1", null],
    ["127.0.0.1", null],
  ])("%s -> %s", (ip, v4) => {
    expect(embeddedIPv4(ip)).toBe(v4);
  });
});

describe("domainCharacterProblem", () => {
  it.each([
    ["sender-ok.test/x", '"/"'],
    ["example.com?x", '"?"'],
    ["example.com#x", '"#"'],
    ["example.com:25", '":"'],
    ["exa mple.com", "a space"],
    ["ex%61mple.com", '"%"'],
  ])("%s has %s", (text, shown) => {
    expect(domainCharacterProblem(text)).toContain(`it has ${shown}`);
  });

  it("has nothing against a plain or international name", () => {
    expect(domainCharacterProblem("mail-ready.test")).toBeNull();
    expect(domainCharacterProblem("bücher.example")).toBeNull();
  });
});

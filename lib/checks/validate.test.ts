import { describe, expect, it } from "vitest";
import { isTestAddressMode, validateDomain, validateIp, validateSelector } from "./validate";

const PUBLIC = {};
const TEST = { DNS_SERVER: "127.0.0.1:5353" };

describe("validateIp", () => {
  it.each(["8.8.8.8", "2a00:1450:4001:80b::200e", "1.1.1.1"])(
    "accepts the public address %s",
    (ip) => {
      expect(validateIp(ip, PUBLIC)).toEqual({ ok: true, value: ip });
    },
  );

  it.each([
    ["10.1.2.3", "private"],
    ["192.168.1.10", "private"],
    ["172.20.0.1", "private"],
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["169.254.3.4", "link-local"],
    ["fe80::1", "link-local"],
    ["100.72.0.1", "carrier-grade NAT"],
    ["224.0.0.5", "multicast"],
    ["ff02::1", "multicast"],
    ["240.1.2.3", "reserved"],
    ["fd12:3456::1", "unique local"],
    ["0.1.2.3", "this network"],
  ])("refuses %s as %s, saying it is not on the public Internet", (ip, words) => {
    const result = validateIp(ip, TEST);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(words);
      expect(result.reason).toContain("not on the public Internet");
    }
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(validateIp("::ffff:8.8.4.4", PUBLIC)).toEqual({ ok: true, value: "8.8.4.4" });
    expect(validateIp("::FFFF:10.0.0.1", PUBLIC).ok).toBe(false);
    // The same address in its other spellings.
    expect(validateIp("::ffff:808:404", PUBLIC)).toEqual({ ok: true, value: "8.8.4.4" });
    expect(validateIp("0:0:0:0:0:ffff:8.8.4.4", PUBLIC)).toEqual({ ok: true, value: "8.8.4.4" });
  });

  it("allows documentation ranges only in test mode", () => {
    for (const ip of ["192.0.2.1", "198.51.100.20", "203.0.113.9", "2001:db8::25"]) {
      expect(validateIp(ip, PUBLIC).ok).toBe(false);
      expect(validateIp(ip, TEST).ok).toBe(true);
      expect(validateIp(ip, { BOUNCE_DOCTOR_ALLOW_TEST_ADDRESSES: "1" }).ok).toBe(true);
    }
  });

  it.each(["", "1.2.3", "999.1.1.1", "example.com", "fe80::1%eth0", "1.2.3.4.5"])(
    "rejects the non-address %j",
    (ip) => {
      expect(validateIp(ip, TEST).ok).toBe(false);
    },
  );
});

describe("validateDomain", () => {
  it("normalises case, trailing dots, pasted addresses and IDNs", () => {
    expect(validateDomain("Example.ORG.", TEST)).toEqual({ ok: true, value: "example.org" });
    expect(validateDomain("someone@Gmail.com", PUBLIC)).toEqual({ ok: true, value: "gmail.com" });
    expect(validateDomain("bücher.de", PUBLIC)).toEqual({ ok: true, value: "xn--bcher-kva.de" });
  });

  it.each([
    "",
    "localhost",
    "a..b",
    "-bad.com",
    "bad-.com",
    "under_score.com",
    "a b.com",
    "x.123",
    `${"a".repeat(64)}.com`,
    "203.0.113.5",
  ])("rejects %j with a reason", (domain) => {
    const result = validateDomain(domain, TEST);
    expect(result.ok).toBe(false);
  });

  it("refuses local and reserved names; .test/.example and example.com only in test mode", () => {
    for (const d of [
      "printer.local",
      "host.internal",
      "router.home.arpa",
      "x.invalid",
      "foo.localhost",
      "1.2.0.192.in-addr.arpa",
    ]) {
      expect(validateDomain(d, TEST).ok).toBe(false);
    }
    for (const d of ["mail-ready.test", "shop.example", "example.com", "mail.example.net"]) {
      expect(validateDomain(d, PUBLIC).ok).toBe(false);
      expect(validateDomain(d, TEST).ok).toBe(true);
    }
  });
});

describe("test mode", () => {
  it("is on for loopback DNS servers or the explicit switch, off otherwise", () => {
    expect(isTestAddressMode({ DNS_SERVER: "127.0.0.1:5353" })).toBe(true);
    expect(isTestAddressMode({ DNS_SERVER: "[::1]:53" })).toBe(true);
    expect(isTestAddressMode({ DNS_SERVER: "127.0.0.1:5353, 9.9.9.9" })).toBe(false);
    expect(isTestAddressMode({ DNS_SERVER: "9.9.9.9" })).toBe(false);
    expect(isTestAddressMode({})).toBe(false);
    expect(isTestAddressMode({ BOUNCE_DOCTOR_ALLOW_TEST_ADDRESSES: "1" })).toBe(true);
  });
});

describe("validateSelector", () => {
  it("accepts label selectors and rejects junk", () => {
    expect(validateSelector("Selector1")).toEqual({ ok: true, value: "selector1" });
    expect(validateSelector("s2048.eu").ok).toBe(true);
    expect(validateSelector("bad selector").ok).toBe(false);
    expect(validateSelector("").ok).toBe(false);
  });
});

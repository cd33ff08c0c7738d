import { describe, expect, it } from "vitest";
import { networkOf, sameNetwork } from "./ip";

describe("networkOf", () => {
  it("gives one /48 for an IPv6 address however it is compressed", () => {
    expect(networkOf("2001:db8::1")).toBe(networkOf("2001:db8:0:0::5"));
    expect(networkOf("2001:DB8:0000:0000:0000:0000:0000:0009")).toBe("2001:0db8:0000::/48");
    expect(sameNetwork("2001:db8::1", "2001:db8:0:ffff::1")).toBe(true);
    expect(sameNetwork("2001:db8::1", "2001:db8:1::1")).toBe(false);
  });

  it("gives the /24 of an IPv4 address, an IPv4-mapped IPv6 one read as its IPv4 address", () => {
    expect(networkOf("198.51.100.68")).toBe("198.51.100");
    expect(sameNetwork("198.51.100.61", "::ffff:198.51.100.68")).toBe(true);
    expect(sameNetwork("198.51.100.61", "198.51.101.61")).toBe(false);
  });

  it("gives nothing for what is no IP, so that two of them are never one network", () => {
    expect(networkOf("mx.example.net")).toBeNull();
    expect(networkOf("2001:db8::1::2")).toBeNull();
    expect(sameNetwork("not an ip", "not an ip")).toBe(false);
  });
});

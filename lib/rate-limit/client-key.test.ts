import { describe, expect, it } from "vitest";
import {
  addressKey,
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientKey,
  trustedProxyCount,
} from "./client-key";

describe("clientAddress", () => {
  it.each([
    // peer, X-Forwarded-For, trusted proxies, client
    ["198.51.100.7", null, 0, "198.51.100.7"],
    ["198.51.100.7", "203.0.113.1", 0, "198.51.100.7"], // no proxy trusted: the header is ignored
    ["::ffff:198.51.100.7", null, 0, "198.51.100.7"],
    ["10.0.0.2", "203.0.113.9, 198.51.100.7", 1, "198.51.100.7"], // right-most, not first
    ["10.0.0.2", "203.0.113.9, 198.51.100.7, 10.0.0.1", 2, "198.51.100.7"],
    ["10.0.0.2", "[2001:db8::5]:4431", 1, "2001:db8::5"],
    ["10.0.0.2", "198.51.100.7:5050", 1, "198.51.100.7"],
    ["10.0.0.2", "not-an-address", 1, "10.0.0.2"], // garbage at the trusted place: the proxy's bucket
    ["10.0.0.2", null, 1, "10.0.0.2"],
    ["10.0.0.2", "198.51.100.7", 3, "10.0.0.2"], // fewer entries than proxies
    [undefined, null, 0, "unknown-client"],
  ] as const)("peer %s, X-Forwarded-For %j, %i trusted -> %s", (peer, xff, n, expected) => {
    expect(clientAddress(peer, xff, n)).toBe(expected);
  });

  it("cannot be steered by a client rotating its own X-Forwarded-For entries", () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) =>
        clientAddress("10.0.0.2", `192.0.2.${i}, 198.51.100.7`, 1),
      ),
    );
    expect([...keys]).toEqual(["198.51.100.7"]);
  });
});

describe("clientKey and addressKey", () => {
  it("keys IPv6 by its /64 and IPv4 by the address", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(addressKey("2001:db8:1:2:bbbb::9")).toBe("2001:0db8:0001:0002::/64");
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
  });

  it("prefers the address our HTTP server set, else the right-most forwarded entry", () => {
    const request = (headers: Record<string, string>) => new Request("http://x/", { headers });
    expect(
      clientKey(
        request({ [CLIENT_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": "203.0.113.1" }),
      ),
    ).toBe("198.51.100.9");
    expect(clientKey(request({ "x-forwarded-for": "203.0.113.1, 198.51.100.7" }))).toBe(
      "198.51.100.7",
    );
    expect(clientKey(request({ "x-real-ip": "198.51.100.8" }))).toBe("unknown-client");
  });

  it("reads TRUSTED_PROXIES as a small whole number, else 0", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "-1" })).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "x" })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "./headers";

describe("security headers", () => {
  it("gives pages a nonce policy with no inline or eval script, and no framing", () => {
    const csp = contentSecurityPolicy({ kind: "page", nonce: "abc", https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(?:inline|eval)'/);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("gives API answers a policy that allows nothing", () => {
    expect(contentSecurityPolicy({ kind: "api", https: false })).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    );
  });

  it("sets HSTS only over HTTPS", () => {
    expect(securityHeaders({ kind: "api", https: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(securityHeaders({ kind: "page", nonce: "n", https: true })).toMatchObject({
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});

import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/rate-limit/client-key";
import { guardRequestHeaders } from "./request-guard";

describe("guardRequestHeaders", () => {
  it("replaces a client's own address header and drops its forwarded headers (no proxy)", () => {
    const headers: Record<string, string | string[] | undefined> = {
      [CLIENT_ADDRESS_HEADER]: "192.0.2.1",
      "x-forwarded-for": "192.0.2.2",
      "x-forwarded-proto": "https",
      "x-real-ip": "192.0.2.3",
    };
    guardRequestHeaders(headers, "::ffff:198.51.100.7", 0);
    expect(headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
  });

  it("reads the trusted proxy's entry and keeps the forwarded headers for Next", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "192.0.2.2, 198.51.100.7",
      "x-forwarded-proto": "https",
    };
    guardRequestHeaders(headers, "10.0.0.1", 1);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });
});

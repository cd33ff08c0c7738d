import { describe, expect, it } from "vitest";
import { genericHostname } from "./generic-hostnames";

describe("genericHostname", () => {
  it.each([
    ["20-100-51-198.dynamic.isp.test", "198.51.100.20"],
    ["198-51-100-20.static.isp.example", "198.51.100.20"],
    ["c-73-1-2-3.hsd1.ca.comcast.net", "73.1.2.3"],
    ["cpc35-sutt4-2-0-cust12.cable.virginm.net", "192.0.2.9"],
    ["dsl-192-000-002-001.example.net", "192.0.2.1"],
    ["host198051100020.example.net", "198.51.100.20"],
    ["pool12.isp.example", "192.0.2.1"],
    ["ip-c6336414.example.net", "198.51.100.20"],
  ])("%s is generic for %s", (name, ip) => {
    expect(genericHostname(name, ip).generic).toBe(true);
  });

  it.each([
    ["mail.sender-ok.test", "192.0.2.1"],
    ["mx1.example.com", "192.0.2.1"],
    ["mail.dsl.example", "192.0.2.1"],
    ["smtp-out.customer.example", "192.0.2.1"],
    ["mail-qt0-f199.google.com", "209.85.216.199"],
  ])("%s is a proper mail server name for %s", (name, ip) => {
    expect(genericHostname(name, ip)).toEqual({ generic: false, reasons: [] });
  });

  it("stays fast on a hostile name", () => {
    const started = Date.now();
    genericHostname(`${"a-".repeat(120)}x.example`, "192.0.2.1");
    expect(Date.now() - started).toBeLessThan(50);
  });
});

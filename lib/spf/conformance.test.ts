import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSuite, runSpfSuite, zoneFromSuite } from "./conformance";

// The OpenSPF RFC 7208 suite lives outside the repository (../shared/spf, relative to the
// project root); without it the suite test is skipped, the converter tests still run.
const SUITE = fileURLToPath(new URL("../../../shared/spf/rfc7208-tests.yml", import.meta.url));
const haveSuite = existsSync(SUITE);

describe("OpenSPF suite zone conversion", () => {
  it("copies SPF to TXT unless the name has TXT, honours TXT: NONE and TIMEOUT's position", () => {
    const zone = zoneFromSuite({
      "Both.Example.net": [{ TXT: "v=spf1 -all" }, { SPF: "v=spf1 +all" }],
      "spfonly.example.net": [{ SPF: "v=spf1 -all" }, { TXT: "NONE" }],
      "gen.example.net": [{ SPF: ["v=spf1 ip4:", "192.0.2.5 -all"] }, { SPF: [] }],
      "txttimeout.example.net": [{ SPF: "v=spf1 -all" }, { TXT: "NONE" }, "TIMEOUT"],
      "all.example.net": ["TIMEOUT"],
      "mx.example.net": [{ MX: [0, ""] }],
    });
    expect(zone.records["both.example.net"]).toEqual([
      { type: "TXT", data: "v=spf1 -all" },
      { type: "SPF", data: "v=spf1 +all" },
    ]);
    expect(zone.records["spfonly.example.net"]).toEqual([{ type: "SPF", data: "v=spf1 -all" }]);
    expect(zone.records["gen.example.net"]?.filter((r) => r.type === "TXT")).toEqual([
      { type: "TXT", data: ["v=spf1 ip4:", "192.0.2.5 -all"] },
      { type: "TXT", data: [""] },
    ]);
    expect(zone.behaviours?.["txttimeout.example.net"]).toEqual([
      { kind: "timeout", types: ["A", "AAAA", "MX", "TXT", "PTR", "CNAME", "NS", "SOA", "ANY"] },
    ]);
    expect(zone.behaviours?.["all.example.net"]).toEqual([{ kind: "timeout" }]);
    expect(zone.records["mx.example.net"]).toEqual([{ type: "MX", priority: 0, exchange: "" }]);
  });
});

describe.skipIf(!haveSuite)("OpenSPF RFC 7208 conformance suite", () => {
  it("has the 203 cases", () => {
    expect(parseSuite(readFileSync(SUITE, "utf8")).reduce((n, s) => n + s.cases.length, 0)).toBe(
      203,
    );
  });

  it("passes every case against the loopback DNS server", async () => {
    const report = await runSpfSuite(readFileSync(SUITE, "utf8"));
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(203);
  }, 60_000);
});

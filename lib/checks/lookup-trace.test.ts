import { describe, expect, it } from "vitest";
import { criticalPath, type TracedLookup } from "./lookup-trace";

const at = (
  id: number,
  name: string,
  type: TracedLookup["type"],
  start: number,
  end: number,
  names: string[] = [],
  status: TracedLookup["status"] = "ok",
): TracedLookup => ({
  id,
  name,
  type,
  start,
  end,
  status,
  names,
});

describe("criticalPath", () => {
  it("chains MX -> host, _dmarc -> report authorisation, and same-name follow-ups; not mere timing", () => {
    const trace = [
      at(0, "x.test", "MX", 0, 50, ["mx.x.test"]),
      at(1, "_dmarc.x.test", "TXT", 0, 50, ["v=dmarc1", "reports.test"]),
      at(2, "sel._domainkey.x.test", "TXT", 0, 50, []),
      at(3, "mx.x.test", "A", 55, 105),
      at(4, "x.test._report._dmarc.reports.test", "TXT", 55, 105),
      at(5, "sel._domainkey.x.test", "CNAME", 55, 105),
      // Started late but needs nothing: depth 1 even though others ended before it started.
      at(6, "2.0.192.zen.test", "A", 120, 170, [], "nxdomain"),
    ];
    const { depth, longest } = criticalPath(trace);
    expect([...depth.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d)).toEqual([
      1, 1, 1, 2, 2, 2, 1,
    ]);
    expect(longest.map((l) => l.id)).toEqual([0, 3]);
  });

  it("a CNAME-chain of SPF includes makes a long path", () => {
    const trace = [
      at(0, "a.test", "TXT", 0, 50, ["_spf.b.test"]),
      at(1, "_spf.b.test", "TXT", 50, 100, ["_spf.c.test"]),
      at(2, "_spf.c.test", "TXT", 100, 150, []),
    ];
    expect(criticalPath(trace).longest.map((l) => l.id)).toEqual([0, 1, 2]);
  });
});

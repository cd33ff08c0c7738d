import { describe, expect, it } from "vitest";
import { compareFindings } from "./compare-findings";

const f = (
  code: string,
  severity: "critical" | "error" | "warning" | "info" | "ok",
  title = code,
) => ({ code, severity, outcome: "done" as const, title });

describe("compareFindings", () => {
  it("names problems that went away, appeared, or changed severity", () => {
    const before = [
      f("blocklist.listed", "critical", "Listed on zen"),
      f("spf.missing", "error"),
      f("ptr.ok", "ok"),
      f("dmarc.none", "warning"),
    ];
    const after = [
      f("spf.missing", "warning"),
      f("ptr.ok", "ok"),
      f("dkim.missing", "error"),
      f("dmarc.none", "warning"),
    ];
    expect(compareFindings(before, after)).toEqual([
      { code: "blocklist.listed", title: "Listed on zen", change: "gone", before: "critical" },
      {
        code: "spf.missing",
        title: "spf.missing",
        change: "severity",
        before: "error",
        after: "warning",
      },
      { code: "dkim.missing", title: "dkim.missing", change: "new", after: "error" },
    ]);
  });

  it("reports nothing when nothing changed", () => {
    const same = [f("spf.missing", "error"), f("ptr.ok", "ok")];
    expect(compareFindings(same, same)).toEqual([]);
  });
});

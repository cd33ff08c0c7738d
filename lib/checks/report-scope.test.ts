import { describe, expect, it } from "vitest";
import type { CheckReport, Finding } from "./types";
import { reportForCheck } from "./report-scope";

function finding(area: Finding["area"], code: string, severity: Finding["severity"]): Finding {
  return { code, area, severity, outcome: "done", title: code, detail: "", reference: "" };
}

const report: CheckReport = {
  subject: "example.net",
  kind: "domain",
  checkedAt: "2026-12-06T00:00:00.000Z",
  lookups: 10,
  findings: [
    finding("mx", "mx.none", "critical"),
    finding("recipient-domain", "domain.nxdomain", "critical"),
    finding("spf", "spf.missing", "error"),
    finding("dkim", "dkim.none", "error"),
    finding("dmarc", "dmarc.missing", "error"),
    finding("blocklist", "blocklist.not-listed", "ok"),
    finding("bulk-sender", "bulk-sender.summary", "error"),
    finding("mta-sts", "mta-sts.none", "info"),
    finding("tls-rpt", "tls-rpt.none", "info"),
    finding("bimi", "bimi.none", "info"),
  ],
};

describe("reportForCheck", () => {
  it("keeps only the receiving side of the recipient's domain", () => {
    const codes = reportForCheck("recipient-domain:example.net", report).findings.map(
      (f) => f.code,
    );
    expect(codes).toEqual(["mx.none", "domain.nxdomain", "mta-sts.none", "tls-rpt.none"]);
  });

  it("gives the recipient's domain the sender's fix, and the owner's report the owner's", () => {
    const nullMx: Finding = {
      ...finding("mx", "mx.null", "critical"),
      fix: "Remove the null MX if the domain sends mail.",
      fixWhenRecipient: "Use another address for this recipient.",
    };
    const both = { ...report, findings: [nullMx] };
    expect(reportForCheck("recipient-domain:example.net", both).findings[0]?.fix).toBe(
      "Use another address for this recipient.",
    );
    expect(reportForCheck("domain:example.net", both).findings[0]?.fix).toBe(
      "Remove the null MX if the domain sends mail.",
    );
  });

  it("leaves the sending domain's report whole", () => {
    expect(reportForCheck("domain:example.net", report)).toBe(report);
  });
});

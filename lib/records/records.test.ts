import { describe, expect, it } from "vitest";
import { starterDmarc, suggestedReportMailbox, withDmarcPolicy } from "./dmarc-record";
import { dkimInstructions } from "./dkim-record";

describe("records", () => {
  it("starts DMARC at p=none with a reporting address and a rollout to reject", () => {
    const p = starterDmarc("example.com", suggestedReportMailbox("example.com"));
    expect(p).toMatchObject({
      name: "_dmarc.example.com",
      value: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com",
    });
    expect(p.rollout.map((r) => r.value.match(/p=(\w+)/)?.[1])).toEqual(["quarantine", "reject"]);
  });

  it("names Google Workspace's google._domainkey without a placeholder record, and gives Microsoft 365's two CNAMEs", () => {
    const google = dkimInstructions("example.com", "google-workspace", null);
    expect(google.records).toEqual([]);
    expect(google.where).toContain("google._domainkey.example.com");
    expect(dkimInstructions("example.com", null, null).records).toEqual([]);
    // Microsoft 365's CNAME targets hold the tenant name: described, not offered to copy.
    const ms = dkimInstructions("example.com", "microsoft-365", null);
    expect(ms.records).toEqual([]);
    expect(ms.where).toContain("selector1._domainkey.example.com");
  });

  it("publishes a DKIM key before signing with it, and never over the key that signs today", () => {
    for (const d of [
      dkimInstructions("example.com", null, null),
      dkimInstructions("example.com", "google-workspace", null),
    ]) {
      expect(d.where).toMatch(/only once that record answers in DNS/);
      expect(d.where).toMatch(/publish the new key under a new selector/);
      expect(d.where).toMatch(/delete the old selector's record only a week or more later/);
    }
  });

  it("raises a published DMARC policy and keeps every other tag as published", () => {
    expect(
      withDmarcPolicy(
        "v=DMARC1; p=none; rua=mailto:agg@reports.example.net; pct=50; adkim=s",
        "quarantine",
      ),
    ).toBe("v=DMARC1; p=quarantine; rua=mailto:agg@reports.example.net; pct=50; adkim=s");
    expect(withDmarcPolicy("v=DMARC1;p=none", "reject")).toBe("v=DMARC1; p=reject");
    expect(withDmarcPolicy("v=spf1 -all", "reject")).toBeNull();
    expect(withDmarcPolicy("v=DMARC1; rua=mailto:a@example.org", "reject")).toBeNull();
  });
});

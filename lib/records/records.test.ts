import { describe, expect, it } from "vitest";
import { mergeSpfRecords } from "./spf-record";
import { starterDmarc } from "./dmarc-record";
import { dkimInstructions } from "./dkim-record";

describe("mergeSpfRecords", () => {
  it("merges duplicates into one record, keeps every sender, and the softer all", () => {
    const m = mergeSpfRecords(["v=spf1 include:_spf.google.com ~all", "v=spf1 include:sendgrid.net ip4:192.0.2.1 -all"]);
    expect(m.record).toBe("v=spf1 include:_spf.google.com include:sendgrid.net ip4:192.0.2.1 ~all");
    expect(m.lookups).toBe(2);
  });

  it("drops ptr and repeated terms, adds the platform's include once", () => {
    const m = mergeSpfRecords(["v=spf1 mx ptr +mx include:_spf.google.com -all"], ["include:_spf.google.com", "ip4:198.51.100.7"]);
    expect(m.record).toBe("v=spf1 mx include:_spf.google.com ip4:198.51.100.7 -all");
    expect(m.notes.join(" ")).toMatch(/ptr/);
  });

  it("warns when the record needs more than 10 lookups", () => {
    const includes = Array.from({ length: 11 }, (_, i) => `include:s${i}.example`).join(" ");
    const m = mergeSpfRecords([`v=spf1 ${includes} -all`]);
    expect(m.lookups).toBe(11);
    expect(m.notes.join(" ")).toMatch(/over the limit of 10/);
  });

  it("never produces +all and ignores text that is not SPF", () => {
    expect(mergeSpfRecords(["v=spf1 +all", "google-site-verification=abc"]).record).toBe("v=spf1 ~all");
  });
});

describe("records", () => {
  it("starts DMARC at p=none with a reporting address and a rollout to reject", () => {
    const p = starterDmarc("example.com");
    expect(p).toMatchObject({ name: "_dmarc.example.com", value: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com" });
    expect(p.rollout.map((r) => r.value.match(/p=(\w+)/)?.[1])).toEqual(["quarantine", "reject"]);
  });

  it("gives Google Workspace's TXT at google._domainkey and Microsoft 365's two CNAMEs", () => {
    expect(dkimInstructions("example.com", "google-workspace", null).records).toEqual([
      { type: "TXT", name: "google._domainkey.example.com", value: "v=DKIM1; k=rsa; p=<the key shown in the console>" },
    ]);
    const ms = dkimInstructions("example.com", "microsoft-365", null).records;
    expect(ms.map((r) => [r.type, r.name])).toEqual([
      ["CNAME", "selector1._domainkey.example.com"],
      ["CNAME", "selector2._domainkey.example.com"],
    ]);
    expect(ms[0]?.value).toMatch(/^selector1-example-com\._domainkey\./);
  });
});

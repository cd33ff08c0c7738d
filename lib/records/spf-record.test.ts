import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/checks/types";
import { isSpfRecord, parseSpfRecord } from "@/lib/spf/parse";
import { planSpfChange, spfLookupsFound } from "./spf-record";

const google = "include:_spf.google.com";

describe("planSpfChange: a sender is added without breaking the ones there", () => {
  it("edits the one record there, keeping every mechanism and its -all", () => {
    const c = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 mx ip4:192.0.2.1 include:sendgrid.net -all"],
      add: [google],
      lookupsNow: 3,
    });
    expect(c.action).toBe("edit");
    expect(c.record).toBe(
      "v=spf1 mx ip4:192.0.2.1 include:sendgrid.net include:_spf.google.com -all",
    );
    expect(c.steps[0]).toMatch(
      /Edit the TXT record at example\.org .*Do not add it as a second record/,
    );
    // 3 today, and _spf.google.com needs 4 with the includes inside it.
    expect(c.lookupsAtLeast).toBe(7);
  });

  it("keeps a record without an all without one (unlisted senders stay neutral, as today)", () => {
    const c = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 ip4:192.0.2.1"],
      add: [google],
    });
    expect(c.record).toBe("v=spf1 ip4:192.0.2.1 include:_spf.google.com");
    expect(c.record).not.toMatch(/all/);
  });

  it("keeps the softest ending of several records, and replaces them with exactly one", () => {
    const c = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 include:sendgrid.net -all", "v=spf1 mx ~all"],
      add: [],
    });
    expect(c.action).toBe("replace-all");
    expect(c.record).toBe("v=spf1 include:sendgrid.net mx ~all");
    expect(c.steps[0]).toMatch(/delete the other 1/);
  });

  it("turns +all into ~all only with a warning to list every sender first", () => {
    const c = planSpfChange({ domain: "example.org", found: ["v=spf1 mx +all"], add: [google] });
    expect(c.record).toBe("v=spf1 mx include:_spf.google.com ~all");
    expect(c.steps.join(" ")).toMatch(/Before publishing it, make sure every service/);
  });

  it("counts the lookups the check measured today, not only the record's own terms", () => {
    // Two includes of its own, but the check counted 10 lookups with what is inside them:
    // one more include makes every SPF check a permerror. The record's own count (3) hid it.
    const room = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 include:a.example.net include:b.example.net -all"],
      add: [google],
      lookupsNow: 10,
    });
    expect(room.action).toBe("make-room");
    expect(room.record).toBeNull();
    expect(room.steps[0]).toMatch(
      /about 14 DNS lookups \(it needs 10 today; include:_spf\.google\.com needs 4/,
    );
    const fits = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 include:a.example.net include:b.example.net -all"],
      add: [google],
      lookupsNow: 6,
    });
    expect(fits.action).toBe("edit");
    expect(fits.steps.join(" ")).toMatch(
      /today's record needs 6 of 10, so the new one needs about 10\. After publishing, check/,
    );
  });

  it("says the record is already past the limit when the check found it so", () => {
    const c = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 include:big.example.net -all"],
      add: ["ip4:192.0.2.7"],
      lookupsNow: 14,
    });
    expect(c.action).toBe("make-room");
    expect(c.steps[0]).toMatch(/already needs 14 DNS lookups/);
  });

  it("adds nothing already listed, so an existing include costs no new lookup", () => {
    const c = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 +include:_spf.google.com -all"],
      add: [google],
      lookupsNow: 10,
    });
    expect(c.action).toBe("edit");
    expect(c.record).toBe("v=spf1 include:_spf.google.com -all");
  });

  it("gives a record over 255 characters as the strings of one TXT record", () => {
    const ranges = Array.from({ length: 20 }, (_, i) => `ip4:198.51.${i}.0/24`).join(" ");
    const c = planSpfChange({
      domain: "example.org",
      found: [`v=spf1 ${ranges} -all`],
      add: [google],
    });
    expect(c.record!.length).toBeGreaterThan(255);
    expect(c.strings.length).toBe(2);
    expect(c.strings.every((s) => s.length <= 255)).toBe(true);
    expect(c.strings.join("")).toBe(c.record);
    expect(c.steps.join(" ")).toMatch(/one TXT record made of 2 strings, "v=spf1 /);
    expect(isSpfRecord(c.record!) && parseSpfRecord(c.record!).ok).toBe(true);
  });
});

describe("planSpfChange: an added include costs the lookups inside it (RFC 7208 §4.6.4)", () => {
  const nine = `v=spf1 ${Array.from({ length: 9 }, (_, i) => `include:i${i + 1}.big.test`).join(" ")} ~all`;

  it("gives no record when the provider's nested lookups take a 9-lookup record past 10", () => {
    // _spf.google.com includes _netblocks and _netblocks2 (formerly also _netblocks3): adding
    // it to a record at 9 makes 12-13 lookups, a permerror for all of big.test's mail.
    const c = planSpfChange({ domain: "big.test", found: [nine], add: [google], lookupsNow: 9 });
    expect(c.action).toBe("make-room");
    expect(c.record).toBeNull();
    expect(c.lookupsAtLeast).toBe(13);
    expect(c.steps[0]).toMatch(/about 13 DNS lookups \(it needs 9 today/);
    expect(c.steps[1]).toMatch(/^First make room/);
  });

  it("prices each provider include from the provider data, and fits one that is flat", () => {
    const mc = planSpfChange({
      domain: "big.test",
      found: [nine],
      add: ["include:servers.mcsv.net"],
      lookupsNow: 9,
    });
    expect(mc.action).toBe("edit");
    expect(mc.lookupsAtLeast).toBe(10);
    const m365 = planSpfChange({
      domain: "big.test",
      found: [nine],
      add: ["include:spf.protection.outlook.com"],
      lookupsNow: 9,
    });
    expect(m365.action).toBe("make-room");
    expect(m365.lookupsAtLeast).toBe(11);
  });

  it("counts a known cost in a record that starts from nothing", () => {
    const c = planSpfChange({ domain: "new.test", found: [], add: ["include:mailgun.org"] });
    expect(c.action).toBe("publish");
    expect(c.lookupsAtLeast).toBe(5);
  });

  it("hands over no record for an include of unknown cost when today's count leaves little room", () => {
    const near = planSpfChange({
      domain: "big.test",
      found: ["v=spf1 include:a.example include:b.example ~all"],
      add: ["include:sendgrid.net"],
      lookupsNow: 7,
    });
    expect(near.action).toBe("make-room");
    expect(near.record).toBeNull();
    expect(near.steps[0]).toMatch(
      /include:sendgrid\.net needs .* is not known here.*needs 7 of 10 today/,
    );
    expect(near.steps[1]).toMatch(/look up the TXT record of sendgrid\.net/);
    const roomy = planSpfChange({
      domain: "big.test",
      found: ["v=spf1 include:a.example ~all"],
      add: ["include:sendgrid.net"],
      lookupsNow: 2,
    });
    expect(roomy.action).toBe("edit");
    expect(roomy.record).toBe("v=spf1 include:a.example include:sendgrid.net ~all");
  });

  it("takes a cost the caller measured over the provider data", () => {
    const c = planSpfChange({
      domain: "big.test",
      found: ["v=spf1 include:a.example include:b.example ~all"],
      add: [google],
      lookupsNow: 8,
      includeLookups: { [google]: 2 },
    });
    expect(c.action).toBe("edit");
    expect(c.lookupsAtLeast).toBe(10);
  });
});

describe("spfLookupsFound", () => {
  it("reads the domain check's lookup total from its SPF finding", () => {
    const f = (data: Record<string, unknown>): Finding => ({
      code: "spf.ok",
      area: "spf",
      severity: "ok",
      outcome: "done",
      title: "",
      detail: "",
      reference: "RFC 7208 §4.6.4",
      data,
    });
    expect(spfLookupsFound([f({ totals: { lookups: 7, lookupLimit: 10 } })])).toBe(7);
    expect(spfLookupsFound([f({})])).toBeNull();
  });
});

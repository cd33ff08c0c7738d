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
    expect(c.lookupsAtLeast).toBe(4);
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
    expect(room.steps[0]).toMatch(/at least 11 DNS lookups \(it needs 10 today\)/);
    const fits = planSpfChange({
      domain: "example.org",
      found: ["v=spf1 include:a.example.net include:b.example.net -all"],
      add: [google],
      lookupsNow: 6,
    });
    expect(fits.action).toBe("edit");
    expect(fits.steps.join(" ")).toMatch(/today's record needs 6 of 10\. After publishing, check/);
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

import { describe, expect, it } from "vitest";
import { mergeSpfRecords } from "./merge";
import { parseSpfRecord } from "./parse";

describe("mergeSpfRecords", () => {
  it("merges duplicates into one record and keeps the softest all", () => {
    const m = mergeSpfRecords([
      "v=spf1 ip4:192.0.2.0/24 include:_spf.example.com ~all",
      "v=spf1 +include:_spf.example.com mx -all",
    ]);
    expect(m.record).toBe("v=spf1 ip4:192.0.2.0/24 include:_spf.example.com mx ~all");
    expect(m.lookups).toBe(2);
    expect(m.warnings.join(" ")).toMatch(/kept the softest, "~all"/);
    expect(parseSpfRecord(m.record).ok).toBe(true);
  });

  it("turns a redirect into an include when the merged record has an all", () => {
    const m = mergeSpfRecords(["v=spf1 redirect=_spf.example.net", "v=spf1 ip4:192.0.2.1 -all"]);
    expect(m.record).toBe("v=spf1 ip4:192.0.2.1 include:_spf.example.net -all");
    expect(m.lookups).toBe(1);
  });

  it("drops invalid terms, non-SPF records and unknown modifiers, with warnings", () => {
    const m = mergeSpfRecords([
      "v=spf1 ip4:192.0.2.300 a -all",
      "google-site-verification=x",
      "v=spf1 foo=bar ?all",
    ]);
    expect(m.record).toBe("v=spf1 a ?all");
    expect(m.warnings).toHaveLength(4);
  });

  it("stays within 10 lookups by dropping ptr first, and says when it cannot", () => {
    const many = Array.from({ length: 10 }, (_, i) => `include:s${i}.example.com`).join(" ");
    const m = mergeSpfRecords([`v=spf1 ${many} -all`, "v=spf1 ptr -all"]);
    expect(m.lookups).toBe(10);
    expect(m.record).not.toMatch(/ptr/);
    const over = mergeSpfRecords([`v=spf1 ${many} a -all`]);
    expect(over.lookups).toBe(11);
    expect(over.warnings.join(" ")).toMatch(/over the limit of 10/);
  });

  it("adds no all when no record had one: unlisted senders stay neutral, as today", () => {
    const m = mergeSpfRecords(["v=spf1 ip4:192.0.2.1"], ["include:_spf.google.com"]);
    expect(m.record).toBe("v=spf1 ip4:192.0.2.1 include:_spf.google.com");
    expect(m.warnings.join(" ")).toMatch(/keeps it that way/);
  });

  it("ends a new record (none published yet) in ~all, saying to list every sender first", () => {
    const m = mergeSpfRecords(["google-site-verification=x"], ["include:_spf.google.com"]);
    expect(m.record).toBe("v=spf1 include:_spf.google.com ~all");
    expect(m.warnings.join(" ")).toMatch(/Before publishing it, add every other service/);
  });

  it("adds the senders asked for once, without changing the ending", () => {
    const m = mergeSpfRecords(
      ["v=spf1 mx include:_spf.google.com -all"],
      ["include:_spf.google.com", "ip4:198.51.100.7"],
    );
    expect(m.record).toBe("v=spf1 mx include:_spf.google.com ip4:198.51.100.7 -all");
  });

  it("never produces +all", () => {
    const m = mergeSpfRecords(["v=spf1 +all", "google-site-verification=abc"]);
    expect(m.record).toBe("v=spf1 ~all");
    expect(m.warnings.join(" ")).toMatch(
      /make sure every service that sends as this domain is listed/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import {
  describeStatus,
  lookupStatus,
  STATUS_CLASSES,
  STATUS_DETAILS,
} from "./enhanced-status-codes";

describe("IANA enhanced status code registry", () => {
  it("has well-formed, unique subject.detail codes", () => {
    const seen = new Set<string>();
    for (const d of STATUS_DETAILS) {
      expect(d.code).toMatch(/^X\.\d{1,3}\.\d{1,3}$/);
      expect(seen.has(d.code), d.code).toBe(false);
      seen.add(d.code);
      expect(d.summary.length).toBeGreaterThan(3);
      expect(d.meaning.length).toBeGreaterThan(10);
      expect(d.reference).toMatch(/RFC \d{4}|draft-/);
      if (d.cause) expect(CAUSE_IDS).toContain(d.cause);
    }
  });

  it("covers every registered code from RFC 3463 to RFC 8689", () => {
    const codes = new Set(STATUS_DETAILS.map((d) => d.code));
    for (const c of [
      "X.0.0",
      "X.1.10",
      "X.2.4",
      "X.3.6",
      "X.4.7",
      "X.5.6",
      "X.6.10",
      "X.7.27",
      "X.7.29",
      "X.7.30",
    ])
      expect(codes).toContain(c);
    // 1.0-1.10, 2.0-2.4, 3.0-3.6, 4.0-4.7, 5.0-5.6, 6.0-6.10, 7.0-7.30
    expect(STATUS_DETAILS.length).toBe(11 + 5 + 7 + 8 + 7 + 11 + 31 + 1);
    expect(STATUS_CLASSES.map((c) => c.code)).toEqual(["2", "4", "5"]);
  });

  it("looks codes up by class", () => {
    expect(lookupStatus("5.7.25")?.cause).toBe("reverse-dns");
    expect(lookupStatus("4.2.2")?.cause).toBe("mailbox-full");
    expect(lookupStatus("2.1.5")?.cause).toBeNull();
    expect(lookupStatus("5.07.001")?.status).toBe("5.7.1");
    expect(lookupStatus("6.1.1")).toBeNull();
    expect(lookupStatus("5.1")).toBeNull();
    expect(describeStatus("5.7.1")).toMatch(/^Permanent failure: .*not allowed/);
    expect(describeStatus("4.7.650")).toMatch(/not in the IANA registry/);
  });
});

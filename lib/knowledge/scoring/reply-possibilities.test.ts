// The usual-causes lists as data: each names causes the vocabulary knows, once each, with a
// source; and a code that a provider's page reads otherwise than the registry has a list that
// holds both readings, so that the code pasted without that provider's mark names neither.
import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { lookupStatus } from "@/lib/knowledge/enhanced-status-codes";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { REPLY_POSSIBILITIES, SUBJECT_CODE, subjectCode } from "./reply-possibilities";

describe("REPLY_POSSIBILITIES", () => {
  it("lists known causes, once each, for one entry per code, each with a source", () => {
    const codes = REPLY_POSSIBILITIES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of REPLY_POSSIBILITIES) {
      expect(p.code).toMatch(/^(?:[245]\d\d|[245]\.\d{1,3}\.(?:\d{1,3}|x)|[45]xx|none|refused)$/);
      expect(p.causes.length, p.code).toBeGreaterThan(1);
      expect(new Set(p.causes).size, p.code).toBe(p.causes.length);
      for (const c of p.causes) expect(CAUSES[c], `${p.code} ${c}`).toBeDefined();
      expect(p.source.length, p.code).toBeGreaterThan(10);
    }
  });

  it("has a list for each failure subject of RFC 3463, for an unregistered detail number", () => {
    for (const cls of ["4", "5"])
      for (let subject = 1; subject <= 7; subject++) {
        const code = subjectCode(cls, subject);
        expect(code).toMatch(SUBJECT_CODE);
        expect(
          REPLY_POSSIBILITIES.some((p) => p.code === code),
          code,
        ).toBe(true);
      }
  });

  it("holds both readings of every code a provider reads otherwise than the registry", () => {
    const missing: string[] = [];
    for (const table of PROVIDER_TABLES)
      for (const s of table.statusReadings) {
        const found = lookupStatus(s.status);
        const detail = found?.detail;
        if (!detail) continue;
        const registry = s.status.startsWith("4")
          ? (detail.transientCause ?? detail.cause)
          : detail.cause;
        if (!registry || registry === s.cause) continue;
        const list = REPLY_POSSIBILITIES.find((p) => p.code === s.status)?.causes ?? [];
        if (!list.includes(s.cause) || !list.includes(registry))
          missing.push(`${s.status}: ${table.provider} ${s.cause}, registry ${registry}`);
      }
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import {
  PERMANENT_CLASS,
  REPLY_POSSIBILITIES,
  subjectCode,
  TRANSIENT_CLASS,
} from "@/lib/knowledge/scoring/reply-possibilities";
import { usualCausesOfCodes } from "./code-features";

const list = (code: string) => REPLY_POSSIBILITIES.find((p) => p.code === code)!.causes;

describe("usualCausesOfCodes", () => {
  it("takes the status's own list first", () => {
    expect(usualCausesOfCodes(550, "5.7.1")).toEqual(list("5.7.1"));
  });

  it("takes the status's subject where the status has no list", () => {
    // Yahoo's TSS04 deferral: a temporary policy status, not a bare 421's or a 550's causes.
    expect(usualCausesOfCodes(421, "4.7.0")).toEqual(list(subjectCode("4", 7)));
    expect(usualCausesOfCodes(550, "5.1.1")).toEqual(list(subjectCode("5", 1)));
  });

  it("takes the reply code's list without a status", () => {
    expect(usualCausesOfCodes(550, null)).toEqual(list("550"));
  });

  it("takes the class's list where nothing more specific has one", () => {
    expect(usualCausesOfCodes(571, null)).toBeNull(); // no code in RFC 5321's grammar
    expect(usualCausesOfCodes(555, null)).toEqual(list(PERMANENT_CLASS));
    expect(usualCausesOfCodes(454, null)).toEqual(list(TRANSIENT_CLASS));
  });

  it("gives none without a code", () => {
    expect(usualCausesOfCodes(null, null)).toBeNull();
  });
});

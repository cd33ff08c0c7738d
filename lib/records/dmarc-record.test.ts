import { describe, expect, it } from "vitest";
import { parseDmarcRecord } from "@/lib/checks/dmarc-record";
import {
  nextDmarcStep,
  starterDmarc,
  starterDmarcKeeping,
  suggestedReportMailbox,
  withDmarcReports,
} from "./dmarc-record";

const MAILBOX = suggestedReportMailbox("example.com");

describe("DMARC records that never refuse mail delivered today", () => {
  it("rolls out with the policy right after v=, and says subdomains follow the policy", () => {
    const p = starterDmarc("example.com", MAILBOX);
    expect(p.rollout.map((r) => r.value)).toEqual([
      "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com",
      "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com",
    ]);
    expect(p.rollout[0]!.when).toMatch(/subdomains without a DMARC record of their own/);
    for (const r of [p, ...p.rollout]) expect(parseDmarcRecord(r.value).ok).toBe(true);
  });

  it("asks for reports before raising a p=none record that has none", () => {
    const step = nextDmarcStep("v=DMARC1; p=none; adkim=s", "example.com", MAILBOX);
    expect(step).toEqual({
      kind: "add-reports",
      value: "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com; adkim=s",
      why: expect.stringMatching(/keep p=none, and read 2–4 weeks of reports/),
    });
  });

  it("raises a record that has reports, keeping its tags, and says how to undo it", () => {
    const step = nextDmarcStep(
      "v=DMARC1; p=none; rua=mailto:agg@reports.example.net; ruf=mailto:f@example.com; fo=1",
      "example.com",
      MAILBOX,
    );
    expect(step?.kind).toBe("raise");
    expect(step?.value).toBe(
      "v=DMARC1; p=quarantine; rua=mailto:agg@reports.example.net; ruf=mailto:f@example.com; fo=1",
    );
    expect(step?.why).toMatch(/put p=none back/);
    expect(nextDmarcStep("v=spf1 -all", "example.com", MAILBOX)).toBeNull();
  });

  it("adds a report address once, after the policy", () => {
    expect(withDmarcReports("v=DMARC1;p=none", "a@example.com")).toBe(
      "v=DMARC1; p=none; rua=mailto:a@example.com",
    );
    expect(withDmarcReports("v=DMARC1; p=none; rua=mailto:b@example.com", "a@example.com")).toBe(
      "v=DMARC1; p=none; rua=mailto:b@example.com",
    );
  });

  it("replaces unusable records with a starter that keeps their report addresses", () => {
    const plan = starterDmarcKeeping(
      "example.com",
      [
        "v=DMARC1; p=nonee; rua=mailto:agg@reports.example.net",
        "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net,mailto:x@example.com; ruf=mailto:f@example.com",
      ],
      MAILBOX,
    );
    expect(plan.value).toBe(
      "v=DMARC1; p=none; rua=mailto:agg@reports.example.net,mailto:x@example.com; ruf=mailto:f@example.com",
    );
    expect(plan.rollout[0]!.value).toMatch(/^v=DMARC1; p=quarantine; rua=mailto:agg@reports/);
    expect(parseDmarcRecord(plan.value).ok).toBe(true);
    expect(
      starterDmarcKeeping("example.com", ["v=DMARC1; p=none; ruf=mailto:f@example.com"], MAILBOX)
        .value,
    ).toBe("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com; ruf=mailto:f@example.com");
    expect(starterDmarcKeeping("example.com", [], MAILBOX).value).toBe(
      starterDmarc("example.com", MAILBOX).value,
    );
  });

  it("drops report addresses a receiver cannot use, so the new record is valid", () => {
    const plan = starterDmarcKeeping(
      "example.com",
      [
        "v=DMARC1; p=block; rua=dmarc@example.com,mailto:ok@example.com!10m",
        "v=DMARC1; p=none; ruf=https://example.com/r",
      ],
      MAILBOX,
    );
    expect(plan.value).toBe("v=DMARC1; p=none; rua=mailto:ok@example.com!10m");
    expect(parseDmarcRecord(plan.value).ok).toBe(true);
    expect(starterDmarcKeeping("example.com", ["v=DMARC1; p=x; rua=nobody"], MAILBOX).value).toBe(
      starterDmarc("example.com", MAILBOX).value,
    );
  });

  it("names no report address the caller did not choose", () => {
    const p = starterDmarc("example.com", null);
    expect([p.value, ...p.rollout.map((r) => r.value)]).toEqual([
      "v=DMARC1; p=none",
      "v=DMARC1; p=quarantine",
      "v=DMARC1; p=reject",
    ]);
    expect(starterDmarcKeeping("example.com", ["v=DMARC1; p=x"], null).value).toBe(
      "v=DMARC1; p=none",
    );
    // Addresses the domain's own records asked for are kept: someone chose those.
    expect(
      starterDmarcKeeping("example.com", ["v=DMARC1; p=x; rua=mailto:a@example.net"], null).value,
    ).toBe("v=DMARC1; p=none; rua=mailto:a@example.net");
    const step = nextDmarcStep("v=DMARC1; p=none", "example.com", null);
    expect(step).toMatchObject({ kind: "add-reports", value: null });
  });
});

// The rules read the real checks' findings: run checkIp / checkDomain against the loopback
// fixture DNS server (no stubbed lookups), feed the reports to nextStep, and build the checklist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildChecklist } from "@/lib/checklists/build";
import { checkDomain } from "@/lib/checks/domain-check";
import { checkIp } from "@/lib/checks/ip-check";
import { createDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { allZones } from "@/lib/dns/testing/zones";
import { BLOCKLIST_FIXTURES } from "@/lib/dns/testing/zones/blocklists";
import { nextStep } from "./engine";
import { answer, makeDiagnosis, makeFacts } from "./test-factories";
import type { Facts, Step } from "./types";

let server: FixtureDnsServer;
const dns = () =>
  createDnsClient({
    servers: [`127.0.0.1:${server.port}`],
    timeoutMs: 250,
    tries: 1,
    cache: false,
  });

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: allZones });
});
afterAll(() => server.close());

/** Runs the wizard with real checks, answering from `answers` and "I don't know" otherwise. */
async function run(start: Facts): Promise<{ step: Step; facts: Facts }> {
  let facts = start;
  for (let i = 0; i < 20; i++) {
    const step = nextStep(facts);
    if (step.kind === "conclusion") return { step, facts };
    if (step.kind === "question") {
      facts = { ...facts, answers: { ...facts.answers, [step.question.id]: answer.dontKnow } };
      continue;
    }
    const { check } = step;
    const report =
      check.type === "ip"
        ? await checkIp(check.input.ip!, dns())
        : await checkDomain(check.input.domain!, dns(), {
            dkimSelectors: check.input.selectors,
            ip: check.input.ip,
            sender: check.input.sender,
          });
    facts = {
      ...facts,
      checks: { ...facts.checks, [check.id]: { status: "done", report, request: check } },
    };
  }
  throw new Error("no conclusion");
}

describe("rules on real check reports", () => {
  it("a listed IP: confirmed, with each list's delisting procedure", async () => {
    const ip = BLOCKLIST_FIXTURES.listedIp;
    const { step, facts } = await run(
      makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }) }),
    );
    expect(step.kind === "conclusion" && step.conclusionId).toBe("ip-blocklisted.clear");
    if (step.kind !== "conclusion") return;
    const items = buildChecklist(facts, step.causes).causes[0]!.items.map((i) => i.id);
    expect(items).toEqual(
      expect.arrayContaining([
        "ip-blocklisted.delist.spamhaus-zen",
        "ip-blocklisted.delist.spamcop",
      ]),
    );
  });

  it("a clean IP behind a 'blocked' bounce naming no list: still the likeliest (the receiver's own list), not settled", async () => {
    const { step } = await run(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [BLOCKLIST_FIXTURES.cleanIp] }),
      }),
    );
    expect(step.kind === "conclusion" && step.conclusionId).toBe("ip-blocklisted.uncertain");
  });

  it("a recipient domain that does not exist", async () => {
    const { step } = await run(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "recipient-unknown",
          confidence: 0.5,
          recipient: "bob@does-not-exist.test",
          replyCode: null,
        }),
      }),
    );
    expect(step.kind === "conclusion" && step.causes[0]?.cause).toBe("recipient-domain-invalid");
  });

  it("a null-MX recipient domain", async () => {
    const { step } = await run(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "remote-unreachable",
          recipient: "bob@null-mx.test",
          replyCode: null,
        }),
      }),
    );
    expect(step.kind === "conclusion" && step.causes[0]?.cause).toBe("recipient-domain-invalid");
  });

  it("an authentication failure for a domain without SPF", async () => {
    const { step, facts } = await run(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@dmarc-none.test" }),
      }),
    );
    expect(step.kind === "conclusion" && step.conclusionId).toBe("authentication-failure.clear");
    if (step.kind !== "conclusion") return;
    const items = buildChecklist(facts, step.causes).causes[0]!.items;
    // Its DMARC record only monitors, and SPF is missing: raising the policy now would quarantine
    // its own mail, so the step holds p=none and offers no record to copy.
    expect(items.find((i) => i.id === "authentication-failure.dmarc-rollout")).toBeUndefined();
    const hold = items.find((i) => i.id === "authentication-failure.dmarc-hold");
    expect(hold?.title).toBe("Keep dmarc-none.test's DMARC policy at monitoring (p=none) for now");
    expect(hold?.record).toBeUndefined();
  });

  it("the same failure: nothing rests on SPF and DKIM problems but what they bear on", async () => {
    const { step, facts } = await run(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@dmarc-none.test" }),
      }),
    );
    if (step.kind !== "conclusion") throw new Error("expected a conclusion");
    // Missing SPF or DKIM says nothing of whether the sender's address exists: it backs no
    // "sender address" reading, and the domain check found the domain takes mail.
    const sender = step.causes.find((c) => c.cause === "sender-address-invalid");
    expect(sender?.why ?? "").not.toMatch(/records have problems/);
    // A domain name is never capitalised as a sentence start.
    for (const c of step.causes) expect(c.why).not.toContain("Dmarc-none.test");
    // A step the check that ran contradicts is not a step to do.
    const all = buildChecklist(facts, step.causes).causes.flatMap((c) => c.items);
    expect(all.map((i) => i.title)).not.toContain(
      "Make sure dmarc-none.test exists and can receive mail",
    );
  });
});

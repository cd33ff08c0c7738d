// What a stated stage rules out (STAGE_LIMITS): the data's own consistency, and real replies
// read at the stage a bounce states for them.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { STAGE_LIMITS } from "./stage-shifts";

async function reading(text: string): Promise<{ cause: string; possible: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

// GMX's refusal whose case code only the link names (possibility-wordings.ts
// united-internet.policy-restrictions: a malformed header, a blocklist, a rate, a reputation),
// as hitobito/hitobito#2671 quotes it.
const GMX_POLICY =
  "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.gmx.net/de/case?c=r0735&i=ip";

describe("stage limits: the data", () => {
  it("names real causes, one limit per stage", () => {
    const stages = STAGE_LIMITS.map((l) => l.stage);
    expect(new Set(stages).size).toBe(stages.length);
    for (const l of STAGE_LIMITS) for (const c of l.rulesOut) expect(CAUSE_IDS).toContain(c);
  });

  it("rules out at an earlier stage at least what a later one rules out", () => {
    const at = (stage: string) => STAGE_LIMITS.find((l) => l.stage === stage)!.rulesOut;
    for (const c of at("MAIL")) expect(at("HELO")).toContain(c);
    for (const c of at("HELO")) expect(at("CONN")).toContain(c);
  });
});

describe("stage limits: real replies at a stated stage", () => {
  it("keeps a malformed header out of a refusal at the greeting", async () => {
    const r = await reading(
      `SMTP error from remote mail server after initial connection:\n    ${GMX_POLICY}`,
    );
    expect(r.possible[0]).toBe("ip-blocklisted");
    expect(r.possible).not.toContain("protocol-syntax");
  });

  it("leaves the malformed header possible where no stage is stated", async () => {
    expect((await reading(GMX_POLICY)).possible).toContain("protocol-syntax");
  });

  it("leaves it possible after DATA, where the headers were sent", async () => {
    const r = await reading(
      `host mx00.emig.gmx.net[212.227.15.9] said: ${GMX_POLICY} (in reply to end of DATA command)`,
    );
    expect(r.possible).toContain("protocol-syntax");
  });

  it("keeps no relay or sender-authentication cause for a bare 5.7.1 at the greeting", async () => {
    const r = await reading(
      "host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Rejected",
    );
    expect(r.possible).not.toContain("relay-denied");
    expect(r.possible).not.toContain("authentication-failure");
    expect(r.possible[0]).toBe("ip-blocklisted");
  });

  it("keeps words that name a protocol error at the greeting (Exim's early-talker refusal)", async () => {
    const r = await reading(
      "SMTP error from remote mail server after initial connection:\n    554 SMTP synchronization error",
    );
    expect([r.cause, ...r.possible]).toContain("protocol-syntax");
  });
});

// Microsoft's page for 5.7.57 gives the login first and TLS second ("TLS is required in order to
// authenticate"). Before, TLS had no place in the ranking.
describe("Exchange Online's 5.7.57: the login first, TLS second", () => {
  async function ranking(text: string): Promise<string[]> {
    const d = await diagnose(text);
    const r = d.recipients[0];
    if (!r) return [d.overall.cause, ...(d.overall.possible ?? []).map((c) => c.cause)];
    const rest = r.cause === "unknown" ? (r.possible ?? []) : (r.alternatives ?? []);
    return [r.cause, ...rest.map((c) => c.cause)];
  }

  it.each([
    // The page's own words.
    "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    // A Postfix log line of a real refusal (pastebin.com/SuB30vi5, smtp.office365.us).
    "host smtp.office365.us[20.35.242.130] said: 530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM 2023-11-29T14:52:57.126Z 08DBE7319275F6BA] (in reply to MAIL FROM command)",
  ])("%s", async (text) => {
    const ranked = await ranking(text);
    expect(ranked[0]).toBe("relay-denied");
    expect(ranked[1]).toBe("tls-required");
  });

  it("leaves Exchange's bare 'Client was not authenticated' (no code) to its two readings", async () => {
    const ranked = await ranking("Client was not authenticated");
    expect(ranked).toContain("sender-policy");
    expect(ranked).not.toContain("tls-required");
  });
});

// With recipients refused for different reasons, the walked group's belief reads only evidence
// that bears on its own refusal, and its conclusion never offers a check that already ran
// (review 25, finding 12: the IP named in dave's blocklist refusal had no PTR, and that kept
// bob's stated "552 5.2.2 Mailbox full" unsettled, with "settle: a reverse-DNS lookup").
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { beliefOf } from "./belief";
import { settleHints } from "./narrate";
import { done, ONE_RECIPIENT_BOUNCE, walkDontKnow } from "./test-factories";

const HEAD = ONE_RECIPIENT_BOUNCE.slice(0, ONE_RECIPIENT_BOUNCE.indexOf("<bob@"));
const line = (address: string, code: string, words: string) =>
  `<${address}>: host mx.remote.test[192.0.2.44] said: ${code}\n    ${words} (in reply to RCPT TO command)\n`;
const FULL_AND_LISTED = `${HEAD}${line("bob@remote.test", "552 5.2.2", "<bob@remote.test>: Mailbox full")}
${line("dave@remote.test", "554 5.7.1", "Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org")}`;

describe("evidence per recipient group", () => {
  it("does not run, for bob's full mailbox, the check of the IP only dave's refusal names", async () => {
    const diagnosis = await diagnose(FULL_AND_LISTED);
    expect(diagnosis.recipients.map((r) => r.cause)).toEqual(["mailbox-full", "ip-blocklisted"]);
    const { steps } = walkDontKnow({ diagnosis, checks: {}, answers: {} });
    expect(steps.filter((s) => s.kind === "check" && s.check.id.startsWith("ip:"))).toEqual([]);
  });

  it("does not read that check's missing PTR against bob's stated cause, and says why", async () => {
    const diagnosis = await diagnose(FULL_AND_LISTED);
    const checks = {
      "ip:203.0.113.99": done("203.0.113.99", "ip", ["ptr.none", "blocklist.not-listed"]),
    };
    const belief = beliefOf({ diagnosis, checks, answers: {} });
    expect(belief.causes[0]?.cause).toBe("mailbox-full");
    expect(belief.causes.find((c) => c.cause === "reverse-dns")?.weight ?? 0).toBeLessThan(0.05);
    const { steps } = walkDontKnow({ diagnosis, checks, answers: {} });
    const end = steps[steps.length - 1];
    if (end?.kind !== "conclusion") throw new Error("no conclusion");
    expect(end.reason).toContain("bears on that refusal, not on this one");
  });

  it("a check that bears on the walked group still counts (one recipient: as before)", async () => {
    const diagnosis = await diagnose(
      `${HEAD}${line("bob@remote.test", "554 5.7.1", "Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org")}`,
    );
    const checks = {
      "ip:203.0.113.99": done("203.0.113.99", "ip", ["ptr.none", "blocklist.not-listed"]),
    };
    const belief = beliefOf({ diagnosis, checks, answers: {} });
    expect(belief.ran[0]?.noEvidence).toBe(false);
    expect(belief.ran[0]?.bearsOn).toBeUndefined();
  });
});

describe("settle hints", () => {
  it("never offer a check that has already run", async () => {
    const diagnosis = await diagnose(
      `${HEAD}${line("bob@remote.test", "550 5.7.1", "Service unavailable")}`,
    );
    const checks = {
      "ip:203.0.113.99": done("203.0.113.99", "ip", ["ptr.none", "blocklist.not-listed"]),
    };
    const withIp = {
      diagnosis,
      checks,
      answers: { "sending-ip": { kind: "text" as const, value: "203.0.113.99" } },
    };
    const belief = beliefOf(withIp);
    expect(belief.ran.map((r) => r.kind)).toContain("ip");
    const hints = settleHints(belief).join(" ");
    expect(hints).not.toContain("lookup of the IP your mail leaves from");
  });
});

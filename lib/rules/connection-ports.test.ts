import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { beliefOf } from "./belief";
import { connectionTargets, submissionPortOf } from "./connection-ports";
import { buildContext } from "./context";

const NODEMAILER = "Error: connect ETIMEDOUT 192.0.2.10:587";
const POSTFIX_25 =
  "<bob@remote.test>: connect to mx.remote.test[192.0.2.44]:25: Connection timed out";

describe("the ports a connection failure names (brief ui24 item 5)", () => {
  it("reads a failure to reach 587 or 465 as a submission failure, and 25 as delivery", async () => {
    expect(submissionPortOf((await diagnose(NODEMAILER)).parsed)).toBe(587);
    expect(submissionPortOf((await diagnose(POSTFIX_25)).parsed)).toBeNull();
    expect(submissionPortOf((await diagnose("550 mail refused")).parsed)).toBeNull();
  });

  it("never takes the server a connection failure tried to reach as the sending IP", async () => {
    const d = await diagnose(NODEMAILER);
    expect([...connectionTargets(d.parsed)]).toEqual(["192.0.2.10"]);
    const ctx = buildContext({ diagnosis: d, checks: {}, answers: {} });
    expect(ctx.sendingIp).toBeNull();
  });

  it("gives a submission failure no recipient-domain possibility (nothing of that domain was looked up)", async () => {
    const weight = (b: ReturnType<typeof beliefOf>) =>
      b.causes.find((c) => c.cause === "recipient-domain-invalid")?.weight ?? 0;
    const submission = beliefOf({ diagnosis: await diagnose(NODEMAILER), checks: {}, answers: {} });
    // Only the background floor any bounce has (a check could still find the domain missing).
    expect(weight(submission)).toBeLessThan(0.01);
    const relay = beliefOf({ diagnosis: await diagnose(POSTFIX_25), checks: {}, answers: {} });
    expect(weight(relay)).toBeGreaterThan(0.05);
  });
});

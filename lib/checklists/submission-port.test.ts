import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { HeldCause } from "@/lib/rules";
import { buildConclusionChecklist } from "./build";
import { SUBMISSION_ACTOR_LABEL } from "./submission-port";

const lead = (confidence: number): HeldCause[] => [
  { cause: "remote-unreachable", confidence, support: "conclusion", why: "" },
];

async function checklist(text: string, confidence = 0.9) {
  const diagnosis = await diagnose(text);
  return buildConclusionChecklist({ diagnosis, checks: {}, answers: {} }, lead(confidence));
}

const all = (list: Awaited<ReturnType<typeof checklist>>) =>
  list.causes.flatMap((s) => s.items.map((i) => `${i.title} ${i.detail}`)).join("\n");

describe("a connection failure to a submission port (brief ui24 item 5)", () => {
  it("Nodemailer's 'connect ETIMEDOUT …:587': the app's SMTP settings and port 587, not the recipient's MX or port 25", async () => {
    const list = await checklist("Error: connect ETIMEDOUT 192.0.2.10:587");
    const section = list.causes.find((s) => s.cause === "remote-unreachable");
    expect(section?.items.map((i) => i.id)).toEqual([
      "remote-unreachable.smtp-settings",
      "remote-unreachable.port-out",
    ]);
    expect(section?.items[1]?.title).toBe("Check that the network lets port 587 out");
    expect(section?.actorLabel).toBe(SUBMISSION_ACTOR_LABEL);
    const text = all(list);
    expect(text).not.toMatch(/port 25|publishes mail servers|Confirm the address/);
  });

  it("tells the cause apart by the app's settings while it is not settled", async () => {
    const list = await checklist("Error: connect ETIMEDOUT 192.0.2.10:465", 0.44);
    const first = list.causes[0];
    expect(first?.tellApart).toBe(true);
    const step = first?.items.find((i) => i.id === "unknown.first.remote-unreachable");
    expect(step?.title).toBe("Check the app's SMTP host and port settings");
    expect(step?.detail).toContain("port 465");
  });

  it("a relay's connection to port 25 keeps the delivery steps", async () => {
    const list = await checklist(
      "<bob@remote.test>: connect to mx.remote.test[192.0.2.44]:25: Connection timed out",
    );
    const ids = list.causes.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("remote-unreachable.network");
    expect(ids).not.toContain("remote-unreachable.smtp-settings");
  });

  it("an app's 587 failure above a relay's port-25 failure: both failures get their steps (review 24)", async () => {
    const list = await checklist(
      "Error: connect ETIMEDOUT 192.0.2.10:587\n\n<bob@remote.test>: connect to mx.remote.test[192.0.2.44]:25: Connection timed out\n",
    );
    const ids = list.causes.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("remote-unreachable.network");
    expect(ids).toContain("remote-unreachable.smtp-settings");
    expect(ids.indexOf("remote-unreachable.network")).toBeLessThan(
      ids.indexOf("remote-unreachable.smtp-settings"),
    );
  });
});

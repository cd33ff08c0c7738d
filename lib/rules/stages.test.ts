import { describe, expect, it } from "vitest";
import { nextStep } from "./engine";
import { stageStates, stepGaveSomething, type StageState } from "./stages";
import { answer, done, makeDiagnosis, makeFacts } from "./test-factories";
import type { Facts, Stage } from "./types";

const order = (s: Record<Stage, StageState>) => Object.values(s).join(" ");

// Each row: current stage, stages visited, prevention available → the seven states in order
// (analyze, ip-reputation, content, recipient, contact, resolve, prevent).
const rows: [string, Stage, Stage[], boolean, string][] = [
  ["the first check", "ip-reputation", ["analyze"], true, "done current todo todo todo todo todo"],
  [
    "the Spamhaus example's conclusion: content, recipient and contact were skipped",
    "resolve",
    ["analyze", "ip-reputation"],
    true,
    "done done skipped skipped skipped current todo",
  ],
  [
    "its prevention step",
    "prevent",
    ["analyze", "ip-reputation", "resolve"],
    true,
    "done done skipped skipped skipped done current",
  ],
  [
    "a full mailbox: nothing to prevent on the sender's side",
    "resolve",
    ["analyze", "recipient", "contact"],
    false,
    "done skipped skipped done done current skipped",
  ],
  [
    "a question asked at the recipient stage after analyze: earlier stages still to do",
    "recipient",
    ["analyze"],
    true,
    "done todo todo current todo todo todo",
  ],
  [
    "a step back at an earlier stage after a later one: the later stays done",
    "ip-reputation",
    ["analyze", "recipient"],
    true,
    "done current todo done todo todo todo",
  ],
];

describe("stageStates", () => {
  it.each(rows)("%s", (_name, current, visited, prevent, expected) => {
    expect(order(stageStates(current, visited, prevent))).toBe(expected);
  });
});

describe("a stage the user had nothing to give for", () => {
  // A Spamhaus listing without the IP: the wizard asks for it, at the IP-reputation stage.
  const before = makeFacts({
    diagnosis: makeDiagnosis({ cause: "ip-blocklisted", blocklistZones: ["zen.spamhaus.org"] }),
  });
  const asked = nextStep(before);
  const withAnswer = (a: Facts["answers"]) => ({ ...before, answers: a });

  it("asks the IP at the IP-reputation stage", () => {
    expect(asked.kind === "question" && asked.question.id).toBe("sending-ip");
    expect(asked.stage).toBe("ip-reputation");
  });

  it('"I don\'t know" to the IP gives nothing; an address does', () => {
    expect(stepGaveSomething(asked, withAnswer({ "sending-ip": answer.dontKnow }))).toBe(false);
    expect(stepGaveSomething(asked, withAnswer({ "sending-ip": answer.text("192.0.2.1") }))).toBe(
      true,
    );
  });

  it("a check gives something only when it ran", () => {
    const check = nextStep(withAnswer({ "sending-ip": answer.text("192.0.2.1") }));
    if (check.kind !== "check") throw new Error("expected the IP check");
    const id = check.check.id;
    const ran = { ...before, checks: { [id]: done("192.0.2.1", "ip", ["blocklist.not-listed"]) } };
    expect(stepGaveSomething(check, ran)).toBe(true);
    const skipped = {
      ...before,
      checks: { [id]: { status: "failed" as const, error: "Skipped by the user." } },
    };
    expect(stepGaveSomething(check, skipped)).toBe(false);
  });

  it('is not ticked: the conclusion after "I don\'t know" leaves IP reputation unticked', () => {
    expect(order(stageStates("resolve", ["analyze"], true, ["ip-reputation"]))).toBe(
      "done passed skipped skipped skipped current todo",
    );
  });

  it("a stage both passed and answered at is done", () => {
    expect(
      order(stageStates("resolve", ["analyze", "ip-reputation"], true, ["ip-reputation"])),
    ).toBe("done done skipped skipped skipped current todo");
  });
});

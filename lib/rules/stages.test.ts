import { describe, expect, it } from "vitest";
import { stageStates, type StageState } from "./stages";
import type { Stage } from "./types";

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

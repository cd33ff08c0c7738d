import { describe, expect, it } from "vitest";
import { preventItems } from "@/lib/checklists/sections";
import { sharedContext } from "@/lib/checklists/build-context";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { readableReport } from "@/lib/cli/report";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { reportMarkdown } from "@/lib/report";
import { ONE_RECIPIENT_BOUNCE } from "@/lib/rules/test-factories";
import { titleForItemId } from "@/lib/checklists/titles";
import { CAUSES } from "./causes";
import { walkToConclusion } from "./test-walk";
import {
  causeInfoFor,
  SUBMISSION_RELAY_UNREACHABLE,
  SUBMISSION_UNREACHABLE,
} from "./connection-variants";

const walk = walkToConclusion;

describe("an app's failed connection to its submission port (review 24, finding 8)", () => {
  it("is worded as the app's connection, not the receiving server's, and holds nothing else", async () => {
    const { steps, facts, end, diagnosis } = await walk("Error: connect ETIMEDOUT 192.0.2.10:587");
    expect(end.causes.map((c) => c.cause)).toEqual(["remote-unreachable"]);
    expect(end.summary).toContain(SUBMISSION_UNREACHABLE.title);
    expect(`${end.summary} ${end.reason}`).not.toContain("receiving server");
    // No question about the address, the content or the recipient: no server answered.
    const asked = steps.flatMap((s) => (s.kind === "question" ? [s.question.id] : []));
    expect(asked).not.toContain("address-checked");
    expect(asked).not.toContain("plain-test");
    const list = buildConclusionChecklist(facts, end.causes);
    expect(list.causes.map((s) => s.title)).toEqual([SUBMISSION_UNREACHABLE.title]);
    expect(list.prevent).toEqual([]);
    expect(preventItems(sharedContext(facts), end.causes)).toEqual([]);
    const cli = readableReport("x", diagnosis);
    expect(cli).toContain(`Who acts: ${SUBMISSION_UNREACHABLE.actorLabel}`);
    expect(cli).toContain(`Cause: ${SUBMISSION_UNREACHABLE.title}`);
    const report = reportMarkdown({ diagnosis, conclusion: end.causes });
    expect(report).toContain(SUBMISSION_UNREACHABLE.title);
    expect(report).not.toContain("receiving mail server");
  });

  it("leaves a relay's failure to reach port 25 and any other cause as they were", async () => {
    const relay = await diagnose(
      "<bob@remote.test>: connect to mx.remote.test[192.0.2.44]:25: Connection timed out",
    );
    expect(causeInfoFor("remote-unreachable", relay.parsed)).toBe(CAUSES["remote-unreachable"]);
    const app = await diagnose("Error: connect ETIMEDOUT 192.0.2.10:465");
    expect(causeInfoFor("remote-unreachable", app.parsed)).toBe(SUBMISSION_UNREACHABLE);
    expect(causeInfoFor("recipient-unknown", app.parsed)).toBe(CAUSES["recipient-unknown"]);
  });

  it("a Postfix bounce's failure to reach its relay host on 587: the server's relayhost, not an app's settings", async () => {
    const { facts, end, diagnosis } = await walk(
      `${ONE_RECIPIENT_BOUNCE.slice(0, ONE_RECIPIENT_BOUNCE.indexOf("<bob@"))}<bob@remote.test>: connect to smtp.provider.test[198.51.100.5]:587: Connection timed out\n`,
    );
    expect(causeInfoFor("remote-unreachable", diagnosis.parsed)).toBe(SUBMISSION_RELAY_UNREACHABLE);
    expect(end.summary).toContain(SUBMISSION_RELAY_UNREACHABLE.title);
    const list = buildConclusionChecklist(facts, end.causes);
    const ids = list.causes.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("remote-unreachable.relayhost");
    expect(ids).not.toContain("remote-unreachable.smtp-settings");
    expect(titleForItemId("remote-unreachable.relayhost", facts)).toBe(
      "Check Postfix's relayhost setting",
    );
  });
});

describe("a sending program's own words", () => {
  it("word remote-unreachable as the program's outgoing server", async () => {
    const { diagnose } = await import("@/lib/diagnosis/diagnose");
    const { causeInfoFor, evidenceRuleIds, PROGRAM_UNREACHABLE } =
      await import("./connection-variants");
    const d = await diagnose(
      "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed.",
    );
    expect(causeInfoFor("remote-unreachable", d.parsed, evidenceRuleIds(d))).toBe(
      PROGRAM_UNREACHABLE,
    );
    expect(causeInfoFor("remote-unreachable", d.parsed)).not.toBe(PROGRAM_UNREACHABLE);
  });
});

describe("the possible causes of an undecided program error", () => {
  it("name the program's outgoing server, and leave the receiver's causes' titles as they are", async () => {
    const { diagnose } = await import("@/lib/diagnosis/diagnose");
    const { evidenceRuleIds, variantTitle, PROGRAM_RELAY_DENIED, PROGRAM_UNREACHABLE } =
      await import("./connection-variants");
    const d = await diagnose("SMTP connect() failed.");
    const titleOf = variantTitle(d.parsed, evidenceRuleIds(d));
    expect(titleOf("remote-unreachable")).toBe(PROGRAM_UNREACHABLE.title);
    // Its refusal, if it is one, is the program's own outgoing server's (flow26).
    expect(titleOf("relay-denied")).toBe(PROGRAM_RELAY_DENIED.title);
    expect(titleOf("recipient-unknown")).toBeUndefined();
    expect(readableReport("-", d)).toContain(
      `1. ${PROGRAM_UNREACHABLE.title} [remote-unreachable]`,
    );
  });
});

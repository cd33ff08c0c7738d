// A not-a-bounce verdict names the kind of message it read (lib/knowledge/not-a-bounce-readings.ts):
// read through the whole pipeline, from the standards' own fields and the programs' own words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { NOT_A_BOUNCE_READINGS } from "@/lib/knowledge/not-a-bounce-readings";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { actorOf, notABounceReading } from "./not-a-bounce-wording";

const bytes = (text: string) => new TextEncoder().encode(text);
const lab = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../knowledge/lab/fixtures/${path}`, import.meta.url)));

describe("not-a-bounce readings (data)", () => {
  it("name each rule id once, concepts and provider entries that exist, and a source", () => {
    const seen = new Set<string>();
    const concepts = new Set(CONCEPTS.map((c) => c.id));
    const entries = new Map(
      PROVIDER_TABLES.flatMap((t) => [...t.phrases, ...t.statusReadings]).map((e) => [e.id, e]),
    );
    for (const r of NOT_A_BOUNCE_READINGS) {
      expect(r.source.length).toBeGreaterThan(10);
      for (const id of r.ruleIds) {
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
        if (id.startsWith("concept.")) expect(concepts.has(id), id).toBe(true);
        else if (!/^(format|dsn|rfc3463)\./.test(id)) {
          // A provider's entry for the same kind of report, which reads as not-a-bounce.
          expect(entries.get(id)?.cause, id).toBe("not-a-bounce");
        }
      }
    }
  });

  it("finds the first evidence entry that names a kind, and none for a refusal's", () => {
    const ev = (...ids: string[]) => ids.map((ruleId) => ({ ruleId }));
    expect(notABounceReading(ev("rfc3463.X.1.1"))).toBeNull();
    expect(notABounceReading(ev("x", "format.arf"))?.id).toBe("complaint-report");
  });
});

describe("who acts on a message that is no bounce", () => {
  const ev = (...ids: string[]) => ids.map((ruleId) => ({ ruleId }));
  it("is the sender where the kind asks something of them, nobody otherwise", () => {
    expect(actorOf("not-a-bounce", ev("format.arf")).id).toBe("sender");
    expect(actorOf("not-a-bounce", ev("concept.challenge-response")).id).toBe("sender");
    expect(actorOf("not-a-bounce", ev("format.auto-reply")).id).toBe("nobody");
    expect(actorOf("not-a-bounce", ev("dsn.action.delivered")).id).toBe("nobody");
  });

  it("is the cause's own for a refusal, whatever the evidence", () => {
    expect(actorOf("recipient-unknown", ev("format.arf")).id).toBe(
      CAUSES["recipient-unknown"].actor,
    );
    expect(actorOf("ip-blocklisted", ev("format.arf")).id).toBe(CAUSES["ip-blocklisted"].actor);
  });

  it("reaches the diagnosis the API returns", async () => {
    const d = await diagnose(bytes("The message is a challenge-response probe.\n"));
    expect(d.overall.actor).toBe("sender");
  });
});

describe("what a message that is no bounce reads as", () => {
  it("an out-of-office reply, from its words alone (Gmail's vacation responder)", async () => {
    // The reply googleworkspace/cli's vacation recipe sets (lib/knowledge/scoring/concepts/notices.ts).
    const d = await diagnose(
      bytes(
        "Subject: Out of Office\n\nI am out of the office until Jan 20. For urgent matters, contact backup@company.com.\n",
      ),
    );
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(d.overall.headline).toBe("This is an automatic reply, not a bounce");
    expect(d.overall.explanation).toMatch(/your message arrived/);
  });

  it.each([
    ["The message is a challenge-response probe.", "The recipient's filter asks you"],
    ["The message is an auto-reply/vacation mail.", "This is an automatic reply"],
    ["Unsubscribe or Remove request.", "This is an unsubscribe request"],
  ])("a sending service's report of one (%s)", async (text, headline) => {
    // SparkPost's bounce classes 100 and 60, Postmark's type 16: their own words.
    const d = await diagnose(bytes(`${text}\n`));
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(d.overall.headline).toMatch(new RegExp(`^${headline}`));
  });

  it("an automatic reply marked by RFC 3834's field", async () => {
    const d = await diagnose(
      bytes(
        "From: bob@example.net\nTo: alice@example.com\nAuto-Submitted: auto-replied\nSubject: Re: lunch\n\nThanks, I will answer when I can.\n",
      ),
    );
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(d.overall.headline).toBe("This is an automatic reply, not a bounce");
  });

  it.each([["postfix/success-dsn.eml"], ["exim/success-dsn.eml"], ["opensmtpd/success-dsn.eml"]])(
    "a success report recorded from a real MTA (%s) says so",
    async (path) => {
      const d = await diagnose(lab(path));
      expect(d.overall.cause).toBe("not-a-bounce");
      expect(d.overall.headline).toMatch(/delivered|passed on|list or alias|reports success/);
    },
  );

  it("a delay notice keeps its own explanation (until when), not a kind's", async () => {
    const d = await diagnose(
      bytes(`Subject: Delivery Status Notification (Delay)

THIS IS A WARNING MESSAGE ONLY.

Delivery to the following recipient has been delayed:

     jane@example.net

Message will be retried for 2 more day(s)
`),
    );
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(d.overall.headline).toBeUndefined();
    expect(d.overall.delayNotice).toBeDefined();
  });
});

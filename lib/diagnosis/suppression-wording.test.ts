// A sending service's suppression says that nothing was sent (lib/knowledge/suppressions.ts):
// the providers' own documented words, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { SUPPRESSION_READINGS } from "@/lib/knowledge/suppressions";
import { suppressionReading } from "./suppression-wording";

const ENTRIES = new Map(
  PROVIDER_TABLES.flatMap((t) => [...t.phrases, ...t.statusReadings]).map((e) => [e.id, e]),
);
// A concept that reads a suppression's words without the provider's table names it too.
const CONCEPT_IDS = new Set(CONCEPTS.map((c) => c.id));

describe("suppression readings (data)", () => {
  it("name provider entries or concepts that exist, each in one reading, each with its source", () => {
    const seen = new Set<string>();
    for (const r of SUPPRESSION_READINGS) {
      expect(r.source).toMatch(/^https:\/\//);
      expect(r.headline).toMatch(/^Not sent: /);
      for (const id of r.ruleIds) {
        expect(ENTRIES.has(id) || CONCEPT_IDS.has(id), id).toBe(true);
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it("finds a reading by any of its entries, and none for other evidence", () => {
    const evidence = (...ids: string[]) => ids.map((ruleId) => ({ ruleId }));
    expect(suppressionReading(evidence("rfc3463.X.1.1", "mailgun.606-unsubscribed"))?.id).toBe(
      "suppressed.unsubscribed",
    );
    expect(suppressionReading(evidence("rfc3463.X.1.1"))).toBeNull();
    for (const r of SUPPRESSION_READINGS)
      for (const id of r.ruleIds) expect(suppressionReading(evidence(id))).toBe(r);
  });
});

describe("what a suppressed message reads as", () => {
  it.each([
    // https://docs.sendgrid.com/glossary/drops
    ["Reason: Spam Reporting Address", "suppressed.complaint"],
    ["Reason: Unsubscribed Address", "suppressed.unsubscribed"],
    // Mailgun's help articles (mailgun.ts COMPLAINED, UNSUBSCRIBED)
    ["Not delivering to a user who marked your messages as spam", "suppressed.complaint"],
    ["Not delivering to unsubscribed address", "suppressed.unsubscribed"],
  ])("says %s was not sent, the cause still not-a-bounce", async (text, id) => {
    const d = await diagnose(text);
    const reading = SUPPRESSION_READINGS.find((r) => r.id === id)!;
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(d.overall.headline).toBe(reading.headline);
    expect(d.overall.explanation).toBe(reading.note);
  });

  // Without SendGrid's and Mailgun's tables the words are read by concept.unsubscribed-address,
  // which the reading names too: the headline still says nothing was sent.
  it.each([
    ["sendgrid", "Reason: Unsubscribed Address"],
    ["mailgun", "Not delivering to unsubscribed address"],
  ])("says the same without %s's table: %s", async (provider, text) => {
    const reading = SUPPRESSION_READINGS.find((r) => r.id === "suppressed.unsubscribed")!;
    leaveOutProvidersForEvaluation([provider]);
    try {
      const d = await diagnose(text);
      expect(d.overall.cause).toBe("not-a-bounce");
      expect(d.overall.headline).toBe(reading.headline);
    } finally {
      leaveOutProvidersForEvaluation([]);
    }
  });

  it("says SES's account list suppression was not sent, with both of its reasons", async () => {
    // https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html; the list's reasons:
    // https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html
    const d = await diagnose(
      "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
    );
    expect(d.overall.cause).toBe("unknown");
    expect(d.overall.possible?.slice(0, 2).map((p) => p.cause)).toEqual([
      "recipient-unknown",
      "not-a-bounce",
    ]);
    expect(d.overall.explanation).toContain("BOUNCE");
    expect(d.overall.explanation).toContain("COMPLAINT");
  });

  it("leaves a complaint report (not a suppression) its own words", async () => {
    // Postmark's spam complaint: the message was delivered, then reported; nothing was held back.
    const d = await diagnose("The subscriber explicitly marked this message as spam.");
    expect(d.overall.cause).toBe("not-a-bounce");
    // Its own kind's headline (lib/knowledge/not-a-bounce-readings.ts), never a suppression's:
    // nothing says the message was not sent.
    expect(d.overall.headline).toBe("This is a complaint report, not a bounce");
  });
});

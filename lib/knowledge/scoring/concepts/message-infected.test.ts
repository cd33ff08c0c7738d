// concept.message-appears-infected (./message-infected.ts): the message said to appear infected;
// not a sending host said to be.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.message-appears-infected";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.message-appears-infected", () => {
  it.each([
    "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",
    "550 This message appears to be infected with the Eicar-Test-Signature virus",
  ])("reads the message as infected in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The sending host is what is infected: a reputation.
    "550 Your mail server appears to be infected with a spambot; mail rejected",
    "550 DY-002 Mail rejected. The likely cause is a compromised or virus infected server/personal computer.",
    // The message named, but no verdict on it.
    "550 Mail appears to be spam",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads ASSP's virus reply as content-virus without ASSP's table", async () => {
    leaveOutProvidersForEvaluation(["assp"]);
    const d = await diagnose(
      "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("content-virus");
  });
});

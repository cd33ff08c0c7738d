// concept.helo-missing (./helo-missing.ts): no HELO/EHLO greeting before mail; not a HELO name's
// DNS, reverse DNS or listing.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.helo-missing";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.helo-missing", () => {
  it.each([
    "Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
    "503 5.0.0 Polite people say HELO first",
    "503 5.5.1 Error: send HELO/EHLO first",
  ])("reads a missing greeting in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The reverse DNS is what is missing.
    "550 5.7.1 Client host rejected: missing reverse DNS; HELO mail.example.com",
    // The HELO name's DNS.
    "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found",
    // A HELO name on a list.
    "554 5.7.1 HELO mail.example.com listed at dbl.example.net; missing from our allow list",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads MagicSpam's refusal as protocol-syntax without its table", async () => {
    leaveOutProvidersForEvaluation(["magicspam"]);
    const d = await diagnose(
      "Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("protocol-syntax");
  });
});

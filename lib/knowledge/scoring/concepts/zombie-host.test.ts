// concept.zombie-host-listed (./sending-host.ts): the sending address on a list of compromised
// ("zombie") hosts; not a host said to be infected without a list's hit or block.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.zombie-host-listed";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.zombie-host-listed", () => {
  it.each([
    "450 Temporary denial of connection (450) for Zombie matches (ERS)",
    "PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write [email protected]",
  ])("reads a zombie list's hit in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // Outlook.com's DY-002: an infected sending computer, a reputation, with no list named.
    "550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.",
    // A dynamic range refused, no zombie named (concept.residential-space).
    "ES000010 This error results when mail delivery is attempted from external dynamic/residential space.",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Trend Micro's ERS deferral as ip-blocklisted without its table", async () => {
    leaveOutProvidersForEvaluation(["trend-micro"]);
    const d = await diagnose("450 Temporary denial of connection (450) for Zombie matches (ERS)");
    expect((d.recipients[0] ?? d.overall).cause).toBe("ip-blocklisted");
  });
});

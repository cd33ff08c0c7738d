// concept.content-judged-dangerous (./content-dangerous.ts): the message, an attachment or a part
// called dangerous; not a sender, host or link.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.content-judged-dangerous";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.content-judged-dangerous", () => {
  it.each([
    "550 5.7.1 Refused by local policy. Message contains a dangerous attachment!",
    "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)",
    "554 5.7.1 Rejected (dangerous/malicious code detected)",
  ])("reads a dangerous message or part in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The sender or a link called dangerous: a reputation or a domain list.
    "550 5.7.1 Your IP address is listed as a dangerous host; file a delisting request",
    "554 5.7.1 Message contains a link to a dangerous domain",
    // "dangerous" with nothing of the message named.
    "550 5.7.1 Rejected: dangerous",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Rackspace's G19 as content-virus without Rackspace's table", async () => {
    leaveOutProvidersForEvaluation(["rackspace"]);
    const d = await diagnose(
      "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("content-virus");
  });
});

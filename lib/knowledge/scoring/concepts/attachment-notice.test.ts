// concept.attachment-refused (./content.ts) reads AOL's notice for a recipient whose settings
// take no attachments or embedded images without AOL's own table (the leave-one-out reading),
// and a mailbox that is "not accepting mail" for another reason is not read as an attachment.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.attachment-refused";
const AOL =
  "Sorry address@example.com. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("attachment refusals by a recipient's setting", () => {
  it("reads AOL's notice as a refused attachment without AOL's table", async () => {
    leaveOutProvidersForEvaluation(["aol"]);
    const d = await diagnose(AOL);
    expect((d.recipients[0] ?? d.overall).cause).toBe("content-virus");
  });

  it.each([
    "550 Mailbox not accepting mail at this time. Please remove large attachments and try again",
    "552 Recipient is not accepting mail with messages over the size limit; remove attachments",
  ])("reads no refused attachment in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });
});

import { describe, expect, it } from "vitest";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { findConcepts } from "./concept-match";
import { normalizeString } from "./text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("findConcepts", () => {
  it.each(CONCEPTS.flatMap((c) => c.examples.map((e) => [c.id, e.text] as const)))(
    "%s fires on its own example: %s",
    (id, text) => {
      expect(ids(text)).toContain(id);
    },
  );

  it("reads an attachment's kind, not its size or number, as a refused attachment", () => {
    expect(ids("554 5.7.1 Attachment type not allowed")).toContain("concept.attachment-refused");
    expect(ids("552 5.3.4 Message size exceeds fixed limit: attachment too large")).not.toContain(
      "concept.attachment-refused",
    );
    expect(
      ids(
        "552 5.3.4 The number of attachments (30) exceeds Google's limit of 25 attachments. Rejected.",
      ),
    ).not.toContain("concept.attachment-refused");
  });

  it("reads no concept inside a filter's rule name", () => {
    expect(
      ids("554 5.7.1 SpamAssassin score 21.6 (DKIM_ADSP_NXDOMAIN,HTML_MESSAGE) rejected"),
    ).not.toContain("concept.dkim-failed");
    expect(ids("550 5.7.1 DKIM signature invalid, message rejected")).toContain(
      "concept.dkim-failed",
    );
  });
});

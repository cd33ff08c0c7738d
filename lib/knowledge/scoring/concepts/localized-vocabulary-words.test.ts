// Every per-language vocabulary (./localized-vocabulary-<lang>.ts) quotes its words: each subject
// and failure word of a concept is in one of that concept's examples, as a real bounce or a page
// wrote it. One test for all those languages, instead of one per language file. Not the first,
// shared vocabulary (./localized-vocabulary.ts), whose words are quoted across its sources.
import { describe, expect, it } from "vitest";
import { foldToken, normalizeString } from "@/lib/classify/text-index";
import { CONCEPTS } from "./index";
import { LOCALIZED_VOCABULARY_CONCEPTS } from "./localized-vocabulary";

const SHARED = new Set(LOCALIZED_VOCABULARY_CONCEPTS.map((c) => c.id));
const VOCABULARIES = CONCEPTS.filter(
  (c) => /^concept\.l10n\.[a-z]{2}\.vocab\./.test(c.id) && !SHARED.has(c.id),
);

describe("localized vocabularies", () => {
  it("hold vocabularies in several languages", () => {
    expect(new Set(VOCABULARIES.map((c) => c.id.split(".")[2])).size).toBeGreaterThan(8);
  });

  it.each(VOCABULARIES.map((c) => [c.id, c] as const))(
    "%s has every word in an example",
    (_, c) => {
      const said = c.examples.map((e) => normalizeString(e.text)).join(" | ");
      for (const w of [...c.subject, ...c.failure]) expect(said, w).toContain(foldToken(w));
    },
  );
});

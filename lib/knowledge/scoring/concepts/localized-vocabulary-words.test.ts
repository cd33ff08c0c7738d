// Every per-language vocabulary (./localized-vocabulary-<lang>.ts) quotes its words: each subject
// and failure word of a concept is in one of that concept's examples, as a real bounce or a page
// wrote it; and none of them fires on an English reply. One test for all those languages, with
// the English replies each language's file held, instead of a copy per file. Not the first,
// shared vocabulary (./localized-vocabulary.ts), whose words are quoted across its sources.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { foldToken, normalizeString } from "@/lib/classify/text-index";
import { CONCEPTS, type Concept } from "./index";
import { LOCALIZED_VOCABULARY_CONCEPTS } from "./localized-vocabulary";

const SHARED = new Set(LOCALIZED_VOCABULARY_CONCEPTS.map((c) => c.id));
const VOCABULARIES: readonly Concept[] = CONCEPTS.filter(
  (c) => /^concept\.l10n\.[a-z]{2}\.vocab\./.test(c.id) && !SHARED.has(c.id),
);
const VOCABULARY_IDS = new Set(VOCABULARIES.map((c) => c.id));

describe("localized vocabularies", () => {
  it("hold vocabularies in several languages", () => {
    expect(new Set(VOCABULARIES.map((c) => c.id.split(".")[2])).size).toBeGreaterThan(8);
  });

  // English replies of each vocabulary's own causes: no language's words are read in them.
  it.each([
    "552 5.2.2 Mailbox quota exceeded",
    "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "Your email is considered spam to me (id 42)",
    "552 5.3.4 Message size exceeds fixed limit",
    "550 5.1.2 Host or domain name not found",
    "552 5.2.0 spam detected",
    "550 5.1.0 blocked by SPF",
    "550 5.1.1 sender is blacklisted",
    "550 5.1.1 The email account that you tried to reach does not exist",
    "552 5.2.2 Mailbox full",
    "550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
  ])("reads no per-language vocabulary concept in an English reply: %s", (text) => {
    const read = findConcepts(normalizeString(text)).map((h) => h.concept.id);
    expect(read.filter((id) => VOCABULARY_IDS.has(id))).toEqual([]);
  });

  it.each(VOCABULARIES.map((c) => [c.id, c] as const))(
    "%s has every word in an example",
    (_, c) => {
      const said = c.examples.map((e) => normalizeString(e.text)).join(" | ");
      for (const w of [...c.subject, ...c.failure]) expect(said, w).toContain(foldToken(w));
    },
  );
});

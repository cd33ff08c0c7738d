// Evidence notes are shown to users in the diagnosis view ("Evidence that decided it", each
// note beside its rule and source). Where an entry's knowledge came from belongs in its source
// (title, url, readVia), not in the words a user reads (review 30, finding 11: "carried from the
// first cut", "as quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm").
import { describe, expect, it } from "vitest";
import { ALL_TABLES } from "@/lib/classify/phrase-rules";
import { GREYLISTING_READING } from "./greylisting";
import { HEADER_SIGNALS } from "./header-signals";
import { NOT_A_BOUNCE_READINGS } from "./not-a-bounce-readings";
import { ADVICE_MARKERS } from "./scoring/advice-markers";
import { CLIENT_WORDINGS } from "./scoring/client-wordings";
import { CONCEPTS } from "./scoring/concepts/index";
import { ENUMERATION_MARKERS } from "./scoring/enumeration-markers";
import { NAMED_DOMAIN_WORDINGS } from "./scoring/named-domain-wordings";
import { NOT_A_BOUNCE_SIGNALS } from "./scoring/not-a-bounce-signals";
import { NOTICE_WORDINGS } from "./scoring/notice-wordings";
import { PERMISSION_WORDINGS } from "./scoring/permission-wordings";
import { POSSIBILITY_WORDINGS } from "./scoring/possibility-wordings";
import { REPLY_POSSIBILITIES } from "./scoring/reply-possibilities";
import { STAGE_SHIFTS } from "./scoring/stage-shifts";
import { ALL_SIGNATURES } from "./signatures/index";
import { SUPPRESSION_READINGS } from "./suppressions";

/** Words about how the catalogue was made, which mean nothing to a user. */
const INTERNAL_WORDS: readonly RegExp[] = [
  /first cut/i,
  /\brepo\s/i,
  // A file path ("lib/Sisimai/Rhost/Apple.pm", "fixtures/amavis/spam-bounce.eml").
  /[\w.-]+\/[\w.-]+(?:\/[\w.*-]+)*\.(?:pm|ts|tsx|py|c|h|rb|go|eml|txt|json|php|js|java|pl|rs|msg|md|cf)\b/,
  // A source file's name alone ("orange.ts", "(route.c;", "PRODUCT.md").
  /(?:^|[\s(,;'])[\w-]+\.(?:pm|ts|tsx|py|c|h|eml|json|md)\b(?![\w.-])/,
  /verbatim:/i,
  /\bfixtures?\b/i,
  /\b(?:test|shared) corpus\b/i,
  /\bmta-lab\b/i,
];

/** Every `note` string in the catalogue's data, with the id of the entry that holds it. */
function notes(data: unknown): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v !== "object" || seen.has(v) || v instanceof RegExp) return;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) {
      if (k === "note" && typeof x === "string") out.push([(v as { id?: string }).id ?? path, x]);
      else walk(x, `${path}.${k}`);
    }
  };
  walk(data, "catalogue");
  return out;
}

describe("user-facing notes", () => {
  const all = notes({
    ALL_TABLES,
    ALL_SIGNATURES,
    HEADER_SIGNALS,
    NOT_A_BOUNCE_READINGS,
    SUPPRESSION_READINGS,
    GREYLISTING_READING,
    POSSIBILITY_WORDINGS,
    NOTICE_WORDINGS,
    PERMISSION_WORDINGS,
    CLIENT_WORDINGS,
    NAMED_DOMAIN_WORDINGS,
    CONCEPTS,
    STAGE_SHIFTS,
    REPLY_POSSIBILITIES,
    ADVICE_MARKERS,
    ENUMERATION_MARKERS,
    NOT_A_BOUNCE_SIGNALS,
  });

  it("are found across the whole catalogue", () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it("carry no provenance jargon: no 'first cut', repository, file path or test data", () => {
    const bad = all
      .filter(([, note]) => INTERNAL_WORDS.some((w) => w.test(note)))
      .map(([id, note]) => `${id}: ${note}`);
    expect(bad).toEqual([]);
  });

  it("the patterns catch the review's examples", () => {
    for (const jargon of [
      "Gmail's own bounce; carried from the first cut.",
      "iCloud's reply as quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm.",
      "The reply recorded by the lab (fixtures/amavis/spam-bounce.eml).",
      "Where Vade-filtered platforms put theirs (orange.ts).",
    ])
      expect(
        INTERNAL_WORDS.some((w) => w.test(jargon)),
        jargon,
      ).toBe(true);
    expect(INTERNAL_WORDS.some((w) => w.test("Gmail's own bounce text (RFC 5321, 5.1.1)."))).toBe(
      false,
    );
  });
});

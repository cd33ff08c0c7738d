// The engine reads provider documentation tables (lib/knowledge/providers ProviderTable) with no
// engine change: a small table built here, scored through the same functions.
import { describe, expect, it } from "vitest";
import type { Refusal } from "@/lib/bounce/refusal";
import { identifyProviders } from "@/lib/bounce/refusal";
import { compileTables } from "./phrase-rules";
import { exampleProviderTable } from "./example-provider-table";
import { phraseFeaturesIn } from "./read-refusal";
import { readingFeaturesIn } from "./code-features";
import { decide } from "./score";

const TABLE = exampleProviderTable();

function refusal(words: string, status: string | null, host: string | null): Refusal {
  return {
    replyCode: Number(words.slice(0, 3)),
    status,
    words,
    wordsSpan: null,
    stage: null,
    host,
    providers: identifyProviders(words, host, [], [TABLE.identity]),
    writers: new Set(),
    relayed: host !== null,
    action: null,
    shape: "reply-line",
  };
}

describe("provider tables plug into the engine", () => {
  const compiled = compileTables([TABLE]);

  it("reads a provider-scoped phrase in full only when the refusal is that provider's", () => {
    const own = refusal("451 4.7.1 [EXM-12] Too much mail from your IP today", "4.7.1", null);
    expect(own.providers[0]).toMatchObject({ provider: "examplemail", by: "marker" });
    const f = phraseFeaturesIn(compiled, own, own.words.toLowerCase());
    expect(decide(f).cause).toBe("rate-limited");
    // Elsewhere the same words count for less, as a general wording that its server's own
    // readings beat and a stated stage may shift.
    const other = refusal("451 4.7.1 Too much mail from your IP today", "4.7.1", "mx.other.org");
    const fo = phraseFeaturesIn(compiled, other, other.words.toLowerCase());
    expect(fo[0]?.weight).toBeLessThan(f[0]?.weight ?? 0);
    expect(fo[0]?.general).toBe(true);
  });

  it("reads a provider's status reading only when its server answered", () => {
    const own = refusal("550 5.7.27 Not accepted", "5.7.27", "mx.example.net");
    expect(readingFeaturesIn([TABLE], own)[0]?.cause).toBe("authentication-failure");
    const other = refusal("550 5.7.27 Not accepted", "5.7.27", "mx.other.org");
    expect(readingFeaturesIn([TABLE], other)).toEqual([]);
  });
});

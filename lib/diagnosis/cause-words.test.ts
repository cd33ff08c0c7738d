import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { causeWords } from "./cause-words";

describe("causeWords", () => {
  const greylisted = {
    cause: "rate-limited" as const,
    headline: "The receiving server greylisted the message: it asks for a retry",
    explanation: "Greylisting: ...",
  };

  it("takes the verdict's own headline and words for the cause it was read as", () => {
    expect(causeWords("rate-limited", greylisted)).toEqual({
      title: greylisted.headline,
      summary: greylisted.explanation,
    });
  });

  it("keeps the cause's own title for another cause, or a verdict with no headline", () => {
    expect(causeWords("ip-blocklisted", greylisted).title).toBe(CAUSES["ip-blocklisted"].title);
    expect(causeWords("rate-limited", { cause: "rate-limited", explanation: "x" })).toEqual({
      title: CAUSES["rate-limited"].title,
      summary: CAUSES["rate-limited"].summary,
    });
  });
});

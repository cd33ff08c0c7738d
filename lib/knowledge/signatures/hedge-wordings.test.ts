// A wording that hedges over two causes ("may not exist, or you may not have permission") names
// neither: the generic sender-policy wordings inside it do not decide (generic.ts).
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { readFirst } from "@/lib/classify/test-reading";

describe("a hedge over two causes", () => {
  afterEach(() => leaveOutProvidersForEvaluation([]));

  it("Google Groups' 'may not exist, or ... permission to post' is no sender-policy without Google's table", async () => {
    leaveOutProvidersForEvaluation(["google"]);
    const r = await readFirst(
      "We're writing to let you know that the group you tried to contact (group) may not exist, or you may not have permission to post messages to the group.",
    );
    expect(r.evidence).not.toContain("generic.sender-policy.permission-to-post");
    expect(r.cause).not.toBe("sender-policy");
  });

  it("the same wording without the hedge still reads sender-policy", async () => {
    const r = await readFirst("550 5.7.1 You do not have permission to post to this mailbox");
    expect(r.cause).toBe("sender-policy");
  });
});

import { describe, expect, it } from "vitest";
import type { Answer, QuestionId } from "@/lib/rules/types";
import { answersFromShare, answersToShare, DONT_KNOW_VALUE } from "./answers-codec";

describe("answers codec", () => {
  it("round-trips every kind of answer", () => {
    const answers: Partial<Record<QuestionId, Answer>> = {
      "sending-platform": { kind: "choice", value: "microsoft-365" },
      "sending-ip": { kind: "text", value: "192.0.2.45" },
      "sent-headers": {
        kind: "headers",
        value: "Authentication-Results: x; spf=fail\n".repeat(200),
      },
      "since-when": { kind: "dont-know" },
    };
    const shared = answersToShare(answers);
    expect(shared["since-when"]).toBe(DONT_KNOW_VALUE);
    expect(Array.isArray(shared["sent-headers"])).toBe(true);
    expect(answersFromShare(shared)).toEqual(answers);
  });

  it("drops unknown ids and choices that are not offered", () => {
    expect(
      answersFromShare({
        "no-such-question": "x",
        "sending-platform": "<script>",
        __proto__: "x",
      } as never),
    ).toEqual({});
  });
});

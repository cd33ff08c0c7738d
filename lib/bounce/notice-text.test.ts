import { describe, expect, it } from "vitest";
import { inOriginal, noticeEnd, noticeText } from "./notice-text";
import { parseBounce } from "./parse";

describe("noticeText", () => {
  const parsed = {
    text: "notice one\n--- copy ---\nSubject: virus\n\nReporting-MTA: dns; a\n\nSubject: blocked",
    originalSpans: [
      { start: 11, end: 39 },
      { start: 63, end: 79 },
    ],
  };

  it("leaves out every original span, the pieces kept apart", () => {
    expect(noticeText(parsed, Infinity, " | ")).toBe("notice one\n | \nReporting-MTA: dns; a\n\n");
    expect(noticeText(parsed)).not.toMatch(/virus|blocked/);
  });

  it("stops at the limit", () => {
    expect(noticeText(parsed, 6)).toBe("notice");
    expect(noticeText({ text: "abcdef" }, 3)).toBe("abc");
  });

  it("says which characters are the original's and where the notice's first piece ends", () => {
    expect(inOriginal(parsed, 11)).toBe(true);
    expect(inOriginal(parsed, 40)).toBe(false);
    expect(noticeEnd(parsed)).toBe(11);
    expect(noticeEnd({ text: "abc" })).toBe(3);
  });

  it("is found by the parser below a bounce's own marker", async () => {
    const p = await parseBounce(
      [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  anna@example.com",
        "    Unrouteable address",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
        "Subject: virus",
        "",
        "hello",
      ].join("\n"),
    );
    expect(p.originalSpans).toHaveLength(1);
    expect(p.text.slice(p.originalSpans![0]!.start)).toMatch(/^------ This is a copy/);
    expect(noticeText(p)).toContain("Unrouteable address");
    expect(noticeText(p)).not.toContain("virus");
  });
});

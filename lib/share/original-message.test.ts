import { describe, expect, it } from "vitest";
import { manyRfc822Headers, nestedReportParts } from "@/lib/testing/hostile-shapes";
import { findOriginalMessage, MAX_ORIGINAL_PART_CANDIDATES } from "./original-message";

// Ten times the largest request body; a rescan per part header took 20 s at a tenth of this.
const TEN_TIMES = 10_000_000;
const BUDGET_MS = 3_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe("findOriginalMessage on hostile shapes", () => {
  it("takes everything from the first of a run of rfc822 part headers, in linear time", () => {
    const text = manyRfc822Headers(TEN_TIMES);
    const { value, ms } = timed(() => findOriginalMessage(text));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value).toEqual([{ start: text.indexOf("Content-Type"), end: text.length }]);
  });

  it("follows a bounded number of nested-report parts, then takes the rest as original", () => {
    const text = nestedReportParts(TEN_TIMES);
    const { value, ms } = timed(() => findOriginalMessage(text));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value).toHaveLength(1);
    expect(value[0]!.end).toBe(text.length);
    // The cut starts at the candidate past the cap, not at the first part.
    const firstParts = text
      .split("\n")
      .slice(0, MAX_ORIGINAL_PART_CANDIDATES * 3)
      .join("\n");
    expect(value[0]!.start).toBeGreaterThan(firstParts.length / 2);
  });

  it("still closes a part at its own delimiter, not at a boundary declared inside it", () => {
    const text = [
      'Content-Type: multipart/report; boundary="outer"',
      "",
      "--outer",
      "Content-Type: text/plain",
      "",
      "550 5.1.1 user unknown",
      "--outer",
      "Content-Type: message/rfc822",
      "",
      'Content-Type: multipart/alternative; boundary="inner"',
      "",
      "--inner",
      "secret",
      "--inner--",
      "--outer--",
      "",
    ].join("\n");
    const [span] = findOriginalMessage(text);
    expect(text.slice(span!.start, span!.end)).toContain("secret");
    expect(text.slice(span!.end)).toBe("--outer--\n");
    expect(text.slice(span!.start).startsWith("--outer\nContent-Type: message/rfc822")).toBe(true);
  });
});

describe("the copy markers of qmail and its clones", () => {
  // Each notice's shape as its writer prints it (the sources in lib/bounce/mta-formats.ts
  // ORIGINAL_MESSAGE_MARKERS); the returned message below is an example of our own.
  const notice = (marker: string) =>
    [
      "This is the machine generated message from mail service.",
      "Unfortunately, we were not able to deliver your message to the following address(es):",
      "",
      "<ann@example.net>:",
      "This person's account is exceeding their quota.",
      "",
      marker,
      "",
      "Return-Path: <list-admin@example.com>",
      "From: Sam Writer <sam.writer@example.com>",
      "Subject: Re: our trip",
      "",
      "Sam Writer wrote: the whole post, and a signature.",
      "",
    ].join("\n");

  it.each([
    "--- Below the next line is a copy of the message.",
    "--- Below this line is the original bounce.",
    "--- Below this line is a copy of the mail header.",
    "--- Mensaje original adjunto.",
    "--- Below this line is a copy of the message.",
  ])("leaves out what follows %j, keeping the notice", (marker) => {
    const text = notice(marker);
    const spans = findOriginalMessage(text);
    expect(spans).toHaveLength(1);
    const kept = text.slice(0, spans[0]!.start) + text.slice(spans[0]!.end);
    expect(kept).toContain("This person's account is exceeding their quota.");
    expect(kept).toContain(marker);
    expect(kept).not.toContain("Sam Writer");
    expect(kept).not.toContain("Return-Path");
  });
});

import { describe, expect, it } from "vitest";
import { saysMoreThanARefusal, unreadWords } from "./unread-words";

describe("unreadWords", () => {
  it.each([
    "550 mail refused",
    "550 Rejected",
    "554 5.7.1 rejected",
    "550 Requested action not taken: mailbox unavailable",
    "450 4.0.0 Temporary failure",
    "550 <someone@example.com>: Recipient address rejected.",
    "554 Message rejected. Please contact your administrator for more information.",
    "550 5.7.1 Service unavailable; see https://postmaster.example.net/err?id=A1B2 [mx1.example.net]",
  ])("finds nothing beyond a bare refusal in %s", (text) => {
    expect(unreadWords(text)).toEqual([]);
    expect(saysMoreThanARefusal(text)).toBe(false);
  });

  it("reads an expiry's words as saying something (after retries, giving up)", () => {
    // The server gave up after its retries: a queue that expired, which names a cause of its own.
    expect(unreadWords("Unable to deliver message after multiple retries, giving up.")).toEqual([
      "multiple",
      "retries",
      "giving",
    ]);
  });

  it.each([
    ["550 Unknown mailbox", ["unknown"]],
    ["550 Protocol violation", ["protocol", "violation"]],
    ["554 INVALID IP FOR SENDING MAIL OF DOMAIN mail.example.com", ["invalid"]],
    [
      "550 5.5.0 Service refusé. Veuillez essayer plus tard.",
      ["refusé", "veuillez", "essayer", "plus", "tard"],
    ],
    ["退信原因:邮件发送失败。", ["退信原因", "邮件发送失败"]],
  ])("finds the words that say more in %s", (text, words) => {
    expect(unreadWords(text)).toEqual(words);
  });

  it("sets aside addresses, host names, links and identifiers", () => {
    expect(
      unreadWords(
        "550 5.1.1 <bob.smith@example.org> rejected by mx-07.mail.example.net [192.0.2.7] queue AB12CD34 https://help.example.net/why-blocked",
      ),
    ).toEqual(["queue"]);
  });

  it("reads hostile input quickly and keeps at most the asked number of words", () => {
    const t0 = performance.now();
    const out = unreadWords(
      `${"a.".repeat(50_000)}${"<x@".repeat(20_000)} ${"word ".repeat(10_000)}`,
      3,
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.length).toBeLessThanOrEqual(3);
  });
});

// The notices that are no bounce (./notices.ts): read from their words, and not where the same
// words come with a refusal.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("notice concepts", () => {
  it.each([
    ["The message is an auto-reply/vacation mail.", "concept.automatic-reply"],
    ["Automatic reply: I am on vacation until Monday", "concept.automatic-reply"],
    ["Your message to linux-lvm awaits moderator approval", "concept.held-for-moderation"],
    // KDE KMime's MDN text (its test of MDN creation).
    [
      'The message sent on 1 Jan to bob with subject "x" has been displayed. This is no guarantee that the message has been read or understood.',
      "concept.read-receipt",
    ],
  ])("reads %s as %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // A moderator's refusal (Mailman's refuse notice) is a refusal, not a held post.
    "Your request to the Linux-kernel mailing list has been rejected by the list moderator.",
    // A server that refuses automatic replies.
    "550 5.7.1 Auto-reply messages are not accepted; return to sender",
    // Automatic replies refused as such.
    "Out of office replies are blocked until further notice",
    // Thunderbird's MsgMdnFailed: a receipt that could not be made is no read receipt either.
    "A failure occurred. A proper return receipt could not be generated or sent to you. There is no guarantee",
  ])("reads no notice in a refusal: %s", (text) => {
    const found = ids(text);
    expect(found).not.toContain("concept.automatic-reply");
    expect(found).not.toContain("concept.held-for-moderation");
    expect(found).not.toContain("concept.read-receipt");
  });
});

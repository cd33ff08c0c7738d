// Words inside a list of examples are possibilities, ranked in the list's order, never the
// verdict (lib/classify/enumeration.ts). The texts are the providers' documented ones
// (lib/knowledge/scoring/enumeration-markers.ts cites each), read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";
import { normalizeString } from "./text-index";
import { exampleLists } from "./enumeration";

const read = readFirst;

describe("documented lists of examples", () => {
  it("reads Elastic Email's AccountProblem as full or inactive, neither named", async () => {
    // https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters
    for (const text of [
      "There is an issue with the recipient's mailbox, such as being full or inactive.",
      "550 There is an issue with the recipient's mailbox, such as being full or inactive.",
    ]) {
      const r = await read(text);
      expect(r.cause).toBe("unknown");
      expect(r.possible.slice(0, 2)).toEqual(["mailbox-full", "mailbox-disabled"]);
    }
  });

  it("reads Postmark's SoftBounce list as possibilities, and lets a status decide", async () => {
    // https://postmarkapp.com/developer/api/bounce-api#bounce-types (SoftBounce, 4096)
    const soft =
      "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).";
    const r = await read(`452 ${soft}`);
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["mailbox-full", "mailbox-disabled"]);
    // RFC 3463 X.2.2 is the mailbox full: the code says which of the list it was.
    expect((await read(`552 5.2.2 ${soft}`)).cause).toBe("mailbox-full");
  });

  it("keeps Postmark's HardBounce, whose examples are all one cause, that cause", async () => {
    // https://postmarkapp.com/developer/api/bounce-api#bounce-types (HardBounce, 1)
    const r = await read(
      "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
    );
    expect(r.cause).toBe("recipient-unknown");
  });

  it("ranks Plain's examples of a bounce category and names none", async () => {
    // https://www.plain.com/docs/graphql-reference/types/EmailBounceReason
    const hard = await read("Received a permanent delivery failure (e.g. mailbox does not exist).");
    expect(hard.cause).toBe("unknown");
    expect(hard.possible[0]).toBe("recipient-unknown");
    const transient = await read(
      "450 Receiving server temporarily failed delivery (e.g. greylisting, network issue).",
    );
    expect(transient.cause).toBe("unknown");
  });

  it("ranks a reply's listed causes in their order, whatever the words before them say", async () => {
    const r = await read("550 Mailbox unavailable (e.g. mailbox full or user unknown)");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2).sort()).toEqual(["mailbox-full", "recipient-unknown"]);
  });
});

describe("what is no list of possibilities", () => {
  it("reads a cause named before its examples", async () => {
    expect((await read("552 Mailbox full, e.g. over quota")).cause).toBe("mailbox-full");
  });

  it("reads an 'i.e.' of one item as the restatement it is", async () => {
    expect((await read("550 Message rejected (i.e. spam)")).cause).toBe("content-spam");
  });

  it("finds no marker inside a word or a domain", () => {
    // Postfix: "mail for example.com loops back to myself" (smtp_proto.c).
    expect(exampleLists(normalizeString("mail for example.com loops back to myself"))).toEqual([]);
    expect(exampleLists("suchas full")).toEqual([]);
  });
});

describe("exampleLists", () => {
  it("ends a list at its parenthesis, at the sentence's end, or after 200 characters", () => {
    const hay = "a (e.g. b, c) d. such as e or f. g";
    const lists = exampleLists(hay).map((l) => hay.slice(l.start, l.end).trim());
    expect(lists).toEqual(["e or f", "b, c"]);
    const long = `such as ${"x ".repeat(300)}`;
    const [l] = exampleLists(long);
    expect(l!.end - l!.start).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { findConcepts } from "./concept-match";
import { normalizeString } from "./text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("findConcepts", () => {
  it.each(CONCEPTS.flatMap((c) => c.examples.map((e) => [c.id, e.text] as const)))(
    "%s fires on its own example: %s",
    (id, text) => {
      expect(ids(text)).toContain(id);
    },
  );

  // The words' grams gate the subjects (and their failure tokens): a gate never rules out a
  // token that is there, in a short text or a long one.
  const pairs = CONCEPTS.flatMap((c) =>
    c.unless ? [] : c.subject.map((subject) => [c.id, subject, c.failure[0]!] as const),
  );
  it.each(pairs)(
    "%s fires on its subject %s with a failure token, short or long",
    (id, subject, failure) => {
      // Normalised words, as findConcepts reads them (a token's own letters may fold: "ı").
      const words = normalizeString(`${subject} ${failure}`);
      expect(findConcepts(words).map((h) => h.concept.id)).toContain(id);
      const long = normalizeString(`${"x ".repeat(200)}${subject} ${failure}${" y".repeat(200)}`);
      expect(findConcepts(long).map((h) => h.concept.id)).toContain(id);
    },
  );

  it("reads an attachment's kind, not its size or number, as a refused attachment", () => {
    expect(ids("554 5.7.1 Attachment type not allowed")).toContain("concept.attachment-refused");
    expect(ids("552 5.3.4 Message size exceeds fixed limit: attachment too large")).not.toContain(
      "concept.attachment-refused",
    );
    expect(
      ids(
        "552 5.3.4 The number of attachments (30) exceeds Google's limit of 25 attachments. Rejected.",
      ),
    ).not.toContain("concept.attachment-refused");
  });

  // A notice pasted whole names what it is about in its heading ("outgoing mail", "메일 발송
  // 실패": a sending failure) far from the reason it gives: a concept's misleading neighbours
  // count near its words (UNLESS_REACH), not anywhere in a long notice.
  it("looks for a concept's misleading neighbours near its words only", () => {
    const reason = "The recipient's mailbox is full and cannot accept messages now.";
    const heading = "Outgoing mail report: a message you sent could not be delivered.";
    const filler =
      " Your message was kept on our server for as long as we could and was retried.".repeat(4);
    expect(ids(`${heading}${filler} ${reason}`)).toContain("concept.mailbox-full");
    // Beside the reason, the same word is a neighbour: a sending quota, not a full mailbox.
    expect(ids(`Outgoing mail report: ${reason}`)).not.toContain("concept.mailbox-full");
  });

  // Chinese and Japanese write a subject straight after a Latin name: no word edge to ask for
  // where the subject's own edge is no ASCII letter (an ASCII subject still needs its edges).
  it("reads a CJK subject written straight after a Latin name", () => {
    expect(findConcepts(normalizeString("对方QQ邮箱已满")).map((h) => h.concept.cause)).toContain(
      "mailbox-full",
    );
    expect(ids("openspf.org says the record is fine")).not.toContain("concept.spf-failed");
  });

  it("reads no concept inside a filter's rule name", () => {
    expect(
      ids("554 5.7.1 SpamAssassin score 21.6 (DKIM_ADSP_NXDOMAIN,HTML_MESSAGE) rejected"),
    ).not.toContain("concept.dkim-failed");
    expect(ids("550 5.7.1 DKIM signature invalid, message rejected")).toContain(
      "concept.dkim-failed",
    );
  });
});

describe("a short unless word is a whole word", () => {
  // Cox's code CDRBL (lib/knowledge/providers/cox.ts) holds "rbl", an unless word of
  // concept.spam-behaviour: inside a code it names no blocklist.
  const cox =
    "CDRBL The sending IP address has been temporarily blocked by Cox due to exhibiting behavior characteristic of spam";

  it("does not silence a concept from inside another word", () => {
    expect(ids(cox)).toContain("concept.spam-behaviour");
  });

  it("still silences it as a word of its own", () => {
    expect(ids(cox.replace("CDRBL", "RBL:"))).not.toContain("concept.spam-behaviour");
  });

  // "host" (four letters) stays a stem: a blocklist's zone named after it is still the sending
  // host's listing, not the recipient's own list of senders (Baruwa's refusal as the umanix
  // filter's page quotes it, https://bastion.umanix.net/info).
  it("keeps a longer unless word a stem", () => {
    expect(ids("The sender is in a black list hostkarma.junkemailfilter.com")).not.toContain(
      "concept.sender-on-site-block-list",
    );
  });
});

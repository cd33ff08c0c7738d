// Needles are wording: a string needle stands at word boundaries, and generic wording is not
// read inside addresses, host names and links (NiX Spam's real reply names its zone
// "spam.over.port25.me" and says "as spamming": neither is a spam verdict on the message).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import type { Signature } from "@/lib/knowledge/signatures";
import { classify } from "./classify";
import {
  compileSignatures,
  findNeedle,
  GramTable,
  matchSignature,
  type MatchFacts,
} from "./matcher";
import { normalizeString, tokenRanges } from "./text-index";

const FACTS: MatchFacts = {
  status: null,
  reply: null,
  command: null,
  rhost: null,
  writers: new Set(),
};

function sig(match: Signature["match"], provider = "generic"): Signature {
  return {
    id: "test.needle",
    provider,
    match,
    cause: "content-spam",
    confidence: 0.5,
    source: "test",
    example: "",
  };
}

function hits(text: string, s: Signature, tier: 1 | 2): boolean {
  const table = new GramTable();
  table.load(normalizeString(text));
  return matchSignature(compileSignatures([s], tier)[0]!, table, FACTS) !== null;
}

describe("string needles at word boundaries", () => {
  it("does not find a word inside a longer word", () => {
    expect(findNeedle("detected as spamming", "as spam")).toBeNull();
    expect(findNeedle("it was unfiltered", "filtered")).toBeNull();
    expect(findNeedle("detected as spam.", "as spam")?.index).toBe(9);
  });

  it("lets the last word carry an inflection", () => {
    expect(findNeedle("you are rate limited", "rate limit")).not.toBeNull();
    expect(findNeedle("invalid recipients", "invalid recipient")).not.toBeNull();
    expect(findNeedle("etp205 dmarc failure for domain", "dmarc fail")).not.toBeNull();
    expect(findNeedle("as spammers", "as spam")).toBeNull();
  });

  it("takes a change from digits to letters as a boundary", () => {
    expect(findNeedle("550 5.7.1relay not permitted", "relay not permitted")).not.toBeNull();
  });

  it("finds a later standing occurrence after one inside a word", () => {
    expect(findNeedle("as spamming, marked as spam", "as spam")?.index).toBe(20);
  });

  it("needs nothing where the needle's own end is punctuation", () => {
    expect(findNeedle("see http://x.example/", "see http")).not.toBeNull();
    expect(findNeedle("code:550", "code:")).not.toBeNull();
  });
});

describe("generic wording is not read inside addresses, host names and links", () => {
  it("masks addresses, host names and links, keeping offsets", () => {
    const s = "mail to filtered@example.com by spam.over.port25.me see https://x.org/a#550 ok";
    const m = tokenRanges(s).all;
    const spans: string[] = [];
    for (let k = 0; k < m.length; k += 2) spans.push(s.slice(m[k], m[k + 1]));
    expect(spans).toEqual(["filtered@example.com", "spam.over.port25.me", "https://x.org/a#550"]);
    expect(tokenRanges("mailbox full.please retry e.g. 5.7.1 192.0.2.1").all).toEqual(
      new Int32Array(),
    );
  });

  it("keeps a generic keyword out of an address and a host name, not a provider's own token", () => {
    expect(hits("rejected by filtered@example.com", sig(["filtered"]), 2)).toBe(false);
    expect(hits("listed at spam.over.port25.me", sig(["spam"]), 2)).toBe(false);
    expect(hits("message filtered as spam", sig(["spam"]), 2)).toBe(true);
    // A provider table names its own zone inside the host name.
    expect(hits("blocked using multi.uribl.com", sig(["uribl"], "dnsbl"), 1)).toBe(true);
    // A needle that is itself a host name reads the host name.
    expect(hits("blocked using zen.spamhaus.org", sig(["zen.spamhaus.org"]), 2)).toBe(true);
  });

  it("reads NiX Spam's refusal as a blocklisting, not as spam content", async () => {
    // The example of dnsbl.nixspam (lib/knowledge/providers/dnsbl-zones.ts), a Mailgun log.
    const d = classify(
      await parseBounce(
        "Server response: 550 550 rejected because 198.61.254.12 is in a black list at ix.dnsbl.manitu.net Your e-mail service was detected by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar 2017 14:52:05 +0200. Your admin should visit http://www.dnsbl.manitu.net/lookup.php?value=198.61.254.12",
      ),
    );
    expect(d.recipients[0]!.cause).toBe("ip-blocklisted");
  });

  it("reads no one's wording inside a filter's rule names, a provider's own entries' included", async () => {
    // A refusal quoted on a public page (pastebin), with the rules that scored: their names are
    // not the reason, the content filter's verdict is.
    const reply =
      "554 5.7.1 Content filter rejection: SpamAssassin score 21.673 (DEAR_SOMETHING,DKIM_ADSP_NXDOMAIN,DNSBL_AND_URIBL,HTML_MESSAGE)";
    const m = tokenRanges(normalizeString(reply)).all;
    expect(m.length).toBe(8);
    expect(hits(normalizeString(reply), sig(["uribl"], "dnsbl"), 1)).toBe(false);
    const d = classify(await parseBounce(reply));
    expect(d.recipients[0]!.cause).toBe("content-spam");
    // A needle that names an identifier itself still reads it (Orange's codes).
    expect(hits("552 5.1.1 archived recipient. lpn004_420", sig(["lpn004_420"], "orange"), 1)).toBe(
      true,
    );
  });
});

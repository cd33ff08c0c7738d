// One fact counts once: the same words read by two kinds of feature for one cause, a status code
// read by the registry beside a more specific reader of it, a reply code the registry pairs with
// the status beside it, and words that spell out the status code's registry text.
import { describe, expect, it } from "vitest";
import type { Refusal } from "@/lib/bounce/refusal";
import { identifyProviders } from "@/lib/bounce/refusal";
import { CORE_TABLES } from "@/lib/knowledge/scoring/core-tables";
import type { ProviderTable } from "@/lib/knowledge/providers/types";
import type { Feature } from "./features";
import { exampleProviderTable } from "./example-provider-table";
import { compileTables, phrases } from "./phrase-rules";
import { dropSubsumed, phraseFeaturesIn } from "./read-refusal";
import { readingFeaturesIn, replyFeatures, statusFeatures } from "./code-features";
import { readFirst } from "./test-reading";

function words(
  id: string,
  kind: Feature["kind"],
  cause: Feature["cause"],
  weight: number,
  matched: string,
): Feature {
  return {
    id,
    kind,
    cause,
    weight,
    general: kind === "phrase",
    provider: "generic",
    note: "",
    source: "",
    spans: [],
    hint: false,
    matched,
  };
}

function refusal(
  reply: number | null,
  status: string | null,
  text: string,
  host: string | null = null,
  identities: ProviderTable["identity"][] = [],
): Refusal {
  return {
    replyCode: reply,
    status,
    words: text,
    wordsSpan: null,
    stage: null,
    host,
    providers: identifyProviders(text, host, [], identities),
    writers: new Set(),
    relayed: host !== null,
    action: null,
    shape: "reply-line",
  };
}

describe("the same words, read by two kinds of feature for one cause", () => {
  const hay = "554 connection refused. this ip has a poor reputation on cloudmark";

  it("count once: the heavier stays", () => {
    const phrase = words("p", "phrase", "bad-reputation", 1.5, "poor reputation");
    const concept = words("c", "concept", "bad-reputation", 2.6, "poor reputation");
    const features = [phrase, concept];
    dropSubsumed(features, hay);
    expect(features).toEqual([concept]);
  });

  it("count once where the words overlap in part", () => {
    const phrase = words("p", "phrase", "bad-reputation", 3, "has a poor reputation");
    const concept = words("c", "concept", "bad-reputation", 2.6, "poor reputation on cloudmark");
    const features = [phrase, concept];
    dropSubsumed(features, hay);
    expect(features).toEqual([phrase]);
  });

  it("both count where the words do not overlap, or the causes differ", () => {
    const a = words("p", "phrase", "bad-reputation", 1.5, "connection refused");
    const b = words("c", "concept", "bad-reputation", 2.6, "poor reputation");
    const c = words("q", "phrase", "ip-blocklisted", 1.5, "poor reputation");
    const features = [a, b, c];
    dropSubsumed(features, hay);
    expect(features).toEqual([a, b, c]);
  });

  it("lets GoDaddy's own code decide, not one span counted as a phrase and a concept", async () => {
    // https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (IB103)
    const r = await readFirst(
      "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103",
    );
    expect(r.cause).toBe("ip-blocklisted");
  });
});

describe("a status code read once, by its most specific reader", () => {
  it("makes no registry reading beside the provider's own reading of its code", () => {
    const google = CORE_TABLES.find((t) => t.provider === "google")!;
    const r = refusal(
      550,
      "5.7.27",
      "550 5.7.27 This message was blocked because it didn't pass SPF authentication. - gsmtp",
      null,
      [google.identity],
    );
    const out = readingFeaturesIn([google], r);
    expect(out.map((f) => f.kind)).toEqual(["reading"]);
    statusFeatures(r, [], out);
    expect(out.map((f) => f.kind)).toEqual(["reading"]);
  });

  it("reads the reply code the registry pairs with the status once (523 with X.7.10)", () => {
    const r = refusal(523, "5.7.10", "523 5.7.10 Encryption needed");
    const out = statusFeatures(r, []);
    replyFeatures(r, [], [], out);
    expect(out.map((f) => f.id)).toEqual(["rfc3463.X.7.10"]);
  });

  it("reads a paired reply code of another cause still (a disagreement, not one fact twice)", () => {
    // X.3.2 (remote-server-error) is sent with 556 (recipient-domain-invalid, RFC 7504).
    const r = refusal(556, "5.3.2", "556 5.3.2 Domain does not accept mail");
    const out = statusFeatures(r, []);
    replyFeatures(r, [], [], out);
    expect(out.map((f) => f.id)).toEqual(["rfc3463.X.3.2", "rfc5321.556"]);
  });

  it("counts words that spell out the code's registry text as the code", () => {
    // OpenSMTPD writes X.5.1's registry text before its reason (lab fixture opensmtpd/tls-required).
    const r = refusal(
      530,
      "5.5.1",
      "530 5.5.1 Invalid command: Must issue a STARTTLS command first",
    );
    const restating = words("p", "phrase", "protocol-syntax", 1.5, "invalid command");
    const out = statusFeatures(r, [], [restating]);
    expect(out.map((f) => f.id)).toEqual(["p"]);
  });

  it("reads OpenSMTPD's STARTTLS refusal as its reason, not its code's text", async () => {
    const r = await readFirst("530 5.5.1 Invalid command: Must issue a STARTTLS command first");
    expect(r.cause).toBe("tls-required");
  });
});

describe("a catalog phrase held to the exact status", () => {
  // Sendmail's FEATURE(dnsbl) deferral (cf/feature/dnsbl.m4), held to its 4.4.3.
  const text = "451 4.4.3 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org";

  it("reads the code with its words: the registry's reading of the code is no second fact", () => {
    const r = refusal(451, "4.4.3", text);
    const out = phraseFeaturesIn(phrases(), r, text.toLowerCase());
    expect(out.map((f) => f.id)).toContain("sendmail.lookup-failure");
    statusFeatures(r, [], out);
    expect(out.map((f) => f.id)).not.toContain("rfc3463.X.4.3");
  });

  it("reads a failed blocklist query as the receiver's failure, not a listing", async () => {
    const r = await readFirst(text);
    expect(r.cause).toBe("remote-server-error");
    expect(r.evidence).not.toContain("spamhaus.zen-ip");
  });
});

describe("a provider's documented reply pasted alone, with the codes its page prints", () => {
  const TABLE = exampleProviderTable({ statusReading: false });

  const compiled = compileTables([TABLE]);
  const text = "451 4.7.1 Too much mail from your IP today";

  it("is the provider's reading of its own codes, in full", () => {
    const own = refusal(451, "4.7.1", `451 4.7.1 [EXM-12] Too much mail from your IP today`, null, [
      TABLE.identity,
    ]);
    const full = phraseFeaturesIn(compiled, own, own.words.toLowerCase())[0]!;
    const alone = refusal(451, "4.7.1", text, null, [TABLE.identity]);
    const f = phraseFeaturesIn(compiled, alone, text.toLowerCase())[0]!;
    expect(f.weight).toBe(full.weight);
    expect(f.general).toBe(false);
  });

  it("is read for less with other codes, or from another server", () => {
    const own = refusal(451, "4.7.1", text, null, [TABLE.identity]);
    const full = phraseFeaturesIn(compiled, own, text.toLowerCase())[0]!.weight;
    const otherCode = refusal(451, "4.7.0", text.replace("4.7.1", "4.7.0"));
    const fromElsewhere = refusal(451, "4.7.1", text, "mx.other.org");
    for (const r of [otherCode, fromElsewhere])
      expect(phraseFeaturesIn(compiled, r, r.words.toLowerCase())[0]!.weight).toBeLessThan(full);
  });

  it("decides Google's 5.7.10 page row pasted alone (its code, not the registry's X.7.10)", async () => {
    // https://support.google.com/a/answer/3726730 (523 5.7.10)
    const r = await readFirst(
      "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS. For more information, go to About SMTP error messages and review RFC 3207 specifications.",
    );
    expect(r.cause).toBe("protocol-syntax");
  });

  it("keeps qmail's default text qmail's, though MessageLabs' page prints it with the same codes", async () => {
    // qmail-smtpd.c (badmailfrom); MessageLabs' article prints the same reply.
    const r = await readFirst("553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)");
    expect(r.cause).toBe("sender-policy");
  });
});

describe("a code with a list of usual causes", () => {
  it("names none of them on its own: 5.7.1 ranks its list and nothing more", () => {
    const r = refusal(550, "5.7.1", "550 5.7.1 Rejected");
    const out = statusFeatures(r, []);
    replyFeatures(r, [], [], out);
    expect(out.map((f) => f.kind)).toEqual([
      "possible",
      "possible",
      "possible",
      "possible",
      "possible",
    ]);
    expect(out[0]).toMatchObject({ id: "possible.5.7.1.sender-policy" });
  });

  it("ranks the reply code's list where the status has none of its own (450 4.7.1)", () => {
    const r = refusal(450, "4.7.1", "450 4.7.1 Try again later");
    const out = replyFeatures(r, [], []);
    expect(out[0]).toMatchObject({ id: "possible.450.rate-limited" });
  });
});

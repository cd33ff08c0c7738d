// Families that several providers' documents word alike, read by a general concept without
// the provider's own table: concept.content-rejected-ube (./content.ts),
// concept.ipv6-not-accepted and concept.host-blacklisted's "block list" words (./sending-host.ts).
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function causeWithout(providers: string[], text: string) {
  leaveOutProvidersForEvaluation(providers);
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
}

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.content-rejected-ube", () => {
  const ID = "concept.content-rejected-ube";

  it.each([
    ["content-filter", "550 5.7.1 Message content rejected, UBE, id=00000-00-000"],
    ["nederhost", "550 5.7.1 Message content rejected - UBE"],
  ])("reads unsolicited bulk email without %s's table: %s", async (provider, text) => {
    expect(ids(text)).toContain(ID);
    expect(await causeWithout([provider], text)).toBe("content-spam");
  });

  it.each([
    // The letters inside other words, and a content refusal that names no verdict.
    "550 5.7.1 Message content rejected: see https://www.youtube.com/ube-help",
    "550 5.7.1 Message content rejected",
    "554 5.7.1 Content rejected, tube fittings catalogue attached",
  ])("reads no UBE verdict in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });
});

describe("concept.ipv6-not-accepted", () => {
  const ID = "concept.ipv6-not-accepted";

  it.each([
    ["microsoft", "5.7.510 Access denied, [contoso.com] does not accept email over IPv6"],
    [
      "spectrum",
      "554 Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address and try again. AUP#I-1260",
    ],
  ])("reads a receiver that takes no IPv6 mail without %s's table: %s", async (provider, text) => {
    expect(ids(text)).toContain(ID);
    expect(await causeWithout([provider], text)).toBe("sender-policy");
  });

  it.each([
    // The IPv6 requirements that name what the sender lacks: their own causes.
    "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines.",
    "5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record",
    "4.7.26 Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed",
  ])("reads no IPv6 refusal as such in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });
});

describe("concept.host-blacklisted: an address found on the receiver's block list", () => {
  it("reads MessageLabs's refusal as a listed IP without its table", async () => {
    const text = "5.7.1 Recipient not authorized, your IP has been found on a block list";
    expect(ids(text)).toContain("concept.host-blacklisted");
    expect(await causeWithout(["messagelabs"], text)).toBe("ip-blocklisted");
  });

  it("reads no listed host where the list lets it in or names a domain", () => {
    expect(
      ids("550 Your IP is not on our block list; your domain is on a block list"),
    ).not.toContain("concept.host-blacklisted");
  });
});

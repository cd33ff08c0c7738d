import { describe, expect, it } from "vitest";
import {
  BLOCKLISTS,
  errorMeaning,
  findBlocklistByZone,
  listingMeanings,
  listsToQuery,
  removalKind,
} from "./catalog";

const byId = (id: string) => {
  const list = BLOCKLISTS.find((l) => l.id === id);
  if (!list) throw new Error(id);
  return list;
};

describe("blocklist catalog", () => {
  it("every entry has sources, a verification note and a delisting page", () => {
    for (const l of BLOCKLISTS) {
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      expect(l.verification.length, l.id).toBeGreaterThan(10);
      expect(l.delistUrl, l.id).toMatch(/^https?:\/\//);
    }
    expect(new Set(BLOCKLISTS.map((l) => l.id)).size).toBe(BLOCKLISTS.length);
  });

  it("never queries retired or subscriber-only lists", () => {
    const queried = [...listsToQuery("ip"), ...listsToQuery("domain")].map((l) => l.id);
    expect(queried).not.toContain("sorbs");
    expect(queried).not.toContain("invaluement");
    // ZEN covers its components: they are not asked twice.
    expect(queried).not.toContain("spamhaus-sbl");
    expect(queried).toContain("spamhaus-zen");
  });

  it("finds the list a bounce names, DQS zones and sub-zones included", () => {
    expect(findBlocklistByZone("zen.spamhaus.org")?.id).toBe("spamhaus-zen");
    expect(findBlocklistByZone("ZEN.SPAMHAUS.ORG.")?.id).toBe("spamhaus-zen");
    expect(findBlocklistByZone("abcdefkey.zen.dq.spamhaus.net")?.id).toBe("spamhaus-zen");
    expect(findBlocklistByZone("sbl-xbl.spamhaus.org")?.id).toBe("spamhaus-sbl");
    expect(findBlocklistByZone("b.barracudacentral.org")?.id).toBe("barracuda");
    expect(findBlocklistByZone("spam.dnsbl.sorbs.net")?.retired).toBeDefined();
    expect(findBlocklistByZone("unknown.example")).toBeUndefined();
    expect(findBlocklistByZone("")).toBeUndefined();
  });

  it("stays fast on a hostile zone string", () => {
    const started = Date.now();
    findBlocklistByZone(`${"a-".repeat(5000)}.dq.spamhaus.net`);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it("keeps refusal codes apart from listings", () => {
    const zen = byId("spamhaus-zen");
    expect(errorMeaning(zen, "127.255.255.254")).toContain("public/open resolver");
    expect(errorMeaning(zen, "127.255.255.250")).toContain("error codes");
    expect(errorMeaning(zen, "127.0.0.2")).toBeUndefined();
    expect(errorMeaning(byId("uribl"), "127.0.0.1")).toContain("refuses");
    expect(errorMeaning(byId("spamhaus-dbl"), "127.0.1.255")).toContain("IP address");
    expect(errorMeaning(byId("spamcop"), "192.0.2.1")).toContain("rewrote");
  });

  it("decodes exact and bitmask return codes with the list's own words", () => {
    expect(listingMeanings(byId("spamhaus-zen"), ["127.0.0.10"])[0]?.meaning).toContain("PBL");
    expect(listingMeanings(byId("surbl"), ["127.0.0.24"]).map((m) => m.meaning)).toEqual([
      "PH: phishing",
      "MW: malware",
    ]);
    expect(
      listingMeanings(byId("uribl"), ["127.0.0.14"]).map((m) => m.meaning.split(":")[0]),
    ).toEqual(["black", "grey", "red"]);
    expect(listingMeanings(byId("spamcop"), ["127.0.0.9"])[0]?.meaning).toContain("not documented");
  });
});

describe("what ending a listing takes", () => {
  it("is a request only where the list takes one", () => {
    expect(removalKind(byId("spamhaus-zen"))).toBe("request");
    expect(removalKind(byId("uceprotect-1"))).toBe("expires-paid");
    expect(removalKind(byId("uceprotect-2"))).toBe("expires");
    expect(removalKind(byId("spamcop"))).toBe("expires");
    expect(removalKind(byId("sorbs"))).toBe("closed");
  });

  it("never words a request for a list that takes none", () => {
    for (const l of BLOCKLISTS) {
      if (removalKind(l) === "request") continue;
      expect(l.delisting, l.id).not.toMatch(/^(Request|Use the|Look up and request)/);
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  BLOCKLISTS,
  errorMeaning,
  findBlocklistByZone,
  listingDelisting,
  listingMeanings,
  listingName,
  listsToQuery,
  partsAnswered,
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

  it("the DBL, a domain list, has its own removal text, not the IP lists' SBL/PBL/XBL routes", () => {
    const dbl = byId("spamhaus-dbl");
    expect(dbl.delisting).not.toMatch(/SBL|PBL entries|XBL|CSS|abuse desk|the address up/);
    expect(dbl.delisting).toContain("Look the domain (not an IP address) up");
    expect(dbl.delisting).toContain("self-service removal");
    expect(dbl.sources).toContain("https://www.spamhaus.org/dbl/");
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

describe("a combined list's parts", () => {
  const zen = byId("spamhaus-zen");
  const ids = (codes: string[]) => partsAnswered(zen, codes).map((p) => p.id);

  it("each of ZEN's documented codes names its part (docs.spamhaustech.com Available Zones)", () => {
    expect(ids(["127.0.0.10"])).toEqual(["pbl"]);
    expect(ids(["127.0.0.11"])).toEqual(["pbl"]);
    expect(ids(["127.0.0.2", "127.0.0.9", "127.0.0.30"])).toEqual(["sbl"]);
    expect(ids(["127.0.0.3"])).toEqual(["css"]);
    expect(ids(["127.0.0.4", "127.0.0.10"])).toEqual(["xbl", "pbl"]);
    // An undocumented code says nothing of its part: the listing is the whole list's.
    expect(ids(["127.0.0.10", "127.0.0.99"])).toEqual([]);
    expect(partsAnswered(byId("spamcop"), ["127.0.0.2"])).toEqual([]);
  });

  it("a listing is named by the parts that answered, never the family for one part", () => {
    const name = (codes: string[]) => listingName(zen, partsAnswered(zen, codes));
    expect(name(["127.0.0.11"])).toBe("Spamhaus ZEN (PBL part: end-user address space)");
    expect(name(["127.0.0.2", "127.0.0.4"])).toBe("Spamhaus ZEN (SBL and XBL parts)");
    expect(name(["127.0.0.2", "127.0.0.3", "127.0.0.4"])).toBe(
      "Spamhaus ZEN (SBL, CSS and XBL parts)",
    );
    expect(name([])).toBe(zen.name);
    // A list that is one part already (the PBL zone) keeps its own name.
    const pbl = byId("spamhaus-pbl");
    expect(listingName(pbl, partsAnswered(pbl, ["127.0.0.10"]))).toBe("Spamhaus PBL");
  });

  it("each part has its own way out", () => {
    const out = (codes: string[]) => listingDelisting(zen, partsAnswered(zen, codes));
    expect(out(["127.0.0.10"])).toMatch(/self-service/);
    expect(out(["127.0.0.10"])).not.toMatch(/abuse desk/);
    expect(out(["127.0.0.2"])).toMatch(/abuse desk/);
    expect(out(["127.0.0.4"])).toMatch(/clean it first/);
    expect(out(["127.0.0.3"])).toMatch(/first fix what sent it/);
    expect(out([])).toBe(zen.delisting);
  });

  it("a list that names parts in its return codes has a base name, and every part its words", () => {
    for (const l of BLOCKLISTS) {
      const parts = new Set(
        Object.values(l.returnCodes).flatMap((rc) => (rc.part ? [rc.part.id] : [])),
      );
      if (parts.size > 1) expect(l.baseName, l.id).toBeTruthy();
      for (const rc of Object.values(l.returnCodes))
        if (rc.part) expect(rc.part.delisting.length, l.id).toBeGreaterThan(40);
    }
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

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLOCKLISTS, listsToQuery } from "@/lib/blocklists/catalog";
import { createDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { allZones } from "@/lib/dns/testing/zones";
import { BLOCKLIST_FIXTURES as F } from "@/lib/dns/testing/zones/blocklists";
import { checkDomainBlocklists, checkIpBlocklists } from "./blocklists";

let server: FixtureDnsServer;
const dns = () =>
  createDnsClient({ servers: [`127.0.0.1:${server.port}`], timeoutMs: 200, tries: 1 });
const noKeys = { env: {} };

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: allZones });
});
afterAll(() => server.close());

describe("checkIpBlocklists", () => {
  it("a clean IP: one not-listed summary covering every IP list queried", async () => {
    const findings = await checkIpBlocklists(F.cleanIp, dns(), noKeys);
    expect(findings.map((f) => f.code)).toEqual(["blocklist.not-listed"]);
    const [summary] = findings;
    const expected = listsToQuery("ip").filter((l) => !l.needsKey);
    expect(summary?.severity).toBe("ok");
    expect(summary?.data?.lists).toEqual(expected.map((l) => l.id));
    expect(summary?.data?.skipped).toEqual([
      {
        list: "abusix",
        zone: "combined.mail.abusix.zone",
        reason: "needs a key (ABUSIX_KEY is not set)",
      },
    ]);
  });

  it("listed: the list's own meanings and delisting link", async () => {
    const findings = await checkIpBlocklists(F.listedIp, dns(), noKeys);
    const listed = findings.filter((f) => f.code === "blocklist.listed");
    expect(listed.map((f) => f.data?.list).sort()).toEqual(["spamcop", "spamhaus-zen"]);
    // Each finding's fix follows its list's policy: Spamhaus takes removal requests; SpamCop
    // takes none (its listings expire), so its fix asks for no "delisting".
    const spamcop = listed.find((f) => f.data?.list === "spamcop");
    expect(spamcop?.fix).toContain("SpamCop takes no removal requests");
    expect(spamcop?.fix).toContain("No removal request is needed");
    expect(spamcop?.fix).not.toMatch(/delisting:|removal, once/i);
    const zen = listed.find((f) => f.data?.list === "spamhaus-zen");
    // ZEN answered its SBL and XBL parts (127.0.0.2, .4): the finding names those parts, not
    // the whole family, and gives each part's own way out (not the PBL's, not the CSS's).
    expect(zen?.title).toBe("203.0.113.7 is listed on Spamhaus ZEN (SBL and XBL parts)");
    expect(zen?.data?.parts).toEqual(["sbl", "xbl"]);
    expect(zen?.fix).toContain("abuse desk of the network");
    expect(zen?.fix).toContain("clean it first");
    expect(zen?.fix).not.toMatch(/PBL|CSS/);
    expect(zen?.fix).toContain("https://check.spamhaus.org/");
    expect(zen).toMatchObject({ severity: "critical", outcome: "done" });
    expect(zen?.data).toMatchObject({
      zone: "zen.spamhaus.org",
      returnCodes: ["127.0.0.2", "127.0.0.4"],
      delistUrl: "https://check.spamhaus.org/",
    });
    expect((zen?.data?.meanings as string[]).join(" ")).toMatch(/SBL.*XBL/);
    expect(zen?.records).toEqual([
      { name: "7.113.0.203.zen.spamhaus.org", type: "A", values: ["127.0.0.2", "127.0.0.4"] },
    ]);
    expect(findings.some((f) => f.code === "blocklist.not-listed")).toBe(true);
  });

  it("could not check: refusal code, SERVFAIL, timeout and REFUSED are never 'listed' nor 'not listed'", async () => {
    const findings = await checkIpBlocklists(F.unknownIp, dns(), noKeys);
    const cannot = findings.filter((f) => f.code === "blocklist.could-not-check");
    expect(cannot.map((f) => f.data?.list).sort()).toEqual([
      "barracuda",
      "psbl",
      "spamhaus-zen",
      "uceprotect-1",
    ]);
    expect(cannot.every((f) => f.outcome === "could-not-check")).toBe(true);
    expect(findings.some((f) => f.code === "blocklist.listed")).toBe(false);
    const zen = cannot.find((f) => f.data?.list === "spamhaus-zen");
    expect(zen?.detail).toContain("public/open resolver");
    expect(zen?.detail).toContain("DQS");
    expect(cannot.find((f) => f.data?.list === "uceprotect-1")?.detail).toContain("in time");
    expect(cannot.find((f) => f.data?.list === "barracuda")?.detail).toContain("SERVFAIL");
    // Each detail reads as sentences: the DNS failure's reason ends before "This says nothing".
    for (const f of cannot) expect(f.detail).toMatch(/[.!?] This says nothing about whether/);
    expect(cannot.find((f) => f.data?.list === "barracuda")?.detail).not.toMatch(/\) \(/);
    expect(cannot.find((f) => f.data?.list === "psbl")?.detail).toContain("refused");
    const summary = findings.find((f) => f.code === "blocklist.not-listed");
    expect(summary?.data?.lists).not.toContain("spamhaus-zen");
  });

  it("PBL listing reads as policy, with the list's meaning", async () => {
    const zen = (await checkIpBlocklists(F.pblIp, dns(), noKeys)).find(
      (f) => f.code === "blocklist.listed",
    );
    expect(zen).toMatchObject({ severity: "error" });
    expect(String(zen?.detail)).toContain("PBL");
    // ZEN answered 127.0.0.11 only: its PBL part (policy about the address range), which must
    // not read as the family's spam verdict, nor send the user to the SBL's abuse desk.
    expect(zen?.title).toBe(
      "198.51.100.20 is listed on Spamhaus ZEN (PBL part: end-user address space)",
    );
    expect(zen?.data).toMatchObject({
      listName: "Spamhaus ZEN (PBL part: end-user address space)",
      parts: ["pbl"],
    });
    expect(zen?.fix).toContain("policy, not a spam verdict");
    expect(zen?.fix).toContain("self-service");
    expect(zen?.fix).not.toMatch(/SBL|abuse desk|XBL|CSS/);
  });

  it("IPv6 in nibble form, only against lists that publish IPv6", async () => {
    const findings = await checkIpBlocklists(F.listedIpv6, dns(), noKeys);
    const zen = findings.find((f) => f.code === "blocklist.listed");
    expect(zen?.records?.[0]?.name).toBe(
      "d.a.b.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org",
    );
    expect(String(zen?.detail)).toContain("CSS");
    const summary = findings.find((f) => f.code === "blocklist.not-listed");
    const skipped = summary?.data?.skipped as { list: string }[];
    expect(skipped.map((s) => s.list)).toContain("spamcop");
    expect(summary?.data?.lists).not.toContain("spamcop");
  });

  it("uses the DQS zone when a key is configured, and never shows the key", async () => {
    const key = "abcdefghijklmnopqrstuvwxyz";
    const findings = await checkIpBlocklists(F.listedIp, dns(), { env: { SPAMHAUS_DQS_KEY: key } });
    // The fixture server has no DQS data: the DQS zone answers NXDOMAIN, so ZEN is now "not listed".
    const summary = findings.find((f) => f.code === "blocklist.not-listed");
    expect(summary?.data?.zones).toContain("<key>.zen.dq.spamhaus.net");
    expect(JSON.stringify(findings)).not.toContain(key);
  });

  it("never queries retired lists", async () => {
    const sorbs = BLOCKLISTS.find((l) => l.id === "sorbs");
    expect(sorbs?.retired).toBeDefined();
    expect(listsToQuery("ip").some((l) => l.id === "sorbs")).toBe(false);
  });
});

describe("checkDomainBlocklists", () => {
  it("listed on DBL, URIBL and SURBL with bitmask decoding", async () => {
    const findings = await checkDomainBlocklists(F.listedDomain, dns(), noKeys);
    const byList = Object.fromEntries(
      findings.filter((f) => f.code === "blocklist.listed").map((f) => [f.data?.list, f]),
    );
    expect(Object.keys(byList).sort()).toEqual(["spamhaus-dbl", "surbl", "uribl"]);
    expect(byList.surbl?.data?.meanings).toEqual(["MW: malware", "ABUSE: spam and abuse sites"]);
    expect(byList["spamhaus-dbl"]?.data?.meanings).toEqual(["A low-reputation (spam) domain"]);
  });

  it("URIBL 127.0.0.1, Spamhaus 127.255.255.252 and a rewritten answer are 'could not check'", async () => {
    const findings = await checkDomainBlocklists(F.refusedDomain, dns(), noKeys);
    expect(findings.map((f) => f.code)).toEqual(Array(3).fill("blocklist.could-not-check"));
    const byList = Object.fromEntries(findings.map((f) => [f.data?.list, String(f.detail)]));
    expect(byList.uribl).toContain("refuses");
    expect(byList["spamhaus-dbl"]).toContain("typing error");
    expect(byList.surbl).toContain("rewrote");
  });

  it("asks URI lists for the registrable domain of a host name", async () => {
    const findings = await checkDomainBlocklists("www.listed-domain.test", dns(), noKeys);
    const listed = findings
      .filter((f) => f.code === "blocklist.listed")
      .map((f) => f.data?.list)
      .sort();
    expect(listed).toEqual(["surbl", "uribl"]);
    const summary = findings.find((f) => f.code === "blocklist.not-listed");
    expect(summary?.records?.[0]?.name).toBe("www.listed-domain.test.dbl.spamhaus.org");
  });

  it("a clean domain", async () => {
    const findings = await checkDomainBlocklists(F.cleanDomain, dns(), noKeys);
    expect(findings.map((f) => f.code)).toEqual(["blocklist.not-listed"]);
  });

  it("queries the lists in parallel", async () => {
    server.setGlobalDelay(100);
    try {
      const started = Date.now();
      await checkIpBlocklists(
        F.cleanIp,
        createDnsClient({ servers: [`127.0.0.1:${server.port}`], timeoutMs: 1000, tries: 1 }),
        noKeys,
      );
      // 12+ lists at 100 ms each: sequential would take over a second.
      expect(Date.now() - started).toBeLessThan(600);
    } finally {
      server.setGlobalDelay(0);
    }
  });
});

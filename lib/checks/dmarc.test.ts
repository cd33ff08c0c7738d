import { describe, expect, it } from "vitest";
import { checkAlignment, checkDmarc, parseDmarcRecord } from "./dmarc";
import { codes, fixtureDnsForSuite } from "./testing/fixture-dns";

const fx = fixtureDnsForSuite();
const check = (domain: string, opts = {}) => checkDmarc(domain, fx.client(), opts);

describe("parseDmarcRecord", () => {
  it("reads policies, DMARCbis tags and report URIs with size limits", () => {
    const parsed = parseDmarcRecord(
      "v=DMARC1; p=reject; sp=none; np=quarantine; psd=n; t=y; pct=20; adkim=s; rua=mailto:a@x.example!10m",
    );
    expect(parsed.ok && parsed.record).toMatchObject({
      p: "reject",
      sp: "none",
      np: "quarantine",
      psd: "n",
      t: "y",
      pct: 20,
      adkim: "s",
      aspf: "r",
      rua: [{ uri: "mailto:a@x.example", domain: "x.example", sizeLimit: "10m" }],
    });
  });

  it("treats a missing p= with a valid rua= as p=none (RFC 7489 §6.6.3)", () => {
    const parsed = parseDmarcRecord("v=DMARC1; rua=mailto:a@x.example");
    expect(parsed.ok && parsed.record.p).toBe("none");
  });

  it.each([
    ["v=DMARC1; p=block", "not a policy"],
    ["p=none; v=DMARC1", "start with v=DMARC1"],
    ["v=DMARC1; p=none; pct=150", "0 to 100"],
    ["v=DMARC1; p=none; rua=dmarc@x.example", "mailto"],
    ["v=DMARC1", "p= tag is missing"],
  ])("rejects %j", (text, words) => {
    const parsed = parseDmarcRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join("; ")).toContain(words);
  });
});

describe("checkAlignment (pure)", () => {
  const relaxed = { adkim: "r", aspf: "r" } as const;
  const strict = { adkim: "s", aspf: "s" } as const;
  it("relaxed: same organisational domain aligns", () => {
    expect(
      checkAlignment(
        { fromDomain: "news.example.co.uk", spfDomain: "bounce.example.co.uk" },
        relaxed,
      ),
    ).toMatchObject({ spf: "aligned", dkim: "absent", aligned: true });
  });
  it("strict: only the exact domain aligns", () => {
    expect(
      checkAlignment(
        {
          fromDomain: "news.example.com",
          spfDomain: "example.com",
          dkimDomains: ["news.example.com"],
        },
        strict,
      ),
    ).toMatchObject({
      spf: "not-aligned",
      dkim: "aligned",
      aligned: true,
      alignedDkimDomains: ["news.example.com"],
    });
  });
  it("a third-party domain never aligns; the public suffix is not an organisational domain", () => {
    expect(
      checkAlignment(
        { fromDomain: "shop.example", spfDomain: "esp.example", dkimDomains: ["esp.example"] },
        relaxed,
      ).aligned,
    ).toBe(false);
    expect(checkAlignment({ fromDomain: "a.co.uk", spfDomain: "b.co.uk" }, relaxed).aligned).toBe(
      false,
    );
  });
});

describe("checkDmarc against the fixture DNS server", () => {
  it("p=reject with an authorised external ruf destination", async () => {
    const result = await check("mail-ready.test");
    expect(codes(result.findings)).toEqual(["dmarc.reject", "dmarc.rua-authorised"]);
    expect(result.appliedPolicy).toBe("reject");
  });

  it("p=none without rua: policy-none and no-rua warnings", async () => {
    expect(codes((await check("dmarc-none.test")).findings)).toEqual([
      "dmarc.policy-none",
      "dmarc.no-rua",
    ]);
  });

  it("p=quarantine with pct and DMARCbis t=y reported", async () => {
    const result = await check("dmarc-quarantine.test");
    expect(codes(result.findings)).toEqual(["dmarc.quarantine", "dmarc.pct", "dmarc.testing"]);
    expect(result.findings[0]?.data).toMatchObject({ np: "reject", t: "y", pct: 50 });
  });

  it("a subdomain without its own record falls back to the organisational domain's sp=", async () => {
    const result = await check("news.dmarc-org.test");
    expect(codes(result.findings)).toEqual(["dmarc.org-domain", "dmarc.quarantine"]);
    expect(result.recordDomain).toBe("dmarc-org.test");
    expect(result.appliedPolicy).toBe("quarantine");
  });

  it("external rua destinations: one authorised, one not", async () => {
    const result = await check("dmarc-ext.test");
    expect(codes(result.findings)).toEqual([
      "dmarc.reject",
      "dmarc.rua-authorised",
      "dmarc.rua-unauthorised",
    ]);
    expect(result.findings[2]?.data).toEqual({ destination: "reports-unauthorised.test" });
  });

  it("missing, broken and multiple records", async () => {
    expect(codes((await check("no-dkim.test")).findings)).toEqual(["dmarc.missing"]);
    const broken = await check("dmarc-broken.test");
    expect(codes(broken.findings)).toEqual(["dmarc.syntax"]);
    expect(broken.findings[0]?.data?.problems).toEqual([
      "p=block is not a policy (none, quarantine or reject)",
      "pct=150 must be a whole number from 0 to 100",
    ]);
    expect(codes((await check("dmarc-multiple.test")).findings)).toEqual(["dmarc.multiple"]);
  });

  it("fixes several or invalid records with one p=none record, never the strictest policy", async () => {
    // Several records: receivers apply none (RFC 7489 §6.6.3), so p=reject would be new.
    const atDomain = (domain: string) => ({
      reportMailbox: Promise.resolve({
        kind: "at-domain" as const,
        address: `dmarc-reports@${domain}`,
      }),
    });
    const multiple = (await check("dmarc-multiple.test", atDomain("dmarc-multiple.test")))
      .findings[0]!;
    expect(multiple.fix).toContain(
      '"v=DMARC1; p=none; rua=mailto:dmarc-reports@dmarc-multiple.test"',
    );
    expect(multiple.fix).toContain("Do not keep the strictest of their policies");
    expect(multiple.fix).not.toMatch(/^Merge them/);
    const broken = (await check("dmarc-broken.test", atDomain("dmarc-broken.test"))).findings[0]!;
    expect(broken.fix).toMatch(
      /^Rewrite it as "v=DMARC1; p=none; rua=mailto:dmarc-reports@dmarc-broken\.test"/,
    );
  });

  it("names no report mailbox whose domain no check showed receiving mail", async () => {
    const missing = (await check("no-dkim.test")).findings[0]!;
    expect(missing.fix).toContain('"v=DMARC1; p=none"');
    expect(missing.fix).toContain("whether no-dkim.test receives mail was not checked");
    const broken = (await check("dmarc-broken.test")).findings[0]!;
    expect(broken.fix).toMatch(/^Rewrite it as "v=DMARC1; p=none" /);
    expect(broken.fix).toContain("add rua=mailto: with a mailbox at a domain that receives mail");
    const noRua = (await check("dmarc-none.test")).findings[1]!;
    expect(noRua.fix).not.toContain("dmarc-reports@");
  });

  it.each([
    ["dmarc-servfail.test", "servfail"],
    ["dmarc-timeout.test", "timeout"],
  ])("%s: could-not-check (%s), never 'missing'", async (domain, reason) => {
    const result = await check(domain);
    expect(codes(result.findings)).toEqual(["dmarc.could-not-check"]);
    expect(result.findings[0]?.data?.reason).toBe(reason);
  });

  it("alignment for given SPF and DKIM domains", async () => {
    const ok = await check("mail-ready.test", {
      alignment: { spfDomain: "bounce.mail-ready.test" },
    });
    expect(codes(ok.findings)).toContain("dmarc.aligned");
    const bad = await check("mail-ready.test", {
      alignment: { spfDomain: "esp.test", dkimDomains: ["esp.test"] },
    });
    expect(codes(bad.findings)).toContain("dmarc.not-aligned");
  });
});

describe("truncated answers", () => {
  it("a TC-flagged UDP answer is retried over TCP and read normally", async () => {
    expect(codes((await check("dmarc-truncated.test")).findings)).toEqual(["dmarc.reject"]);
  });
});

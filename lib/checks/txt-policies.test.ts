import { describe, expect, it } from "vitest";
import { checkBimi } from "./bimi";
import { checkMtaSts } from "./mta-sts";
import { checkTlsRpt } from "./tls-rpt";
import { codes, fixtureDnsForSuite } from "./testing/fixture-dns";

const fx = fixtureDnsForSuite();

describe("MTA-STS, TLS-RPT and BIMI records", () => {
  it("all present and valid on the well-configured domain", async () => {
    const dns = fx.client();
    expect(codes(await checkMtaSts("mail-ready.test", dns))).toEqual(["mta-sts.ok"]);
    expect(codes(await checkTlsRpt("mail-ready.test", dns))).toEqual(["tls-rpt.ok"]);
    expect(codes(await checkBimi("mail-ready.test", dns))).toEqual(["bimi.ok"]);
  });

  it("absent: info findings", async () => {
    const dns = fx.client();
    const all = [
      ...(await checkMtaSts("no-dkim.test", dns)),
      ...(await checkTlsRpt("no-dkim.test", dns)),
      ...(await checkBimi("no-dkim.test", dns)),
    ];
    expect(all.map((f) => [f.code, f.severity])).toEqual([
      ["mta-sts.none", "info"],
      ["tls-rpt.none", "info"],
      ["bimi.none", "info"],
    ]);
  });

  it("broken records: syntax errors with the reason", async () => {
    const dns = fx.client();
    const sts = await checkMtaSts("policies-broken.test", dns);
    expect(codes(sts)).toEqual(["mta-sts.syntax"]);
    expect(sts[0]?.detail).toContain("1-32 letters and digits");
    const rpt = await checkTlsRpt("policies-broken.test", dns);
    expect(codes(rpt)).toEqual(["tls-rpt.syntax"]);
    const bimi = await checkBimi("policies-broken.test", dns);
    expect(codes(bimi)).toEqual(["bimi.syntax"]);
    expect(bimi[0]?.detail).toContain("https");
  });

  it("several MTA-STS records: multiple", async () => {
    expect(codes(await checkMtaSts("policies-multiple.test", fx.client()))).toEqual([
      "mta-sts.multiple",
    ]);
  });

  it("BIMI declination record (empty l=)", async () => {
    expect(codes(await checkBimi("dmarc-none.test", fx.client()))).toEqual(["bimi.declined"]);
  });
});

describe("DNS failures of the policy lookups", () => {
  it("REFUSED, SERVFAIL and timeout each give could-not-check with the reason", async () => {
    const dns = fx.client();
    const all = [
      ...(await checkMtaSts("policies-failing.test", dns)),
      ...(await checkTlsRpt("policies-failing.test", dns)),
      ...(await checkBimi("policies-failing.test", dns)),
    ];
    expect(all.map((f) => [f.code, f.outcome, f.data?.reason])).toEqual([
      ["mta-sts.could-not-check", "could-not-check", "refused"],
      ["tls-rpt.could-not-check", "could-not-check", "servfail"],
      ["bimi.could-not-check", "could-not-check", "timeout"],
    ]);
  });
});

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

  it("MTA-STS fixes start in testing mode and check the policy before a record becomes valid", async () => {
    const dns = fx.client();
    // An ignored record that becomes valid starts applying its policy: check it first.
    const multiple = await checkMtaSts("policies-multiple.test", dns);
    expect(multiple[0]?.fix).toMatch(
      /^Delete all but one MTA-STS record\. Senders ignore the policy/,
    );
    expect(multiple[0]?.fix).toMatch(/"mode: testing"/);
    const broken = await checkMtaSts("policies-broken.test", dns);
    expect(broken[0]?.fix).toMatch(/check what it asks/);
    const none = await checkMtaSts("no-dkim.test", dns);
    expect(none[0]?.fix).toMatch(/Start with "mode: testing", an "mx:" line for every MX host/);
    expect(none[0]?.fix).toMatch(/"mode: enforce" only after about two weeks of reports/);
    // TLS-RPT only asks for reports: no such caution.
    const rpt = await checkTlsRpt("policies-broken.test", dns);
    expect(rpt[0]?.fix).toBe("Correct the TXT record at _smtp._tls.policies-broken.test.");
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

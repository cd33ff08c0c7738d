import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/checks/types";
import { spfFindings } from "./findings";
import { withSpfFixtureDns } from "./testing/spf-fixture-dns";
import type { SpfNode } from "./types";

const dns = withSpfFixtureDns();
const codes = (fs: Finding[]) => fs.map((f) => f.code).sort();
const byCode = (fs: Finding[], code: string) => {
  const f = fs.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} in ${codes(fs).join(", ")}`);
  return f;
};

describe("spfFindings against the loopback fixture DNS", () => {
  it("a valid record: spf.ok and spf.fail-all, with the tree and raw records", async () => {
    const fs = await spfFindings("spf-pass.example", dns.client());
    expect(codes(fs)).toEqual(["spf.fail-all", "spf.ok"]);
    const ok = byCode(fs, "spf.ok");
    expect(ok).toMatchObject({
      area: "spf",
      severity: "ok",
      outcome: "done",
      reference: "RFC 7208 §4.6",
      referenceUrl: "https://www.rfc-editor.org/rfc/rfc7208#section-4.6",
    });
    expect(ok.detail).toMatch(/2 of 10 DNS lookups/);
    expect(ok.records?.map((r) => r.name)).toEqual(["spf-pass.example", "_spf.spf-pass.example"]);
    const tree = ok.data?.tree as SpfNode;
    expect(tree.children[0]!.record).toBe(
      "v=spf1 ip6:2001:db8:5f::/48 a:mail.spf-pass.example -all",
    );
  });

  it("with an IP: spf.pass / spf.fail / spf.softfail / spf.neutral with the evaluation", async () => {
    const pass = await spfFindings("spf-pass.example", dns.client(), {
      ip: "198.51.100.25",
      sender: "alice@spf-pass.example",
    });
    expect(byCode(pass, "spf.pass").severity).toBe("ok");
    expect(byCode(pass, "spf.pass").detail).toMatch(/a:mail\.spf-pass\.example/);
    const fail = await spfFindings("spf-pass.example", dns.client(), { ip: "203.0.113.66" });
    expect(byCode(fail, "spf.fail")).toMatchObject({
      severity: "error",
      reference: "RFC 7208 §8.4",
    });
    expect(byCode(fail, "spf.fail").fix).toMatch(/ip4:203\.0\.113\.66/);
    expect(
      codes(await spfFindings("spf-softfail.example", dns.client(), { ip: "203.0.113.66" })),
    ).toEqual(["spf.ok", "spf.softfail", "spf.softfail-all"]);
    expect(
      codes(await spfFindings("spf-neutral.example", dns.client(), { ip: "203.0.113.66" })),
    ).toEqual(["spf.neutral", "spf.no-all"]);
  });

  it("spf.missing, and spf.none for an IP", async () => {
    const fs = await spfFindings("spf-missing.example", dns.client(), { ip: "192.0.2.1" });
    expect(codes(fs)).toEqual(["spf.missing", "spf.none"]);
    expect(byCode(fs, "spf.missing").records).toEqual([
      { name: "spf-missing.example", type: "TXT", values: ["v=DMARC1-lookalike but not spf"] },
    ]);
    const nx = await spfFindings("does-not-exist.spf-missing.example", dns.client());
    expect(byCode(nx, "spf.missing").title).toMatch(/does not exist/);
  });

  it("spf.multiple with a merged record in the fix", async () => {
    const fs = await spfFindings("spf-multiple.example", dns.client(), { ip: "192.0.2.1" });
    expect(codes(fs)).toEqual(["spf.multiple", "spf.permerror"]);
    expect(byCode(fs, "spf.multiple").fix).toContain(
      "v=spf1 ip4:192.0.2.0/24 include:_spf.spf-pass.example ~all",
    );
  });

  it("spf.syntax with the position, also inside an include", async () => {
    const fs = await spfFindings("spf-syntax.example", dns.client());
    expect(codes(fs)).toEqual(["spf.syntax"]);
    expect(byCode(fs, "spf.syntax").detail).toMatch(/at character 12 \("ip4:192\.0\.2\.300"\)/);
    expect(byCode(fs, "spf.syntax").detail).toMatch(/prefix length/);
    const inc = await spfFindings("spf-include-syntax.example", dns.client());
    expect(byCode(inc, "spf.syntax").title).toMatch(/_spf\.spf-include-syntax\.example/);
  });

  it("spf.too-many-lookups with the count per record", async () => {
    const fs = await spfFindings("spf-toomany.example", dns.client(), { ip: "192.0.2.40" });
    const f = byCode(fs, "spf.too-many-lookups");
    expect(f.detail).toMatch(/takes 12 DNS-querying terms/);
    expect(f.detail).toMatch(
      /spf-toomany\.example: 4, t1\.spf-toomany\.example: 4, t2\.spf-toomany\.example: 4/,
    );
    // The IP matches "a" (the first term), so this IP passes despite the broken record.
    expect(byCode(fs, "spf.pass")).toBeDefined();
    expect(codes(fs)).not.toContain("spf.ok");
  });

  it("spf.void-lookups, spf.plus-all, spf.ptr-used, spf.no-all", async () => {
    const voids = await spfFindings("spf-void.example", dns.client());
    expect(byCode(voids, "spf.void-lookups").detail).toMatch(/^3 terms/);
    const plus = await spfFindings("spf-plusall.example", dns.client());
    expect(byCode(plus, "spf.plus-all").severity).toBe("critical");
    expect(codes(await spfFindings("spf-ptr.example", dns.client()))).toEqual([
      "spf.fail-all",
      "spf.ptr-used",
    ]);
    const noAll = await spfFindings("spf-noall.example", dns.client());
    expect(codes(noAll)).toEqual(["spf.no-all"]);
    expect(byCode(noAll, "spf.no-all").reference).toBe("RFC 7208 §4.7");
  });

  it('never advises "-all" before every sender is listed and seen passing', async () => {
    // "+all" and no "all" let every sender through today: "-all" at once refuses the unlisted.
    const plus = byCode(await spfFindings("spf-plusall.example", dns.client()), "spf.plus-all");
    const noAll = byCode(await spfFindings("spf-noall.example", dns.client()), "spf.no-all");
    for (const f of [plus, noAll]) {
      expect(f.fix).toMatch(/^First (list|make sure) every service that sends as/);
      expect(f.fix).toContain('"~all", and with "-all" only once test messages or DMARC reports');
      expect(f.fix).not.toMatch(/with "-all" \(or "~all"/);
    }
  });

  it("follows a redirect for the final all", async () => {
    expect(codes(await spfFindings("spf-redirect.example", dns.client()))).toEqual([
      "spf.fail-all",
      "spf.ok",
    ]);
  });

  it("spf.include-missing for an include of a domain without SPF", async () => {
    const fs = await spfFindings("spf-include-missing.example", dns.client());
    expect(codes(fs)).toContain("spf.include-missing");
    expect(byCode(fs, "spf.include-missing").fix).toMatch(
      /include:nothing\.spf-include-missing\.example/,
    );
  });

  it("could-not-check on SERVFAIL and timeouts (never 'missing'), temperror for an IP", async () => {
    for (const domain of ["spf-servfail.example", "spf-timeout.example"]) {
      const fs = await spfFindings(domain, dns.client(), { ip: "192.0.2.1" });
      expect(codes(fs)).toEqual(["spf.could-not-check", "spf.temperror"]);
      expect(fs.every((f) => f.outcome === "could-not-check")).toBe(true);
    }
    const term = await spfFindings("spf-tempfail.example", dns.client(), { ip: "192.0.2.1" });
    expect(codes(term)).toEqual(["spf.could-not-check", "spf.fail-all", "spf.temperror"]);
  });

  it("a permanent error no other finding explains: more than 10 MX names", async () => {
    const fs = await spfFindings("spf-mxlimit.example", dns.client());
    expect(byCode(fs, "spf.permerror").detail).toMatch(/11 MX records/);
  });
});

import { describe, expect, it } from "vitest";
import { evaluateSpf } from "./evaluate";
import { withSpfFixtureDns } from "./testing/spf-fixture-dns";

const dns = withSpfFixtureDns();

describe("evaluateSpf against the loopback fixture DNS", () => {
  it("passes through an include and says which mechanism matched, where", async () => {
    const e = await evaluateSpf(
      { ip: "198.51.100.25", sender: "alice@spf-pass.example", helo: "mail.spf-pass.example" },
      dns.client(),
    );
    expect(e.result).toBe("pass");
    expect(e.matched).toEqual({
      domain: "_spf.spf-pass.example",
      text: "a:mail.spf-pass.example",
      qualifier: "+",
      path: ["spf-pass.example", "_spf.spf-pass.example"],
    });
    const top = e.tree;
    expect(top.record).toBe("v=spf1 ip4:192.0.2.0/24 include:_spf.spf-pass.example -all");
    expect(top.txtRecords).toContain("google-site-verification=not-an-spf-record");
    expect(top.terms.map((t) => t.outcome)).toEqual(["no-match", "match", "not-reached"]);
    const include = top.terms[1]!;
    expect(include.countsTowardLimit).toBe(true);
    expect(include.child?.domain).toBe("_spf.spf-pass.example");
    expect(include.child?.terms.map((t) => t.outcome)).toEqual([
      "no-match",
      "match",
      "not-reached",
    ]);
    expect(include.child?.terms[1]!.lookups).toEqual([
      { name: "mail.spf-pass.example", type: "A", status: "ok", answers: ["198.51.100.25"] },
    ]);
    expect(e.totals).toMatchObject({ lookups: 2, lookupLimit: 10, voidLookups: 0, voidLimit: 2 });
    expect(top.lookupTerms).toBe(1);
    expect(include.child?.lookupTerms).toBe(1);
    expect(e.advice).toEqual([]);
  });

  it("matches IPv6 clients with ip6 and AAAA, and treats IPv4-mapped clients as IPv4", async () => {
    const v6 = await evaluateSpf(
      { ip: "2001:db8:5f::25", sender: "bob@spf-pass.example", helo: "x.example" },
      dns.client(),
    );
    expect(v6.result).toBe("pass");
    expect(v6.matched?.text).toBe("ip6:2001:db8:5f::/48");
    const mapped = await evaluateSpf(
      { ip: "::ffff:192.0.2.9", sender: "bob@spf-pass.example", helo: "x.example" },
      dns.client(),
    );
    expect(mapped.result).toBe("pass");
    expect(mapped.ip).toBe("192.0.2.9");
    expect(mapped.matched?.text).toBe("ip4:192.0.2.0/24");
  });

  it("fails with advice for an unlisted IP, and uses the domain's exp= explanation", async () => {
    const plain = await evaluateSpf(
      { ip: "203.0.113.66", sender: "alice@spf-pass.example", helo: "h.example" },
      dns.client(),
    );
    expect(plain.result).toBe("fail");
    expect(plain.explanationSource).toBe("default");
    expect(plain.advice.join(" ")).toMatch(/ip4:203\.0\.113\.66/);

    const macro = await evaluateSpf(
      { ip: "203.0.113.66", sender: "alice@spf-macro.example", helo: "h.example" },
      dns.client(),
    );
    expect(macro.result).toBe("fail");
    expect(macro.explanation).toBe(
      "203.0.113.66 is not a mail server of spf-macro.example; see https://spf-macro.example/senders",
    );
    expect(macro.explanationSource).toBe("exp");
    const exists = await evaluateSpf(
      { ip: "192.0.2.7", sender: "alice@spf-macro.example", helo: "h.example" },
      dns.client(),
    );
    expect(exists.result).toBe("pass");
    expect(exists.tree.terms[0]!.target).toBe("192.0.2.7._allow.spf-macro.example");
  });

  it("softfail, neutral default, and a redirect that changes the domain", async () => {
    expect(
      (
        await evaluateSpf(
          { ip: "203.0.113.66", sender: "a@spf-softfail.example", helo: "h.example" },
          dns.client(),
        )
      ).result,
    ).toBe("softfail");
    const neutral = await evaluateSpf(
      { ip: "203.0.113.66", sender: "a@spf-noall.example", helo: "h.example" },
      dns.client(),
    );
    expect(neutral.result).toBe("neutral");
    expect(neutral.advice.join(" ")).toMatch(/-all/);
    const redirect = await evaluateSpf(
      { ip: "198.51.100.25", sender: "a@spf-redirect.example", helo: "h.example" },
      dns.client(),
    );
    expect(redirect.result).toBe("pass");
    expect(redirect.tree.children[0]).toMatchObject({
      via: "redirect",
      domain: "_spf.spf-pass.example",
    });
    expect(redirect.matched?.path).toEqual(["spf-redirect.example", "_spf.spf-pass.example"]);
  });

  it("counts lookups across the tree and stops with permerror past 10", async () => {
    const e = await evaluateSpf(
      { ip: "203.0.113.66", sender: "a@spf-toomany.example", helo: "h.example" },
      dns.client(),
    );
    expect(e.result).toBe("permerror");
    expect(e.totals.lookups).toBe(11);
    expect(e.advice.join(" ")).toMatch(/more than 10 DNS lookups/);
    expect(e.tree.children.map((c) => c.lookupTerms)).toEqual([4, 3]);
  });

  it("counts void lookups and stops with permerror past 2", async () => {
    const e = await evaluateSpf(
      { ip: "192.0.2.1", sender: "a@spf-void.example", helo: "h.example" },
      dns.client(),
    );
    expect(e.result).toBe("permerror");
    expect(e.totals.voidLookups).toBe(3);
    expect(e.tree.terms.filter((t) => t.voidLookup).map((t) => t.text)).toEqual([
      "a:gone1.spf-void.example",
      "a:gone2.spf-void.example",
      "mx:gone3.spf-void.example",
    ]);
  });

  it("gives temperror on SERVFAIL and timeouts, never 'none'", async () => {
    const servfail = await evaluateSpf(
      { ip: "192.0.2.1", sender: "a@spf-servfail.example", helo: "h.example" },
      dns.client(),
    );
    expect(servfail.result).toBe("temperror");
    expect(servfail.tree.recordLookup?.status).toBe("error");
    const timeout = await evaluateSpf(
      { ip: "192.0.2.1", sender: "a@spf-timeout.example", helo: "h.example" },
      dns.client(),
    );
    expect(timeout.result).toBe("temperror");
    const term = await evaluateSpf(
      { ip: "192.0.2.1", sender: "a@spf-tempfail.example", helo: "h.example" },
      dns.client(),
    );
    expect(term.result).toBe("temperror");
    expect(term.tree.terms[0]!.outcome).toBe("temperror");
  });

  it("permerror for an include without SPF and for more than 10 MX names", async () => {
    const inc = await evaluateSpf(
      { ip: "192.0.2.1", sender: "a@spf-include-missing.example", helo: "h.example" },
      dns.client(),
    );
    expect(inc.result).toBe("permerror");
    expect(inc.tree.terms[0]!.child?.result).toBe("none");
    const mx = await evaluateSpf(
      { ip: "192.0.2.100", sender: "a@spf-mxlimit.example", helo: "h.example" },
      dns.client(),
    );
    expect(mx.result).toBe("permerror");
    expect(mx.tree.problem).toBe("mx-limit");
  });

  it("uses postmaster@helo for an empty MAIL FROM and 'none' for a HELO that is not a domain", async () => {
    const e = await evaluateSpf(
      { ip: "192.0.2.1", sender: "", helo: "spf-softfail.example" },
      dns.client(),
    );
    expect(e.sender).toBe("postmaster@spf-softfail.example");
    expect(e.result).toBe("pass");
    const literal = await evaluateSpf(
      { ip: "192.0.2.1", sender: "", helo: "[192.0.2.1]" },
      dns.client(),
    );
    expect(literal.result).toBe("none");
  });

  it("reads a record split over several strings", async () => {
    const e = await evaluateSpf(
      { ip: "2001:db8:5f:9::1", sender: "a@spf-long.example", helo: "h.example" },
      dns.client(),
    );
    expect(e.result).toBe("pass");
    expect(e.tree.record!.length).toBeGreaterThan(255);
  });

  it("walks without an address: counts every term up to all", async () => {
    const walk = await evaluateSpf(
      { ip: null, sender: "postmaster@spf-toomany.example", helo: "spf-toomany.example" },
      dns.client(),
      { lookupLimit: 50 },
    );
    expect(walk.totals.lookups).toBe(12);
    expect(walk.result).toBe("fail");
  });
});

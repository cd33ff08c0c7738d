import { describe, expect, it } from "vitest";
import { checkRecipientDomain } from "./recipient-domain";
import { codes, fixtureDnsForSuite } from "./testing/fixture-dns";

const fx = fixtureDnsForSuite();
const check = (domain: string) => checkRecipientDomain(domain, fx.client());

describe("checkRecipientDomain against the fixture DNS server", () => {
  it("a well-configured domain: exists, MX ok with both hosts", async () => {
    const findings = await check("mail-ready.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.ok"]);
    const mx = findings.find((f) => f.code === "mx.ok");
    expect(mx?.data).toEqual({ hosts: ["mx1.mail-ready.test", "mx2.mail-ready.test"] });
    expect(mx?.records?.[0]?.values).toEqual(["10 mx1.mail-ready.test", "20 mx2.mail-ready.test"]);
  });

  it("NXDOMAIN: the domain does not exist (critical), no further MX findings", async () => {
    const findings = await check("does-not-exist.test");
    expect(codes(findings)).toEqual(["domain.nxdomain"]);
    expect(findings[0]?.severity).toBe("critical");
    expect(findings[0]?.outcome).toBe("done");
  });

  it("null MX (RFC 7505) alone: the domain takes no mail", async () => {
    const findings = await check("null-mx.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.null"]);
    expect(findings[1]?.data).toEqual({ mixed: false });
    // The owner of a sending domain removes it (RFC 7505 §4.2); a sender writing to it cannot.
    expect(findings[1]?.fix).toMatch(
      /^If null-mx\.test sends or receives any mail, remove the null MX/,
    );
    expect(findings[1]?.fixWhenRecipient).toMatch(/^Use another address for this recipient/);
  });

  it("null MX mixed with a real MX is reported as such, and the real host is still checked", async () => {
    const findings = await check("mixed-null-mx.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.null", "mx.ok"]);
    expect(findings[1]?.data).toEqual({ mixed: true });
    expect(findings[1]?.severity).toBe("critical");
    // Its real MX may be where mail arrives today: the null MX goes, not the others.
    expect(findings[1]?.fix).toMatch(/^The domain owner should remove the null MX if the domain/);
  });

  it("MX pointing at a CNAME: warning, but deliverable", async () => {
    const findings = await check("mx-cname.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.cname", "mx.ok"]);
    expect(findings[1]?.data).toEqual({
      exchange: "mail.mx-cname.test",
      target: "host.mx-cname.test",
    });
  });

  it("MX as an IP literal: error, and no usable host", async () => {
    const findings = await check("mx-literal.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.ip-literal"]);
  });

  it("MX host without an address: unresolvable, then no usable mail server", async () => {
    const findings = await check("mx-unresolvable.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.unresolvable", "mx.none"]);
  });

  it("no MX but an A record: implicit MX (RFC 5321 §5.1)", async () => {
    const findings = await check("implicit-mx.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.none-implicit"]);
    expect(findings[1]?.data).toEqual({ addresses: ["192.0.2.55"] });
    // A null MX would get the domain's own outgoing mail refused (RFC 7505 §4.2).
    expect(findings[1]?.fix).toContain("only if implicit-mx.test neither receives nor sends mail");
    expect(findings[1]?.fix).toContain("RFC 7505 §4.2");
  });

  it("no MX and no address: mx.none", async () => {
    expect(codes(await check("no-mail.test"))).toEqual(["domain.ok", "mx.none"]);
  });

  it("an MX query that SERVFAILs is could-not-check, never 'no MX'", async () => {
    const findings = await check("mx-servfail.test");
    expect(codes(findings)).toEqual(["mx.could-not-check"]);
    expect(findings[0]?.outcome).toBe("could-not-check");
    expect(findings[0]?.data?.reason).toBe("servfail");
  });

  it("an MX host whose lookups time out is could-not-check, not unresolvable", async () => {
    const findings = await check("mx-host-timeout.test");
    expect(codes(findings)).toEqual(["domain.ok", "mx.could-not-check"]);
    expect(findings[1]?.data?.reason).toBe("timeout");
  });

  it("a slow (but in-time) answer is still an answer", async () => {
    expect(codes(await check("mx-slow.test"))).toEqual(["domain.ok", "mx.ok"]);
  });

  it("a likely typo of a well-known domain is reported beside the DNS answer", async () => {
    const findings = await check("gmial.com");
    expect(findings[0]).toMatchObject({ code: "domain.typo", data: { suggestion: "gmail.com" } });
    // gmial.com is not in the fixture zones: NXDOMAIN there.
    expect(codes(findings)).toContain("domain.nxdomain");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { allZones } from "@/lib/dns/testing/zones";
import { REVERSE_DNS_FIXTURES as F } from "@/lib/dns/testing/zones/reverse-dns";
import { checkReverseDns } from "./reverse-dns";

let server: FixtureDnsServer;
const dns = () =>
  createDnsClient({ servers: [`127.0.0.1:${server.port}`], timeoutMs: 200, tries: 1 });
const codes = async (ip: string) => (await checkReverseDns(ip, dns())).map((f) => f.code).sort();

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: allZones });
});
afterAll(() => server.close());

describe("checkReverseDns", () => {
  it("ptr.ok for forward-confirmed reverse DNS, IPv4 and IPv6", async () => {
    const [ok] = await checkReverseDns(F.ok, dns());
    expect(ok).toMatchObject({ code: "ptr.ok", severity: "ok", outcome: "done" });
    expect(ok?.data).toMatchObject({
      ptrNames: ["mail.sender-ok.test"],
      confirmedNames: ["mail.sender-ok.test"],
    });
    expect(ok?.records?.[0]).toEqual({
      name: "1.2.0.192.in-addr.arpa",
      type: "PTR",
      values: ["mail.sender-ok.test"],
    });
    expect(await codes(F.okV6)).toEqual(["ptr.ok"]);
  });

  it("ptr.none when there is no PTR record", async () => {
    const [f] = await checkReverseDns(F.none, dns());
    expect(f).toMatchObject({ code: "ptr.none", severity: "error", outcome: "done" });
    expect(f?.fix).toContain("PTR");
  });

  it("ptr.not-confirmed when the name points elsewhere or does not exist", async () => {
    expect(await codes(F.notConfirmed)).toEqual(["ptr.not-confirmed"]);
    expect(await codes(F.danglingName)).toEqual(["ptr.not-confirmed"]);
  });

  it("never tells the user to point a name already in use (e.g. the MX host) at the sending IP", async () => {
    // rev23 B2: the PTR of 192.0.2.3 names mail.mismatch.test, which has A 192.0.2.99. Giving
    // that name the sending IP would move or split the mail it receives.
    const [f] = await checkReverseDns(F.notConfirmed, dns());
    expect(f?.code).toBe("ptr.not-confirmed");
    expect(f?.fix).not.toMatch(/Give mail\.mismatch\.test/);
    expect(f?.fix).toMatch(/mail\.mismatch\.test already points to 192\.0\.2\.99/);
    expect(f?.fix).toMatch(/do not change its A record or add 192\.0\.2\.3 to it/);
    expect(f?.fix).toMatch(/new host name .* publish its A record pointing to 192\.0\.2\.3/);
    // A name that does not exist may be given the address.
    const [g] = await checkReverseDns(F.danglingName, dns());
    expect(g?.fix).toMatch(/^gone\.nowhere\.test has no A record\. If it is your own name/);
    // No example name that may be the MX host.
    const [none] = await checkReverseDns(F.none, dns());
    const [generic] = await checkReverseDns(F.generic, dns());
    for (const x of [none, generic]) {
      expect(x?.fix).not.toMatch(/mail\.yourdomain/);
      expect(x?.fix).toMatch(/leave its record alone and pick a new name/);
    }
  });

  it("ptr.generic for a confirmed but generic name", async () => {
    const [f] = await checkReverseDns(F.generic, dns());
    expect(f).toMatchObject({ code: "ptr.generic", severity: "warning" });
    expect(String(f?.detail)).toContain("dynamic");
  });

  it("ptr.multiple with two names", async () => {
    expect(await codes(F.multiple)).toEqual(["ptr.multiple", "ptr.ok"]);
  });

  it("ptr.could-not-check when the PTR lookup fails or the forward lookup times out", async () => {
    const [a] = await checkReverseDns(F.ptrServfail, dns());
    expect(a).toMatchObject({ code: "ptr.could-not-check", outcome: "could-not-check" });
    expect(String(a?.detail)).toContain("SERVFAIL");
    const [b] = await checkReverseDns(F.forwardTimeout, dns());
    expect(b).toMatchObject({ code: "ptr.could-not-check", outcome: "could-not-check" });
    expect(String(b?.detail)).toContain("in time");
  });

  it("refuses a non-IP", async () => {
    await expect(checkReverseDns("example.com", dns())).rejects.toThrow();
  });
});

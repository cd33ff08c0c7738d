import { describe, expect, it } from "vitest";
import { checkDkim } from "./dkim";
import { parseDkimRecord } from "./dkim-record";
import { ED25519_RAW, RSA_1024_SPKI, RSA_2048_SPKI } from "@/lib/dns/testing/zones/checks";
import { codes, fixtureDnsForSuite } from "./testing/fixture-dns";

const fx = fixtureDnsForSuite();
const forSelector = async (selector: string) =>
  (await checkDkim("dkim-keys.test", fx.client(), { selectors: [selector] })).findings.filter(
    (f) =>
      f.data?.selector === selector ||
      (Array.isArray(f.data?.selectors) && f.data.selectors.includes(selector)),
  );

describe("parseDkimRecord", () => {
  it("reads RSA key sizes with node:crypto and Ed25519 raw keys", () => {
    const rsa = parseDkimRecord(`v=DKIM1; k=rsa; p=${RSA_1024_SPKI}`);
    expect(rsa.ok && rsa.key.bits).toBe(1024);
    const ed = parseDkimRecord(`v=DKIM1; k=ed25519; p=${ED25519_RAW}`);
    expect(ed.ok && ed.key).toMatchObject({ keyType: "ed25519", bits: 256 });
  });

  it("accepts whitespace inside p= (long keys are split when pasted)", () => {
    const spaced = `v=DKIM1; p=${RSA_2048_SPKI.slice(0, 100)} ${RSA_2048_SPKI.slice(100)}`;
    const parsed = parseDkimRecord(spaced);
    expect(parsed.ok && parsed.key.bits).toBe(2048);
  });

  it.each([
    ["v=DKIM2; p=abc", "v=DKIM1"],
    ["k=rsa; v=DKIM1; p=" + RSA_2048_SPKI, "first tag"],
    ["v=DKIM1; p=%%%", "base64"],
    ["v=DKIM1; p=" + RSA_2048_SPKI + "; p=" + RSA_2048_SPKI, "more than once"],
    ["v=DKIM1; k=ed25519; p=" + RSA_2048_SPKI, "32 bytes"],
  ])("reports the problem in %j", (text, words) => {
    const parsed = parseDkimRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join("; ")).toContain(words);
  });
});

describe("checkDkim against the fixture DNS server", () => {
  it("2048-bit RSA: dkim.ok with the key size", async () => {
    const findings = await forSelector("rsa2048");
    expect(codes(findings)).toEqual(["dkim.ok"]);
    expect(findings[0]?.data).toMatchObject({ keyType: "rsa", bits: 2048 });
  });

  it("1024-bit RSA: weak-key warning; 512-bit: weak-key error (RFC 8301)", async () => {
    const k1024 = await forSelector("rsa1024");
    expect(k1024.map((f) => [f.code, f.severity])).toEqual([["dkim.weak-key", "warning"]]);
    const k512 = await forSelector("rsa512");
    expect(k512.map((f) => [f.code, f.severity])).toEqual([["dkim.weak-key", "error"]]);
  });

  it("Ed25519 key: ok, 256 bits", async () => {
    const findings = await forSelector("ed");
    expect(codes(findings)).toEqual(["dkim.ok"]);
    expect(findings[0]?.data).toMatchObject({ keyType: "ed25519", bits: 256 });
  });

  it("t=y: ok key plus a testing warning", async () => {
    expect(codes(await forSelector("testing"))).toEqual(["dkim.ok", "dkim.testing"]);
  });

  it("empty p=: revoked", async () => {
    expect(codes(await forSelector("revoked"))).toEqual(["dkim.revoked"]);
  });

  it.each(["truncated", "nokey", "badtype", "twice"])(
    "broken record %s: dkim.syntax error",
    async (selector) => {
      const findings = await forSelector(selector);
      expect(findings.map((f) => [f.code, f.severity])).toEqual([["dkim.syntax", "error"]]);
    },
  );

  it("two keys at one selector: says how to tell the one in use, and to delete none while unsure", async () => {
    const [twice] = await forSelector("twice");
    expect(twice?.fix).toContain("DKIM-Signature header in its source says s=twice");
    expect(twice?.fix).toContain("While you cannot tell, delete none of them");
  });

  it("a short key: the new one goes under a new selector and the old record stays", async () => {
    for (const selector of ["rsa1024", "rsa512"]) {
      const [weak] = await forSelector(selector);
      expect(weak?.fix).toContain("do not overwrite the record it is signed with");
      expect(weak?.fix).toContain("delete the old selector's record only a week or more later");
    }
  });

  it("a CNAME-delegated selector: the key through the alias, and the delegation", async () => {
    const findings = await forSelector("delegated");
    expect(codes(findings)).toEqual(["dkim.ok", "dkim.cname"]);
    expect(findings[1]?.data).toMatchObject({ cname: "delegated.dkim.esp-keys.test" });
  });

  it("a given selector with no record: selector-not-found (error)", async () => {
    expect(codes(await forSelector("absent"))).toEqual(["dkim.selector-not-found"]);
  });

  it("a given selector whose lookup SERVFAILs: could-not-check", async () => {
    const findings = await forSelector("failing");
    expect(codes(findings)).toEqual(["dkim.could-not-check"]);
    expect(findings[0]?.outcome).toBe("could-not-check");
  });

  it("the common-selector probe finds google._domainkey", async () => {
    const result = await checkDkim("probe-dkim.test", fx.client());
    expect(codes(result.findings)).toEqual(["dkim.ok"]);
    expect(result.keys.map((k) => k.selector)).toEqual(["google"]);
  });

  it("no key at any common selector: none-found (a warning, not proof of absence)", async () => {
    const result = await checkDkim("no-dkim.test", fx.client());
    expect(codes(result.findings)).toEqual(["dkim.none-found"]);
    expect(result.findings[0]?.severity).toBe("warning");
  });

  it("a probe that times out makes 'none found' a could-not-check", async () => {
    const result = await checkDkim("dkim-probe-timeout.test", fx.client());
    expect(codes(result.findings)).toEqual(["dkim.could-not-check"]);
    expect(result.findings[0]?.data).toMatchObject({ reason: "timeout", selectors: ["google"] });
  });
});

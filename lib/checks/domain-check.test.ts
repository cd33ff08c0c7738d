import { describe, expect, it } from "vitest";
import { createDnsClient } from "@/lib/dns/client";
import { GOOD_SENDER_IP } from "@/lib/dns/testing/zones/checks";
import { bulkSenderReadiness, bulkSenderRequirements } from "./bulk-sender";
import { checkDomain } from "./domain-check";
import { checkIp } from "./ip-check";
import { codes, fixtureDnsForSuite } from "./testing/fixture-dns";
import type { Finding } from "./types";

const fx = fixtureDnsForSuite();

describe("checkDomain", () => {
  it("a null MX domain's DMARC fix sends no reports to a mailbox there", async () => {
    const report = await checkDomain("null-mx.test", fx.client());
    const dmarc = report.findings.find((f) => f.code === "dmarc.missing");
    expect(dmarc?.fix).toBeDefined();
    expect(dmarc?.fix).not.toContain("@null-mx.test");
    expect(dmarc?.fix).toContain("a domain that receives mail");
    expect(dmarc?.fix).toContain("null MX");
  });

  it("a domain that takes mail keeps the report mailbox at itself", async () => {
    // no-dkim.test: MX records, no DMARC record.
    const report = await checkDomain("no-dkim.test", fx.client());
    const dmarc = report.findings.find((f) => f.code === "dmarc.missing");
    expect(dmarc?.fix).toContain("rua=mailto:dmarc-reports@no-dkim.test");
  });

  it("a subdomain's DMARC fix names a mailbox at its parent only when the parent has MX records", async () => {
    // No DMARC record at either name; the reports would go to the organisational domain.
    const atNullMx = await checkDomain("news.null-mx.test", fx.client());
    const noMail = atNullMx.findings.find((f) => f.code === "dmarc.missing");
    expect(noMail?.fix).toContain("_dmarc.null-mx.test");
    expect(noMail?.fix).not.toContain("@null-mx.test");
    expect(noMail?.fix).toContain("null-mx.test has a null MX");
    const atMx = await checkDomain("news.no-dkim.test", fx.client());
    const takesMail = atMx.findings.find((f) => f.code === "dmarc.missing");
    expect(takesMail?.fix).toContain("rua=mailto:dmarc-reports@no-dkim.test");
  });

  it("the TLS-RPT fix names a report mailbox only at a domain that receives mail", async () => {
    const tlsFix = async (domain: string) =>
      (await checkDomain(domain, fx.client())).findings.find((f) => f.code === "tls-rpt.none")
        ?.fix ?? "";
    const nullMx = await tlsFix("null-mx.test");
    expect(nullMx).not.toContain("tls-reports@null-mx.test");
    expect(nullMx).toContain("null-mx.test has a null MX");
    expect(await tlsFix("no-dkim.test")).toContain("rua=mailto:tls-reports@no-dkim.test");
  });

  it("the well-configured domain with its sending IP: every check ok, bulk-sender ready", async () => {
    const report = await checkDomain("mail-ready.test", fx.client(), {
      ip: GOOD_SENDER_IP,
      sender: "bounces@mail-ready.test",
      dkimSelectors: ["selector1"],
    });
    expect(report).toMatchObject({ subject: "mail-ready.test", kind: "domain" });
    const problems = report.findings.filter((f) => f.severity !== "ok" && f.severity !== "info");
    expect(problems.map((f) => f.code)).toEqual([]);
    expect(codes(report.findings)).toEqual(
      expect.arrayContaining([
        "domain.ok",
        "mx.ok",
        "spf.ok",
        "spf.pass",
        "dkim.ok",
        "dmarc.reject",
        "dmarc.aligned",
        "ptr.ok",
        "mta-sts.ok",
        "tls-rpt.ok",
        "bimi.ok",
      ]),
    );
    expect(report.findings.at(-1)?.code).toBe("bulk-sender.ready");
    expect(report.lookups).toBeGreaterThan(20);
  });

  it("a domain with DMARC p=none but no SPF: bulk-sender not ready, naming SPF", async () => {
    const report = await checkDomain("dmarc-none.test", fx.client());
    const summary = report.findings.find((f) => f.area === "bulk-sender");
    expect(summary?.code).toBe("bulk-sender.not-ready");
    expect(summary?.detail).toContain("SPF record");
    // Titles keep their acronyms and names inside the sentence.
    expect(summary?.detail).toContain("check yourself: TLS for the SMTP connection;");
    expect(summary?.detail).not.toMatch(/\brfc \d|\btls for\b/);
    expect(codes(report.findings)).toEqual(
      expect.arrayContaining(["spf.missing", "dmarc.policy-none", "dkim.none-found"]),
    );
  });

  it("beyond the lookup bound, checks report could-not-check with the reason, never 'missing'", async () => {
    const report = await checkDomain("mail-ready.test", fx.client(), { maxLookups: 4 });
    expect(report.lookups).toBe(4);
    const cannot = report.findings.filter((f) => f.outcome === "could-not-check");
    expect(cannot.length).toBeGreaterThan(0);
    expect(cannot.some((f) => JSON.stringify(f).includes("limit on DNS lookups"))).toBe(true);
    expect(codes(report.findings)).not.toContain("dmarc.missing");
    expect(codes(report.findings)).not.toContain("spf.missing");
  });
});

describe("no DNS server at all", () => {
  it("every finding about the domain is could-not-check: nothing is called missing", async () => {
    // A closed loopback port: queries are refused at the socket or time out.
    const dead = createDnsClient({
      servers: ["127.0.0.1:9"],
      timeoutMs: 150,
      tries: 1,
      cache: false,
    });
    const report = await checkDomain("mail-ready.test", dead);
    const definite = report.findings.filter(
      (f) => f.outcome === "done" && f.area !== "bulk-sender",
    );
    expect(definite.map((f) => f.code)).toEqual([]);
    expect(codes(report.findings)).toEqual(
      expect.arrayContaining([
        "mx.could-not-check",
        "spf.could-not-check",
        "dkim.could-not-check",
        "dmarc.could-not-check",
      ]),
    );
    expect(report.findings.at(-1)?.code).toBe("bulk-sender.unknown");
  });
});

describe("checkIp", () => {
  it("reverse DNS and blocklists for the fixture sending IP", async () => {
    const report = await checkIp(GOOD_SENDER_IP, fx.client());
    expect(report).toMatchObject({ subject: GOOD_SENDER_IP, kind: "ip" });
    expect(codes(report.findings)).toContain("ptr.ok");
    expect(report.findings.every((f) => f.area === "reverse-dns" || f.area === "blocklist")).toBe(
      true,
    );
  });
});

describe("bulk-sender readiness (pure, from findings)", () => {
  const f = (
    code: string,
    area: Finding["area"],
    severity: Finding["severity"],
    outcome: Finding["outcome"] = "done",
  ): Finding => ({
    code,
    area,
    severity,
    outcome,
    title: code,
    detail: "",
    reference: "",
  });

  it("could-not-check findings make a requirement unknown, not failed", () => {
    const reqs = bulkSenderRequirements([
      f("spf.could-not-check", "spf", "warning", "could-not-check"),
      f("dkim.ok", "dkim", "ok"),
      f("dmarc.reject", "dmarc", "ok"),
    ]);
    expect(Object.fromEntries(reqs.map((r) => [r.id, r.status]))).toEqual({
      spf: "unknown",
      dkim: "met",
      dmarc: "met",
      alignment: "met",
      "reverse-dns": "unknown",
      tls: "manual",
      unsubscribe: "manual",
      "spam-rate": "manual",
    });
    expect(bulkSenderReadiness("x.test", [f("spf.ok", "spf", "ok")]).code).toBe(
      "bulk-sender.unknown",
    );
  });

  it("a missing DMARC record or a not-aligned verdict fails the summary", () => {
    const summary = bulkSenderReadiness("x.test", [
      f("spf.ok", "spf", "ok"),
      f("dkim.ok", "dkim", "ok"),
      f("dmarc.missing", "dmarc", "error"),
      f("dmarc.not-aligned", "dmarc", "error"),
    ]);
    expect(summary.code).toBe("bulk-sender.not-ready");
    const reqs = (summary.data?.requirements ?? []) as { id: string; status: string }[];
    expect(reqs.filter((r) => r.status === "not-met").map((r) => r.id)).toEqual([
      "dmarc",
      "alignment",
    ]);
  });
});

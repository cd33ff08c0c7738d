import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsClient, getDefaultDnsClient, parseServerList } from "./client";
import { startFixtureDnsServer, type FixtureDnsServer } from "./testing/fixture-server";
import { BIG_TXT, failureZone } from "./testing/zones/failures";

let server: FixtureDnsServer;
let servers: string[];

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: [failureZone] });
  servers = [`127.0.0.1:${server.port}`];
});
afterAll(() => server.close());

const client = (extra: Parameters<typeof createDnsClient>[0] = {}) =>
  createDnsClient({ servers, timeoutMs: 200, tries: 1, ...extra });

describe("answers", () => {
  it("returns A, AAAA, MX, TXT and NS records", async () => {
    const dns = client();
    expect(await dns.query("ok.dns.test", "A")).toEqual({ status: "ok", records: ["192.0.2.10"] });
    expect(await dns.query("ok.dns.test", "AAAA")).toEqual({
      status: "ok",
      records: ["2001:db8::10"],
    });
    expect(await dns.query("ok.dns.test", "MX")).toEqual({
      status: "ok",
      records: [{ exchange: "mx.ok.dns.test", priority: 10 }],
    });
    expect(await dns.query("ok.dns.test", "TXT")).toEqual({ status: "ok", records: [["hello"]] });
    expect(await dns.query("ok.dns.test", "NS")).toEqual({
      status: "ok",
      records: ["ns1.dns.test"],
    });
  });

  it("matches names case-insensitively and ignores a trailing dot", async () => {
    const dns = client();
    expect(await dns.query("mixed-case.DNS.test.", "A")).toEqual({
      status: "ok",
      records: ["192.0.2.23"],
    });
  });

  it("serves a TXT record longer than 512 bytes as 255-byte strings (over TCP if UDP cannot hold it)", async () => {
    const result = await client().query("big-txt.dns.test", "TXT");
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    const big = result.records.find((r) => r.join("") === BIG_TXT);
    expect(BIG_TXT.length).toBeGreaterThan(512);
    expect(big?.map((s) => s.length)).toEqual(
      [255, 255, 255, 255, BIG_TXT.length - 4 * 255].filter((n) => n > 0),
    );
    expect(result.records).toContainEqual(["first string ", "second string"]);
  });

  it("serves type 99 SPF records separately from TXT", async () => {
    expect(await client().query("spf99.dns.test", "TXT")).toEqual({
      status: "ok",
      records: [["v=spf1 ip4:192.0.2.0/24 -all"]],
    });
  });
});

describe("negative answers", () => {
  it("NXDOMAIN for a name that does not exist", async () => {
    expect(await client().query("missing.dns.test", "A")).toEqual({ status: "nxdomain" });
  });

  it("NODATA for a name that exists without the type", async () => {
    expect(await client().query("a-only.dns.test", "MX")).toEqual({ status: "nodata" });
  });

  it("NODATA, not NXDOMAIN, for an empty non-terminal", async () => {
    expect(await client().query("ent.dns.test", "A")).toEqual({ status: "nodata" });
  });
});

describe("failures are errors, never 'no record'", () => {
  it("SERVFAIL", async () => {
    expect(await client().query("servfail.dns.test", "A")).toMatchObject({
      status: "error",
      kind: "servfail",
    });
  });

  it("SERVFAIL for one type only", async () => {
    const dns = client();
    expect(await dns.query("txt-servfail.dns.test", "TXT")).toMatchObject({
      status: "error",
      kind: "servfail",
    });
    expect(await dns.query("txt-servfail.dns.test", "A")).toEqual({
      status: "ok",
      records: ["192.0.2.18"],
    });
  });

  it("REFUSED", async () => {
    expect(await client().query("refused.dns.test", "A")).toMatchObject({
      status: "error",
      kind: "refused",
    });
  });

  it("a dropped query times out within the configured timeout and retries", async () => {
    const dns = client({ timeoutMs: 150, tries: 2 });
    const before = server.queryCount();
    const started = Date.now();
    expect(await dns.query("timeout.dns.test", "A")).toMatchObject({
      status: "error",
      kind: "timeout",
    });
    const elapsed = Date.now() - started;
    expect(server.queryCount() - before).toBe(2);
    // c-ares doubles the timeout on the retry: 150 + 300.
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(1500);
  });

  it("an answer slower than the timeout is a timeout; within it, an answer", async () => {
    expect(
      await client({ timeoutMs: 150, tries: 1 }).query("very-slow.dns.test", "A"),
    ).toMatchObject({
      status: "error",
      kind: "timeout",
    });
    const started = Date.now();
    expect(await client({ timeoutMs: 1000 }).query("slow.dns.test", "A")).toEqual({
      status: "ok",
      records: ["192.0.2.17"],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("no server listening is a network error", async () => {
    const gone = await startFixtureDnsServer({ zones: [] });
    const port = gone.port;
    await gone.close();
    const result = await createDnsClient({
      servers: [`127.0.0.1:${port}`],
      timeoutMs: 200,
      tries: 1,
    }).query("ok.dns.test", "A");
    expect(result.status).toBe("error");
    if (result.status === "error") expect(["network", "timeout"]).toContain(result.kind);
  });

  it("does not cache errors", async () => {
    const dns = client();
    await dns.query("servfail.dns.test", "A");
    await dns.query("servfail.dns.test", "A");
    expect(dns.stats()).toMatchObject({ sent: 2, cacheHits: 0 });
  });
});

describe("truncation and CNAMEs", () => {
  it("retries over TCP when the UDP answer is truncated", async () => {
    const dns = client({ timeoutMs: 500 });
    const before = server.queryCount();
    expect(await dns.query("truncated.dns.test", "TXT")).toEqual({
      status: "ok",
      records: [["only over TCP"]],
    });
    // One UDP query (TC set) and one over TCP.
    expect(server.queryCount() - before).toBe(2);
  });

  it("follows a CNAME chain for A, MX and TXT", async () => {
    const dns = client();
    expect(await dns.query("alias-1.dns.test", "A")).toEqual({
      status: "ok",
      records: ["192.0.2.20"],
    });
    expect(await dns.query("alias-1.dns.test", "MX")).toEqual({
      status: "ok",
      records: [{ exchange: "mx.ok.dns.test", priority: 5 }],
    });
    expect(await dns.query("alias-1.dns.test", "TXT")).toEqual({
      status: "ok",
      records: [["at the end of the chain"]],
    });
    expect(await dns.query("alias-1.dns.test", "CNAME")).toEqual({
      status: "ok",
      records: ["alias-2.dns.test"],
    });
  });

  it("a dangling CNAME or a CNAME loop is not an address", async () => {
    const dns = client();
    expect(await dns.query("dangling.dns.test", "A")).toEqual({ status: "nxdomain" });
    expect(await dns.query("dangling.dns.test", "CNAME")).toEqual({
      status: "ok",
      records: ["gone.dns.invalid"],
    });
    expect(await dns.query("loop-1.dns.test", "A")).toMatchObject({
      status: "error",
      kind: "servfail",
    });
  });
});

describe("cache and de-duplication", () => {
  it("honours the A record's TTL", async () => {
    const dns = client();
    await dns.query("ttl-1.dns.test", "A");
    await dns.query("ttl-1.dns.test", "A");
    expect(dns.stats()).toMatchObject({ sent: 1, cacheHits: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    await dns.query("ttl-1.dns.test", "A");
    expect(dns.stats()).toMatchObject({ sent: 2, cacheHits: 1 });
  });

  it("does not cache a TTL of 0", async () => {
    const dns = client();
    await dns.query("ttl-0.dns.test", "A");
    await dns.query("ttl-0.dns.test", "A");
    expect(dns.stats().sent).toBe(2);
  });

  it("keeps other types for the fallback TTL, then asks again", async () => {
    const dns = client({ fallbackTtlSeconds: 1 });
    const before = server.queryCount();
    await dns.query("ok.dns.test", "TXT");
    await dns.query("OK.dns.test", "TXT");
    expect(server.queryCount() - before).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    await dns.query("ok.dns.test", "TXT");
    expect(server.queryCount() - before).toBe(2);
  });

  it("caches negative answers for the negative TTL", async () => {
    const dns = client({ negativeTtlSeconds: 30 });
    expect(await dns.query("missing.dns.test", "A")).toEqual({ status: "nxdomain" });
    expect(await dns.query("missing.dns.test", "A")).toEqual({ status: "nxdomain" });
    expect(dns.stats()).toMatchObject({ sent: 1, cacheHits: 1 });
  });

  it("sends one query for identical concurrent lookups", async () => {
    const dns = client({ timeoutMs: 1000 });
    const before = server.queryCount();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => dns.query("slow.dns.test", "A")),
    );
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(server.queryCount() - before).toBe(1);
    expect(dns.stats()).toMatchObject({ sent: 1, deduped: 4 });
  });

  it("can be turned off", async () => {
    const dns = client({ cache: false });
    await dns.query("ok.dns.test", "A");
    await dns.query("ok.dns.test", "A");
    expect(dns.stats()).toMatchObject({ sent: 2, cacheHits: 0 });
  });
});

describe("names c-ares will not send", () => {
  it("asks for names with any visible character (RFC 2181 §11) through the raw path", async () => {
    const dns = client();
    expect(await dns.query("foo:bar/baz.dns.test", "A")).toEqual({
      status: "ok",
      records: ["192.0.2.30"],
    });
    expect(await dns.query("a b%c.dns.test", "TXT")).toEqual({
      status: "ok",
      records: [["spaced"]],
    });
    expect(await dns.query("no:such/name.dns.test", "A")).toEqual({ status: "nxdomain" });
    expect(await dns.query("foo:bar/baz.dns.test", "MX")).toEqual({ status: "nodata" });
  });

  it("still refuses names that cannot go on the wire", async () => {
    const result = await client().query(`${"a".repeat(64)}.dns.test`, "A");
    expect(result.status).toBe("error");
  });
});

describe("configuration", () => {
  it("parses DNS_SERVER lists", () => {
    expect(parseServerList(" 127.0.0.1:5353 , [::1]:53,")).toEqual(["127.0.0.1:5353", "[::1]:53"]);
    expect(parseServerList(undefined)).toEqual([]);
  });

  it("reads servers from DNS_SERVER, and routes share one default client", async () => {
    const saved = process.env.DNS_SERVER;
    process.env.DNS_SERVER = `127.0.0.1:${server.port}`;
    try {
      const a = createDnsClient({ timeoutMs: 300 });
      expect(await a.query("ok.dns.test", "A")).toEqual({ status: "ok", records: ["192.0.2.10"] });
      expect(getDefaultDnsClient()).toBe(getDefaultDnsClient());
    } finally {
      if (saved === undefined) delete process.env.DNS_SERVER;
      else process.env.DNS_SERVER = saved;
    }
  });
});

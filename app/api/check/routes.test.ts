// The check routes end to end in-process: GET(new Request(...)) with DNS_SERVER pointed at
// the loopback fixture server, so validation, rate limit, checks and JSON all run for real.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckReport } from "@/lib/checks/types";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { GOOD_SENDER_IP } from "@/lib/dns/testing/zones/checks";
import { allZones } from "@/lib/dns/testing/zones";
import { GET as getDomain, POST as postDomain } from "./domain/route";
import { GET as getIp, POST as postIp } from "./ip/route";

let server: FixtureDnsServer;
const RATE = 8;

beforeAll(async () => {
  server = await startFixtureDnsServer({ port: 0, zones: allZones });
  // Read when the first request arrives: the default client and the limiter are created lazily.
  process.env.DNS_SERVER = `127.0.0.1:${server.port}`;
  process.env.DNS_TIMEOUT_MS = "250";
  process.env.DNS_TRIES = "1";
  process.env.RATE_LIMIT_PER_MINUTE = String(RATE);
});
afterAll(() => server.close());

let client = 0;
/** Each test is its own client (X-Forwarded-For), so the rate limit test is the only one to hit it. */
function request(path: string, clientIp = `198.51.100.${++client}`): Request {
  return new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": clientIp } });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe("GET /api/check/domain", () => {
  it("answers a CheckReport for a fixture domain, with SPF identity, selectors and IP", async () => {
    const response = await getDomain(
      request(
        `/api/check/domain?domain=Mail-Ready.test.&selectors=selector1&ip=${GOOD_SENDER_IP}&sender=bounce@mail-ready.test`,
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = (await response.json()) as CheckReport;
    expect(report).toMatchObject({ subject: "mail-ready.test", kind: "domain" });
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "mx.ok",
        "dkim.ok",
        "dmarc.reject",
        "dmarc.aligned",
        "ptr.ok",
        "mta-sts.ok",
        "spf.pass",
        "bulk-sender.ready",
      ]),
    );
    expect(report.lookups).toBeGreaterThan(10);
  });

  it.each([
    ["", "Add ?domain="],
    ["?domain=", "Enter a domain name"],
    ["?domain=not a domain", "not a valid domain name"],
    ["?domain=192.0.2.1", "is an IP address"],
    ["?domain=printer.local", "not on the public Internet"],
    ["?domain=mail-ready.test&ip=10.0.0.1", "private network"],
    ["?domain=mail-ready.test&selectors=bad%20one", "not a valid DKIM selector"],
    ["?domain=mail-ready.test&sender=a@b@", "Sender:"],
    ["?domain=mail-ready.test&sender=sender-ok.test/x", 'it has "/"'],
    ["?domain=mail-ready.test/x", 'it has "/"'],
    ["?domain=mail-ready.test&ip=::127.0.0.1", "loopback"],
  ])("400 for %j with a clear message", async (query, words) => {
    const response = await getDomain(request(`/api/check/domain${query}`));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("bad_request:check");
    expect(error.message).toContain(words);
  });
});

describe("GET /api/check/ip", () => {
  it("answers a CheckReport for the fixture sending IP", async () => {
    const response = await getIp(request(`/api/check/ip?ip=${GOOD_SENDER_IP}`));
    expect(response.status).toBe(200);
    const report = (await response.json()) as CheckReport;
    expect(report).toMatchObject({ subject: GOOD_SENDER_IP, kind: "ip" });
    expect(report.findings.map((f) => f.code)).toContain("ptr.ok");
  });

  it.each([
    ["?ip=127.0.0.1", "loopback"],
    ["?ip=192.168.1.1", "not on the public Internet"],
    ["?ip=100.64.1.1", "carrier-grade NAT"],
    ["?ip=fe80::1", "link-local"],
    ["?ip=::127.0.0.1", "loopback"],
    ["?ip=::ffff:127.0.0.1", "loopback"],
    ["?ip=64:ff9b::a9fe:a9fe", "169.254.169.254 is in the link-local"],
    ["?ip=64:ff9b::7f00:1", "loopback"],
    ["?ip=64:ff9b:1::a9fe:a9fe", "local-use IPv4/IPv6 translation"],
    ["?ip=example.com", "not an IPv4 or IPv6 address"],
    ["", "Add ?ip="],
  ])("400 for %j: no lookups for meaningless addresses", async (query, words) => {
    const before = server.queryCount();
    const response = await getIp(request(`/api/check/ip${query}`));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain(words);
    expect(server.queryCount()).toBe(before);
  });
});

describe("rate limit", () => {
  it(`allows ${RATE} requests a minute per client, then 429 with Retry-After`, async () => {
    const ip = "203.0.113.250";
    for (let i = 0; i < RATE; i++) {
      const ok = await getIp(request("/api/check/ip?ip=192.168.0.1", ip));
      expect(ok.status).toBe(400);
    }
    const limited = await getDomain(request("/api/check/domain?domain=mail-ready.test", ip));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60 / RATE + 1);
    const error = await errorOf(limited);
    expect(error.code).toBe("rate_limited:check");
    expect(error.message).toContain("Try again in");
    // Another client is not affected.
    expect((await getIp(request(`/api/check/ip?ip=${GOOD_SENDER_IP}`))).status).toBe(200);
  });
});

describe("methods", () => {
  it.each([
    ["domain", postDomain],
    ["ip", postIp],
  ])("answers 405 with a message and Allow: GET (/api/check/%s)", async (_name, handler) => {
    const response = handler();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    const error = await errorOf(response);
    expect(error.code).toBe("method_not_allowed:check");
    expect(error.message).toBe("This address answers GET requests only.");
  });
});

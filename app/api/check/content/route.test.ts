// POST /api/check/content in-process, against the real filter (Rspamd with config/rspamd) and
// the loopback fixture DNS server: validation, limits, rate limit, review and JSON all run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFilterFixture, type FilterFixture } from "@/lib/content/testing/filter-fixture";
import type { ContentReview } from "@/lib/content/types";
import { POST } from "./route";

const PORT = 11336;
const RATE = 20;
let fixture: FilterFixture;

beforeAll(async () => {
  fixture = await startFilterFixture(PORT);
  // Read on first use: the DNS client and the rate limiter are created lazily.
  process.env.DNS_SERVER = `127.0.0.1:${fixture.dns.port}`;
  process.env.DNS_TIMEOUT_MS = "500";
  process.env.DNS_TRIES = "1";
  process.env.RATE_LIMIT_PER_MINUTE = String(RATE);
  process.env.CONTENT_FILTER_URL = fixture.filter.url;
}, 240_000);
afterAll(() => fixture?.stop());

let client = 0;
function post(
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "message/rfc822" },
  clientIp = `198.51.100.${++client}`,
): Promise<Response> {
  return POST(
    new Request("http://localhost/api/check/content", {
      method: "POST",
      body,
      headers: { "x-forwarded-for": clientIp, ...headers },
      // Node's fetch needs this for a streamed body (the undeclared-length case).
      duplex: "half",
    } as RequestInit),
  );
}

const fixtureText = (name: string) =>
  readFileSync(join(import.meta.dirname, "../../../../lib/content/__fixtures__", name), "utf8");

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe("POST /api/check/content", () => {
  it("reviews a bounce's copy of the original and names the blocklisted link domain", async () => {
    const response = await post(fixtureText("bounce-content-spam.eml"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const review = (await response.json()) as ContentReview;
    expect(review.status).toBe("reviewed");
    if (review.status !== "reviewed") return;
    expect(review.source.kind).toBe("bounce-copy");
    expect(review.groups.map((g) => g.group)).toContain("link-blocklist");
    expect(review.linkedDomains).toContainEqual(
      expect.objectContaining({ domain: "listed-domain.test", status: "listed" }),
    );
  });

  it("answers 413 for a 6 MB message, declared or not", async () => {
    const big = "a".repeat(6 * 1024 * 1024);
    const declared = await post(big, {
      "content-type": "message/rfc822",
      "content-length": String(big.length),
    });
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toMatch(/too large.*5 MB/);
    const streamed = await post(
      new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode(big));
          c.close();
        },
      }),
    );
    expect(streamed.status).toBe(413);
  });

  it("answers 400 with a clear message for a binary blob", async () => {
    const blob = new Uint8Array(2048).map((_, i) => (i * 131) % 256);
    const response = await post(blob, { "content-type": "application/octet-stream" });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("bad_request:check");
    expect(error.message).toMatch(/binary file, not an email message/);
  });

  it("answers 400 for text that is no message, and 415 for JSON", async () => {
    const text = await post("hello, is my mail spam?", { "content-type": "text/plain" });
    expect(text.status).toBe(400);
    expect((await errorOf(text)).message).toMatch(/does not start with headers/);
    const json = await post('{"text":"x"}', { "content-type": "application/json" });
    expect(json.status).toBe(415);
    expect((await errorOf(json)).message).toMatch(/raw message/);
  });

  it("says could not review when the filter is down", async () => {
    process.env.CONTENT_FILTER_URL = "http://127.0.0.1:11339";
    try {
      const response = await post(fixtureText("clean.eml"));
      expect(response.status).toBe(200);
      const review = (await response.json()) as ContentReview;
      expect(review).toMatchObject({
        status: "could-not-review",
        reason: expect.stringMatching(/^Could not review the content/),
      });
    } finally {
      process.env.CONTENT_FILTER_URL = fixture.filter.url;
    }
  });

  it("rate-limits like the other checks (429 with Retry-After)", async () => {
    const ip = "203.0.113.77";
    let last: Response | undefined;
    for (let i = 0; i <= RATE; i++) last = await post("x", { "content-type": "text/plain" }, ip);
    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

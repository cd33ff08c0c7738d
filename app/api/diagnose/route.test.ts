import { describe, expect, it, vi } from "vitest";
import { manyShortLinesPart } from "@/lib/testing/hostile-shapes";
import { decodeShareFragment } from "@/lib/share/encode";
import { GET, POST } from "./route";
import { MAX_BODY_BYTES } from "./schema";

let client = 0;
/** Each request its own client (the right-most X-Forwarded-For entry), unless one is given. */
const post = (
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
) =>
  POST(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      body,
      headers: { "x-forwarded-for": `198.51.100.${++client % 250}`, ...headers },
      duplex: "half",
    } as RequestInit),
  );

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("POST /api/diagnose", () => {
  it("answers a diagnosis for a bounce", async () => {
    const res = await post(
      JSON.stringify({
        text: "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      version: number;
      recipients: { cause: string; recipient: { status: string } }[];
    };
    expect(body.version).toBe(1);
    expect(body.recipients[0]?.recipient.status).toBe("5.1.1");
    expect(body.recipients[0]?.cause).toBe("recipient-unknown");
  });

  it("answers a delay notice by the reason it gives, with the delay beside it", async () => {
    const res = await post(
      JSON.stringify({
        text: `Delivery incomplete

There was a temporary problem delivering your message to jane@example.net. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
450 4.2.2 The email account that you tried to reach is over quota.
`,
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      recipients: { cause: string; delayNotice?: { note: string; until: string | null } }[];
      overall: { cause: string; delayNotice?: { note: string } };
    };
    expect(body.recipients[0]?.cause).toBe("mailbox-full");
    expect(body.recipients[0]?.delayNotice?.note).toMatch(/^Not a failure yet/);
    expect(body.overall.delayNotice).toEqual(body.recipients[0]?.delayNotice);
  });

  it("returns a redacted result link on the request's origin", async () => {
    const res = await post(
      JSON.stringify({
        text: "550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown",
      }),
    );
    const body = (await res.json()) as { link: { ok: boolean; url: string } };
    expect(body.link.ok).toBe(true);
    expect(body.link.url.startsWith("http://localhost/r#")).toBe(true);
    const decoded = decodeShareFragment(body.link.url.split("#")[1] ?? "");
    expect(decoded.ok && decoded.payload.text.includes("alice@")).toBe(false);
    expect(decoded.ok && decoded.payload.text.includes("@example.com")).toBe(true);
  });

  it("answers a bounce longer than a link may carry, without a link", async () => {
    const res = await post(
      JSON.stringify({ text: `550 5.1.1 <a@example.com>: User unknown\n${"x".repeat(300_000)}` }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      recipients: unknown[];
      link: { ok: boolean; reason: string };
    };
    expect(body.recipients.length).toBeGreaterThan(0);
    expect(body.link).toMatchObject({ ok: false, reason: "text-too-long" });
  });

  it.each([
    ["invalid JSON", "{text: nope", /must be JSON/],
    ["a JSON array", "[1,2]", /JSON object/],
    ["missing text", "{}", /"text" is missing/],
    ["non-string text", '{"text": 42}', /must be a string/],
    ["empty text", '{"text": "   "}', /is empty/],
  ])("answers 400 for %s", async (_name, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("bad_request:diagnose");
    expect(error.message).toMatch(message);
  });

  it("answers 413 when Content-Length is over the limit", async () => {
    const res = await post('{"text":"x"}', {
      "content-type": "application/json",
      "content-length": String(MAX_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("payload_too_large:diagnose");
  });

  it("answers 413 when the body is over the limit without a Content-Length", async () => {
    const big = JSON.stringify({ text: "550 5.1.1 x ".repeat(100_000) });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 65_536)
          controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
  });

  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["no type", ""],
  ])("answers 415 for %s, before reading the body", async (_name, type) => {
    const res = await post('{"text":"550 5.1.1 x"}', type ? { "content-type": type } : {});
    expect(res.status).toBe(415);
    const error = await errorOf(res);
    expect(error.code).toBe("unsupported_media:diagnose");
    expect(error.message).toContain("application/json");
  });

  it("accepts application/json with a charset", async () => {
    const res = await post('{"text":"550 5.1.1 <a@example.com> User unknown"}', {
      "content-type": "application/json; charset=utf-8",
    });
    expect(res.status).toBe(200);
  });

  it("answers 405 with a message and Allow for GET", async () => {
    const res = await GET();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect((await errorOf(res)).message).toMatch(/POST requests only/);
  });

  it("answers 422 with the cap when the text has too many lines", async () => {
    const res = await post(JSON.stringify({ text: manyShortLinesPart(400_000) }));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("unprocessable:diagnose");
    expect(error.message).toMatch(/more than 60,000 lines/);
  });

  it("treats an upload the client abandons as a client error, logged without error level", async () => {
    const errors = vi.spyOn(console, "error");
    const infos = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text": "550 5.1.1'));
        controller.error(new Error("aborted"));
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("client_closed:diagnose");
    expect(errors).not.toHaveBeenCalled();
    expect(infos).toHaveBeenCalledWith("[diagnose] client closed the request");
    errors.mockRestore();
    infos.mockRestore();
  });

  it("rate limits diagnoses per client: 429 with Retry-After past the limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (
          await post("{}", {
            "content-type": "application/json",
            "x-forwarded-for": "203.0.113.77",
          })
        ).status,
      );
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

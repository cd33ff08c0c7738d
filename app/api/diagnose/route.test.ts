import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "@/lib/share/encode";
import { POST } from "./route";
import { MAX_BODY_BYTES } from "./schema";

const post = (
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
) =>
  POST(
    new Request("http://localhost/api/diagnose", {
      method: "POST",
      body,
      headers,
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
});

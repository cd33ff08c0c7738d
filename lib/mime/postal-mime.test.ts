import PostalMime from "postal-mime";
import { afterEach, describe, expect, it } from "vitest";
import { manyShortLinesPart } from "@/lib/testing/hostile-shapes";
import { parseEmail } from "./postal-mime";

const OPTIONS = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" } as const;

function message(encoding: string, body: string): string {
  return [
    "From: MAILER-DAEMON@mx.example.com",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    body,
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Final-Recipient: rfc822; a@example.com",
    "Status: 5.1.1",
    "--b1--",
    "",
  ].join("\n");
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} é`).join("\n");
const CASES: [string, string][] = [
  ["7bit", lines(3_000)],
  ["quoted-printable", Array.from({ length: 3_000 }, (_, i) => `q=C3=A9 ${i}=`).join("\n")],
  ["base64", Buffer.from(lines(3_000)).toString("base64").replace(/.{76}/g, "$&=\n")],
];

const RealBlob = globalThis.Blob;
afterEach(() => {
  globalThis.Blob = RealBlob;
});

describe("parseEmail", () => {
  it.each(CASES)("gives what PostalMime.parse gives (%s)", async (encoding, body) => {
    const raw = message(encoding, body);
    const ours = await parseEmail(raw, OPTIONS);
    const theirs = await PostalMime.parse(raw, OPTIONS);
    expect(ours.text).toBe(theirs.text);
    expect(ours.attachments.map((a) => new Uint8Array(a.content as ArrayBuffer))).toEqual(
      theirs.attachments.map((a) => new Uint8Array(a.content as ArrayBuffer)),
    );
  });

  it.each(CASES)("hands each decoder's Blob at most two parts (%s)", async (encoding, body) => {
    const sizes: number[] = [];
    globalThis.Blob = class CountingBlob extends RealBlob {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        sizes.push(parts?.length ?? 0);
      }
    };
    await parseEmail(message(encoding, body), OPTIONS);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
  });

  it("joins a part of five million short lines (ten times the API limit) within budget", async () => {
    const raw = manyShortLinesPart(10_000_000);
    const started = performance.now();
    const email = await parseEmail(raw, OPTIONS);
    // About 0.3 us a line in Node 22 (postal-mime's own line reading); linear, so a generous budget.
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(email.text?.length).toBeGreaterThan(9_000_000);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractSentMessage, hasReviewableMessage, looksBinary } from "./extract-message";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "__fixtures__", name));

const ORIGINAL = "From: ana@mail-ready.test\nTo: jo@example.com\nSubject: Hello\n\nHi Jo.\n";

describe("extractSentMessage", () => {
  it("takes a sent message as it is", () => {
    const r = extractSentMessage(enc(ORIGINAL));
    expect(r).toMatchObject({ ok: true, source: { kind: "message", headersOnly: false } });
  });

  it("takes the message/rfc822 part of a DSN, without the part's own headers", () => {
    const r = extractSentMessage(new Uint8Array(fixture("bounce-content-spam.eml")));
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toMatchObject({ kind: "bounce-copy", headersOnly: false });
    const text = dec(r.message);
    expect(text.startsWith("From: Ana Lopez <ana@mail-ready.test>")).toBe(true);
    expect(text).toContain("http://listed-domain.test/report");
    expect(text).not.toContain("report-boundary-7");
  });

  it("marks a text/rfc822-headers copy as headers only", () => {
    const bounce = [
      "From: MAILER-DAEMON@mx.example.net",
      "Subject: Delivery Status Notification (Failure)",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "550 5.7.1 spam",
      "--b1",
      "Content-Type: text/rfc822-headers",
      "",
      "From: ana@mail-ready.test",
      "Subject: Hello",
      "",
      "--b1--",
      "",
    ].join("\n");
    const r = extractSentMessage(enc(bounce));
    expect(r).toMatchObject({ ok: true, source: { kind: "bounce-copy", headersOnly: true } });
    if (r.ok) expect(dec(r.message)).toMatch(/^From: ana@mail-ready\.test\nSubject: Hello/);
  });

  it("takes the text after a 'copy of the message' line of a plain-text bounce", () => {
    const bounce = `From: Mail Delivery Subsystem <mailer-daemon@mx.example.net>\nSubject: Undelivered Mail Returned to Sender\n\n550 5.7.1 rejected as spam\n\n------ This is a copy of the message, including all the headers. ------\n\n${ORIGINAL}`;
    const r = extractSentMessage(enc(bounce));
    expect(r).toMatchObject({ ok: true, source: { kind: "bounce-copy", headersOnly: false } });
    if (r.ok) expect(dec(r.message)).toBe(ORIGINAL);
  });

  it.each([
    ["", /empty/],
    ["hello, is my mail spam?", /does not start with headers/],
    [
      "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable: Hello\n\n550 5.7.1 spam\n",
      /carries no copy of your message/,
    ],
  ])("refuses %j with a clear reason", (input, reason) => {
    const r = extractSentMessage(enc(input));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  // Microsoft Exchange-shaped NDR (CRLF, multipart/report) whose message/rfc822 part is
  // base64-encoded, which RFC 2046 §5.2.1 does not allow but servers send.
  it("decodes a base64-encoded message/rfc822 copy before review", () => {
    const r = extractSentMessage(new Uint8Array(fixture("bounce-base64-copy.eml")));
    if (!r.ok) throw new Error(r.reason);
    expect(r.source).toMatchObject({ kind: "bounce-copy", headersOnly: false });
    const text = dec(r.message);
    expect(text).toMatch(/^Received: from \[10\.0\.0\.12\]/);
    expect(text).toContain("\r\nFrom: Ana Lopez <ana@mail-ready.test>\r\n");
    expect(text).toContain("http://listed-domain.test/report");
    expect(r.source.bytes).toBe(r.message.length);
    expect(hasReviewableMessage(fixture("bounce-base64-copy.eml").toString("utf8"))).toBe(true);
  });

  const headersPart = (encoding: string, body: string) =>
    [
      "From: MAILER-DAEMON@mx.example.net",
      "Subject: Delivery Status Notification (Failure)",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "550 5.7.1 spam",
      "--b1",
      "Content-Type: text/rfc822-headers",
      `Content-Transfer-Encoding: ${encoding}`,
      "",
      body,
      "--b1--",
      "",
    ].join("\n");

  it("decodes a base64 or quoted-printable text/rfc822-headers copy, still headers only", () => {
    const headers = "From: Ana Lopez <ana@mail-ready.test>\nSubject: Caf\u00e9 menu\n\n";
    const b64 = Buffer.from(headers, "utf8")
      .toString("base64")
      .replace(/(.{20})/g, "$1\n");
    const qp = "From: Ana Lopez <ana@mail-ready.test>\nSubject: Caf=C3=A9 =\nmenu\n\n";
    for (const r of [
      extractSentMessage(enc(headersPart("base64", b64))),
      extractSentMessage(enc(headersPart("Quoted-Printable", qp))),
    ]) {
      expect(r).toMatchObject({ ok: true, source: { kind: "bounce-copy", headersOnly: true } });
      if (r.ok)
        expect(dec(r.message)).toMatch(
          /^From: Ana Lopez <ana@mail-ready\.test>\nSubject: Café menu\n/,
        );
    }
  });

  it("says the copy is unreadable when its base64 does not decode to a message", () => {
    const r = extractSentMessage(enc(headersPart("base64", "bm90IGEgbWVzc2FnZSBhdCBhbGw=\n")));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/cut or unreadable/) });
  });

  it("tells binary from mail, 8-bit text included", () => {
    expect(
      looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])),
    ).toBe(true);
    expect(looksBinary(enc("Subject: Grüße aus Köln\n\nÇa va ? 日本語\n"))).toBe(false);
    expect(looksBinary(new Uint8Array(200).fill(1))).toBe(true);
  });

  it("tells the wizard whether the text it has can be reviewed", () => {
    expect(hasReviewableMessage(fixture("bounce-content-spam.eml").toString("utf8"))).toBe(true);
    expect(hasReviewableMessage("550 5.7.1 Message rejected as spam")).toBe(false);
  });
});

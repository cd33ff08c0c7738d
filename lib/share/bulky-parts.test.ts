import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMessage } from "@/lib/bounce/mime";
import { diagnose } from "@/lib/diagnosis/diagnose";
import {
  attachmentRemovedNote,
  HTML_CONVERTED_NOTE,
  HTML_COPY_REMOVED_NOTE,
  leaveOutBulkyParts,
} from "./bulky-parts";
import { makeSharePayload } from "./payload";
import { previewShare, redactText } from "./redact";

const DELIVERY_STATUS = `Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; bob@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
`;

const HTML_BODY = `<html><head><style>p { color: red }</style></head><body>
<p>Delivery to <b>bob@example.org</b> failed.</p>
<p>550 5.1.1 &lt;bob@example.org&gt;: Recipient address rejected: User unknown</p>
</body></html>`;

const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n".repeat(
    20,
  );

/** A bounce like Gmail's: report(related(alternative(plain, html), image), delivery-status, headers). */
const GMAIL_LIKE = `From: Mail Delivery Subsystem <mailer-daemon@example.net>
To: jane@example.com
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; boundary=OUTER; report-type=delivery-status

--OUTER
Content-Type: multipart/related; boundary=REL

--REL
Content-Type: multipart/alternative; boundary=ALT

--ALT
Content-Type: text/plain; charset=UTF-8

Delivery to bob@example.org failed.
550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown

--ALT
Content-Type: text/html; charset=UTF-8

${HTML_BODY}

--ALT--
--REL
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64

${PNG_BASE64}--REL--
--OUTER
Content-Type: message/delivery-status

${DELIVERY_STATUS}
--OUTER
Content-Type: text/rfc822-headers

From: jane@example.com
To: bob@example.org
Subject: hello

--OUTER--
`;

/** An HTML-only notice (as AOL sent them), quoted-printable, beside a delivery report. */
const HTML_ONLY = `From: MAILER-DAEMON@example.net
To: jane@example.com
Subject: Mail delivery failed
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="----=_Part_1.2"

------=_Part_1.2
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p style=3D"margin:0">Your message to <b>bob@example.org</b> co=
uld not be delivered.</p><div>550 5.1.1 &lt;bob@example.org&gt;: Recipient =
address rejected: User unknown</div><p>Gr=C3=BC=C3=9Fe</p></body></html>
------=_Part_1.2
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

${DELIVERY_STATUS}
------=_Part_1.2--
`;

const delimiterLines = (text: string) =>
  text.split(/\r?\n/).filter((l) => /^--(?:OUTER|REL|ALT|----=_Part_1\.2|FWD|M)(?:--)?$/.test(l));

describe("leaveOutBulkyParts", () => {
  it("removes the HTML alternative of a text/plain part and the image, and keeps the report byte for byte", async () => {
    const { text, changes } = leaveOutBulkyParts(GMAIL_LIKE);
    expect(changes).toEqual([
      { kind: "html-copy-removed", chars: expect.any(Number) },
      { kind: "attachment-removed", type: "image/png", chars: expect.any(Number) },
    ]);
    expect(text).toContain(HTML_COPY_REMOVED_NOTE);
    expect(text).toContain(attachmentRemovedNote("image/png"));
    expect(text).not.toContain("<p>");
    expect(text).not.toContain("iVBORw0KGgo");
    expect(text).toContain(`Content-Type: message/delivery-status\n\n${DELIVERY_STATUS}`);
    expect(text).toContain(
      "Content-Type: text/rfc822-headers\n\nFrom: jane@example.com\nTo: bob@example.org\nSubject: hello\n",
    );
    // Every boundary stays, and a MIME parser reads the same text and report from the result.
    expect(delimiterLines(text)).toEqual(delimiterLines(GMAIL_LIKE));
    const [before, after] = await Promise.all([readMessage(GMAIL_LIKE), readMessage(text)]);
    expect(after.text).toBe(before.text);
    expect(after.deliveryStatus).toEqual(before.deliveryStatus);
    expect(after.original).toBe(before.original);
    expect(after.html).toBeNull();
  });

  it("keeps an HTML alternative whose text/plain sibling is empty, turned into text", () => {
    const empty = GMAIL_LIKE.replace(
      "Delivery to bob@example.org failed.\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n",
      "",
    );
    const { text, changes } = leaveOutBulkyParts(empty);
    expect(changes.map((c) => c.kind)).toEqual(["html-converted", "attachment-removed"]);
    expect(text).toContain("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    expect(text).not.toContain(HTML_COPY_REMOVED_NOTE);
  });

  it("turns an HTML-only notice into text (quoted-printable and charset decoded), and it diagnoses the same", async () => {
    const { text, changes } = leaveOutBulkyParts(HTML_ONLY);
    expect(changes).toEqual([
      { kind: "html-converted", chars: expect.any(Number), textChars: expect.any(Number) },
    ]);
    expect(text).toContain(HTML_CONVERTED_NOTE);
    expect(text).toContain("Your message to bob@example.org could not be delivered.");
    expect(text).toContain("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    expect(text).toContain("Grüße");
    expect(text).not.toMatch(/<\/?(?:p|div|b|html)\b|=3D|=C3/);
    expect(text).toContain(
      `Content-Type: message/delivery-status\nContent-Transfer-Encoding: 7bit\n\n${DELIVERY_STATUS}`,
    );
    expect(delimiterLines(text)).toEqual(delimiterLines(HTML_ONLY));
    const parsed = await readMessage(text);
    expect(parsed.html).toBeNull();
    expect(parsed.text).toContain("Recipient address rejected");
    const [before, after] = await Promise.all([diagnose(HTML_ONLY), diagnose(text)]);
    expect(after.overall.cause).toBe(before.overall.cause);
    expect(after.recipients.map((r) => r.cause)).toEqual(before.recipients.map((r) => r.cause));
  });

  it("decodes a base64 HTML part and keeps CRLF line ends", () => {
    const b64 = Buffer.from(HTML_BODY, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
    const crlf = HTML_ONLY.replace(
      /Content-Type: text\/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n[^]*?\n(?=------=_Part_1\.2\n)/,
      `Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n${b64}\n`,
    ).replace(/\r?\n/g, "\r\n");
    const { text } = leaveOutBulkyParts(crlf);
    expect(text).toContain("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
    expect(text).not.toMatch(/(?<!\r)\n/);
    expect(delimiterLines(text)).toEqual(delimiterLines(crlf));
  });

  it("removes application/* parts, keeps a forwarded bounce (message/rfc822 with a report) and reads inside it", () => {
    const forwarded = `From: helpdesk@example.com
To: it@example.com
Subject: Fwd: Undeliverable
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=M

--M
Content-Type: text/plain

See the bounce below.
--M
Content-Type: application/pdf; name="scan.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
--M
Content-Type: message/rfc822

${GMAIL_LIKE.replace(/OUTER/g, "FWD")}
--M--
`;
    const { text, changes } = leaveOutBulkyParts(forwarded);
    expect(changes.map((c) => (c.kind === "attachment-removed" ? c.type : c.kind))).toEqual([
      "application/pdf",
      "html-copy-removed",
      "image/png",
    ]);
    expect(text).toContain("See the bounce below.");
    expect(text).toContain(DELIVERY_STATUS);
    expect(text).toContain("Content-Type: message/rfc822\n\nFrom: Mail Delivery Subsystem");
    expect(delimiterLines(text)).toEqual(delimiterLines(forwarded));
  });

  it("leaves text without MIME structure, and a message without bulky parts, unchanged", () => {
    const line =
      "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
    expect(leaveOutBulkyParts(line)).toEqual({ text: line, changes: [] });
    const plain = GMAIL_LIKE.replace(/--REL\nContent-Type: image[^]*?(?=--REL--)/, "").replace(
      /--ALT\nContent-Type: text\/html[^]*?(?=--ALT--)/,
      "",
    );
    expect(leaveOutBulkyParts(plain)).toEqual({ text: plain, changes: [] });
  });

  it("runs only when the original message is left out", () => {
    expect(redactText(GMAIL_LIKE, { maskLocalParts: false, dropOriginalMessage: false })).toBe(
      GMAIL_LIKE,
    );
    expect(redactText(GMAIL_LIKE, { maskLocalParts: true, dropOriginalMessage: false })).toContain(
      "iVBORw0KGgo",
    );
    expect(
      redactText(GMAIL_LIKE, { maskLocalParts: false, dropOriginalMessage: true }),
    ).not.toContain("iVBORw0KGgo");
  });

  it("shows what was left out in the preview, and the link holds the notes", () => {
    const preview = previewShare(makeSharePayload({ text: GMAIL_LIKE }), {
      maskLocalParts: true,
      dropOriginalMessage: true,
    });
    expect(preview.changes.map((c) => c.kind)).toEqual(["html-copy-removed", "attachment-removed"]);
    expect(preview.preview).toMatch(
      /Also left out before sharing:\n {2}- an HTML copy of the notice's text \([\d,]+ characters\)\n {2}- 1 image\/png attachment \([\d,]+ characters\)/,
    );
    expect(preview.payload.text).toContain(HTML_COPY_REMOVED_NOTE);
    expect(preview.preview).toContain(attachmentRemovedNote("image/png"));
  });

  it("is linear on hostile nesting and long lines", () => {
    const nested = Array.from(
      { length: 5_000 },
      (_, i) => `--B${i}\nContent-Type: multipart/mixed; boundary=B${i + 1}\n\n`,
    ).join("");
    const hostile = `Content-Type: multipart/mixed; boundary=B0\n\n${nested}${"-".repeat(300_000)}\n${"=".repeat(200_000)}`;
    const started = performance.now();
    leaveOutBulkyParts(hostile);
    leaveOutBulkyParts(`Content-Type: text/html\n\n${"<p ".repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("leaveOutBulkyParts properties", () => {
  const partArb = fc.oneof(
    fc.constant("Content-Type: text/plain\n\nplain words 550 5.1.1\n"),
    fc.constant("Content-Type: text/html\n\n<p>html <b>words</b></p>\n"),
    fc.constant(
      'Content-Type: image/gif; name="a.gif"\nContent-Transfer-Encoding: base64\n\nR0lGODlhAQABAAAAACw=\n',
    ),
    fc.constant("Content-Type: application/octet-stream\n\nAAAA\n"),
    fc.constant(`Content-Type: message/delivery-status\n\n${DELIVERY_STATUS}`),
    fc
      .string({ maxLength: 40 })
      .map((s) => `Content-Type: text/plain\n\n${s.replace(/^--/gm, "")}\n`),
  );
  const messageArb = fc
    .record({
      outer: fc.constantFrom(
        "multipart/mixed",
        "multipart/alternative",
        "multipart/report",
        "multipart/related",
      ),
      parts: fc.array(partArb, { minLength: 1, maxLength: 5 }),
      inner: fc.option(fc.array(partArb, { minLength: 1, maxLength: 3 }), { nil: null }),
      innerType: fc.constantFrom("multipart/alternative", "multipart/related"),
    })
    .map(({ outer, parts, inner, innerType }) => {
      const all = inner
        ? [
            ...parts,
            `Content-Type: ${innerType}; boundary=ALT\n\n${inner.map((p) => `--ALT\n${p}`).join("")}--ALT--\n`,
          ]
        : parts;
      return `From: a@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: ${outer}; boundary=OUTER\n\n${all.map((p) => `--OUTER\n${p}`).join("")}--OUTER--\n`;
    });

  it("keeps the delimiter lines and the delivery report, and is idempotent (property)", () => {
    const lines = (text: string, b: string) =>
      delimiterLines(text).filter((l) => l.startsWith(`--${b}`));
    fc.assert(
      fc.property(messageArb, (message) => {
        const once = leaveOutBulkyParts(message).text;
        expect(lines(once, "OUTER")).toEqual(lines(message, "OUTER"));
        // A nested multipart stays whole, or goes whole as an HTML copy of a plain sibling.
        if (lines(once, "ALT").length === 0 && lines(message, "ALT").length > 0)
          expect(once).toContain(HTML_COPY_REMOVED_NOTE);
        else expect(lines(once, "ALT")).toEqual(lines(message, "ALT"));
        expect(once.match(/^Status: .*$/gm) ?? []).toEqual(message.match(/^Status: .*$/gm) ?? []);
        expect(once).not.toMatch(/R0lGODlh|^AAAA$/m);
        expect(leaveOutBulkyParts(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 500 }),
        fc.string({ maxLength: 500, unit: "binary" }),
        (a, b) => {
          for (const t of [
            a,
            b,
            `Content-Type: multipart/mixed; boundary=M\n\n--M\n${a}\n--M\n${b}`,
          ]) {
            const { text } = leaveOutBulkyParts(t);
            expect(typeof text).toBe("string");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

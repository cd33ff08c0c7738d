import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { decodeEncodedTextParts } from "./decoded-parts";
import { redactText } from "./redact";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\n");

const STATUS = `Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; bob.smith@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bob.smith@example.org>: Recipient address rejected: User unknown
`;

// A Postfix bounce after a gateway rewrote its report part as base64 (review 27 met one:
// a URL-rewriting filter in front of the mailbox re-encodes every part it touches).
const ENCODED_REPORT = `From: MAILER-DAEMON@mx.example.net
To: jane.doe@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

--B1
Content-Type: message/delivery-status
Content-Transfer-Encoding: base64

${b64(STATUS)}
--B1
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==

--B1--
`;

describe("decodeEncodedTextParts", () => {
  it("writes a base64 report part out as its text, 8bit, and leaves an image encoded", () => {
    const out = decodeEncodedTextParts(ENCODED_REPORT);
    expect(out).toContain("Final-Recipient: rfc822; bob.smith@example.org");
    expect(out).toMatch(
      /Content-Type: message\/delivery-status\nContent-Transfer-Encoding: 8bit\n/,
    );
    expect(out).toContain("iVBORw0KGgo");
  });

  it("parses to the same recipient and status as the encoded text", async () => {
    const before = await parseBounce(ENCODED_REPORT);
    const after = await parseBounce(decodeEncodedTextParts(ENCODED_REPORT));
    expect(after.recipients.map((r) => [r.address, r.status])).toEqual(
      before.recipients.map((r) => [r.address, r.status]),
    );
  });

  it("decodes a text part in its own charset and declares UTF-8", () => {
    // "Mailbox full: 信箱已满" in GBK, base64.
    const gbk = Buffer.from([
      0x4d, 0x61, 0x69, 0x6c, 0x62, 0x6f, 0x78, 0x20, 0x66, 0x75, 0x6c, 0x6c, 0x3a, 0x20, 0xd0,
      0xc5, 0xcf, 0xe4, 0xd2, 0xd1, 0xc2, 0xfa,
    ]).toString("base64");
    const text = `MIME-Version: 1.0\nContent-Type: text/plain; charset="gbk"; format=flowed\nContent-Transfer-Encoding: base64\n\n${gbk}\n`;
    const out = decodeEncodedTextParts(text);
    expect(out).toContain("Mailbox full: \u4fe1\u7bb1\u5df2\u6ee1");
    expect(out).toContain('Content-Type: text/plain; format="flowed"; charset=utf-8');
  });

  it("leaves a part encoded when its text would hold the enclosing boundary's delimiter", () => {
    const text = ENCODED_REPORT.replace(b64(STATUS), b64("x\n--B1\ny\n"));
    expect(decodeEncodedTextParts(text)).toContain(b64("x\n--B1\ny\n"));
  });

  it("decodes an address field's encoded-word so that its display name can be masked", () => {
    const text = `MIME-Version: 1.0\nTo: =?UTF-8?B?${Buffer.from("Jane Doe").toString("base64")}?= <jane.doe@example.com>\nSubject: =?UTF-8?Q?Undelivered?=\n\nbody\n`;
    const out = decodeEncodedTextParts(text);
    expect(out).toContain("To: Jane Doe <jane.doe@example.com>");
    // No address in it: the subject keeps its encoding.
    expect(out).toContain("Subject: =?UTF-8?Q?Undelivered?=");
  });

  it("returns text without MIME structure unchanged", () => {
    const text = "550 5.1.1 <bob@example.org>: User unknown";
    expect(decodeEncodedTextParts(text)).toBe(text);
  });
});

describe("masking sees encoded parts", () => {
  it("leaves no address of a base64 report part in a masked text, however it is decoded", () => {
    const masked = redactText(ENCODED_REPORT, { maskLocalParts: true, dropOriginalMessage: false });
    expect(decodeEncodedTextParts(masked)).not.toContain("bob.smith");
    expect(masked).toContain("Final-Recipient: rfc822; b***@example.org");
  });

  it("masks a display name that was an encoded-word", () => {
    const text = `MIME-Version: 1.0\nTo: =?UTF-8?B?${Buffer.from("Jane Doe").toString("base64")}?= <jane.doe@example.com>\n\nbody\n`;
    const masked = redactText(text, { maskLocalParts: true, dropOriginalMessage: false });
    expect(masked).not.toMatch(/Jane Doe|SmFuZSBEb2U/);
  });
});

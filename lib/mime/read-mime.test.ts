import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/bounce/plain-text";
import { mutate, random } from "@/lib/testing/hostile-fuzz";
import { manyShortLinesPart } from "@/lib/testing/hostile-shapes";
import { decoderFor } from "./charsets";
import { MIME_LIMITS, MimeLimitError, readMime, type MimeMessage } from "./read-mime";
import { readFieldByCharacter, readStructuredField } from "./structured-field";

const encoder = new TextEncoder();
const read = (raw: string | Uint8Array): MimeMessage =>
  readMime(typeof raw === "string" ? encoder.encode(raw) : raw, { htmlToText });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const HEAD = [
  "From: MAILER-DAEMON@mx.example.com",
  "To: sender@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
].join("\r\n");

/** A Postfix-shaped report: text, delivery-status, the returned headers. */
function report(body: string, encoding = "7bit", charset = "us-ascii"): string {
  return [
    HEAD,
    'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="B1/x.example"',
    "",
    "This is a MIME-encapsulated message.",
    "",
    "--B1/x.example",
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    body,
    "--B1/x.example",
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    "Final-Recipient: rfc822; a@example.net",
    "Action: failed",
    "Status: 5.1.1",
    "--B1/x.example",
    "Content-Type: text/rfc822-headers",
    "",
    "Subject: hello",
    "--B1/x.example--",
    "",
  ].join("\r\n");
}

describe("readMime", () => {
  it("reads a multipart/report into its text and report parts", () => {
    const m = read(report("The mail system\r\n\r\n<a@example.net>: User unknown"));
    expect(m.headers.find((h) => h.key === "content-type")?.value).toBe(
      'multipart/report; report-type=delivery-status;\tboundary="B1/x.example"',
    );
    expect(m.text).toBe("The mail system\n\n<a@example.net>: User unknown\n");
    expect(m.parts.map((p) => p.mimeType)).toEqual([
      "message/delivery-status",
      "text/rfc822-headers",
    ]);
    expect(text(m.parts[0]!.content)).toContain("Final-Recipient: rfc822; a@example.net\n");
  });

  it("decodes quoted-printable (soft breaks, bad escapes kept) and the part's charset", () => {
    const m = read(report("caf=E9 =\r\nsoft =ZZ =3D", "quoted-printable", "iso-8859-1"));
    expect(m.text).toBe("café soft =ZZ =\n");
  });

  it("decodes quoted-printable as RFC 2045 reads it, escapes at every place of long lines", () => {
    // The reading byte by byte: "=XX" a byte, a final "=" a soft break, any other "=" itself.
    const reference = (body: string): string => {
      const out: number[] = [];
      const hex = (c: string | undefined) => (c !== undefined && /[0-9a-f]/i.test(c) ? c : null);
      for (const raw of body.split("\r\n")) {
        const soft = raw.endsWith("=");
        const line = soft ? raw.slice(0, -1) : raw;
        for (let i = 0; i < line.length; i++) {
          const [h, l] = [hex(line[i + 1]), hex(line[i + 2])];
          if (line[i] === "=" && h && l) {
            out.push(parseInt(h + l, 16));
            i += 2;
          } else out.push(line.charCodeAt(i));
        }
        if (!soft) out.push(0x0a);
      }
      return new TextDecoder("latin1").decode(new Uint8Array(out));
    };
    const long = "x".repeat(70);
    const lines = [
      `${long}=41${long}=4`,
      `=3D${long}=`,
      `=ZZ=E9${long.slice(0, 50)}=4`,
      "=",
      `${long}${long}`,
      `==41=\t${long}=C3=A9`,
      "tail=",
    ];
    const body = lines.join("\r\n");
    const m = read(report(body, "quoted-printable", "iso-8859-1"));
    // The report's body line is followed by its own CRLF before the next boundary.
    expect(m.text).toBe(reference(`${body}\r\n`).replace(/\n$/, ""));
  });

  it("decodes base64 whose lines are each padded", () => {
    const body = ["YQ==", "Yg==", "Yw=="].join("\r\n");
    expect(read(report(body, "base64")).text).toBe("abc");
  });

  it("leaves out the parts a reader does not want (readsPart), and reads its text as before", () => {
    const raw = [
      HEAD,
      'Content-Type: multipart/mixed; boundary="M"',
      "",
      "--M",
      "Content-Type: text/plain",
      "",
      "plain words",
      "--M",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: base64",
      "Content-Disposition: attachment; filename=a.png",
      "",
      "iVBORw0K",
      "--M",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: rfc822; a@example.net",
      "--M--",
      "",
    ].join("\r\n");
    const all = read(raw);
    expect(all.parts.map((p) => p.mimeType)).toEqual(["image/png", "message/delivery-status"]);
    expect([...all.parts[0]!.content]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(all.files.map((p) => p.filename)).toEqual(["a.png"]);
    const some = readMime(encoder.encode(raw), {
      htmlToText,
      readsPart: (type) => type.startsWith("message/"),
    });
    expect(some.parts.map((p) => p.mimeType)).toEqual(["message/delivery-status"]);
    expect(some.parts[0]).toEqual(all.parts[1]);
    expect(some.files).toEqual([]);
    expect(some.text).toBe(all.text);
    expect(some.text).toBe("plain words\n");
  });

  it("reads nested multiparts, and does not open message/rfc822", () => {
    const raw = [
      HEAD,
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      'Content-Type: multipart/alternative; boundary="inner"',
      "",
      "--inner",
      "Content-Type: text/plain",
      "",
      "plain words",
      "--inner",
      "Content-Type: text/html",
      "",
      "<p>html words</p>",
      "--inner--",
      "--outer",
      "Content-Type: message/rfc822",
      "",
      "Subject: the original",
      "Content-Type: text/plain",
      "",
      "original body",
      "--outer--",
    ].join("\n");
    const m = read(raw);
    expect(m.text).toBe("plain words\n");
    expect(m.html).toBe("<p>html words</p>\n");
    expect(m.parts).toHaveLength(1);
    expect(text(m.parts[0]!.content)).toBe(
      "Subject: the original\nContent-Type: text/plain\n\noriginal body\n",
    );
  });

  it("stops at MIME_LIMITS with a MimeLimitError", () => {
    const deep = Array.from(
      { length: MIME_LIMITS.depth + 2 },
      (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`,
    ).join("");
    expect(() => read(deep)).toThrow(MimeLimitError);
    const many = `Content-Type: multipart/mixed; boundary="b"\n\n${"--b\n\nx\n".repeat(MIME_LIMITS.parts + 1)}`;
    expect(() => read(many)).toThrow(MimeLimitError);
  });

  it("reads a part of five million short lines (ten times the API limit) in linear time", () => {
    const raw = manyShortLinesPart(10_000_000);
    const started = performance.now();
    const m = read(raw);
    // Well under a second in Node 22; the budget only catches a quadratic step.
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(m.text?.length).toBeGreaterThan(9_000_000);
  });
});

describe("readStructuredField", () => {
  it("reads quoted values, comments, repeated and RFC 2231 parameters", () => {
    const f = readStructuredField(
      'Multipart/Report (a comment); boundary="a b\\"c"; boundary=second; report-type=x',
    );
    expect(f.value).toBe("multipart/report");
    expect(f.params.get("boundary")).toBe('a b"c');
    expect(f.params.get("report-type")).toBe("x");
    const g = readStructuredField("text/plain; name*0*=utf-8''caf%C3%A9; name*1=.txt");
    expect(g.params.get("name")).toBe("café.txt");
  });
});

describe("decoderFor", () => {
  it("knows vendor spellings and falls back to Windows-1252", () => {
    const bytes = new Uint8Array([0x82, 0xa0]);
    expect(decoderFor("x-sjis").decode(bytes)).toBe("あ");
    expect(decoderFor("CP932").decode(bytes)).toBe("あ");
    expect(decoderFor("no-such-charset").encoding).toBe("windows-1252");
  });
});

// The reading rules are postal-mime's (lib/bounce read bounces with it before): the same
// messages must give the same parts. HTML turned to text differs (each has its own), so the
// text is compared only where the message has no HTML.
/**
 * Where postal-mime reads a part in its label's charset and gets replacement characters, readMime
 * reads it in the encoding its bytes are (decodeLabelled): the text differs only there.
 */
function relabelled(theirs: string | undefined, ours: string | null): boolean {
  return !!theirs?.includes("\ufffd") && ours !== null && !ours.includes("\ufffd");
}

describe("readMime against postal-mime", () => {
  const corpus = join(__dirname, "../../../shared/corpus/sisimai-dev/emails");
  const fixtures = join(__dirname, "../bounce/__fixtures__");
  const seeds = [
    ...readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), "latin1")),
    ...(existsSync(corpus)
      ? readdirSync(corpus)
          .filter((f) => f.endsWith(".eml"))
          .map((f) => readFileSync(join(corpus, f), "latin1"))
      : []),
    report("caf=E9 =\r\nsoft", "quoted-printable", "iso-8859-1"),
  ];
  const rnd = random(5);
  const inputs = [
    ...seeds,
    ...Array.from({ length: 400 }, () =>
      mutate(seeds[Math.floor(rnd() * seeds.length)]!, rnd, 100_000),
    ),
  ];

  it(`gives the same headers, parts and text for ${inputs.length} messages`, async () => {
    const differ: number[] = [];
    for (const [i, raw] of inputs.entries()) {
      const bytes = Buffer.from(raw, "latin1");
      const theirs = await PostalMime.parse(bytes, {
        forceRfc822Attachments: true,
        attachmentEncoding: "arraybuffer",
      });
      const ours = read(bytes);
      const same =
        JSON.stringify(theirs.headers.map((h) => [h.key, h.value])) ===
          JSON.stringify(ours.headers.map((h) => [h.key, h.value])) &&
        JSON.stringify(
          theirs.attachments.map((a) => [
            a.mimeType,
            a.disposition ?? null,
            Buffer.from(a.content as ArrayBuffer).toString("latin1"),
          ]),
        ) ===
          JSON.stringify(
            ours.parts.map((p) => [
              p.mimeType,
              p.disposition,
              Buffer.from(p.content).toString("latin1"),
            ]),
          ) &&
        (theirs.html !== undefined ||
          (theirs.text ?? null) === ours.text ||
          relabelled(theirs.text, ours.text));
      if (!same) differ.push(i);
    }
    expect(differ).toEqual([]);
  });
});

describe("readStructuredField's plain reading", () => {
  it("reads fields without quotes or comments as the character reading does", () => {
    const rnd = random(11);
    const alphabet = ["a", "B", " ", "\t", ";", "=", "/", "-", "\u00a0", "x", "1", ";", "="];
    for (let i = 0; i < 3000; i++) {
      const field = Array.from(
        { length: Math.floor(rnd() * 30) },
        () => alphabet[Math.floor(rnd() * alphabet.length)]!,
      ).join("");
      const plain = readStructuredField(field);
      const slow = readFieldByCharacter(field);
      expect([plain.value, [...plain.params]]).toEqual([slow.value, [...slow.params]]);
    }
  });
});

describe("readMime boundaries", () => {
  it("splits on a boundary with non-ASCII characters, matched as its UTF-8 bytes", () => {
    const raw = [
      HEAD,
      'Content-Type: multipart/mixed; boundary="b\u00e9-\u4e2d"',
      "",
      "--b\u00e9-\u4e2d",
      "Content-Type: text/plain",
      "",
      "first part",
      "--b\u00e9-\u4e2d",
      "Content-Type: message/delivery-status",
      "",
      "Status: 5.1.1",
      "--b\u00e9-\u4e2d--",
      "",
    ].join("\r\n");
    const message = read(raw);
    expect(message.text).toBe("first part\n");
    expect(message.parts.map((p) => [p.mimeType, text(p.content)])).toEqual([
      ["message/delivery-status", "Status: 5.1.1\n"],
    ]);
  });
});

describe("readMime given the message as an ASCII string", () => {
  const corpus = join(__dirname, "../../../shared/corpus/sisimai-dev/emails");
  const fixtures = join(__dirname, "../bounce/__fixtures__");
  const seeds = [
    ...readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), "latin1")),
    ...(existsSync(corpus)
      ? readdirSync(corpus)
          .filter((f) => f.endsWith(".eml"))
          .map((f) => readFileSync(join(corpus, f), "latin1"))
      : []),
    report("The mail system\r\n\r\n<a@example.net>: User unknown").replace(/\r\n/g, "\n"),
    report("caf=E9 =\nsoft", "quoted-printable", "iso-8859-1").replace(/\r\n/g, "\n"),
    report("VGhlIG1haWwg\nc3lzdGVt\n", "base64").replace(/\r\n/g, "\n"),
    report("text\n-- \nsignature\n-----\n--\n--B1/x.exampl\nmore", "7bit").replace(/\r\n/g, "\n"),
    report("a line with a lone\rCR\nand a CRLF\r\n", "7bit").replace(/\r\n(?!$)/g, "\n"),
    report("no final line break").replace(/\r\n/g, "\n").replace(/\n+$/, ""),
    // CRLF line ends throughout (the wire format): bodies are built from the lines' slices.
    report("The mail system\r\n\r\n<a@example.net>: User unknown\r\n"),
    // Header fields read as slices of the string: folding, blanks around values, a bare CR, a
    // CRLF, a line with no colon, a continuation before any field.
    " folded first\nSubject: \t one\n two \t\nX-Cr: a\rb \r\nNo colon here\nX-Empty:\n\tlate\nX-Bare:\r\n\nbody\n",
  ];
  const rnd = random(11);
  const inputs = [
    ...seeds,
    ...Array.from({ length: 300 }, () =>
      mutate(seeds[Math.floor(rnd() * seeds.length)]!, rnd, 100_000),
    ),
  ].filter((raw) => /^[\x00-\x7f]*$/.test(raw));

  it(`reads the same as from the bytes alone (${inputs.length} messages)`, () => {
    let withText = 0;
    for (const raw of inputs) {
      const bytes = Buffer.from(raw, "latin1");
      const given = readMime(bytes, { htmlToText, ascii: raw });
      // A part's string, where there is one, is its content's characters.
      for (const part of [...given.parts, ...given.files])
        if (part.ascii !== undefined) {
          withText++;
          expect(part.ascii).toBe(Buffer.from(part.content).toString("latin1"));
          delete part.ascii;
        }
      expect(given).toEqual(read(bytes));
    }
    expect(withText).toBeGreaterThan(0);
  });

  it("ignores a string that is not as long as the bytes", () => {
    const raw = report("<a@example.net>: User unknown").replace(/\r\n/g, "\n");
    const bytes = encoder.encode(raw);
    expect(readMime(bytes, { htmlToText, ascii: raw.slice(1) })).toEqual(read(bytes));
  });
});

describe("content fields read once", () => {
  const part = (type: string) =>
    read(
      [
        HEAD,
        'Content-Type: multipart/mixed; boundary="M"',
        "",
        "--M",
        `Content-Type: ${type}`,
        "Content-Disposition: attachment; filename=a.bin",
        "",
        "body",
        "--M--",
        "",
      ].join("\r\n"),
    ).parts[0]!;

  it("gives a repeated field the same reading, before and after many others were read", () => {
    const first = part("application/x-first; name=one.bin");
    // More distinct fields than are kept: the kept readings are forgotten and read again.
    for (let k = 0; k < 600; k++) part(`application/x-${k}; name=f${k}.bin`);
    const again = part("application/x-first; name=one.bin");
    expect({ ...again, content: null }).toEqual({ ...first, content: null });
    expect(again.mimeType).toBe("application/x-first");
    expect(again.filename).toBe("a.bin");
  });

  it("reads each message's own boundary", () => {
    for (const b of ["B1", "B2", "B1"]) {
      const m = read(
        [
          HEAD,
          `Content-Type: multipart/mixed; boundary="${b}"`,
          "",
          `--${b}`,
          "Content-Type: message/delivery-status",
          "",
          "Status: 5.1.1",
          `--${b}--`,
          "",
        ].join("\r\n"),
      );
      expect(m.parts.map((p) => p.mimeType)).toEqual(["message/delivery-status"]);
    }
  });
});

import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { base64UrlEncode } from "./base64url";
import { crc32 } from "./crc32";
import { DICTIONARY_V1 } from "./dictionary";
import { decodeShareFragment, encodeShareFragment, MAX_DECODED_BYTES } from "./encode";
import { OLD_LINK_UNKNOWN_550 } from "./old-links";
import { makeSharePayload, type SharePayload } from "./payload";

const BOUNCE = `Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; someone@example.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org
`;

const samplePayload: SharePayload = makeSharePayload({
  text: BOUNCE,
  redaction: { maskLocalParts: true, dropOriginalMessage: true },
  answers: { "sent-from": "office-365", "tried-again": ["yes", "same error"] },
  checks: [
    {
      subject: "192.0.2.25",
      kind: "ip",
      checkedAt: "2026-03-01T10:00:00.000Z",
      lookups: 12,
      findings: [
        {
          code: "blocklist.listed",
          area: "blocklist",
          severity: "critical",
          outcome: "done",
          title: "Listed on Spamhaus ZEN",
          detail: "…",
          reference: "https://www.spamhaus.org/",
          records: [{ name: "25.2.0.192.zen.spamhaus.org", type: "A", values: ["127.0.0.2"] }],
        },
      ],
    },
  ],
  conclusion: [{ cause: "ip-blocklisted", confidence: 0.9 }],
  checklist: { "delist-spamhaus": false, "fix-root-cause": true },
});

/** Build a well-formed version-1 fragment around arbitrary deflated bytes (for hostile cases). */
function craft(json: Uint8Array, deflated: Uint8Array, claimedJsonLength = json.length): string {
  const header: number[] = [];
  const sum = crc32(json);
  header.push(sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255);
  const varint = (v: number) => {
    while (v >= 0x80) {
      header.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    header.push(v);
  };
  varint(deflated.length);
  varint(claimedJsonLength);
  const check = crc32(Uint8Array.from(header)) & 0xffff;
  header.push(check >>> 8, check & 255);
  const bytes = new Uint8Array(header.length + deflated.length);
  bytes.set(header);
  bytes.set(deflated, header.length);
  return "1." + base64UrlEncode(bytes);
}

function expectError(fragment: string, error: string) {
  const started = performance.now();
  const result = decodeShareFragment(fragment);
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error).toBe(error);
    expect(result.message.length).toBeGreaterThan(10);
  }
}

describe("encodeShareFragment / decodeShareFragment", () => {
  const fragment = encodeShareFragment(samplePayload);

  it("round-trips a payload", () => {
    expect(fragment.startsWith("1.")).toBe(true);
    expect(fragment).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, payload: samplePayload });
  });

  it("opens a link an earlier version made, and encodes its payload to the same link", () => {
    const result = decodeShareFragment(OLD_LINK_UNKNOWN_550);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload).toMatchObject({
      v: 1,
      text: "550 mail refused",
      answers: { "sending-platform": "own-server" },
      checks: [],
    });
    expect(Object.keys(result.payload.checklist)).toHaveLength(6);
    // The format has not moved: today's encoder writes the same characters.
    expect(encodeShareFragment(result.payload)).toBe(OLD_LINK_UNKNOWN_550);
  });

  it("accepts the whole link, with '#'", () => {
    expect(decodeShareFragment(`https://bounce.example/r#${fragment}`).ok).toBe(true);
    expect(decodeShareFragment(`#${fragment}`).ok).toBe(true);
  });

  it("survives what mail and chat do to links", () => {
    const wrapped = fragment.replace(/(.{60})/g, "$1\n");
    const quoted = fragment.replace(/(.{70})/g, "$1\n> ");
    const variants = [
      wrapped,
      wrapped.replace(/\n/g, "\r\n"),
      `> ${quoted}`,
      `>> ${fragment.replace(/(.{50})/g, "$1\n>> ")}`,
      `  ${fragment}  `,
      `https://bounce.example/r%23${fragment}`,
      encodeURIComponent(`https://bounce.example/r#${fragment}`),
      `https://bounce.example/r#${fragment.replace(/(.{40})/g, "$1%0A")}`,
      `https://bounce.example/r#${fragment.replace(/(.{40})/g, "$1&amp;")}`,
      `https://bounce.example/r#${fragment}&amp;utm=x`.replace("#", "&#35;"),
      `${fragment}.`,
      `${fragment}),`,
      `<${fragment}>`,
      `"${fragment}"`,
      `${fragment}==`,
      `${fragment}=3D=3D`,
      fragment.replace(/(.{72})/g, "$1=\n"),
      fragment.replace(/(.{30})/g, "$1\u200b"),
      `${fragment} thanks`,
      `${fragment}\n\n-- \nJane`,
    ];
    for (const v of variants) {
      const result = decodeShareFragment(v);
      expect(result.ok, v.slice(0, 40)).toBe(true);
    }
  });

  it("says 'truncated' when a link is cut, at every position", () => {
    for (let cut = 2; cut < fragment.length - 1; cut += 1) {
      const result = decodeShareFragment(fragment.slice(0, cut));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe("truncated");
    }
  });

  it("says 'damaged' when a character is changed, at many positions", () => {
    const other = (c: string) => (c === "A" ? "B" : "A");
    for (let at = 2; at < fragment.length - 1; at += 3) {
      const changed = fragment.slice(0, at) + other(fragment[at]!) + fragment.slice(at + 1);
      const result = decodeShareFragment(changed);
      expect(result.ok).toBe(false);
      // A change in the header's length fields can make a link look shorter than announced.
      if (!result.ok) expect(["damaged", "truncated", "too-large"]).toContain(result.error);
    }
  });

  it("says 'not-ours' for other text, and 'newer-version' for a newer prefix", () => {
    expectError("", "not-ours");
    expectError("hello world", "not-ours");
    expectError("https://bounce.example/r", "not-ours");
    expectError("#section-2", "not-ours");
    expectError(`0.${fragment.slice(2)}`, "not-ours");
    expectError(`9.${fragment.slice(2)}`, "newer-version");
    expectError(`12.${fragment.slice(2)}`, "newer-version");
  });

  it("refuses base64 of something else and random bytes", () => {
    expectError("1." + base64UrlEncode(new TextEncoder().encode('{"v":1,"text":"hi"}')), "damaged");
    const random = new Uint8Array(600);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
    const result = decodeShareFragment("1." + base64UrlEncode(random));
    expect(result.ok).toBe(false);
  });

  it("refuses a huge claimed length before inflating", () => {
    const json = new TextEncoder().encode("{}");
    expectError(craft(json, deflateSync(json), MAX_DECODED_BYTES + 1), "too-large");
    expectError(craft(json, deflateSync(json), 2 ** 34), "too-large");
  });

  it("stops a zip bomb (50 MB of zeros) at the bound, quickly", () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bomb = deflateSync(zeros, { level: 9, dictionary: DICTIONARY_V1 });
    const fragmentOfBomb = craft(new TextEncoder().encode("{}"), bomb, MAX_DECODED_BYTES);
    expectError(fragmentOfBomb, "damaged");
    // And when the claimed size is honest, the length check refuses it outright.
    expectError(craft(zeros.subarray(0, 16), bomb, zeros.length), "too-large");
  });

  it("refuses a well-formed link whose JSON is not a payload", () => {
    const json = new TextEncoder().encode(JSON.stringify({ v: 1, text: 42 }));
    expectError(craft(json, deflateSync(json, { dictionary: DICTIONARY_V1 })), "damaged");
    const proto = new TextEncoder().encode(
      JSON.stringify({ ...samplePayload, answers: JSON.parse('{"__proto__":{"polluted":"yes"}}') }),
    );
    const decoded = decodeShareFragment(
      craft(proto, deflateSync(proto, { dictionary: DICTIONARY_V1 })),
    );
    // zod drops the key (or the id pattern refuses it): either way nothing is polluted.
    if (decoded.ok) expect(Object.keys(decoded.payload.answers)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded.ok ? decoded.payload.answers : {})).toBe(Object.prototype);
  });

  it("a payload with script in it decodes to plain strings, unchanged", () => {
    const hostile = {
      ...samplePayload,
      text: '<script>alert(1)</script><img src=x onerror="alert(2)">',
    };
    const decoded = decodeShareFragment(encodeShareFragment(hostile));
    expect(decoded.ok && decoded.payload.text).toBe(hostile.text);
  });

  it("never throws on arbitrary strings (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `1.${s}`),
        ),
        (s) => {
          const result = decodeShareFragment(s);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws on mutations of a real link (property)", () => {
    fc.assert(
      fc.property(
        fc.nat(fragment.length - 1),
        fc.string({ maxLength: 3 }),
        fc.nat(4),
        (at, insert, remove) => {
          const mutated = fragment.slice(0, at) + insert + fragment.slice(at + remove);
          const result = decodeShareFragment(mutated);
          if (result.ok) expect(result.payload).toEqual(samplePayload);
        },
      ),
      { numRuns: 300 },
    );
  });

  const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/);
  const payloadArb: fc.Arbitrary<SharePayload> = fc.record({
    v: fc.constant(1 as const),
    text: fc.string({ maxLength: 2000, unit: "grapheme" }),
    redaction: fc.record({ maskLocalParts: fc.boolean(), dropOriginalMessage: fc.boolean() }),
    answers: fc.dictionary(
      idArb,
      fc.oneof(
        fc.string({ maxLength: 50 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
      ),
      {
        maxKeys: 5,
      },
    ),
    checks: fc.array(
      fc.record({
        subject: fc.domain(),
        kind: fc.constantFrom("domain" as const, "ip" as const),
        checkedAt: fc
          .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
          .map((d) => d.toISOString()),
        findings: fc.array(
          fc.record(
            {
              code: idArb,
              area: fc.constantFrom("spf", "dmarc", "blocklist"),
              severity: fc.constantFrom(
                "critical" as const,
                "error" as const,
                "warning" as const,
                "info" as const,
                "ok" as const,
              ),
              outcome: fc.constantFrom("done" as const, "could-not-check" as const),
              title: fc.string({ maxLength: 80 }),
              records: fc.array(
                fc.record({
                  name: fc.domain(),
                  type: fc.constantFrom("TXT", "MX"),
                  values: fc.array(fc.string(), { maxLength: 3 }),
                }),
                {
                  maxLength: 2,
                },
              ),
            },
            { requiredKeys: ["code", "severity", "outcome", "title"] },
          ),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 3 },
    ),
    conclusion: fc.option(
      fc.record({
        causes: fc.array(
          fc.record({
            cause: fc.constantFrom(...CAUSE_IDS),
            confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 3 },
        ),
      }),
      { nil: null },
    ),
    checklist: fc.dictionary(idArb, fc.boolean(), { maxKeys: 8 }),
  });

  it("encode → decode is the identity on valid payloads (property)", () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        const result = decodeShareFragment(encodeShareFragment(payload));
        expect(result).toEqual({ ok: true, payload });
      }),
      { numRuns: 200 },
    );
  });

  it("encode refuses a payload that would not decode", () => {
    expect(() => encodeShareFragment({ ...samplePayload, checklist: { "": true } })).toThrow(
      TypeError,
    );
  });
});

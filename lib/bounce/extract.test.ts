// The extractors search only the runs of address characters that can hold a match (dotted
// runs, those with a dot before two letters for host names, three dots and a digit for IPv4):
// they must find exactly what the same patterns find over the whole text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extractBlocklistZones,
  extractDomains,
  extractHosts,
  extractIps,
  extractProviderCodes,
} from "./extract";
import { BLOCKLIST_ZONE_LABELS } from "./blocklist-zones";
import { PROVIDER_CODE_PATTERNS } from "./provider-codes";
import { GramSet } from "./gram-set";

const HOST =
  /(?<![\w.@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])/g;
const IPV4 =
  /(?<![\d.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![\d]|\.\d)/g;

const piece = fc.constantFrom(
  "a",
  "Bc",
  "com",
  "1",
  "25",
  "192",
  ".",
  "-",
  "@",
  ":",
  " ",
  "\n",
  "[",
  "é",
  "_",
);

describe("extractors over runs", () => {
  it("find the host names and IPv4 addresses the patterns find over the whole text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const hosts = [...text.matchAll(HOST)].map((m) => m[1]!.toLowerCase());
        // extractHosts drops file names and words with no known top-level domain: compare
        // with what it keeps of the whole-text matches.
        // (The name alone, after a blank, says whether it keeps one.) In the order first named.
        const kept = (h: string) => extractHosts(` ${h}`).includes(h);
        expect(extractHosts(text)).toEqual([...new Set(hosts)].filter(kept));
        const ips = [...text.matchAll(IPV4)].map((m) => m[1]!);
        expect(
          extractIps(text)
            .filter((ip) => !ip.includes(":"))
            .sort(),
        ).toEqual([...new Set(ips)].sort());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("extractIps", () => {
  it("takes no address out of a host name that begins with one", () => {
    // A Received field's host name for 192.0.2.222, and a reverse-lookup name.
    const text =
      "Received: from 222.2.0.192.neko.example.co.th ([192.0.2.222])\nReceived: from lh71.143.2.199.example.com ([198.51.100.7])\nPTR 1.2.0.192.in-addr.arpa";
    expect(extractIps(text)).toEqual(["192.0.2.222", "198.51.100.7"]);
    // An address that ends a sentence is still one.
    expect(extractIps("The client was 192.0.2.1.")).toEqual(["192.0.2.1"]);
  });

  it("reads no time of day as an IPv6 address, and still finds one beside times", () => {
    const text =
      "Date: Mon, 5 Dec 2026 12:30:45 +0000\nReceived: from [IPv6:2001:DB8::1] at 9:05:07;\n" +
      "at 1:2:3 and 123:45:67, 12:345:67";
    expect(extractIps(text)).toEqual(["2001:db8::1"]);
    expect(extractIps("09:15:00")).toEqual([]);
    expect(extractIps("fe80::1:2 at 10:20:30")).toEqual(["fe80::1:2"]);
    // RFC 4291 §2.2's compressed forms with one group ("localhost [IPv6:::1]" in a Received
    // field, sisimai's lhost-postfix-06), but not "::" alone.
    expect(extractIps("Received: from [127.0.0.1] (localhost [IPv6:::1])")).toEqual([
      "127.0.0.1",
      "::1",
    ]);
    expect(extractIps("2001:: and fe80::1 :: here")).toEqual(["2001::", "fe80::1"]);
    // An IPv4-mapped address is read whole (Courier's "[::ffff:127.0.0.1]"), not as "::ffff:127".
    expect(extractIps("from client.mta-lab.test ([::ffff:127.0.0.1])")).toEqual([
      "127.0.0.1",
      "::ffff:127.0.0.1",
    ]);
  });
});

/** The maximal runs of address characters, with their text. */
const runsIn = (text: string) => text.match(/[A-Za-z0-9_.@:-]+/g) ?? [];

describe("extractors as they read runs", () => {
  const EMAIL_DOMAIN =
    /@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-])/g;
  const ZONE_WORDING =
    /(?:blocked using|listed (?:at|on|in|by)|blacklisted (?:at|on|by)|blocklisted (?:at|on|by)|RBL|DNSBL|rejected by|see)\s*(?::\s*)?\(?((?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24})/gi;
  const LABEL = new RegExp(BLOCKLIST_ZONE_LABELS.join("|"), "i");
  const ZONE_LABEL = new RegExp(`(?:^|\\.)(?:${BLOCKLIST_ZONE_LABELS.join("|")})\\b`);
  const zonePiece = fc.constantFrom(
    "listed at ",
    "blocked using ",
    "see ",
    "bl",
    "Possible",
    "zen.spamhaus.org",
    "example",
    ".",
    ":",
    "@",
    "-",
    "1",
    " ",
    "\n",
    "é",
  );

  it("find the domains of addresses the pattern finds in runs with an at sign and a dot", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const inRuns = runsIn(text)
          .filter((r) => r.includes("@") && r.includes("."))
          .flatMap((r) => [...r.matchAll(EMAIL_DOMAIN)].map((m) => m[1]!.toLowerCase()));
        expect(extractDomains(text, [])).toEqual([...new Set(inRuns)]);
      }),
      { numRuns: 3000 },
    );
  });

  it("read zone wording only when a run with a dot holds a zone label", () => {
    fc.assert(
      fc.property(fc.array(zonePiece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        const labelled = runsIn(text).some((r) => r.includes(".") && LABEL.test(r));
        const named = labelled
          ? [...text.matchAll(ZONE_WORDING)]
              .map((m) => m[1]!.toLowerCase())
              .filter((z) => ZONE_LABEL.test(z))
          : [];
        const hosts = extractHosts(text);
        const known = hosts.filter((h) => h === "zen.spamhaus.org");
        const expected = [...new Set([...known, ...named])];
        const zones = extractBlocklistZones(text, hosts);
        // Operator wording ("listed at ... spamhaus") adds its zone only when nothing else did.
        if (expected.length > 0) expect(zones).toEqual(expected);
        else expect(zones.every((z) => z === "zen.spamhaus.org")).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("extractBlocklistZones", () => {
  it("reads an operator named in any case, and only its name", () => {
    expect(extractBlocklistZones("550 Your IP is listed by SPAMHAUS")).toEqual([
      "zen.spamhaus.org",
    ]);
    expect(extractBlocklistZones("550 blocked: see SpamCop")).toEqual(["bl.spamcop.net"]);
    expect(extractBlocklistZones("550 listed by a spam house")).toEqual([]);
  });

  it("finds the same zones with the grams of a text that holds the text", () => {
    const grams = new GramSet();
    for (const text of [
      "550 Your IP is listed by SPAMHAUS",
      "550 blocked: see SpamCop",
      "550 listed by a spam house",
      "550 5.7.1 blocked using zen.spamhaus.org",
    ]) {
      grams.load(`Subject: Undelivered Mail\n${text}`.toLowerCase());
      expect(extractBlocklistZones(text, extractHosts(text), grams)).toEqual(
        extractBlocklistZones(text),
      );
    }
    // The grams of another text rule the operator out: they are what the wording is looked for by.
    grams.load("mailbox full");
    expect(extractBlocklistZones("550 listed by SPAMHAUS", [], grams)).toEqual([]);
  });
});

describe("PROVIDER_CODE_PATTERNS' literals", () => {
  // extract.ts does not search a text without a pattern's literal for it.
  it("are held by every match of their pattern, case and all", () => {
    const examples = [
      "550 5.1.1 The email account does not exist. - gsmtp",
      "gsmtp\n gsmtp gsmtp.",
      "421-4.7.0 Try again later, closing connection. (EHLO x) a1si123 - gsmtp",
    ];
    let matches = 0;
    for (const { pattern, literal } of PROVIDER_CODE_PATTERNS) {
      if (literal === undefined) continue;
      for (const text of examples)
        for (const m of text.matchAll(pattern)) {
          matches++;
          expect(m[0].includes(literal), `${pattern.source} in ${text}`).toBe(true);
        }
      // Any case of the literal other than its own is no match.
      for (const text of examples) {
        const swapped = text.replaceAll(literal, literal.toUpperCase());
        if (swapped !== text) expect([...swapped.matchAll(pattern)].length).toBe(0);
      }
    }
    expect(matches).toBeGreaterThanOrEqual(4);
  });
});

describe("extractProviderCodes", () => {
  // Each pattern over the whole text, first of each provider's code kept, in text order: what
  // the grouped search must give.
  const oneByOne = (text: string) => {
    const seen = new Set<string>();
    const out: { provider: string; code: string; start: number }[] = [];
    for (const { provider, pattern } of PROVIDER_CODE_PATTERNS)
      for (const m of text.matchAll(pattern)) {
        const key = `${provider}:${m[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ provider, code: m[1]!, start: m.index + m[0].indexOf(m[1]!) });
      }
    return out.sort((a, b) => a.start - b.start);
  };
  const codePiece = fc.constantFrom(
    "5.7.606",
    "4.7.649 ",
    "S3150",
    "AS(2201)",
    "OU-001",
    "RESOLVER.ADR.RecipientNotFound",
    "[TSS04]",
    "DY12",
    "[CS01]",
    " - gsmtp",
    "gsmtp",
    " ",
    "\n",
    ".",
    "x",
    "1",
  );
  it("finds what each pattern finds over the whole text", () => {
    fc.assert(
      fc.property(fc.array(codePiece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(
          extractProviderCodes(text).map((c) => ({
            provider: c.provider,
            code: c.code,
            start: c.span.start,
          })),
        ).toEqual(oneByOne(text));
      }),
      { numRuns: 3000 },
    );
  });
});

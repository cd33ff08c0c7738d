import type { FixtureZone } from "../zone-types";

// SPF fixture zones: one domain per finding of lib/spf/findings.ts, under the reserved
// ".example" TLD (RFC 2606), addresses from RFC 5737 / RFC 3849 documentation ranges.
// Authorised senders: 192.0.2.0/24 and 2001:db8:5f::/48; 203.0.113.66 is never authorised.

const txt = (data: string | string[]) => ({ type: "TXT" as const, data });
const a = (address: string) => ({ type: "A" as const, address });

/** spf-toomany.example: 4 lookups in the record + 4 + 4 in its two includes = 12 (> 10). */
const tooMany: FixtureZone["records"] = {
  "spf-toomany.example": [
    txt("v=spf1 a mx include:t1.spf-toomany.example include:t2.spf-toomany.example -all"),
    a("192.0.2.40"),
    { type: "MX", exchange: "mx.spf-toomany.example", priority: 10 },
  ],
  "mx.spf-toomany.example": [a("192.0.2.41")],
  "t1.spf-toomany.example": [
    txt(
      "v=spf1 a:h1.spf-toomany.example a:h2.spf-toomany.example a:h3.spf-toomany.example a:h4.spf-toomany.example -all",
    ),
  ],
  "t2.spf-toomany.example": [
    txt(
      "v=spf1 mx:spf-toomany.example a:h5.spf-toomany.example a:h6.spf-toomany.example a:h7.spf-toomany.example -all",
    ),
  ],
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((i) => [`h${i}.spf-toomany.example`, [a(`198.51.100.${i}`)]]),
  ),
};

export const spfZone: FixtureZone = {
  records: {
    // Valid: ranges, an include with an a: term, "-all". spf.ok + spf.fail-all; pass/fail by IP.
    "spf-pass.example": [
      txt("v=spf1 ip4:192.0.2.0/24 include:_spf.spf-pass.example -all"),
      txt("google-site-verification=not-an-spf-record"),
      a("192.0.2.1"),
    ],
    "_spf.spf-pass.example": [txt("v=spf1 ip6:2001:db8:5f::/48 a:mail.spf-pass.example -all")],
    "mail.spf-pass.example": [a("198.51.100.25"), { type: "AAAA", address: "2001:db8:5f::25" }],
    // "~all": spf.softfail-all; softfail for unlisted IPs.
    "spf-softfail.example": [txt("v=spf1 ip4:192.0.2.0/24 ~all")],
    // A redirect to spf-pass.example's include: the effective "all" comes from there.
    "spf-redirect.example": [txt("v=spf1 redirect=_spf.spf-pass.example")],
    // No SPF record, other TXT records present: spf.missing.
    "spf-missing.example": [txt("v=DMARC1-lookalike but not spf"), a("192.0.2.50")],
    // Two SPF records: spf.multiple.
    "spf-multiple.example": [
      txt("v=spf1 ip4:192.0.2.0/24 -all"),
      txt("v=spf1 include:_spf.spf-pass.example ~all"),
    ],
    // An invalid address (character 12) and a bad CIDR: spf.syntax.
    "spf-syntax.example": [txt("v=spf1 ip4:192.0.2.300 ip4:198.51.100.0/33 -all")],
    // Three names that do not exist: spf.void-lookups.
    "spf-void.example": [
      txt(
        "v=spf1 a:gone1.spf-void.example a:gone2.spf-void.example mx:gone3.spf-void.example ip4:192.0.2.0/24 -all",
      ),
    ],
    // "+all": spf.plus-all.
    "spf-plusall.example": [txt("v=spf1 ip4:192.0.2.0/24 +all")],
    // ptr: spf.ptr-used.
    "spf-ptr.example": [txt("v=spf1 ptr ip4:192.0.2.0/24 -all")],
    // No "all", no redirect: spf.no-all (neutral default).
    "spf-noall.example": [txt("v=spf1 ip4:192.0.2.0/24")],
    // "?all": spf.no-all too (neutral).
    "spf-neutral.example": [txt("v=spf1 ip4:192.0.2.0/24 ?all")],
    // The TXT lookup fails: spf.could-not-check.
    "spf-servfail.example": [txt("v=spf1 -all")],
    "spf-timeout.example": [txt("v=spf1 -all")],
    // A term's lookup fails: could-not-check for the domain, temperror for an IP.
    "spf-tempfail.example": [txt("v=spf1 a:dead.spf-tempfail.example ip4:192.0.2.0/24 -all")],
    "dead.spf-tempfail.example": [a("192.0.2.60")],
    // An include of a domain without SPF: spf.include-missing (permerror).
    "spf-include-missing.example": [txt("v=spf1 include:nothing.spf-include-missing.example -all")],
    "nothing.spf-include-missing.example": [a("192.0.2.61")],
    // An include whose record has a syntax error.
    "spf-include-syntax.example": [txt("v=spf1 include:_spf.spf-include-syntax.example -all")],
    "_spf.spf-include-syntax.example": [txt("v=spf1 ip4:192.0.2.0/24 include -all")],
    // Macros: exists on the client's address; exp= with an explanation.
    "spf-macro.example": [
      txt("v=spf1 exists:%{i}._allow.spf-macro.example -all exp=why.spf-macro.example"),
    ],
    "192.0.2.7._allow.spf-macro.example": [a("127.0.0.2")],
    "why.spf-macro.example": [
      txt("%{i} is not a mail server of %{d}; see https://spf-macro.example/senders"),
    ],
    // A long record split over two strings of one TXT record.
    "spf-long.example": [
      txt([
        `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.100.${i * 8}/29`).join(" ")}`,
        ` ${Array.from({ length: 10 }, (_, i) => `ip6:2001:db8:5f:${i}::/64`).join(" ")} -all`,
      ]),
    ],
    // More than 10 MX names: permerror in the mx mechanism.
    "spf-mxlimit.example": [
      txt("v=spf1 mx -all"),
      ...Array.from({ length: 11 }, (_, i) => ({
        type: "MX" as const,
        exchange: `mx${i}.spf-mxlimit.example`,
        priority: i,
      })),
    ],
    ...Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [
        `mx${i}.spf-mxlimit.example`,
        [a(`192.0.2.${100 + i}`)],
      ]),
    ),
    ...tooMany,
  },
  behaviours: {
    "spf-servfail.example": [{ kind: "servfail", types: ["TXT"] }],
    "spf-timeout.example": [{ kind: "timeout" }],
    "dead.spf-tempfail.example": [{ kind: "servfail" }],
  },
};

import type { FixtureZone } from "../zone-types";

// Fixture zones for the domain and IP checks (lib/checks): one reserved .test name per
// finding, so each test reads like "this domain -> that finding". Keys are real: generated
// once with node:crypto (generateKeyPairSync("rsa", { modulusLength }) and ("ed25519")),
// exported as SubjectPublicKeyInfo DER in base64 (raw 32 bytes for Ed25519, RFC 8463).

export const RSA_512_SPKI =
  "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMKWyFw01LKdAal8dVQFEON3e4PVegqzrdSOewi+vhOuAUrOSbFr45/O9WcEdt8aqKHfHBRNTu6nJ/08YmSqVFMCAwEAAQ==";
export const RSA_1024_SPKI =
  "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCjcVDbyT7UyGCmrLn3gNjAyU10/ztXA4obm1m/lWsLOd/AMMOSdECv4IXWrCbjEli+o/RiwmkEDKL6U5uEsgzqsvEubCku69rvfezNShzvYa1g9WJFT66cU5n/w1nDergdmR9/WmMEHULmP+3kXCt8LJIRsS+wL/b5MvXB5tyVRwIDAQAB";
export const RSA_2048_SPKI =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3FXWc6qg9q7v+P7VbWDPMQAmrUCgGcgUA+nwCHwMw8TH2mNSrUyeynFskbASUVMSa365gt+ju/0vmbvZEhIxoBSi77UoJQH0VutvlIJx8GDCqINpyYKIH7LoZeTSh7HDcr+GS4DEDElhtqAhkG2/GdycyiZ88SiHkL54He5EifuEsr8AOGng9dbT9AUIbrHi2PWcsU9joiHzAr5lzMbI9SWVjxk5G7ZuSDlBUdVUkewoBt38L3+98zCO6MRu4qijflopbWnik+zCMnCJdEurGkxSOtSSOpeezdBontyRRz03gQ6/PT55hTm9zxQZUZlkJrpOZKNUVC/9JUrFFjfatQIDAQAB";
export const ED25519_RAW = "xEDqFEK7HEJvau2irGeuo96NX3lMekkaBMcs5mNgyjM=";

/** The sending IP of the well-configured domain: PTR out.mail-ready.test, which resolves back. */
export const GOOD_SENDER_IP = "203.0.113.77";

const goodMx = [
  { type: "MX" as const, exchange: "mx1.mail-ready.test", priority: 10 },
  { type: "MX" as const, exchange: "mx2.mail-ready.test", priority: 20 },
];

export const checksZone: FixtureZone = {
  records: {
    // Everything right: MX, SPF, DKIM 2048, DMARC reject with authorised external ruf, MTA-STS, TLS-RPT, BIMI.
    "mail-ready.test": [
      ...goodMx,
      { type: "A", address: "203.0.113.80" },
      // An include chain, so that SPF has dependent lookups like real domains (ESP includes).
      { type: "TXT", data: "v=spf1 include:_spf.mail-ready.test -all" },
    ],
    "_spf.mail-ready.test": [
      { type: "TXT", data: "v=spf1 ip4:203.0.113.77 include:_spf.esp-relay.test ~all" },
    ],
    "_spf.esp-relay.test": [{ type: "TXT", data: "v=spf1 ip4:198.51.100.0/26 -all" }],
    "mx1.mail-ready.test": [
      { type: "A", address: "203.0.113.81" },
      { type: "AAAA", address: "2001:db8:77::81" },
    ],
    "mx2.mail-ready.test": [{ type: "A", address: "203.0.113.82" }],
    "out.mail-ready.test": [{ type: "A", address: GOOD_SENDER_IP }],
    "77.113.0.203.in-addr.arpa": [{ type: "PTR", target: "out.mail-ready.test" }],
    "selector1._domainkey.mail-ready.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_2048_SPKI}` },
    ],
    "_dmarc.mail-ready.test": [
      {
        type: "TXT",
        data: "v=DMARC1; p=reject; rua=mailto:dmarc@mail-ready.test; ruf=mailto:forensic@reports-ok.test; adkim=r; aspf=r",
      },
    ],
    "mail-ready.test._report._dmarc.reports-ok.test": [{ type: "TXT", data: "v=DMARC1" }],
    "_mta-sts.mail-ready.test": [{ type: "TXT", data: "v=STSv1; id=20250101T0000" }],
    "_smtp._tls.mail-ready.test": [
      { type: "TXT", data: "v=TLSRPTv1; rua=mailto:tls-reports@mail-ready.test" },
    ],
    "default._bimi.mail-ready.test": [
      {
        type: "TXT",
        data: "v=BIMI1; l=https://mail-ready.test/logo.svg; a=https://mail-ready.test/vmc.pem",
      },
    ],

    // MX cases (RFC 7505, RFC 5321 §5.1, RFC 2181 §10.3).
    "null-mx.test": [
      { type: "MX", exchange: "", priority: 0 },
      { type: "A", address: "192.0.2.60" },
    ],
    "mixed-null-mx.test": [
      { type: "MX", exchange: "", priority: 0 },
      { type: "MX", exchange: "mx.mixed-null-mx.test", priority: 10 },
    ],
    "mx.mixed-null-mx.test": [{ type: "A", address: "192.0.2.61" }],
    "mx-cname.test": [{ type: "MX", exchange: "mail.mx-cname.test", priority: 10 }],
    "mail.mx-cname.test": [{ type: "CNAME", target: "host.mx-cname.test" }],
    "host.mx-cname.test": [{ type: "A", address: "198.51.100.30" }],
    "mx-literal.test": [{ type: "MX", exchange: "192.0.2.44", priority: 10 }],
    "mx-unresolvable.test": [{ type: "MX", exchange: "gone.mx-unresolvable.test", priority: 10 }],
    "implicit-mx.test": [{ type: "A", address: "192.0.2.55" }],
    "no-mail.test": [{ type: "TXT", data: "this name exists and takes no mail" }],
    "mx-host-timeout.test": [{ type: "MX", exchange: "stuck.mx-host-timeout.test", priority: 10 }],
    "stuck.mx-host-timeout.test": [{ type: "A", address: "192.0.2.62" }],
    "mx-servfail.test": [{ type: "A", address: "192.0.2.63" }],
    "mx-slow.test": [{ type: "MX", exchange: "mx.mx-slow.test", priority: 10 }],
    "mx.mx-slow.test": [{ type: "A", address: "192.0.2.64" }],

    // DKIM keys of every kind (RFC 6376 §3.6.1, RFC 8301, RFC 8463).
    "dkim-keys.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "mx.dkim-keys.test": [{ type: "A", address: "192.0.2.70" }],
    "rsa512._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_512_SPKI}` },
    ],
    "rsa1024._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_1024_SPKI}` },
    ],
    "rsa2048._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_2048_SPKI}` },
    ],
    "ed._domainkey.dkim-keys.test": [{ type: "TXT", data: `v=DKIM1; k=ed25519; p=${ED25519_RAW}` }],
    "testing._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; t=y; k=rsa; p=${RSA_2048_SPKI}` },
    ],
    "revoked._domainkey.dkim-keys.test": [{ type: "TXT", data: "v=DKIM1; k=rsa; p=" }],
    "truncated._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_2048_SPKI.slice(0, 120)}` },
    ],
    "nokey._domainkey.dkim-keys.test": [{ type: "TXT", data: "v=DKIM1; k=rsa" }],
    "badtype._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; k=dsa; p=${RSA_2048_SPKI}` },
    ],
    "twice._domainkey.dkim-keys.test": [
      { type: "TXT", data: `v=DKIM1; p=${RSA_2048_SPKI}` },
      { type: "TXT", data: `v=DKIM1; p=${RSA_1024_SPKI}` },
    ],
    "delegated._domainkey.dkim-keys.test": [
      { type: "CNAME", target: "delegated.dkim.esp-keys.test" },
    ],
    "delegated.dkim.esp-keys.test": [{ type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_2048_SPKI}` }],
    "failing._domainkey.dkim-keys.test": [{ type: "TXT", data: "never served" }],
    // Found by the common-selector probe (Google Workspace's "google").
    "probe-dkim.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "google._domainkey.probe-dkim.test": [
      { type: "TXT", data: `v=DKIM1; k=rsa; p=${RSA_2048_SPKI}` },
    ],
    // No DKIM at any common selector; and one whose probe times out.
    "no-dkim.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "dkim-probe-timeout.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],

    // DMARC (RFC 7489, DMARCbis np/psd/t).
    "dmarc-none.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-none.test": [{ type: "TXT", data: "v=DMARC1; p=none" }],
    "default._bimi.dmarc-none.test": [{ type: "TXT", data: "v=BIMI1; l=;" }],
    "dmarc-quarantine.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-quarantine.test": [
      {
        type: "TXT",
        data: "v=DMARC1; p=quarantine; pct=50; t=y; np=reject; rua=mailto:agg@dmarc-quarantine.test",
      },
    ],
    "dmarc-org.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "news.dmarc-org.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-org.test": [
      { type: "TXT", data: "v=DMARC1; p=reject; sp=quarantine; rua=mailto:agg@dmarc-org.test" },
    ],
    "dmarc-ext.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-ext.test": [
      {
        type: "TXT",
        data: "v=DMARC1; p=reject; rua=mailto:agg@reports-ok.test,mailto:agg@reports-unauthorised.test",
      },
    ],
    "dmarc-ext.test._report._dmarc.reports-ok.test": [{ type: "TXT", data: "v=DMARC1" }],
    "dmarc-broken.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-broken.test": [{ type: "TXT", data: "v=DMARC1; p=block; pct=150" }],
    "dmarc-multiple.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-multiple.test": [
      { type: "TXT", data: "v=DMARC1; p=none" },
      { type: "TXT", data: "v=DMARC1; p=reject" },
    ],
    "dmarc-servfail.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-servfail.test": [{ type: "TXT", data: "never served" }],
    "dmarc-timeout.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-timeout.test": [{ type: "TXT", data: "never served" }],

    // MTA-STS, TLS-RPT and BIMI records that are wrong.
    "policies-broken.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_mta-sts.policies-broken.test": [{ type: "TXT", data: "v=STSv1; id=not-alnum!" }],
    "_smtp._tls.policies-broken.test": [
      { type: "TXT", data: "v=TLSRPTv1; rua=ftp://reports.policies-broken.test" },
    ],
    "default._bimi.policies-broken.test": [
      { type: "TXT", data: "v=BIMI1; l=http://policies-broken.test/logo.svg" },
    ],
    // Every way the DNS can fail the three policy lookups; and a truncated (TC) UDP answer,
    // which the client must retry over TCP and then read normally.
    "policies-failing.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_mta-sts.policies-failing.test": [{ type: "TXT", data: "v=STSv1; id=1" }],
    "_smtp._tls.policies-failing.test": [
      { type: "TXT", data: "v=TLSRPTv1; rua=mailto:t@policies-failing.test" },
    ],
    "default._bimi.policies-failing.test": [
      { type: "TXT", data: "v=BIMI1; l=https://policies-failing.test/l.svg" },
    ],
    "dmarc-truncated.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_dmarc.dmarc-truncated.test": [
      { type: "TXT", data: "v=DMARC1; p=reject; rua=mailto:agg@dmarc-truncated.test" },
    ],
    "policies-multiple.test": [{ type: "MX", exchange: "mx.dkim-keys.test", priority: 10 }],
    "_mta-sts.policies-multiple.test": [
      { type: "TXT", data: "v=STSv1; id=1" },
      { type: "TXT", data: "v=STSv1; id=2" },
    ],
  },
  behaviours: {
    "stuck.mx-host-timeout.test": [{ kind: "timeout" }],
    "mx-servfail.test": [{ kind: "servfail", types: ["MX"] }],
    "mx.mx-slow.test": [{ kind: "delay", ms: 150 }],
    "failing._domainkey.dkim-keys.test": [{ kind: "servfail" }],
    "google._domainkey.dkim-probe-timeout.test": [{ kind: "timeout" }],
    "_dmarc.dmarc-servfail.test": [{ kind: "servfail" }],
    "_dmarc.dmarc-timeout.test": [{ kind: "timeout" }],
    "_mta-sts.policies-failing.test": [{ kind: "refused" }],
    "_smtp._tls.policies-failing.test": [{ kind: "servfail" }],
    "default._bimi.policies-failing.test": [{ kind: "timeout" }],
    "_dmarc.dmarc-truncated.test": [{ kind: "truncate" }],
  },
};

/** What to type into the check page (demo, e2e tests), and what it shows. */
export const CHECKS_FIXTURES: readonly {
  domain: string;
  shows: string;
  selectors?: string[];
  ip?: string;
}[] = [
  {
    domain: "mail-ready.test",
    ip: GOOD_SENDER_IP,
    shows:
      "everything right: MX, SPF pass, DKIM 2048, DMARC reject, MTA-STS, TLS-RPT, BIMI, bulk-sender ready",
  },
  { domain: "gmial.com", shows: "typo of gmail.com (and NXDOMAIN here)" },
  { domain: "does-not-exist.test", shows: "domain does not exist (NXDOMAIN)" },
  { domain: "null-mx.test", shows: "null MX: the domain accepts no mail (RFC 7505)" },
  { domain: "mx-cname.test", shows: "MX points at a CNAME" },
  { domain: "mx-literal.test", shows: "MX is an IP literal" },
  { domain: "mx-unresolvable.test", shows: "MX host has no address" },
  { domain: "implicit-mx.test", shows: "no MX, mail goes to the A record" },
  { domain: "mx-servfail.test", shows: "MX lookup SERVFAIL: could not check" },
  {
    domain: "dkim-keys.test",
    selectors: ["rsa512", "rsa1024", "ed", "testing", "revoked", "truncated", "delegated"],
    shows: "DKIM keys: weak, Ed25519, testing, revoked, broken, CNAME-delegated",
  },
  {
    domain: "dmarc-none.test",
    shows: "DMARC p=none without reports, no SPF: bulk-sender not ready",
  },
  { domain: "dmarc-quarantine.test", shows: "DMARC quarantine with pct=50 and t=y" },
  { domain: "news.dmarc-org.test", shows: "DMARC from the organisational domain (sp=quarantine)" },
  { domain: "dmarc-ext.test", shows: "external DMARC report destinations, one not authorised" },
  { domain: "dmarc-broken.test", shows: "invalid DMARC record" },
  { domain: "dmarc-timeout.test", shows: "DMARC lookup times out: could not check" },
  { domain: "policies-broken.test", shows: "broken MTA-STS, TLS-RPT and BIMI records" },
];

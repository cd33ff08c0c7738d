import type { FixtureZone } from "../zone-types";

// The real-MTA lab's DNS (scripts/mta-lab): Postfix, Exim, OpenSMTPD and Sendmail run in a
// network namespace whose resolver is the loopback fixture server, so their DNS-based rules
// (DNSBL, reverse DNS, sender and HELO domains, MX lookups) meet known answers.
//
//   mta-lab.test                 the lab MTA's own domain (mailboxes live here), MX -> 127.0.0.1
//   192.0.2.160                  a well-configured client: PTR client.mta-lab.test, confirmed
//   192.0.2.163, 192.0.2.164     two more well-configured clients (client2, client3), so that
//                                per-client rules (rate, TLS) can be given to one of them
//   192.0.2.161                  a client with no PTR (NXDOMAIN)
//   192.0.2.162                  PTR unconfirmed.mta-lab.test, whose A is another address
//   203.0.113.160                PTR listed-client.mta-lab.test (confirmed), listed on Spamhaus
//                                ZEN (SBL) and SpamCop with their TXT reasons
//   sender.mta-lab.test          a sender domain that resolves (MX -> 198.51.100.161)
//   nx-sender.mta-lab.test       a sender domain that does not exist (NXDOMAIN, by absence)
//   servfail-sender.mta-lab.test a sender domain whose lookups fail (SERVFAIL)
//   nx-helo.mta-lab.test         a HELO name that does not resolve (NXDOMAIN, by absence)
//   nx-rcpt.mta-lab.test         a recipient domain that does not exist (NXDOMAIN, by absence)
//   unreachable.mta-lab.test     MX mx.unreachable.mta-lab.test -> 198.51.100.160, an address
//                                the lab's namespace cannot reach (delivery defers, then bounces)
//   remote.mta-lab.test          a "remote" domain, MX mx.remote.mta-lab.test -> 127.0.0.2 (a
//                                second listener of the lab MTA that refuses, so that the
//                                lab MTA reports the refusal in a bounce)
//   spf-fail.mta-lab.test        a sender domain (MX as sender.mta-lab.test) whose SPF record
//                                allows only its MX's address and fails every other ("-all")
//   dmarc-fail.mta-lab.test      a sender domain whose SPF soft-fails other addresses ("~all")
//                                and whose DMARC policy is p=reject: mail from it fails DMARC
//   dkim-fail.mta-lab.test       a sender domain (MX as sender.mta-lab.test, no SPF or DMARC)
//                                whose DKIM key lab._domainkey is not the key the lab client
//                                signs with (a fresh one each run): its signatures fail
//   listed-domain.test           (blocklists.ts) a sender domain on Spamhaus DBL

export const MTA_LAB_FIXTURES = {
  domain: "mta-lab.test",
  mxHost: "mx.mta-lab.test",
  goodClient: "192.0.2.160",
  goodClient2: "192.0.2.163",
  goodClient3: "192.0.2.164",
  noPtrClient: "192.0.2.161",
  unconfirmedClient: "192.0.2.162",
  listedClient: "203.0.113.160",
  goodSenderDomain: "sender.mta-lab.test",
  nxSenderDomain: "nx-sender.mta-lab.test",
  servfailSenderDomain: "servfail-sender.mta-lab.test",
  goodHelo: "client.mta-lab.test",
  nxHelo: "nx-helo.mta-lab.test",
  nxRecipientDomain: "nx-rcpt.mta-lab.test",
  unreachableDomain: "unreachable.mta-lab.test",
  unreachableAddress: "198.51.100.160",
  dblListedDomain: "listed-domain.test",
  spfFailDomain: "spf-fail.mta-lab.test",
  dmarcFailDomain: "dmarc-fail.mta-lab.test",
  dkimFailDomain: "dkim-fail.mta-lab.test",
  dkimSelector: "lab",
  remoteDomain: "remote.mta-lab.test",
  remoteMx: "mx.remote.mta-lab.test",
} as const;

const mx = { type: "MX" as const, exchange: "mx.mta-lab.test", priority: 10 };

export const mtaLabZone: FixtureZone = {
  records: {
    "mta-lab.test": [mx, { type: "A", address: "127.0.0.1" }],
    "mx.mta-lab.test": [{ type: "A", address: "127.0.0.1" }],
    "160.2.0.192.in-addr.arpa": [{ type: "PTR", target: "client.mta-lab.test" }],
    "client.mta-lab.test": [{ type: "A", address: "192.0.2.160" }],
    "163.2.0.192.in-addr.arpa": [{ type: "PTR", target: "client2.mta-lab.test" }],
    "client2.mta-lab.test": [{ type: "A", address: "192.0.2.163" }],
    "164.2.0.192.in-addr.arpa": [{ type: "PTR", target: "client3.mta-lab.test" }],
    "client3.mta-lab.test": [{ type: "A", address: "192.0.2.164" }],
    "162.2.0.192.in-addr.arpa": [{ type: "PTR", target: "unconfirmed.mta-lab.test" }],
    "unconfirmed.mta-lab.test": [{ type: "A", address: "192.0.2.99" }],
    "160.113.0.203.in-addr.arpa": [{ type: "PTR", target: "listed-client.mta-lab.test" }],
    "listed-client.mta-lab.test": [{ type: "A", address: "203.0.113.160" }],
    "160.113.0.203.zen.spamhaus.org": [
      { type: "A", address: "127.0.0.2" },
      { type: "TXT", data: "https://check.spamhaus.org/query/ip/203.0.113.160" },
    ],
    "160.113.0.203.bl.spamcop.net": [
      { type: "A", address: "127.0.0.2" },
      { type: "TXT", data: "Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.160" },
    ],
    // Not on loopback: Exim's dnslookup router ignores 127/8 targets (sender verification).
    "sender.mta-lab.test": [{ type: "MX", exchange: "mx.sender.mta-lab.test", priority: 10 }],
    "mx.sender.mta-lab.test": [{ type: "A", address: "198.51.100.161" }],
    "servfail-sender.mta-lab.test": [{ type: "A", address: "127.0.0.1" }],
    "spf-fail.mta-lab.test": [
      { type: "MX", exchange: "mx.sender.mta-lab.test", priority: 10 },
      { type: "TXT", data: "v=spf1 ip4:198.51.100.161 -all" },
    ],
    "dmarc-fail.mta-lab.test": [
      { type: "MX", exchange: "mx.sender.mta-lab.test", priority: 10 },
      { type: "TXT", data: "v=spf1 ip4:198.51.100.161 ~all" },
    ],
    "_dmarc.dmarc-fail.mta-lab.test": [{ type: "TXT", data: "v=DMARC1; p=reject" }],
    "dkim-fail.mta-lab.test": [{ type: "MX", exchange: "mx.sender.mta-lab.test", priority: 10 }],
    // A valid 1024-bit RSA key whose private half the lab never had: every signature fails.
    "lab._domainkey.dkim-fail.mta-lab.test": [
      {
        type: "TXT",
        data: "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC/7Sf6n6XTLj3+tnO9tdXolU5dmJmJd7ZupS/zcc7pamxYzjXIfJ0/gJsvKr537jeIhn7GqzvnMrrhGOaTra/j9jApOBVuuAyvvx5qkcCSTzV6P7OcLnLwDeFBfimzKgrMTYlqNhEnyXvlKCTpXQAXmbeCYAR4w5nzqbhbJG9gyQIDAQAB",
      },
    ],
    "remote.mta-lab.test": [{ type: "MX", exchange: "mx.remote.mta-lab.test", priority: 10 }],
    "mx.remote.mta-lab.test": [{ type: "A", address: "127.0.0.2" }],
    "unreachable.mta-lab.test": [
      { type: "MX", exchange: "mx.unreachable.mta-lab.test", priority: 10 },
    ],
    "mx.unreachable.mta-lab.test": [{ type: "A", address: "198.51.100.160" }],
  },
  behaviours: {
    "servfail-sender.mta-lab.test": [{ kind: "servfail" }],
  },
};

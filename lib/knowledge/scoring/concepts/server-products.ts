// Concepts (see ./types.ts) read from the replies and delivery reports of mail-server products,
// where two independent servers word the same reason alike.
import type { Concept } from "./types";

const MADDY =
  "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/target/remote";
const STALWART =
  "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2";

export const SERVER_PRODUCT_CONCEPTS: readonly Concept[] = [
  {
    // MTA-STS (RFC 8461): the recipient's domain publishes a policy that mail to it must go over
    // TLS to an MX whose certificate matches the policy's names. A sending server that cannot
    // fetch the policy in enforce mode, or cannot make such a connection, does not deliver.
    // maddy's outbound delivery and Stalwart's delivery report name the protocol beside the
    // failure; neither says more than that the authenticated TLS the policy asks for failed.
    id: "concept.mta-sts-failed",
    cause: "tls-required",
    says: "the recipient's domain requires authenticated TLS by its MTA-STS policy, and that failed",
    subject: ["mta-sts"],
    failure: ["failed", "is required", "authenticity", "no policy"],
    // TLS reports (RFC 8460) name the policy type and its failures: a report, not a bounce.
    unless: ["tls report", "tls-rpt", "tlsrpt", "policy-type"],
    examples: [
      {
        text: "550 5.7.0 Failed to establish the MX record authenticity (MTA-STS)",
        source: `${MADDY}/security.go#L190 (maddy: the MX is not one the recipient domain's MTA-STS policy names)`,
      },
      {
        text: "MTA-STS auth failed: Policy not found.",
        source: `${STALWART}/crates/smtp/src/queue/mod.rs#L471 (Stalwart: the reason an MTA-STS failure gives, which its delivery report prints after the address, dsn.rs#L557)`,
      },
    ],
  },
];

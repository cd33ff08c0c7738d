// greylistd (Debian package greylistd 0.9, the greylisting daemon written for Exim): Exim asks it
// from its RCPT ACL with the statement the package gives (doc/examples/exim4-acl-example.txt,
// which greylistd-setup-exim4 inserts into Debian's exim4-config), and defers a new sender. The
// reply's own words ("... is not yet authorized to deliver mail from ... Please try later.") are
// read by the generic catalog; what Exim writes in its main log for it is the statement's
// log_message after Exim's "temporarily rejected RCPT <address>: ", recorded by the real-MTA lab
// (lib/knowledge/lab/fixtures/exim-spam/greylistd-greylisted.receiving.log).
import type { Signature } from "./types";

const EXIM4_ACL_EXAMPLE =
  "https://github.com/eurovibes/greylistd/blob/5a65b09a3ae3a32cb9b804a399b38c99e2c67078/doc/examples/exim4-acl-example.txt";

export const GREYLISTD_SIGNATURES: Signature[] = [
  {
    // `defer ... log_message = greylisted.`: a deferral at RCPT, which a sending server retries
    // (greylistd's retryMin: ten minutes). Greylisting reads as rate-limited in PRODUCT.md's
    // vocabulary (lib/knowledge/greylisting.ts).
    id: "greylistd.exim-log-greylisted",
    provider: "greylistd",
    match: [/temporarily rejected rcpt <[^<>\s]{1,320}>: greylisted\./],
    // The log parser takes "greylisted." alone as the recipient's reason: Exim's words around
    // it, which say it was a deferral at RCPT, are in the line's whole text.
    scope: "text",
    cause: "rate-limited",
    confidence: 0.75,
    source: EXIM4_ACL_EXAMPLE,
    example:
      "2026-12-07 12:17:50 H=client.example.com [192.0.2.160] F=<someone@example.org> temporarily rejected RCPT <user@example.com>: greylisted.",
    note: "Exim deferred the recipient because greylisting (greylistd) had not seen this sender before: nothing is wrong, the sending server's retry a few minutes later is accepted.",
  },
];

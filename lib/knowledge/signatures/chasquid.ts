// chasquid's own reply texts (the Go SMTP server, Debian package chasquid 1.11). Each was read
// in internal/smtpsrv/conn.go at the v1.11 tag and recorded by the real-MTA lab as a real reply
// (lib/knowledge/lab/fixtures/chasquid). chasquid answers many refusals with NetHack-flavoured
// words that say nothing a reader can recognise; the ones below are where the words alone left
// the classifier without a reason. Wordings it already reads right are not repeated here.
import type { Signature } from "./types";

/** internal/smtpsrv/conn.go at the v1.11 tag (the version Debian 12 packages). */
const CONN_GO =
  "https://github.com/albertito/chasquid/blob/1927e15ea2d8f8917642c14819a80da640806f01/internal/smtpsrv/conn.go";

export const CHASQUID_SIGNATURES: Signature[] = [
  {
    // Conn.AUTH: "if !c.onTLS { return 503, "5.7.10 You feel vulnerable" }". chasquid takes
    // credentials over TLS only, and says so this way to a client that sends AUTH before
    // STARTTLS (X.7.10 is "Encryption Needed" in RFC 5248's registry).
    id: "chasquid.auth-needs-tls",
    provider: "chasquid",
    match: ["you feel vulnerable"],
    cause: "tls-required",
    confidence: 0.85,
    source: `${CONN_GO}#L1022`,
    example: "503 5.7.10 You feel vulnerable",
    note: "chasquid refuses a login that is not inside an encrypted (STARTTLS or TLS) connection: the sending program must turn on TLS for this server.",
  },
  {
    // Conn.HELO and Conn.EHLO: an empty argument (501, no enhanced code); Conn.DATA: DATA before
    // any HELO/EHLO (503 5.5.1). Both are the client breaking the SMTP dialogue.
    id: "chasquid.no-helo",
    provider: "chasquid",
    match: ["invisible customers are not welcome"],
    cause: "protocol-syntax",
    confidence: 0.85,
    source: `${CONN_GO}#L330`,
    example: "501 Invisible customers are not welcome!",
    note: "chasquid's words for a client that greeted without a name (an empty HELO/EHLO) or sent DATA without greeting at all: the sending software breaks the SMTP dialogue.",
  },
];

// tls-required's words where the bounce tells which side's TLS failed (review 31, finding 5).
// The general cause's step, "enable TLS on your outgoing server, opportunistic", fits a sending
// server that did not start TLS where the receiver demanded it. Two bounces say otherwise:
// - Postfix's "Cannot start TLS: handshake failure" (src/smtp/smtp_proto.c, smtp_start_tls):
//   the sending server did start TLS and the handshake failed. Postfix writes it only where TLS
//   was mandatory for that delivery: "If TLS is optional, try delivery to the same server over a
//   plaintext connection" (the same function), so the requirement is the sending side's own
//   policy (TLS_README, "Mandatory TLS encryption"), and "make it opportunistic" would lower it.
// - "530 5.7.0 Must issue a STARTTLS command first" (RFC 3207 §4's reply) in a program's own
//   error, not a mail server's bounce: RFC 3207 §4 says "A publicly-referenced SMTP server MUST
//   NOT require use of the STARTTLS extension in order to deliver mail locally", so the server
//   that demands it is the outgoing (submission) server the program sends through, and the fix
//   is the program's SMTP settings (RFC 8314 §3.3: STARTTLS on 587, implicit TLS on 465).
// https://www.postfix.org/TLS_README.html#client_tls_encrypt,
// https://www.rfc-editor.org/rfc/rfc3207#section-4
import type { ParsedBounce } from "@/lib/bounce/types";
import type { CauseInfo } from "./causes";

/**
 * The evidence rule ids that read a TLS handshake that was tried and failed: the concept and
 * Postfix's own signature for "Cannot start TLS: handshake failure".
 */
export const TLS_HANDSHAKE_FAILED_RULES: readonly string[] = [
  "concept.tls-handshake-failed",
  "postfix.tls-handshake-failure",
];

/** RFC 3207 §4's reply to a command given before STARTTLS where the server requires it. */
const STARTTLS_FIRST_CODE = 530;

export const TLS_HANDSHAKE_FAILED: CauseInfo = {
  id: "tls-required",
  title: "Encryption with the receiving server was tried and failed",
  summary:
    "The sending mail server started an encrypted connection (STARTTLS) with the receiving server and the TLS handshake failed, so no encrypted session was made. The sending side requires encryption for this delivery (with optional TLS, Postfix would have sent the message without it), so the mail was held back instead. The usual reason is the receiving server's TLS set-up (its certificate, or only old protocol versions or ciphers); less often an outdated TLS library on the sending server.",
  actor: "recipient-admin",
  actorLabel:
    "The recipient's mail administrator (or, for an outdated TLS library, the sending server's)",
};

export const PROGRAM_STARTTLS_MISSING: CauseInfo = {
  id: "tls-required",
  title: "Your program did not start the encryption its outgoing server requires",
  summary:
    "The outgoing (SMTP) server the program sends through answered 530: it takes mail only after the program starts encryption with STARTTLS, and the program had not. A receiving server on the internet may not demand this (RFC 3207), so it is the program's own outgoing server, and the fix is the program's encryption setting, not the recipient's side.",
  actor: "sender",
  actorLabel: "You, or whoever set up the program's mail settings",
};

/** Whether the evidence reads a TLS handshake that was tried and failed. */
export function isTlsHandshakeFailed(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => TLS_HANDSHAKE_FAILED_RULES.includes(id));
}

/**
 * Whether the text is a program's own error quoting its outgoing server's 530 (RFC 3207 §4):
 * no mail server's bounce frames it (`fromMailServer` false: no generator, no recipient address).
 */
export function isProgramStarttlsMissing(
  parsed: ParsedBounce | null | undefined,
  fromMailServer: boolean,
): boolean {
  if (!parsed || fromMailServer) return false;
  return parsed.recipients.some((r) => r.replyCode === STARTTLS_FIRST_CODE);
}

/** tls-required's variant for this bounce, or null where the general words stand. */
export function tlsVariant(
  parsed: ParsedBounce | null | undefined,
  ruleIds: readonly string[],
  fromMailServer: boolean,
): CauseInfo | null {
  if (isTlsHandshakeFailed(ruleIds)) return TLS_HANDSHAKE_FAILED;
  if (isProgramStarttlsMissing(parsed, fromMailServer)) return PROGRAM_STARTTLS_MISSING;
  return null;
}

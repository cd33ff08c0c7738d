// Who a relay refusal came from. A server says "Relay access denied" (Postfix's
// reject_unauth_destination, smtpd_check.c), "sorry, that domain isn't in my list of allowed
// rcpthosts" (qmail-smtpd's rcpthosts) or "relay not permitted" (Exim's default ACL) to a client
// that may not send through it to a domain the server does not take mail for. Said to the
// sender's mail program, the program's login is missing (the submission server relays only for
// users who log in). Said to the sender's own mail server, which had already taken the message
// and quoted the reply in its bounce, the server that refused was the one it delivered to: the
// recipient domain's MX, which should take mail for that domain and does not (a stale MX, a
// domain not or no longer set up at its host or filtering service, a forward to a host not set
// up for it), or the sender's own relay host (a smarthost), where the login is again the fix.
// Turning on authentication in the sender's mail program helps in neither case (review 30,
// finding 3: a qmail bounce quoting the recipient MX's "Relay access denied" was given "Turn on
// authentication in your mail program").
// Postfix: https://www.postfix.org/postconf.5.html#reject_unauth_destination (a recipient domain
// not in relay_domains, mydestination or the virtual domains is refused unless the client may
// relay); qmail: https://cr.yp.to/qmail/qmail-smtpd.html (rcpthosts: the domains it accepts
// envelope recipients for).
import { unwrapWords } from "@/lib/bounce/refusal";
import type { ParsedBounce, RecipientReport } from "@/lib/bounce/types";

/**
 * The evidence (rule ids) of a refusal that says only that the server will not relay to the
 * recipient's domain for this client: the MTAs' own wordings and the providers' entries for the
 * same refusal. Not those that name the sender's account or login ("Relay access denied -
 * please authenticate", "Local user only", Exchange Online's 5.7.64 connector): those are the
 * sender's own relay's whoever quoted them. Each id is checked against its example in
 * relay-receiver.test.ts.
 */
export const DESTINATION_RELAY_RULES: readonly string[] = [
  // Postfix's "Relay access denied", Exim's "relay not permitted", qmail's rcpthosts.
  "concept.relay-access-denied",
  // Sendmail's "Relaying denied".
  "concept.relaying-refused",
  "generic.relay-denied.relay-denied",
  "generic.relay-denied.relay-not-allowed",
  "generic.relay-denied.not-permitted-to-relay",
  "generic.relay-denied.unable-to-relay",
  "generic.relay-denied.as-a-relay",
  "generic.relay-denied.this-system-is-not-configured-to-relay-mail",
  "generic.relay-denied.i-cannot-deliver-mail-for",
  "generic.relay-denied.not-accepting-email-for",
  "microsoft.5.7.1-unable-to-relay",
  "hmailserver.delivery-not-allowed",
  "kerio.relaying-is-denied",
  "hostpoint.mx-not-pointing-here",
  "spectrum.rr-recipient-not-local",
  "sparkpost.class-54-relaying-denied",
];

/**
 * What a sending mail server writes before a reply it quotes from the server it delivered to,
 * where the parse keeps no answering host: qmail-remote's "Remote host said: " (after "<ip> does
 * not like recipient." for a RCPT refusal) and Exim's smtp transport's "SMTP error from remote
 * mail server after RCPT TO:<...>". Postfix's "host X[ip] said:" and a DSN's Remote-MTA give the
 * host itself (RecipientReport.remoteMta).
 */
export const REMOTE_REPLY_WRAPPERS: readonly { words: string; source: string }[] = [
  {
    words: "remote host said:",
    source:
      "https://github.com/notqmail/notqmail/blob/005c5752ae4c25fcead04bb4cbe3677470324f8a/qmail-remote.c (outsmtptext)",
  },
  {
    words: "smtp error from remote mail server",
    source:
      "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/transports/smtp.c#L1417",
  },
];

type Parsed = Pick<ParsedBounce, "text" | "format" | "generator" | "reportingMta">;

/**
 * Whether a reply reached the reader inside a mail server's bounce, quoted from the server it
 * delivered to: the bounce names the answering host, says the reply is a remote host's, or is a
 * report a mail server wrote (a DSN, or a notice whose writer or reporting MTA the parse knows).
 * A reply line pasted alone, or a mail program's error, is the program's own server's.
 */
function quotedFromNextServer(parsed: Parsed, remoteMta: string | null | undefined): boolean {
  if (remoteMta) return true;
  if (
    (parsed.format === "dsn" || parsed.format === "mta-text") &&
    (parsed.generator !== null || parsed.reportingMta !== null)
  )
    return true;
  // Only then the whole text, once.
  const lower = parsed.text.toLowerCase();
  return REMOTE_REPLY_WRAPPERS.some((w) => lower.includes(w.words));
}

type Reply = Pick<RecipientReport, "replyCode" | "remoteMta" | "smtpCommand" | "diagnostic">;

/** The command a recipient's reply answered, where the bounce says (RCPT, MAIL, DATA...). */
function statedCommand(r: Reply): string | null {
  const named = r.smtpCommand?.trim().split(/\s/)[0];
  if (named) return named.toUpperCase();
  return r.diagnostic ? unwrapWords(r.diagnostic).stage : null;
}

/**
 * Whether a relay refusal was the next server's, quoted by the sender's own mail server: a reply
 * whose words say only that the server does not relay to that domain (DESTINATION_RELAY_RULES),
 * to RCPT TO or a command the bounce does not give, quoted from another server. Its steps are the
 * recipient domain's spelling and its administrator, with the sender's relay host last; never
 * the mail program's login. `read`: what the classifier read of the same reply (the answering
 * host, the stage), where known.
 */
export function relayRefusedByNextServer(
  parsed: Parsed,
  reply: Reply,
  ruleIds: readonly string[],
  read?: { host: string | null; command: string | null },
): boolean {
  if (reply.replyCode === null) return false;
  if (!ruleIds.some((id) => DESTINATION_RELAY_RULES.includes(id))) return false;
  const command = read?.command ?? statedCommand(reply);
  if (command !== null && command.toUpperCase() !== "RCPT") return false;
  return quotedFromNextServer(parsed, reply.remoteMta ?? read?.host);
}

/** The same for any recipient of a parsed bounce, from the evidence of the whole diagnosis. */
export function anyRelayRefusedByNextServer(
  parsed: Parsed & Pick<ParsedBounce, "recipients">,
  ruleIds: readonly string[],
): boolean {
  return parsed.recipients.some((r) => relayRefusedByNextServer(parsed, r, ruleIds));
}

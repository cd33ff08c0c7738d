// A cause's words where the bounce's own evidence makes the general ones wrong. A failed
// connection to a submission port ("Error: connect ETIMEDOUT 192.0.2.10:587", Node's net error
// as Nodemailer passes it on) is remote-unreachable, but no receiving server was ever involved:
// RFC 6409 (abstract) gives message submission port 587, while "message relay is unaffected,
// and continues to use SMTP over port 25"; RFC 8314 §3.3 adds submission over implicit TLS on
// port 465. The program could not reach the mail server it hands its mail to, its own, so
// "the receiving server could not be reached" and "check the recipient's domain" point the
// sender the wrong way (review 24, finding 8).
// https://www.rfc-editor.org/rfc/rfc6409, https://www.rfc-editor.org/rfc/rfc8314#section-3.3
import type { ParsedBounce } from "@/lib/bounce/types";
import { submissionPortOf } from "@/lib/rules/connection-ports";
import { isSendingProgramRule } from "@/lib/knowledge/sending-programs";
import { senderProviderBlock } from "@/lib/knowledge/sender-provider-blocks";
import { RECEIVER_FAULTS, receiverFault } from "@/lib/knowledge/receiver-faults";
import { GREYLISTING_READING, GREYLISTING_RULE_IDS } from "@/lib/knowledge/greylisting";
import { PHPMAILER_SIGNATURES } from "@/lib/knowledge/signatures/phpmailer";
import { THUNDERBIRD_SIGNATURES } from "@/lib/knowledge/signatures/thunderbird";
import type { SenderProviderBlock } from "@/lib/knowledge/providers";
import { CAUSES, type CauseId, type CauseInfo } from "./causes";
import { forwardedSpf } from "./forwarded-spf";
import { anyRelayRefusedByNextServer } from "./relay-receiver";
import { tlsVariant } from "./tls-variants";
import { ALIAS_FORWARD_UNREACHABLE, aliasForward } from "./alias-forward";

/**
 * authentication-failure where the SPF check that failed was made at a hop after a forward or a
 * relay on the recipient's side (forwarded-spf.ts): the forwarder's server was checked against
 * the sender's record, which need not list it. Who acts is the forwarder or the recipient's
 * mail administrator (RFC 7208 Appendix D.2, D.3); the sender's own part is DKIM.
 */
export const FORWARDED_SPF_FAILURE: CauseInfo = {
  id: "authentication-failure",
  title: "SPF failed after your mail was forwarded on the recipient's side",
  summary:
    "Your mail reached the recipient's address and was forwarded or passed on by a filter; the server after that checked SPF against the forwarding server, which your SPF record does not list and need not list. The forwarder can rewrite the envelope sender (SRS), or the recipient's mail server can stop checking SPF on mail its own forwarder or filter hands it. On your side, DKIM signing survives the forward.",
  actor: "recipient-admin",
  actorLabel: "The recipient's mail administrator, or whoever forwards their mail",
};

/** remote-unreachable where the failed connection was to a submission port. */
export const SUBMISSION_UNREACHABLE: CauseInfo = {
  id: "remote-unreachable",
  title: "Your application could not connect to its mail server",
  summary:
    "The program sending the mail could not open a connection to the mail server it is set to send through, on a submission port: the connection failed before any mail server read the message, so no refusal of the message is behind it and the recipient's side played no part.",
  actor: "sender-admin",
  actorLabel: "You, or whoever set up the application's mail settings",
};

/**
 * The same where a mail server's bounce reports it (Postfix's "connect to
 * smtp.provider.example[198.51.100.5]:587: Connection timed out"): the server could not reach
 * the relay host it is set to hand mail to, on a submission port; no application was involved.
 */
export const SUBMISSION_RELAY_UNREACHABLE: CauseInfo = {
  id: "remote-unreachable",
  title: "Your mail server could not connect to the relay it sends through",
  summary:
    "Your mail server tried to hand the message to the relay host it is set to send through, on a submission port, and could not connect: the connection failed before any mail server read the message, so no refusal of the message is behind it and the recipient's side played no part.",
  actor: "sender-admin",
  actorLabel: "You, or your mail administrator",
};

/**
 * remote-unreachable where a sending program's own words say it could not connect to the
 * outgoing server it is set to use (Thunderbird's "connecting to Outgoing server (SMTP) ...
 * failed", lib/knowledge/sending-programs.ts): no port needs to be named for that to be so.
 */
export const PROGRAM_UNREACHABLE: CauseInfo = {
  id: "remote-unreachable",
  title: "Your mail program could not connect to its outgoing server",
  summary:
    "The program sending the mail (a mail client, or a web site's mail library) could not connect to the outgoing (SMTP) server it is set to send through: no mail server refused the message, and the recipient's side played no part.",
  actor: "sender",
  actorLabel: "You, or whoever set up the program's mail settings",
};

/**
 * relay-denied where the words say the outgoing server refused the login (LOGIN_REFUSED_RULES):
 * the program did authenticate, and what it logged in with was not accepted. "The server
 * refused to relay your mail", by "your mail administrator", with a step to turn authentication
 * on, pointed away from the one thing to fix (review 25, finding 7). RFC 4954 §6: "535
 * 5.7.8 Authentication credentials invalid".
 */
export const LOGIN_REFUSED: CauseInfo = {
  id: "relay-denied",
  title: "Your outgoing mail server did not accept the login",
  summary:
    "The program or site sending the mail logged in to the outgoing (SMTP) server it sends through, and that server did not accept the login: the user name, the password or app password, the login method, or the account's permission to log in to SMTP there. The message itself was never refused, and nothing about the recipient plays a part.",
  actor: "sender",
  actorLabel: "You, or whoever set up the account or site",
};

/**
 * The same where a mail server's bounce reports it (Postfix's "SASL authentication failed;
 * server smtp.provider.example[198.51.100.5] said: 535 ...", src/smtp/smtp_sasl_glue.c): the
 * server's login to the relay host it sends through was refused.
 */
export const RELAY_LOGIN_REFUSED: CauseInfo = {
  id: "relay-denied",
  title: "The relay your mail server sends through did not accept its login",
  summary:
    "Your mail server logged in to the relay host it hands mail to, and the relay did not accept the login: the user name or password your server is set to use there, or the login method. The message itself was never refused, and nothing about the recipient plays a part.",
  actor: "sender-admin",
  actorLabel: "You, or your mail administrator",
};

/**
 * relay-denied where a sending program's own report leaves it possible without saying that a
 * login was refused (PHPMailer's "SMTP connect() failed" ranks it beside a failed connection):
 * the refusal, if it is one, came from the program's own outgoing server, which did not take its
 * login or its sender; "the server refused to relay your mail" read as a receiver's refusal.
 */
export const PROGRAM_RELAY_DENIED: CauseInfo = {
  id: "relay-denied",
  title: "Your outgoing mail server did not take the program's login or sender",
  summary:
    "The program sending the mail reached the outgoing (SMTP) server it is set to send through, and that server would not take the message from it: the program's login was not accepted, or it did not log in, or the sender address is not one the account may use. Nothing about the recipient plays a part.",
  actor: "sender",
  actorLabel: "You, or whoever set up the program's mail settings",
};

/**
 * relay-denied where the refusal was the next server's, quoted by the sender's own mail server
 * (relay-receiver.ts): the server that answered for the recipient's domain does not take mail
 * for it. Their setup, or a mistyped domain; the sender's own relay host only where that is the
 * server the bounce names (the last step says how to tell). Review 30, finding 3.
 */
export const RELAY_REFUSED_BY_NEXT_SERVER: CauseInfo = {
  id: "relay-denied",
  title: "The recipient's mail server does not take mail for their domain",
  summary:
    "Your mail server delivered the message, and the server it reached for the recipient's domain refused to relay it: that server is not set up to accept mail for that domain (an old MX record, a domain not or no longer set up at its host, a forward to a server that does not know it), or the domain is mistyped. Logging in from your mail program does not change it; only if that server is your own relay host is it your side's.",
  actor: "recipient-admin",
  actorLabel: "The recipient's mail administrator",
};

/**
 * tls-required where the failed TLS was the program's own, to the outgoing server it submits
 * through (a submission port named, or a sending program's own words): "certificate verify
 * failed (unable to get local issuer certificate)" or Thunderbird's STARTTLS failure. The
 * cause is the same as a receiver's TLS failure (PRODUCT.md: "TLS ... was not used or failed"),
 * so no new cause: only who acts and where differ. RFC 8314 §3.3 and §5 (port 465 starts with
 * TLS, 587 with STARTTLS, RFC 3207), and the client verifies the server's certificate against
 * the host name it was set to use (RFC 8314 §5.1, RFC 6125). Review 25, finding 8.
 */
export const SUBMISSION_TLS_FAILED: CauseInfo = {
  id: "tls-required",
  title: "Your mail program could not set up encryption with its outgoing server",
  summary:
    "The program sending the mail reached the outgoing (SMTP) server it is set to send through, but the encrypted connection to it failed: the program does not trust the server's certificate, the host name it is set to use is not one the certificate names, or the port and the encryption setting do not go together. No receiving server was involved, and nothing about the recipient plays a part.",
  actor: "sender",
  actorLabel: "You, or whoever set up the program's mail settings",
};

/** The same where a mail server's bounce reports it: its encryption with its relay host failed. */
export const SUBMISSION_RELAY_TLS_FAILED: CauseInfo = {
  id: "tls-required",
  title: "Your mail server could not set up encryption with the relay it sends through",
  summary:
    "Your mail server reached the relay host it hands mail to, on a submission port, but the encrypted connection failed: it does not trust the relay's certificate, the relay's name is not one the certificate names, or the port and the encryption setting do not go together. No receiving server was involved.",
  actor: "sender-admin",
  actorLabel: "You, or your mail administrator",
};

/**
 * rate-limited where the evidence reads greylisting (lib/knowledge/greylisting.ts): its words rank
 * the rate limit, for want of a cause of its own, but "Too many messages were sent too fast"
 * would send the user to slow their mail down, and greylisting asks only for the retry (RFC 6647
 * section 2.1). Review 31, finding 7: the headline said greylisting, the conclusion, the
 * possible causes and the steps' section the rate limit.
 */
export const GREYLISTED: CauseInfo = {
  id: "rate-limited",
  title: GREYLISTING_READING.title,
  summary: GREYLISTING_READING.summary,
  actor: "sender-admin",
  actorLabel: GREYLISTING_READING.actorLabel,
};

/** Whether the evidence reads greylisting's words (one of greylisting.ts's catalog entries). */
export function readsGreylisting(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => GREYLISTING_RULE_IDS.includes(id));
}

/**
 * The evidence rule ids that say the outgoing server refused a login: SMTP's 535 (RFC 4954 §6,
 * "Authentication credentials invalid"), providers' own 535 texts for credentials they did not
 * accept (their tables), and the programs' own words for it (PHPMailer's 'authenticate',
 * Thunderbird's smtpAuthFailure). Not Microsoft's 5.7.57 "Client was not authenticated": there
 * the program never logged in, and "turn authentication on" is the right step.
 */
export const LOGIN_REFUSED_RULES: readonly string[] = [
  "rfc5321.535",
  // Not the 535s that say the account may not use the server at all (GoDaddy's IB401, SES's
  // "Account not subscribed") or that the provider's own sign-in service failed (Microsoft's
  // 5.7.139 STS): those carry rfc5321.535 too, so the variant's words cover them ("did not
  // accept the login"), while the credentials step (evidence-steps.ts) names only these.
  "google.page.5.7.8-username-and-password-not",
  "mimecast.535-incorrect-authentication-data",
  "fastmail.authentication-failed",
  "sparkpost.smtp-no-authentication-type-succeeded",
  ...PHPMAILER_SIGNATURES.map((s) => s.id),
  ...THUNDERBIRD_SIGNATURES.filter((s) => s.id.startsWith("thunderbird.smtpAuthFailure.")).map(
    (s) => s.id,
  ),
];

/** Whether the evidence says the outgoing server refused a login (LOGIN_REFUSED_RULES). */
export function isLoginRefused(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => LOGIN_REFUSED_RULES.includes(id));
}

/**
 * Whether a TLS failure was the sender's own submission: the text names only submission ports
 * (RFC 6409, RFC 8314 §3.3), or it is a sending program's own report (not a mail server's).
 */
export function isSubmissionTls(
  parsed: ParsedBounce | null | undefined,
  ruleIds: readonly string[],
): boolean {
  return (
    submissionPortOf(parsed) !== null ||
    (!fromMailServer(parsed) && ruleIds.some(isSendingProgramRule))
  );
}

/**
 * Whether the words name who wrote them as a mail server (a bounce's generator, or a recipient
 * address it failed for), so the login or encryption that failed was that server's with its relay.
 */
function byMailServer(parsed: ParsedBounce | null | undefined): boolean {
  return !!parsed && (parsed.generator !== null || parsed.recipients.some((r) => !!r.address));
}

/**
 * Whether the text is a mail server's bounce (it names a recipient address or its MTA), not an
 * app's error. A reply code alone makes a "recipient" of the parse with no address: a program's
 * debug transcript quotes its outgoing server's reply ("SMTP ERROR: Password command failed: 535
 * 5.7.8 ..."), and that reply is about the sender's own account, not a recipient (ui27: such a
 * transcript was labelled "Recipient 1" and promised checks of a recipient's domain).
 */
export function fromMailServer(parsed: ParsedBounce | null | undefined): boolean {
  return byMailServer(parsed);
}

/**
 * The causes that can explain a failed connection to a submission port: only the connection
 * failing. No server answered, so no refusal cause (a blocklisting, a policy, an unknown
 * address, spam filtering) can be behind it, and the recipient's domain was never looked up.
 */
export const SUBMISSION_FAILURE_CAUSES: readonly CauseId[] = ["remote-unreachable"];

/** Whether the bounce is a failed connection to a submission port (and to no other). */
export function isSubmissionFailure(parsed: ParsedBounce | null | undefined): boolean {
  return submissionPortOf(parsed) !== null;
}

/**
 * The causes that can explain a failure a sending program reports about its own outgoing server
 * (lib/knowledge/sending-programs.ts): it could not connect, log in (or relay), or set up TLS.
 * The receiving side was never reached, so no refusal of the message's (a blocklisting, a
 * policy, an unknown address or domain, spam) can be behind it.
 */
export const PROGRAM_FAILURE_CAUSES: readonly CauseId[] = [
  "remote-unreachable",
  "relay-denied",
  "tls-required",
];

/** The causes a refused login can have: only the login (RFC 4954 §6). */
export const LOGIN_FAILURE_CAUSES: readonly CauseId[] = ["relay-denied"];

/** The causes a failed TLS set-up with the sender's own outgoing server can have. */
export const SUBMISSION_TLS_CAUSES: readonly CauseId[] = ["tls-required"];

/** A diagnosis as far as the narrowing reads it. */
interface Reading {
  parsed: ParsedBounce;
  overall: { cause: CauseId; possible?: readonly { cause: CauseId }[] };
  recipients: readonly {
    cause: CauseId;
    possible?: readonly { cause: CauseId }[];
    alternatives?: readonly { cause: CauseId }[];
  }[];
}

/**
 * The only causes a failure on the sender's own side can have, where the text is one: a failed
 * connection to a submission port, a refused login, a failed TLS set-up with the sender's own
 * outgoing server, or a sending program's own report of one of these. Null for anything else
 * (a receiver's refusal). The belief keeps only these (lib/rules/belief.ts): the bare refusal's
 * causes, the recipient's domain and the background floor explain none of these failures.
 */
export function senderSideCauses(
  d: Reading | null | undefined,
  ruleIds: readonly string[],
): readonly CauseId[] | null {
  if (!d) return null;
  const lead = d.recipients[0] ?? d.overall;
  if (lead.cause === "relay-denied" && isLoginRefused(ruleIds)) return LOGIN_FAILURE_CAUSES;
  if (lead.cause === "tls-required" && isSubmissionTls(d.parsed, ruleIds))
    return SUBMISSION_TLS_CAUSES;
  if (isSubmissionFailure(d.parsed)) return SUBMISSION_FAILURE_CAUSES;
  const ranked = [
    lead.cause,
    ...(lead.possible ?? d.overall.possible ?? []).map((p) => p.cause),
  ].filter((c) => c !== "unknown");
  if (
    ranked.length > 0 &&
    !fromMailServer(d.parsed) &&
    ruleIds.some(isSendingProgramRule) &&
    ranked.every((c) => PROGRAM_FAILURE_CAUSES.includes(c))
  )
    return PROGRAM_FAILURE_CAUSES;
  return null;
}

/**
 * Whether the text is a program's own report of its failure with its outgoing server, not a
 * bounce: a sending program's words (lib/knowledge/sending-programs.ts), or a failure on the
 * sender's own side (senderSideCauses) that no mail server's bounce frames. The page then asks
 * for the program's full error and its settings, not for "the whole bounce".
 */
export function isProgramReport(
  d: Reading | null | undefined,
  ruleIds: readonly string[],
): boolean {
  if (!d || fromMailServer(d.parsed)) return false;
  return ruleIds.some(isSendingProgramRule) || senderSideCauses(d, ruleIds) !== null;
}

/**
 * A cause read from a refusal by the sender's own mail provider (PhraseEntry.senderProvider): the
 * provider's headline, and its admin, not the receiver, as who acts.
 */
const SENDER_PROVIDER_INFOS = new Map<string, CauseInfo>();
function senderProviderInfo(cause: CauseId, block: SenderProviderBlock): CauseInfo {
  const key = `${cause} ${block.headline}`;
  let info = SENDER_PROVIDER_INFOS.get(key);
  if (!info) {
    info = {
      id: cause,
      title: block.headline,
      summary: `The refusal came from your own mail provider (${block.provider}), not from the recipient's side: it did not pass the message on.`,
      actor: "sender-admin",
      actorLabel: `Your ${block.provider} administrator`,
    };
    SENDER_PROVIDER_INFOS.set(key, info);
  }
  return info;
}

/**
 * remote-server-error where the evidence reads a lasting fault on the receiving side
 * (lib/knowledge/receiver-faults.ts): its own words, not those of an internal failure that a
 * later resend may get past. One CauseInfo per fault, so that callers can tell a variant by
 * identity.
 */
const RECEIVER_FAULT_INFOS = new Map<string, CauseInfo>(
  RECEIVER_FAULTS.map((f) => [
    f.id,
    {
      id: "remote-server-error",
      title: f.title,
      summary: f.summary,
      actor: CAUSES["remote-server-error"].actor,
      actorLabel: f.actorLabel,
    },
  ]),
);

/** A cause's words for this bounce: its variant where the bounce's evidence calls for one. */
export function causeInfoFor(
  cause: CauseId,
  parsed: ParsedBounce | null | undefined,
  ruleIds: readonly string[] = [],
): CauseInfo {
  if (cause === "relay-denied" && isLoginRefused(ruleIds))
    return byMailServer(parsed) ? RELAY_LOGIN_REFUSED : LOGIN_REFUSED;
  if (cause === "relay-denied" && !fromMailServer(parsed) && ruleIds.some(isSendingProgramRule))
    return PROGRAM_RELAY_DENIED;
  if (cause === "authentication-failure" && forwardedSpf(parsed)) return FORWARDED_SPF_FAILURE;
  if (cause === "tls-required" && isSubmissionTls(parsed, ruleIds))
    return byMailServer(parsed) ? SUBMISSION_RELAY_TLS_FAILED : SUBMISSION_TLS_FAILED;
  // A handshake that was tried and failed, or a program's outgoing server asking for STARTTLS
  // (tls-variants.ts): not the sending server's missing TLS.
  const tls = cause === "tls-required" ? tlsVariant(parsed, ruleIds, fromMailServer(parsed)) : null;
  if (tls) return tls;
  // The sender's own provider refused (a provider table marks the entry): its words and actor,
  // not the receiver's.
  const own = senderProviderBlock(cause, ruleIds);
  if (own) return senderProviderInfo(cause, own);
  // A relay refusal the recipient's side gave, quoted by the sender's own mail server.
  if (cause === "relay-denied" && parsed && anyRelayRefusedByNextServer(parsed, ruleIds))
    return RELAY_REFUSED_BY_NEXT_SERVER;
  if (cause === "rate-limited") return readsGreylisting(ruleIds) ? GREYLISTED : CAUSES[cause];
  if (cause === "remote-server-error") {
    const fault = receiverFault(ruleIds);
    return (fault && RECEIVER_FAULT_INFOS.get(fault.id)) ?? CAUSES[cause];
  }
  if (cause !== "remote-unreachable") return CAUSES[cause];
  if (isSubmissionFailure(parsed))
    return fromMailServer(parsed) ? SUBMISSION_RELAY_UNREACHABLE : SUBMISSION_UNREACHABLE;
  if (ruleIds.some(isSendingProgramRule)) return PROGRAM_UNREACHABLE;
  // An alias's server could not reach its forward target (alias-forward.ts).
  if (aliasForward(parsed)) return ALIAS_FORWARD_UNREACHABLE;
  return CAUSES[cause];
}

/**
 * For a list of possible causes: each cause's title where this bounce's evidence gives it a
 * variant ("Your mail program could not connect to its outgoing server"), undefined where the
 * general title stands.
 */
export function variantTitle(
  parsed: ParsedBounce | null | undefined,
  ruleIds: readonly string[] = [],
): (cause: CauseId) => string | undefined {
  return (cause) => {
    const info = causeInfoFor(cause, parsed, ruleIds);
    return info !== CAUSES[cause] ? info.title : undefined;
  };
}

/** The rule ids of a diagnosis's evidence, overall and per recipient (for causeInfoFor). */
export function evidenceRuleIds(
  d:
    | {
        overall: { evidence?: readonly { ruleId: string }[] };
        recipients: readonly { evidence?: readonly { ruleId: string }[] }[];
      }
    | null
    | undefined,
): string[] {
  if (!d) return [];
  return [d.overall, ...d.recipients].flatMap((v) => (v.evidence ?? []).map((e) => e.ruleId));
}

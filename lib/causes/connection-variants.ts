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
import { CAUSES, type CauseId, type CauseInfo } from "./causes";

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

/** Whether the text is a mail server's bounce (it names recipients or its MTA), not an app's error. */
export function fromMailServer(parsed: ParsedBounce | null | undefined): boolean {
  return !!parsed && (parsed.generator !== null || parsed.recipients.length > 0);
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

/** A cause's words for this bounce: its variant where the bounce's evidence calls for one. */
export function causeInfoFor(
  cause: CauseId,
  parsed: ParsedBounce | null | undefined,
  ruleIds: readonly string[] = [],
): CauseInfo {
  if (cause !== "remote-unreachable") return CAUSES[cause];
  if (isSubmissionFailure(parsed))
    return fromMailServer(parsed) ? SUBMISSION_RELAY_UNREACHABLE : SUBMISSION_UNREACHABLE;
  if (ruleIds.some(isSendingProgramRule)) return PROGRAM_UNREACHABLE;
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

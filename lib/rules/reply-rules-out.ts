// What a received reply rules out. A reply code that answered a command after the greeting
// (HELO/EHLO, MAIL FROM, RCPT TO, DATA) shows that a mail server was reached and spoke SMTP up
// to that command: the client sends its commands only after the server's 220 greeting (RFC 5321
// section 3.1) and each reply answers the command before it (section 4.2). A cause whose meaning
// is that no server could be reached is then no longer possible, and the wizard should neither
// hold it nor ask about it (review 27: "host mx.acme.test[192.0.2.9] said: 451 4.4.0 ... (in
// reply to RCPT TO command)" was still walked as "the receiving server could not be reached").
//
// A reply does not rule out what its own words say: "421 4.4.2 ... Error: timeout exceeded (in
// reply to end of DATA command)" is a connection that broke after it was made, which the
// classifier reads as remote-unreachable from the words; that reading stays (as in
// recipient-system.ts, only the words count, not a code's usual causes).
import { hostUnder } from "@/lib/bounce/host-under";
import { recipientDomains } from "@/lib/bounce/address-domain";
import type { CauseId } from "@/lib/causes/causes";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { SmtpStage } from "@/lib/bounce/refusal";

/** What the lead recipient's reply must show for a rule-out to apply. */
export type ReplyShows =
  /** A reply code with a stated stage after the greeting. */
  | "reply-after-greeting"
  /** That, and the bounce names the answering host, a name under the recipient's domain. */
  | "recipient-host-answered";

export interface ReplyRuleOut {
  id: string;
  shows: ReplyShows;
  cause: CauseId;
  /** What it shows, in plain words, as the wizard says it against the cause. */
  says: string;
  /** A bounce line that shows it (one of the test's realistic examples). */
  example: string;
  source: string;
}

const RFC5321 = "https://www.rfc-editor.org/rfc/rfc5321#section-3.1 and #section-4.2 (RFC 5321)";

/** The stages after the greeting (lib/bounce/refusal.ts SmtpStage; CONN is the greeting). */
export const AFTER_GREETING: readonly SmtpStage[] = ["HELO", "MAIL", "RCPT", "DATA"];

export const REPLY_RULES_OUT: readonly ReplyRuleOut[] = [
  {
    id: "reply-after-greeting.unreachable",
    shows: "reply-after-greeting",
    cause: "remote-unreachable",
    says: "a mail server answered the {stage} command, so the connection to it was made",
    example:
      "host mx.acme.test[192.0.2.9] said: 451 4.4.0 Temporary failure, please try again later (in reply to RCPT TO command)",
    source: RFC5321,
  },
  {
    // A host of the recipient's domain answered: the domain exists and its mail server takes
    // connections. A bare reply does not show this (Exim's "550 Unrouteable address" may come
    // from the sender's own relay), nor a host outside the domain (a smarthost the sender uses).
    id: "recipient-host-answered.domain",
    shows: "recipient-host-answered",
    cause: "recipient-domain-invalid",
    says: "{host}, a server of the recipient's domain, answered the {stage} command, so the domain exists and takes mail",
    example:
      "host mx.acme.test[192.0.2.9] said: 550 5.4.0 DNS lookup failure (in reply to RCPT TO command)",
    source: RFC5321,
  },
];

/** The command words the stage stands for, as the bounce's "(in reply to ... command)" says. */
const STAGE_WORDS: Record<SmtpStage, string> = {
  CONN: "connection",
  HELO: "HELO/EHLO",
  MAIL: "MAIL FROM",
  RCPT: "RCPT TO",
  DATA: "DATA",
};

type Lead = Diagnosis["recipients"][number];

/** The lead's own words state `cause`: its reading, or, where unknown, what its words leave. */
export function wordsSay(lead: Lead, cause: CauseId): boolean {
  if (lead.cause === cause) return true;
  return (
    lead.cause === "unknown" &&
    lead.possibleFrom === "words" &&
    (lead.possible ?? []).some((p) => p.cause === cause)
  );
}

export interface RuledOut {
  cause: CauseId;
  says: string;
  id: string;
}

/** The causes the lead recipient's reply rules out, each once, with why; [] where none. */
export function replyRulesOut(d: Diagnosis | null | undefined): RuledOut[] {
  const lead = d?.recipients[0];
  const refusal = lead?.refusal;
  const stage = refusal?.stage?.command;
  if (!lead || !refusal || refusal.replyCode === null || !stage) return [];
  if (!AFTER_GREETING.includes(stage)) return [];
  const host = (refusal.host ?? lead.recipient.remoteMta ?? "").toLowerCase();
  const recipientHost =
    host !== "" && recipientDomains(lead.recipient).some((dom) => hostUnder(host, dom));
  const out: RuledOut[] = [];
  for (const row of REPLY_RULES_OUT) {
    if (row.shows === "recipient-host-answered" && !recipientHost) continue;
    if (wordsSay(lead, row.cause) || out.some((o) => o.cause === row.cause)) continue;
    out.push({
      cause: row.cause,
      id: row.id,
      says: row.says.replace("{stage}", STAGE_WORDS[stage]).replace("{host}", host),
    });
  }
  return out;
}

// Whether the recipient's own mail system wrote the failure, where no SMTP reply says so: a
// local delivery agent's own report (a command's output, an MDA's message), a delivery report
// whose Reporting-MTA is under the recipient's domain, a notice that sends questions to the
// recipient domain's postmaster. Mail that got that far was accepted for the recipient's
// domain, so the domain evidently takes mail, as when its server answers with a reply ("host X
// said: 550 ..."): a recipient-domain lookup that fails (for reasons of its own, or because the
// address is an internal one) cannot outweigh what that system wrote (review 26, finding 8).
import { recipientDomains } from "@/lib/bounce/address-domain";
import type { CauseId } from "@/lib/causes/causes";
import { hostUnder } from "@/lib/bounce/host-under";
import { wordsSay } from "./reply-rules-out";
import { noticeText } from "@/lib/bounce/notice-text";
import type { Diagnosis } from "@/lib/diagnosis/types";

export interface RecipientSystemMarker {
  id: string;
  /** Words a delivery agent on the recipient's own system writes, read in the notice's text. */
  pattern: RegExp;
  /** What the marker shows, in plain words, after "the recipient's own mail system wrote it: ". */
  says: string;
  /** The source's own words, as the source prints them. */
  example: string;
  source: string;
}

const POSTFIX_PIPE_COMMAND =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/pipe_command.c#L643";
const POSTFIX_LOCAL =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/local";

/**
 * Words only a delivery agent on the recipient's side writes: it runs where the mailbox is, after
 * the mail was accepted for the recipient's domain. Each is read in the notice's own text (never
 * in the returned original).
 */
export const LOCAL_DELIVERY_MARKERS: readonly RecipientSystemMarker[] = [
  {
    // Postfix local(8) ("|command" in an alias or .forward) and pipe(8) deliver to a command
    // through pipe_command(), which quotes what the command printed after ". Command output: ".
    id: "postfix.command-output",
    pattern: /\bCommand output:\s/,
    says: "a command its local delivery ran printed the error, Postfix’s “Command output”",
    example: '"%s%s%s", sp->text, log_len ? ". Command output: " : "", log_buf',
    source: `${POSTFIX_PIPE_COMMAND} (Postfix pipe_command(), used by local(8) and pipe(8))`,
  },
  {
    // Postfix local(8): the mailbox file could not be written ("cannot update mailbox %s for
    // user %s. "), or the local user is not known ("unknown user: \"%s\"").
    id: "postfix.local",
    pattern: /\bcannot update mailbox \S+ for user |\bunknown user: "/,
    says: "its local delivery agent, Postfix local, reported it",
    example: '"cannot update mailbox %s for user %s. "',
    source: `${POSTFIX_LOCAL}/mailbox.c#L228 and local/unknown.c#L158 (Postfix local(8))`,
  },
  {
    // Mail delivery agents that prefix their own messages with their name, as a local delivery
    // relays them: Courier maildrop ("maildrop: maildir over quota."), procmail ("procmail: Quota
    // exceeded while writing"), BSD mail.local ("mail.local: Disc quota exceeded"), vpopmail's
    // vdelivermail ("vdelivermail: user is over quota").
    id: "mda.name-prefix",
    pattern: /(?:^|[\s.;:(])(?:maildrop|procmail|mail\.local|vdelivermail): \S/m,
    says: "its mail delivery agent reported it, in the agent’s own words",
    example: "maildrop: maildir over quota.",
    source:
      "https://www.courier-mta.org/maildrop/ (Courier maildrop, the MDA); https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/pipe_command.c (how Postfix quotes a delivery command's output)",
  },
  {
    // LMTP is for final delivery to a mail store that has no queue of its own (RFC 2033 section
    // 1): an LMTP server is the recipient's own mailbox server, as in Postfix's "lmtp" transport
    // to Dovecot or Cyrus, or Sun ONE's "LMTP transmission failure has occurred".
    id: "lmtp",
    pattern: /\bLMTP\b/i,
    says: "its LMTP delivery to the mailbox server failed, and LMTP is only for final delivery",
    example: "Local Mail Transfer Protocol (LMTP) ... the final delivery of mail",
    source: "https://www.rfc-editor.org/rfc/rfc2033#section-1 (RFC 2033, LMTP)",
  },
];

/**
 * RFC 5321 section 4.5.1: every domain that takes mail has a postmaster. A notice whose own words
 * send questions to the postmaster of the recipient's domain was written by that domain's system
 * (UC Irvine's "Please contact Postmaster@uci.edu if you have any questions." for user@uci.edu).
 */
const POSTMASTER_AT = /\bpostmaster@([a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,63})\b/gi;

/** The lead's words that say no server of the recipient's domain can be reached or exists. */
export const NOT_RECEIVER_WORDS: readonly CauseId[] = [
  "recipient-domain-invalid",
  "remote-unreachable",
];

/** At most this much of the notice is read for the markers: they are in its first lines. */
const MAX_NOTICE_CHARS = 30_000;

/**
 * Whether the lead's own words say the recipient's domain cannot be reached or does not exist
 * (then a structural hint, a host under the domain, does not show that the domain takes mail:
 * an internal relay may have failed to reach it). An `unknown` lead counts only where words
 * narrowed it (possibleFrom "words"): a code's or no reply's usual causes are no words.
 */
export function wordsSayNoReceiver(lead: Diagnosis["recipients"][number]): boolean {
  return NOT_RECEIVER_WORDS.some((c) => wordsSay(lead, c));
}

/**
 * Why the recipient's own mail system evidently wrote the lead recipient's failure, in plain
 * words ("a command run by its local delivery printed the error"), or null where the bounce does
 * not show it. A reply code is read elsewhere (belief.ts receiverAnswered).
 */
export function recipientSystemWrote(d: Diagnosis | null): string | null {
  if (!d) return null;
  // Read once per diagnosis: the wizard weighs its evidence many times a step (belief.ts), and
  // each reading scans the notice.
  if (READ.has(d)) return READ.get(d) ?? null;
  const found = read(d);
  READ.set(d, found);
  return found;
}

const READ = new WeakMap<Diagnosis, string | null>();

function read(d: Diagnosis): string | null {
  const lead = d.recipients[0];
  if (!lead) return null;
  const text = noticeText(d.parsed, MAX_NOTICE_CHARS);
  const diagnostic = lead.recipient.diagnostic ?? "";
  for (const m of LOCAL_DELIVERY_MARKERS)
    if (m.pattern.test(diagnostic) || m.pattern.test(text)) return m.says;
  if (wordsSayNoReceiver(lead)) return null;
  const domains = recipientDomains(lead.recipient);
  if (domains.length === 0) return null;
  const reporting =
    d.parsed.reportingMta
      ?.trim()
      .split(/[\s;(]/)[0]
      ?.toLowerCase() ?? "";
  const under = domains.find((dom) => reporting !== "" && hostUnder(reporting, dom));
  if (under) return `the delivery report's Reporting-MTA, ${reporting}, is under ${under}`;
  for (const m of text.matchAll(POSTMASTER_AT)) {
    const pm = m[1]!.toLowerCase();
    if (domains.some((dom) => hostUnder(dom, pm)))
      return `the notice sends questions to postmaster@${pm}`;
  }
  return null;
}

// The plain words for a bounce that does not say why: the same sentence on the page, in the
// command line's report and anywhere else a diagnosis is shown.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { SmtpStage } from "@/lib/bounce/refusal";
import { STATUS_SUBJECTS } from "@/lib/knowledge/enhanced-status-codes";
import {
  NO_REPLY,
  PERMANENT_CLASS,
  SUBJECT_CODE,
  TRANSIENT_CLASS,
  UNCODED_REFUSAL,
} from "@/lib/knowledge/scoring/reply-possibilities";
import type { PossibleFrom, RankedCause } from "./types";

/**
 * Where in the SMTP session a stated stage puts the refusal, in plain words: the usual causes of
 * a code differ by it (lib/knowledge/scoring/stage-shifts.ts STAGE_LIMITS takes out of them what
 * cannot have been refused yet), and the reader should know why the list is shorter.
 */
const REFUSED_AT: Readonly<Record<SmtpStage, string>> = {
  CONN: "refused at the greeting, before the sender or any recipient was named",
  HELO: "refused at HELO/EHLO, before the sender or any recipient was named",
  MAIL: "refused at MAIL FROM, before any recipient was named",
  RCPT: "refused at RCPT TO",
  DATA: "refused after the message was sent (DATA)",
};

export interface UnknownWording {
  /** "This bounce does not say why." */
  headline: string;
  /** What the list below is, and what happens next. */
  lead: string;
  /** The causes that remain possible, most usual first, in plain words. */
  possible: { cause: CauseId; title: string }[];
}

/** Words for an `unknown` verdict with its ranked possibilities; null when there are none. */
export function unknownWording(
  possible: readonly RankedCause[] | undefined,
  replyCode: number | null,
  status: string | null = null,
  from: PossibleFrom = "code",
  stage: SmtpStage | null = null,
  listedFor: string | null = null,
): UnknownWording | null {
  if (!possible || possible.length === 0) return null;
  // The codes the reply gave: "a 550", "a 554 5.7.1"; and where the bounce says it was given.
  const codes = [replyCode, status].filter((c) => c !== null).join(" ");
  const reply = listFor(codes, listedFor);
  const unreadLead = codes !== "" ? UNREAD_LEAD : UNREAD_NOTICE_LEAD;
  const of = stage ? `${reply} ${REFUSED_AT[stage]}` : reply;
  const titled = possible.map((p) => ({ cause: p.cause, title: CAUSES[p.cause].title }));
  // One cause left is no list to tell apart: say it is the likely one, unconfirmed (a 4.7.0
  // whose registry reading names one cause, Boxbe's "Sender not pre-approved").
  if (possible.length === 1)
    return {
      headline: from === "words" ? "This bounce does not say enough to tell." : HEADLINE[from],
      lead:
        from === "words"
          ? "Its words point to the cause below without settling it; the wizard will check it."
          : `${from === "unread" ? unreadLead : ""}The usual cause of ${of} is the one below, but the bounce does not confirm it; the wizard will check it.`,
      possible: titled,
    };
  // Words that fit several causes narrowed the list: it is theirs, not the code's usual ones.
  if (from === "words")
    return {
      headline: "This bounce does not say enough to tell.",
      lead: "Its words fit more than one cause. These remain possible, most likely first; the wizard will help you tell them apart.",
      possible: titled,
    };
  return {
    headline: HEADLINE[from],
    lead: `${from === "unread" ? unreadLead : ""}These are the usual causes of ${of}; the wizard will help you tell them apart.`,
    possible: titled,
  };
}

/** The headline when the list comes from the code: a bare refusal, or words not read. */
const HEADLINE: Readonly<Record<Exclude<PossibleFrom, "words">, string>> = {
  code: "This bounce does not say why.",
  // Never "does not say why" for a reply that gives a reason in words the knowledge lacks.
  unread: "Bounce Doctor could not read a cause in this bounce.",
};

const UNREAD_LEAD =
  "The server's reply has words Bounce Doctor does not know; read them, they may name the cause. ";
/** A notice with no code quotes no server: its words are the notice's own. */
const UNREAD_NOTICE_LEAD =
  "The notice has words Bounce Doctor does not know; read them, they may name the cause. ";

/**
 * What the list is the usual causes of: the code's own ("a 550"), a whole class's where the code
 * has none (reply-possibilities.ts PERMANENT_CLASS: "a permanent refusal such as this 571"), or a
 * notice's that quotes no reply at all (NO_REPLY), or pasted words of refusal with no code
 * (UNCODED_REFUSAL).
 */
function listFor(codes: string, listedFor: string | null): string {
  if (listedFor === NO_REPLY) return "a bounce that quotes no reply from a receiving server";
  if (listedFor === UNCODED_REFUSAL) return "a refusal that quotes no code";
  if (listedFor === PERMANENT_CLASS)
    return codes === "" ? "a permanent refusal" : `a permanent refusal such as this ${codes}`;
  if (listedFor === TRANSIENT_CLASS)
    return codes === "" ? "a temporary refusal" : `a temporary refusal such as this ${codes}`;
  const subject = SUBJECT_CODE.exec(listedFor ?? "");
  if (subject) {
    // "a network and routing status such as this 550 5.4.300": the subject's name without its
    // gloss in brackets.
    const name = (STATUS_SUBJECTS[subject[2]!] ?? "status").replace(/ \(.*\)$/, "").toLowerCase();
    return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name} such as this ${codes}`;
  }
  return codes === "" ? "a reply like this one" : `a ${codes}`;
}

/** The whole wording as one sentence run, for JSON readers. */
export function unknownExplanation(w: UnknownWording): string {
  return `${w.headline} ${w.lead} ${w.possible.map((p, i) => `${i + 1}. ${p.title}.`).join(" ")}`;
}

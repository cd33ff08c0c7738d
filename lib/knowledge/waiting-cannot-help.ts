// When waiting and sending again cannot help: the cases where the checklist's waiting advice
// ("Try again later", "Tell the recipient if it persists") would only delay the fix, because a
// resend meets the same refusal until someone changes something. One row per case: what triggers
// it (as data), why waiting cannot help, the source, and which waiting advice it leaves out.
// Readers: lib/checklists/evidence-steps.ts (rows read in the bounce's evidence: their step in
// place of the advice), lib/checklists/retry-helps.ts (rows read from the reply: the tell-apart
// step left out). A new case is one row here, or one lasting fault in receiver-faults.ts.
import type { CauseId } from "@/lib/causes/causes";
import { RECEIVER_FAULTS } from "./receiver-faults";

/** A piece of the checklist's waiting advice (lib/checklists/retry-helps.ts names its steps). */
export type WaitingAdvice =
  /** The internal failure's own "Try again later", in its section. */
  | "retry"
  /** Its "Tell the recipient if it persists": wait first, then tell. */
  | "tell-if-it-persists"
  /** "Try again later" as the step that tells the internal failure apart from other causes. */
  | "retry-to-tell-apart";

/** Every piece of waiting advice, in the checklist's order. */
export const ALL_WAITING_ADVICE: readonly WaitingAdvice[] = [
  "retry",
  "tell-if-it-persists",
  "retry-to-tell-apart",
];

interface Row {
  /** Unique; for an evidence row, the id of the step it shows instead. */
  id: string;
  /** Why a resend later meets the same refusal. */
  reason: string;
  /** Where it is said. */
  source: string;
  /** The waiting advice the case leaves out. */
  drops: readonly WaitingAdvice[];
}

/** A case the bounce's evidence reads: the rows of lasting faults on the receiving side. */
export interface EvidenceRow extends Row {
  /** Any of these evidence rule ids (signatures, provider phrases, concepts, statuses). */
  trigger: { kind: "evidence"; ruleIds: readonly string[] };
  /** What the sender does now instead: a step shown in the dropped advice's place. */
  instead: { title: string; detail: string };
}

/** A case read from the reply the recipients were refused with. */
export interface ReplyRow extends Row {
  /**
   * The leading cause was read from the bounce's own words (some recipient was read as it), and
   * every recipient read as it was refused with a reply code of at least `minReplyCode`; unless
   * the lead is one of `unlessCause`, whose own reading passes with time.
   */
  trigger: { kind: "lasting-reply"; minReplyCode: number; unlessCause: readonly CauseId[] };
}

export type WaitingCannotHelp = EvidenceRow | ReplyRow;

export const WAITING_CANNOT_HELP: readonly WaitingCannotHelp[] = [
  // A lasting fault on the receiving side (receiver-faults.ts, review 29 finding 7): its step
  // tells the recipient's side now, so "tell them if it persists" goes with "try again later".
  ...RECEIVER_FAULTS.map((f): EvidenceRow => ({
    id: `receiver-fault.${f.id}`,
    trigger: { kind: "evidence", ruleIds: f.ruleIds },
    reason: f.summary,
    source: f.source,
    drops: ALL_WAITING_ADVICE,
    instead: f.step,
  })),
  {
    // Review 30, finding 13b: Exchange Online's 5.7.708 ("Access denied, traffic not accepted
    // from this IP") offered "Try again later" among the steps that tell causes apart.
    id: "lasting-block",
    trigger: {
      kind: "lasting-reply",
      minReplyCode: 500,
      // A fault, a limit, a full mailbox, or no reason read: these pass with time.
      unlessCause: [
        "remote-server-error",
        "remote-unreachable",
        "rate-limited",
        "mailbox-full",
        "unknown",
        "not-a-bounce",
      ],
    },
    reason:
      "A 5yz reply is a permanent refusal, which the sending client is not to repeat as it stands. Where its own words read as a lasting block (an IP refused for its reputation, a tenant blocked), a resend in a few hours meets the same block: the block ends when the sender's side fixes what caused it or asks for it to be lifted, not with time.",
    source:
      "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.1 (5yz Permanent Negative Completion reply: the SMTP client SHOULD NOT repeat the exact request); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (5.7.700-749 'Access denied, traffic not accepted from this IP': resolve the compromise, then contact support)",
    drops: ["retry-to-tell-apart"],
  },
];

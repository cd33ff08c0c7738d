// A fix checklist: per cause, ordered steps; then the preventive measures. Serialisable.
import type { DelayReading } from "./delay-outline";
import type { Actor, CauseId } from "@/lib/causes/causes";
import type { CheckRequest, QuestionId } from "@/lib/rules";

/**
 * What a step asks of the user. "info" asks nothing ("Nothing to fix: your message arrived"): it
 * is read, not done, so it has no checkbox and no place in the count of steps done.
 */
export type ItemKind = "fix" | "verify" | "contact" | "prevent" | "info";

/** Whether a step is one to do and tick off: not one that only informs. */
export function isToDo(item: { kind: ItemKind }): boolean {
  return item.kind !== "info";
}

export interface ChecklistRecord {
  type: "TXT" | "CNAME" | "PTR";
  name: string;
  value: string;
}

export interface ChecklistItem {
  /** Stable id (progress is kept by it), e.g. "ip-blocklisted.delist.spamhaus-zen". */
  id: string;
  title: string;
  detail: string;
  actor: Actor;
  kind: ItemKind;
  /** A DNS record to publish, exactly. */
  record?: ChecklistRecord;
  /** A ready message to send through another channel (phone, chat, another address). */
  message?: { subject: string; body: string };
  /** Where to act or read more. */
  link?: { label: string; url: string };
  /**
   * The step needs a lookup first (the current record, before one is offered to publish): the
   * check that does it, when its input is known, with the button's words.
   */
  needsCheck?: { request: CheckRequest | null; label: string };
  /**
   * The same step already appears under an earlier cause: this entry only points there (no
   * checkbox of its own). It keeps its own id, so progress saved under it is not lost.
   */
  sameAs?: { id: string; sectionTitle: string };
  /** Ids of later duplicates that point here: progress saved under any of them counts here. */
  aliases?: string[];
}

export interface CauseChecklist {
  cause: CauseId;
  confidence: number;
  title: string;
  actorLabel: string;
  items: ChecklistItem[];
  /**
   * A conclusion's first section while no cause is settled: the steps that tell the ranked
   * causes apart (its `cause` is then "unknown").
   */
  tellApart?: true;
  /**
   * Where the bounce's recipients were refused for different reasons: the addresses this
   * section is for (lib/rules/recipient-groups.ts). Absent for a bounce with one recipient.
   */
  recipients?: string[];
  /**
   * The section of other recipients' cause, held from the bounce's own words: not one of the
   * walked lead's possible causes, so never "If it is: …" and never part of what is not settled.
   */
  otherRecipients?: true;
}

export interface Checklist {
  causes: CauseChecklist[];
  prevent: ChecklistItem[];
  /** How a delay notice's reason is read (./delay-outline.ts); absent when it is no delay notice. */
  delay?: DelayReading | null;
}

/** Generated items, placed where a cause's data names them. */
export type GeneratorName =
  | "spf-record"
  | "dmarc-record"
  | "dkim-record"
  | "ptr-record"
  | "delisting"
  | "ip-listing-cause"
  | "message-mailbox-full"
  | "message-allow-list"
  | "message-address"
  | "message-mailbox-disabled"
  /** The "adjust content" steps from what a content review found (lib/content/evidence.ts). */
  | "content-review";

/** An item as data: text may use {ip} {domain} {recipientDomain} {recipient} {provider}. */
export type ItemTemplate =
  (Omit<ChecklistItem, "actor"> & { actor?: Actor }) | { generate: GeneratorName };

/**
 * A step as data that says who takes it. A cause's own steps each name their actor: the cause's
 * owner is not who takes every one of its steps (review 28: the sender resends once a full
 * mailbox has space, and updates their own records; the recipient does neither).
 */
export type ActedTemplate = Omit<ChecklistItem, "actor"> & { actor: Actor };

/** A cause's step as data (data.ts): one with its actor, or a generated one. */
export type CauseItemTemplate = ActedTemplate | { generate: GeneratorName };

/**
 * A step the bounce's evidence calls for, whatever the cause (a delay notice, greylisting):
 * shown first in the section of a cause whose recipient carries one of `when.ruleIds`.
 */
export interface EvidenceStep {
  when: { ruleIds: readonly string[] };
  item: ActedTemplate;
  /** Ids of the cause's own steps that are wrong advice where this evidence holds. */
  replaces?: readonly string[];
  /** Causes in whose section this step is itself wrong advice, the evidence notwithstanding. */
  exceptFor?: readonly CauseId[];
}

/**
 * A cause's own step (CAUSE_CHECKLISTS) whose outcome an answer already gave: the wizard asked
 * it (lib/rules/questions.ts), and one of `values` was the answer. The step is then not one to
 * do; `instead`, where given, is what that answer leaves to do, in the step's place.
 */
export interface AnsweredByUser {
  question: QuestionId;
  /** The choice values of `question` that are the step's outcome. */
  values: readonly string[];
  instead?: ActedTemplate;
}

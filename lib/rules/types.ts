// The rules library's vocabulary. Everything here is plain, serialisable data so that the
// browser, the server (share links, API) and the tests run the very same decisions.
import type { CheckReport } from "@/lib/checks/types";
import type { ContentReview } from "@/lib/content/types";
import type { Diagnosis, RankedCause } from "@/lib/diagnosis/types";
import type { RecipientLead } from "./recipient-groups";

export type { RankedCause };

/** A cause a conclusion holds, with where its support comes from, in plain words. */
export interface HeldCause extends RankedCause {
  /**
   * "conclusion": the conclusion names it; "check": a check's finding supports it;
   * "bounce": only the bounce's wording suggests it (no check confirmed or ruled it out).
   */
  support: "conclusion" | "check" | "answer" | "bounce";
  /** Why the cause is held (or still possible), in plain words. */
  why: string;
}

/** The article's stages, in order: diagnose (first five), then resolve, then prevent. */
export const STAGES = [
  "analyze",
  "ip-reputation",
  "content",
  "recipient",
  "contact",
  "resolve",
  "prevent",
] as const;
export type Stage = (typeof STAGES)[number];

export const QUESTION_IDS = [
  "scope-messages",
  "scope-recipients",
  "since-when",
  "sending-platform",
  "esp-name",
  "sending-ip",
  "sending-domain",
  "dkim-selector",
  "sent-headers",
  "address-checked",
  "worked-before",
  "plain-test",
  "from-domain-owned",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** What a user can give. "dont-know" is accepted by every question. */
export type Answer =
  | { kind: "choice"; value: string }
  | { kind: "text"; value: string }
  | { kind: "headers"; value: string }
  | { kind: "dont-know" };

export type TextFormat = "ip" | "domain" | "selector" | "free";

export interface ChoiceOption {
  value: string;
  label: string;
  /** A line under the label, when the label alone could be misread. */
  hint?: string;
}

export type QuestionInput =
  | { kind: "choice"; options: ChoiceOption[] }
  /** A text box; `headers` adds a second way to answer: paste a sent message's headers. */
  | { kind: "text"; format: TextFormat; placeholder: string; headers?: boolean }
  | { kind: "headers" };

export interface Question {
  id: QuestionId;
  /** Plain words, as asked. */
  prompt: string;
  /** How to find the answer, in plain words (may name menus of mail clients). */
  help?: string;
  input: QuestionInput;
  /** The label of the always-present "I don't know" answer, and what happens then. */
  dontKnow: { label: string; then: string };
  stage: Stage;
}

/** "content": a spam filter's review of the message the user sent (lib/content). */
export type CheckType = "domain" | "ip" | "content";

/**
 * Where a content review's message comes from: the copy of the original the bounce carries, or
 * the sent message the user uploads or pastes (they may not have it).
 */
export type ContentSource = "bounce-copy" | "sent-message";

/**
 * A check the app should run. `id` is the key in Facts.checks:
 * "domain:example.com" (sending domain), "ip:192.0.2.1", "recipient-domain:example.net",
 * "content:bounce-copy" or "content:sent-message" (a content review).
 */
export interface CheckRequest {
  id: string;
  type: CheckType;
  input: {
    domain?: string;
    /** An ip check's address; for a domain check, the sending IP to evaluate SPF for. */
    ip?: string;
    /** DKIM selectors to try on `domain`. */
    selectors?: string[];
    /** The envelope sender (MAIL FROM address or domain) for SPF and DMARC alignment. */
    sender?: string;
    /** A content review's message: the bounce's copy, or one the user gives. */
    source?: ContentSource;
  };
}

export interface CheckState {
  status: "pending" | "done" | "failed";
  report?: CheckReport;
  /** A content check's result: the review, or why it could not be reviewed (never "clean"). */
  content?: ContentReview;
  error?: string;
  /** The request that started it (optional; lets the engine re-announce a pending check). */
  request?: CheckRequest;
}

export interface Facts {
  diagnosis: Diagnosis | null;
  checks: Record<string, CheckState>;
  answers: Partial<Record<QuestionId, Answer>>;
}

export type Step =
  | { kind: "question"; question: Question; reason: string; stage: Stage; ruleId: string }
  | { kind: "check"; check: CheckRequest; reason: string; stage: Stage; ruleId: string }
  | {
      kind: "conclusion";
      causes: HeldCause[];
      conclusionId: string;
      /** The conclusion's summary with its placeholders filled from the facts. */
      summary: string;
      /** The grounds: what the bounce says, the checks that ran and what they found, the answers. */
      reason: string;
      /** One cause clearly leads (else the diagnosis is uncertain). */
      clear?: boolean;
      /**
       * Settled as the summary words it: clear, or a lead the evidence speaks for with no rival
       * (narrate.ts isSettled); false where the summary says "Not settled yet".
       */
      settled?: boolean;
      /** What would settle the causes still open, in plain words (uncertain diagnoses). */
      settle?: string[];
      /**
       * Where the bounce's recipients were refused for different reasons: one lead per distinct
       * cause, named by address (lib/rules/recipient-groups.ts). The first (`walked`) is the one
       * the checks and questions looked at, with the conclusion's lead cause; the others are held
       * from the bounce's own words. Absent for one recipient, or recipients sharing a cause.
       */
      recipients?: (RecipientLead & { walked?: true })[];
      stage: Stage;
      ruleId: string;
    };

export type CheckBuilderName =
  "sending-ip" | "sending-domain" | "recipient-domain" | "content-review";

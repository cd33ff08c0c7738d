// Steps shown because of what the bounce's evidence says, not because of its cause: the cause
// vocabulary (PRODUCT.md) has no "delayed" or "greylisted", yet both change what to do. Each
// step names the evidence (rule ids) it needs; it comes first in the section of a cause that
// evidence belongs to, and leaves out the cause's own steps it makes wrong advice. Data only;
// lib/checklists/build.ts places them.
import { DELAY_NOTICE_RULE } from "@/lib/diagnosis/rule-ids";
import { GREYLISTING_RULE_IDS } from "@/lib/knowledge/greylisting";
import type { EvidenceStep } from "./types";

export const EVIDENCE_STEPS: readonly EvidenceStep[] = [
  {
    // A delay notice: nothing failed yet (RFC 3464 section 2.3.3, Action: delayed).
    when: { ruleIds: [DELAY_NOTICE_RULE] },
    item: {
      id: "delay-notice.nothing-to-resend",
      title: "Nothing to resend yet: your mail server is still trying",
      detail:
        "This is a delay notice, not a bounce: the sending server still holds the message and keeps retrying it on its own until its retry period ends. Sending it again now could deliver it twice. If it never gets through, you will get a bounce; any steps below are for the reason the notice gives, should the delay last.",
      actor: "sender",
      kind: "verify",
      link: {
        label: "RFC 3464 §2.3.3 (Action: delayed)",
        url: "https://www.rfc-editor.org/rfc/rfc3464#section-2.3.3",
      },
    },
    // The not-a-bounce step speaks of delivery reports, auto-replies and complaint reports.
    replaces: ["not-a-bounce.nothing"],
  },
  {
    // Greylisting (lib/knowledge/greylisting.ts): a deferral the sending server's retry clears.
    when: { ruleIds: GREYLISTING_RULE_IDS },
    item: {
      id: "greylisting.wait-for-retry",
      title: "Nothing to fix: wait for your mail server's retry",
      detail:
        "The receiving server greylists: it turns away the first attempt from a sender it has not seen before, and accepts the retry a normal mail server makes a few minutes later (Postgrey, for one, waits 5 minutes). Your server retries on its own; do not resend by hand. Only if a final bounce comes (the retries kept being deferred, or the sending server does not retry) do the steps below apply.",
      actor: "sender",
      kind: "verify",
      link: { label: "RFC 6647: Email Greylisting", url: "https://www.rfc-editor.org/rfc/rfc6647" },
    },
    // Sending more slowly does not get past greylisting; the retry does.
    replaces: ["rate-limited.slow-down"],
  },
];

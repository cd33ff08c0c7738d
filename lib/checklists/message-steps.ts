// The steps that hand the sender words to use: a ready message for the recipient by another
// channel, and the content changes the content review found.
import { contentEvidence } from "@/lib/content/evidence";
import { contentReviewOf } from "@/lib/rules";
import type { BuildContext } from "./build-context";
import { GENERATED_TITLES, type GeneratedTitleKey } from "./generated-titles";
import {
  addressConfirmationMessage,
  allowListMessage,
  mailboxDisabledMessage,
  mailboxFullMessage,
} from "./messages";
import type { ChecklistItem, GeneratorName } from "./types";

export function messageItem(b: BuildContext, kind: GeneratorName): ChecklistItem[] {
  const { ctx } = b;
  const message =
    kind === "message-mailbox-full"
      ? mailboxFullMessage(b.recipient)
      : kind === "message-mailbox-disabled"
        ? mailboxDisabledMessage(b.recipient)
        : kind === "message-allow-list"
          ? allowListMessage(
              b.recipient,
              ctx.sendingDomain ?? "my domain",
              ctx.sendingIp,
              ctx.facts.diagnosis?.recipients[0]?.recipient.diagnostic ?? null,
            )
          : addressConfirmationMessage(b.recipient);
  const title = GENERATED_TITLES[kind as Extract<GeneratedTitleKey, `message-${string}`>];
  return [
    {
      id: `${b.cause}.${kind}`,
      title,
      detail:
        "Email will not reach them, so use another channel: phone, chat, a colleague's address or a contact form. A ready text:",
      actor: "sender",
      kind: "contact",
      message,
    },
  ];
}

/**
 * The "adjust content" steps from what the content review's rules found, under the cause they
 * fix (the attachment steps under content-virus, the rest under content-spam; the closing
 * "review again" step under both, kept once by the dedupe). None without a review that ran.
 */
export function contentReviewItems(b: BuildContext): ChecklistItem[] {
  const review = contentReviewOf(b.ctx.facts);
  if (!review || review.status !== "reviewed") return [];
  return contentEvidence(review).steps.filter(
    (item) => item.id.startsWith(`${b.cause}.`) || item.kind === "verify",
  );
}

// The steps that hand the sender words to use: a ready message for the recipient by another
// channel, and the content changes the content review found.
import { contentEvidence } from "@/lib/content/evidence";
import { contentReviewOf } from "@/lib/rules";
import type { Context } from "@/lib/rules";
import { FINDING_CODES } from "@/lib/rules/codes";
import { hasCode, type BuildContext } from "./build-context";
import { GENERATED_TITLES, type GeneratedTitleKey } from "./generated-titles";
import {
  addressConfirmationMessage,
  allowSenderMessage,
  mailboxDisabledMessage,
  mailboxFullMessage,
} from "./messages";
import type { ChecklistItem, GeneratorName } from "./types";

export function messageItem(b: BuildContext, kind: GeneratorName): ChecklistItem[] {
  const { ctx } = b;
  // "The message came back as undeliverable" is false for a delay notice (the message is still
  // queued) and pointless where the recipient's domain was checked and takes mail while its
  // server did not answer: the address is not what a connection that timed out calls into doubt.
  if (kind === "message-address" && (isDelayNotice(ctx) || unreachableButTakesMail(b))) return [];
  const message =
    kind === "message-mailbox-full"
      ? mailboxFullMessage(b.recipient)
      : kind === "message-mailbox-disabled"
        ? mailboxDisabledMessage(b.recipient)
        : kind === "message-allow-list"
          ? allowSenderMessage(
              ctx.facts.diagnosis?.recipients[0]?.recipient.address ?? null,
              senderAddress(ctx),
              ctx.facts.diagnosis?.recipients[0]?.recipient.diagnostic ?? null,
              groupRestriction(ctx) ? "group-allowed-senders" : null,
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

function isDelayNotice(ctx: Context): boolean {
  const d = ctx.facts.diagnosis;
  return !!d && (!!d.overall.delayNotice || d.recipients.some((r) => r.delayNotice));
}

function unreachableButTakesMail(b: BuildContext): boolean {
  return (
    b.cause === "remote-unreachable" &&
    hasCode(b.ctx, b.ctx.recipientCheckId, [...FINDING_CODES.mailAccepted])
  );
}

/** The sender's own address, from the returned copy's From (or Return-Path), when the bounce has it. */
function senderAddress(ctx: Context): string | null {
  const original = ctx.facts.diagnosis?.parsed.original;
  for (const raw of [original?.from, original?.returnPath]) {
    const address = raw?.match(/[^\s<>"@]+@[^\s<>"@]+\.[^\s<>"@]+/)?.[0];
    if (address) return address;
  }
  return null;
}

/**
 * Provider codes that say the refusal is a delivery restriction of the recipient itself (a group
 * or mailbox that takes mail only from listed senders), so the ask is to be put on that list.
 * Exchange Online's 5.7.129 reads "the sender isn't on the recipient's list of senders to accept
 * mail from"; the parser reports it by its enhanced code or its RESOLVER name.
 */
const GROUP_RESTRICTION_CODES: readonly { provider: string; code: string }[] = [
  { provider: "microsoft", code: "5.7.129" },
  { provider: "microsoft", code: "RESOLVER.RST.RestrictedToRecipientsPermission" },
];

function groupRestriction(ctx: Context): boolean {
  return (ctx.facts.diagnosis?.parsed.providerCodes ?? []).some((found) =>
    GROUP_RESTRICTION_CODES.some((c) => c.provider === found.provider && c.code === found.code),
  );
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

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
  const title = GENERATED_TITLES[kind as Extract<GeneratedTitleKey, `message-${string}`>];
  const item = (id: string, itemTitle: string, recipient: string | null): ChecklistItem => ({
    id,
    title: itemTitle,
    detail:
      "Email will not reach them, so use another channel: phone, chat, a colleague's address or a contact form. A ready text:",
    actor: "sender",
    kind: "contact",
    message: readyMessage(b, kind, recipient),
  });
  const id = `${b.cause}.${kind}`;
  const addresses = b.recipients ?? [];
  // A section for several addresses: each person gets a text that names their own address
  // (review 24: "I tried to email you at bob@…" was the one text for bob and dave). The first
  // keeps the step's id; the others add their place in the bounce (":r3"), which a share link
  // rebuilds the same from the masked text, and which carries no address.
  if (addresses.length > 1)
    return addresses.map((address, i) =>
      item(
        i === 0 ? id : `${id}:r${recipientNumber(ctx, address) ?? i + 1}`,
        `${title} (${address})`,
        address,
      ),
    );
  return [item(id, title, addresses[0] ?? null)];
}

/** The ready text of a message step, for one address (`null`: the section's recipient). */
function readyMessage(b: BuildContext, kind: GeneratorName, address: string | null) {
  const { ctx } = b;
  const recipient = address ?? b.recipient;
  if (kind === "message-mailbox-full") return mailboxFullMessage(recipient);
  if (kind === "message-mailbox-disabled") return mailboxDisabledMessage(recipient);
  if (kind === "message-allow-list") {
    // The refusal quoted is the one this address got, not the bounce's first recipient's.
    const diagnosis = ctx.facts.diagnosis;
    const own =
      (address && diagnosis?.recipients.find((r) => r.recipient.address === address)) ||
      diagnosis?.recipients[0];
    return allowSenderMessage(
      own?.recipient.address ?? null,
      senderAddress(ctx),
      own?.recipient.diagnostic ?? null,
      groupRestriction(ctx) ? "group-allowed-senders" : null,
    );
  }
  return addressConfirmationMessage(recipient);
}

/** An address's place in the bounce (1 for its first recipient); null when it names none such. */
export function recipientNumber(ctx: Context, address: string): number | null {
  const at = (ctx.facts.diagnosis?.recipients ?? []).findIndex(
    (r) => r.recipient.address === address,
  );
  return at >= 0 ? at + 1 : null;
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

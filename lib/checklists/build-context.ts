// What every generated step reads: the facts the wizard found, the cause and actor of the
// section it goes under, and the placeholders ({domain}, {ip}...) filled from them.
import type { Actor, CauseId } from "@/lib/causes/causes";
import { buildContext, findings, type Context, type Facts } from "@/lib/rules";
import { MAILBOX_SERVICE_PLATFORM, mailboxServiceOf } from "@/lib/knowledge/mailbox-services";
import { sendingProvider } from "@/lib/records/providers";
import { listedEntries } from "./listed-entries";
import { recheckWait } from "./recheck-wait";

export interface BuildContext {
  ctx: Context;
  cause: CauseId;
  actor: Actor;
  recipient: string;
  /**
   * The addresses a section is for, where the bounce's recipients were refused for different
   * reasons and the section names its own (lib/rules/recipient-groups.ts); absent otherwise.
   * `recipient` is then these addresses in a sentence, and each gets its own ready text.
   */
  recipients?: readonly string[];
  esp: string | null;
}

export function fill(text: string, b: BuildContext): string {
  const provider =
    sendingProvider(b.ctx.platform, b.esp)?.name ??
    // An address at a public mailbox service: the service by name (mailbox-service-steps.ts).
    (b.ctx.platform === MAILBOX_SERVICE_PLATFORM
      ? mailboxServiceOf(b.ctx.sendingDomain)?.name
      : undefined) ??
    (b.ctx.platform === "esp" ? "your email service provider" : "your mail provider");
  const values: Record<string, string> = {
    ip: b.ctx.sendingIp ?? "your sending IP",
    domain: b.ctx.sendingDomain ?? "your domain",
    recipientDomain: b.ctx.recipientDomain ?? "the recipient's domain",
    // A step's text is read by the sender: "your address" there would read as their own.
    recipient: b.recipient === UNKNOWN_RECIPIENT ? "the recipient's address" : b.recipient,
    // A step for the recipient the bounce is about says "the same person"; a section of one
    // recipient group among several names its addresses (review 24: "Send the same person a
    // short plain message" under dave's section did not say who).
    samePerson: b.recipients && b.recipients.length > 0 ? b.recipient : "the same person",
    provider,
  };
  // Only a step that names the wait pays for finding the lists it depends on.
  if (text.includes("{recheckWait}"))
    values["recheckWait"] = recheckWait([...listedEntries(b.ctx).values()]);
  // A host name built on an unknown domain ("mail.{domain}") must not read "mail.your domain".
  const hosts = b.ctx.sendingDomain
    ? text
    : text.replace(/\b([a-z0-9-]+)\.\{domain\}/g, "$1. followed by your domain");
  // A sentence that opens with the provider starts with a capital ("Your email service
  // provider sends…"), whatever the fallback's case.
  const opening = hosts.replace(
    /(^|[.!?]\s+)\{provider\}/g,
    (_, before: string) => before + provider.charAt(0).toUpperCase() + provider.slice(1),
  );
  return opening.replace(
    /\{(ip|domain|recipientDomain|recipient|samePerson|provider|recheckWait)\}/g,
    (_, k: string) => values[k] ?? "",
  );
}

export const SENDER_ADMIN: Actor = "sender-admin";

/**
 * The recipient where the bounce names no address: the ready texts speak to the recipient, for
 * whom "your address" is right; a step's text (fill) names it "the recipient's address".
 */
export const UNKNOWN_RECIPIENT = "your address";

/** What every step of one checklist reads from the facts; the cause and actor are per section. */
export function sharedContext(
  facts: Facts,
): Pick<BuildContext, "ctx" | "recipient" | "recipients" | "esp"> {
  const esp = facts.answers["esp-name"];
  return {
    ctx: buildContext(facts),
    recipient: facts.diagnosis?.recipients[0]?.recipient.address ?? UNKNOWN_RECIPIENT,
    esp: esp?.kind === "choice" ? esp.value : null,
  };
}

/** Fills a step's text placeholders from the facts alone (for a title rebuilt from an id). */
export function fillFromFacts(text: string, facts: Facts): string {
  return fill(text, { ...sharedContext(facts), cause: "unknown", actor: SENDER_ADMIN });
}

/** Platforms whose IPs the sender does not own: the provider runs their reverse DNS and reputation. */
export function onSharedPlatform(ctx: Context): boolean {
  return (
    ctx.platform === "google-workspace" ||
    ctx.platform === "microsoft-365" ||
    ctx.platform === "esp"
  );
}

export function hasCode(ctx: Context, id: string | null, codes: string[]): boolean {
  return findings(ctx, id).some((f) => f.outcome === "done" && codes.includes(f.code));
}

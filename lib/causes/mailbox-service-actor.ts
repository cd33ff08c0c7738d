// Who acts on a sender-side cause when the sender's own address is at a public mailbox service
// (gmail.com, outlook.com...: lib/knowledge/mailbox-services.ts). "Your mail administrator" is
// wrong there: the person is their own administrator only as far as the service lets them (which
// servers they send through, how much, from which account); the domain, its DNS records and its
// servers' addresses are the service's. The steps (lib/checklists/mailbox-service-steps.ts) are
// the user's, or a report to the service; the labels say so.
import type { Actor, CauseId, CauseInfo } from "./causes";
import { mailboxServiceOf } from "@/lib/knowledge/mailbox-services";
import { headerAddressDomain } from "@/lib/bounce/address-domain";

/** The actor and its words per cause, {service} the service's name. */
export const MAILBOX_SERVICE_ACTORS: Partial<
  Record<CauseId, { actor: Actor; actorLabel: string }>
> = {
  // Send through the service's own servers: the user's settings, no records to publish.
  "authentication-failure": {
    actor: "sender",
    actorLabel: "You: how your mail is sent ({service} keeps the domain's records)",
  },
  "sender-address-invalid": {
    actor: "sender",
    actorLabel: "You: how your mail is sent ({service} keeps the domain's records)",
  },
  // The service's servers have reverse DNS: the mail left another way, or the IP is theirs.
  "reverse-dns": {
    actor: "sender",
    actorLabel: "You, or {service} if your mail left from its servers",
  },
  "ip-blocklisted": {
    actor: "sender",
    actorLabel: "{service}, if your mail left from its servers; you otherwise",
  },
  "bad-reputation": { actor: "sender", actorLabel: "You, with {service}" },
  "rate-limited": { actor: "sender", actorLabel: "You, within {service}'s sending limits" },
  "domain-blocklisted": {
    actor: "sender",
    actorLabel: "You (the domains your message links to), or {service}",
  },
};

/** Who acts on `cause` for a sender at the service `serviceName`, or null where the table has no row. */
function serviceActor(
  cause: CauseId,
  serviceName: string,
): { actor: Actor; actorLabel: string } | null {
  const row = MAILBOX_SERVICE_ACTORS[cause];
  return row
    ? { actor: row.actor, actorLabel: row.actorLabel.replace("{service}", serviceName) }
    : null;
}

/** A cause's words for a sender at `service`: its own, with the actor the table gives. */
export function mailboxServiceInfo(info: CauseInfo, serviceName: string): CauseInfo {
  const actor = serviceActor(info.id, serviceName);
  return actor ? { ...info, ...actor } : info;
}

/**
 * The service the returned original's sender is at (its Return-Path, else its From), or null:
 * what a bounce alone tells (the wizard's context also reads pasted headers and answers, and its
 * platform, lib/rules/context.ts, is MAILBOX_SERVICE_PLATFORM for the same domains).
 */
export function originalSenderService(
  original: { from: string | null; returnPath: string | null } | null | undefined,
): string | null {
  const domain = headerAddressDomain(original?.returnPath) ?? headerAddressDomain(original?.from);
  return mailboxServiceOf(domain)?.name ?? null;
}

/**
 * Who acts on `cause` where the bounce's returned original was sent from an address at a public
 * mailbox service, or null (another sender, or a cause the table leaves as it is).
 */
export function senderServiceActor(
  cause: CauseId,
  parsed:
    { original: { from: string | null; returnPath: string | null } | null } | null | undefined,
): { actor: Actor; actorLabel: string } | null {
  const service = originalSenderService(parsed?.original);
  return service ? serviceActor(cause, service) : null;
}

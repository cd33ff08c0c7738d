// The checks a rule can ask for, by name: each builds its request from the facts, or
// returns null when an input is missing (then the rule does not apply).
import { MAILBOX_SERVICE_PLATFORM, mailboxServiceOf } from "@/lib/knowledge/mailbox-services";
import type { Context } from "./context";
import { domainOwnershipUnasked, sendingDomainNotOwned } from "./from-domain";
import type { CheckBuilderName, CheckRequest, Stage } from "./types";

export interface CheckBuilder {
  stage: Stage;
  build: (ctx: Context) => CheckRequest | null;
  /** Plain words for the reason: what is checked. */
  describe: (ctx: Context) => string;
}

/** The sender's address is at a public mailbox service, whose domain's records it keeps. */
function onMailboxDomain(ctx: Context): boolean {
  return ctx.platform === MAILBOX_SERVICE_PLATFORM;
}

export const checkBuilders: Record<CheckBuilderName, CheckBuilder> = {
  "sending-ip": {
    stage: "ip-reputation",
    build: (ctx) =>
      ctx.sendingIp && ctx.ipCheckId
        ? { id: ctx.ipCheckId, type: "ip", input: { ip: ctx.sendingIp } }
        : null,
    describe: (ctx) => `checking ${ctx.sendingIp} against the blocklists and its reverse DNS`,
  },
  "sending-domain": {
    stage: "content",
    // A sender at a public mailbox service (gmail.com...): the domain's records are the
    // service's and fine, so looking them up tells the user nothing; only with the IP the mail
    // left from does the check say something, whether the service's SPF record lists that IP
    // (the mail left from the service's servers, or another way).
    // A domain only the reply names is looked up once the user says it is theirs (or does not
    // know): another's records are not the user's to change (from-domain.ts).
    build: (ctx) =>
      ctx.sendingDomain &&
      ctx.domainCheckId &&
      (!onMailboxDomain(ctx) || ctx.sendingIp) &&
      !domainOwnershipUnasked(ctx) &&
      !sendingDomainNotOwned(ctx)
        ? {
            id: ctx.domainCheckId,
            type: "domain",
            input: {
              domain: ctx.sendingDomain,
              ...(ctx.selectors.length > 0 ? { selectors: ctx.selectors } : {}),
              // The IP SPF is evaluated for; `sender` is the envelope sender (an address or
              // domain), which the route refuses when given an IP.
              ...(ctx.sendingIp ? { ip: ctx.sendingIp } : {}),
            },
          }
        : null,
    describe: (ctx) =>
      onMailboxDomain(ctx)
        ? `checking whether ${ctx.sendingIp} is one of the servers ${ctx.sendingDomain}'s SPF record lists, that is, whether your mail left from ${mailboxServiceOf(ctx.sendingDomain)?.name ?? "the service"}'s own servers`
        : `checking ${ctx.sendingDomain}'s SPF, DKIM and DMARC records and the domain blocklists`,
  },
  "recipient-domain": {
    stage: "recipient",
    build: (ctx) =>
      ctx.recipientDomain && ctx.recipientCheckId
        ? { id: ctx.recipientCheckId, type: "domain", input: { domain: ctx.recipientDomain } }
        : null,
    describe: (ctx) => `checking that ${ctx.recipientDomain} exists and accepts mail`,
  },
  // Only while the bounce leaves content possible (choose.ts): it costs the user a consent and,
  // without a copy in the bounce, the sent message.
  "content-review": {
    stage: "content",
    build: (ctx) =>
      ctx.facts.diagnosis
        ? { id: ctx.contentCheckId, type: "content", input: { source: ctx.contentSource } }
        : null,
    describe: (ctx) =>
      ctx.contentSource === "bounce-copy"
        ? "reviewing the copy of your message that the bounce carries with a spam filter"
        : "reviewing the message you sent with a spam filter",
  },
};

/** Rebuilds a request from a check id ("ip:…", "domain:…", "recipient-domain:…", "content:…") when nothing else knows it. */
export function requestFromId(id: string): CheckRequest | null {
  const colon = id.indexOf(":");
  const kind = id.slice(0, colon);
  const value = id.slice(colon + 1);
  if (!value) return null;
  if (kind === "ip") return { id, type: "ip", input: { ip: value } };
  if (kind === "domain" || kind === "recipient-domain")
    return { id, type: "domain", input: { domain: value } };
  if (kind === "content" && (value === "bounce-copy" || value === "sent-message"))
    return { id, type: "content", input: { source: value } };
  return null;
}

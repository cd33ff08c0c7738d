// A sending domain the wizard knows only from the receiver's reply ("550 5.7.26 Unauthenticated
// email from heroku.com is not accepted due to domain's DMARC policy", Gmail's documented
// 5.7.26 reply) is the domain of the message's From, which need not be the user's: an app on a
// platform can send From the platform's own domain, and a program can send From a free-mail
// address through a server that address's provider does not run. DMARC checks the From domain
// against SPF and DKIM results aligned with it (RFC 7489 section 3.1), which only that domain's
// owner can publish for; so before its records are looked up and steps written to change them,
// the wizard asks whether the domain is the user's. A public mailbox service's domain
// (lib/knowledge/mailbox-services.ts, gmail.com, yahoo.com, outlook.com ...) is known without
// asking: the mailbox-service steps cover it. Review 31, finding 3.
// https://www.rfc-editor.org/rfc/rfc7489#section-3.1
import { MAILBOX_SERVICE_PLATFORM } from "@/lib/knowledge/mailbox-services";
import type { Context } from "./context";

/**
 * Whether the wizard must ask if the sending domain is the user's before it looks it up: the
 * domain comes only from the reply, is no public mailbox service's, the question is unanswered,
 * and no check of it already ran (a link made before the question existed keeps its check).
 */
export function domainOwnershipUnasked(ctx: Context): boolean {
  return (
    ctx.sendingDomainFromReply &&
    ctx.platform !== MAILBOX_SERVICE_PLATFORM &&
    ctx.facts.answers["from-domain-owned"] === undefined &&
    !(ctx.domainCheckId && ctx.facts.checks[ctx.domainCheckId] !== undefined)
  );
}

/**
 * Whether the domain comes only from the reply (no public mailbox service's) and nobody said
 * whether it is the user's: unasked, or answered "I don't know".
 */
export function sendingDomainOwnerUnknown(ctx: Context): boolean {
  return (
    ctx.sendingDomainFromReply &&
    ctx.platform !== MAILBOX_SERVICE_PLATFORM &&
    ctx.sendingDomainOwned === null
  );
}

/** Whether the user said the domain the reply names is not theirs: its records are not theirs. */
export function sendingDomainNotOwned(ctx: Context): boolean {
  return ctx.sendingDomainFromReply && ctx.sendingDomainOwned === "no";
}

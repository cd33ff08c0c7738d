// The steps for a sender whose own address is at a public mailbox service (gmail.com,
// outlook.com, rambler.ru ...: lib/knowledge/mailbox-services.ts). The service owns that domain
// and publishes its SPF, DKIM, DMARC, PTR and MX records: a step to publish or change one would
// ask the user to edit a stranger's DNS. What the user can do, for a sender-side cause:
// - send through the service's own servers (its web mail or app, or its SMTP submission server
//   with the account's login): mail with a gmail.com From sent through another server fails the
//   service's SPF, DKIM and DMARC, and where the domain's DMARC policy says reject or quarantine
//   (RFC 7489 §6.3) receivers refuse it;
// - keep the account within the service's sending limits and out of restriction;
// - for a listed or poorly reputed IP that is the service's: report it to the service, which
//   alone can act, and reach the recipient another way meanwhile.
// Text placeholders as in data.ts ({provider} is the service's name here, build-context.ts).
import type { CauseId } from "@/lib/causes/causes";
import {
  MAILBOX_SERVICE_PLATFORM,
  mailboxServiceOf,
  type MailboxService,
} from "@/lib/knowledge/mailbox-services";
import type { Context } from "@/lib/rules";
import type { CheckFirst } from "./check-first";
import { CAUSE_CHECKLISTS } from "./data";
import type { ItemTemplate } from "./types";

type Step = Exclude<ItemTemplate, { generate: unknown }>;

/** The sender's address is at a public mailbox service (the platform context.ts infers). */
export function onMailboxService(ctx: Context): boolean {
  return ctx.platform === MAILBOX_SERVICE_PLATFORM;
}

/** The service of the sending domain, where the sender is on one. */
export function senderMailboxService(ctx: Context): MailboxService | null {
  return onMailboxService(ctx) ? mailboxServiceOf(ctx.sendingDomain) : null;
}

/** How a mail program reaches the service's submission server, in words. */
function smtpWords(service: MailboxService | null): string {
  const smtp = service?.smtp;
  if (!service) return "Send from its web mail or its app.";
  if (!smtp)
    return `Send from ${service.name}'s web mail or its apps: it documents no outgoing server of its own for other mail programs to use with these addresses.`;
  const security = smtp.security === "tls" ? "SSL/TLS" : "STARTTLS";
  return `Send from its web mail or its app, or set your mail program's outgoing server to ${smtp.host}, port ${smtp.port} with ${security}, logging in with your ${service.name} account (a program or website that sends as you needs the same settings).`;
}

const SEND_THROUGH_ID = "mailbox-service.send-through";

/** The one step that fixes a sender-side cause for an address at a service, with its server. */
function sendThrough(service: MailboxService | null): Step {
  return {
    id: SEND_THROUGH_ID,
    title: "Send through {provider}'s own servers",
    detail:
      "{domain} is {provider}'s domain: {provider} publishes its SPF, DKIM and DMARC records, and only mail that leaves from {provider}'s servers passes them. Mail with your {domain} address sent another way (by a website, an app, a printer, a newsletter service, or your internet provider's or company's server) fails those checks, and receivers refuse it where {domain}'s DMARC policy asks them to. " +
      smtpWords(service) +
      " There are no DNS records for you to change: {domain}'s are {provider}'s.",
    kind: "fix",
    ...(service?.help
      ? { link: { label: `${service.name}: mail program settings`, url: service.help } }
      : {}),
  };
}

function accountLimits(service: MailboxService | null): Step {
  return {
    id: "mailbox-service.account-limits",
    title: "Check that your {provider} account may send",
    detail:
      "Sign in to {provider}'s web mail: it says there if the account is restricted, locked for unusual activity, or over its sending limit. Services cap how many messages and recipients an account sends a day (lower for new accounts), and a limit reached lifts by itself after a while. A mailing to many people belongs with a mailing service and a domain of your own, not a personal address.",
    kind: "verify",
    ...(service?.limits
      ? { link: { label: `${service.name}: sending limits`, url: service.limits } }
      : {}),
  };
}

const REPORT: Step = {
  id: "mailbox-service.report",
  title: "Report the refusal to {provider}",
  detail:
    "If your mail left from {provider}'s servers, the sending address ({ip}) and its reputation are {provider}'s, and only {provider} can have it delisted or fix it: send {provider}'s support the bounce. Meanwhile reach the recipient another way (another address, or phone). If your mail did not leave from {provider}'s servers, sending through them is the fix.",
  kind: "contact",
};

const TEST: Step = {
  id: "mailbox-service.test",
  title: "Send a test from {provider} and read the verdicts",
  detail:
    "Send a message from {provider}'s web mail to another mailbox you can open and read its headers: for mail {provider} sent, spf, dkim and dmarc say pass. If they pass there but failed for the mail that bounced, that mail went out another way.",
  kind: "verify",
};

const LINKED_DOMAIN: Step = {
  id: "mailbox-service.linked-domain",
  title: "Look for a listed domain in your message",
  detail:
    "{domain} is {provider}'s: a listing of it is {provider}'s to deal with (report it to its support). More often a domain your message links to (a link shortener, a website, a tracking link) is the listed one: remove links to listed domains and send again.",
  kind: "fix",
};

/** A cause's own step from data.ts, by id. */
function own(cause: CauseId, id: string): Step[] {
  const t = CAUSE_CHECKLISTS[cause].find((s) => !("generate" in s) && s.id === id);
  return t && !("generate" in t) ? [t] : [];
}

/**
 * A sender-side cause's steps for an address at a service, in place of data.ts's (records to
 * publish, PTR and greeting names, delisting requests for the service's IPs); null for a cause
 * whose own steps hold (a relay refusal's "log in to {provider}'s server", the recipient's).
 */
export function mailboxServiceTemplates(cause: CauseId, ctx: Context): ItemTemplate[] | null {
  const service = senderMailboxService(ctx);
  if (!onMailboxService(ctx)) return null;
  switch (cause) {
    case "authentication-failure":
    case "sender-address-invalid":
      return [sendThrough(service), TEST];
    case "reverse-dns":
      // The services' servers have reverse DNS: a refusal for its lack means the mail left from
      // another server, unless the IP is the service's own (then only the service can act).
      return [sendThrough(service), REPORT];
    case "ip-blocklisted":
      return [REPORT, sendThrough(service)];
    case "bad-reputation":
      return [REPORT, accountLimits(service), ...own("bad-reputation", "bad-reputation.volume")];
    case "rate-limited":
      return [accountLimits(service), ...own("rate-limited", "rate-limited.slow-down")];
    case "domain-blocklisted":
      return [LINKED_DOMAIN];
    default:
      return null;
  }
}

/**
 * Steps of the other causes that would have the user publish or check records of the service's
 * domain ("Authenticate your mail: check SPF, DKIM and DMARC for {domain}"), and the generators
 * of records: left out for an address at a service.
 */
export const SERVICE_DOMAIN_STEP_IDS: ReadonlySet<string> = new Set([
  "content-spam.authenticate",
  "rate-limited.authenticate",
  "bad-reputation.authenticate",
]);
export const SERVICE_DOMAIN_GENERATORS: ReadonlySet<string> = new Set([
  "spf-record",
  "dkim-record",
  "dmarc-record",
  "ptr-record",
]);

/**
 * The tell-apart step of authentication-failure for an address at a service: how the mail was
 * sent, not the service's records (which the service keeps).
 */
export const MAILBOX_SERVICE_CHECK_FIRST: Partial<Record<CauseId, CheckFirst>> = {
  "authentication-failure": {
    from: "user",
    title: "Check how the mail that bounced was sent",
    detail:
      "Mail with your {domain} address passes authentication only when it leaves from {provider}'s servers. If a website, an app, a printer, a newsletter service or another mail server sent it with your {domain} address, that is the likely cause.",
    kind: "verify",
  },
  // {domain} is the service's and takes mail: no lookup of it to do. A receiver that calls the
  // sender's address invalid read another one, the envelope sender (RFC 5321 section 4.1.1.2)
  // that whatever sent the mail set.
  "sender-address-invalid": {
    from: "user",
    title: "Check which address the mail that bounced was sent from",
    detail:
      "{domain} is {provider}'s and takes mail, so the address refused was most likely not yours: a website, an app or a server that sends with your {domain} address in From sets a return address of its own. Mail sent from {provider}'s web mail or app carries your address in both.",
    kind: "verify",
  },
};

/** Prevention for an address at a service, in place of the domain owner's (DMARC reports, SNDS...). */
export const MAILBOX_SERVICE_PREVENT: ItemTemplate[] = [
  {
    id: "prevent.mailbox-service-bulk",
    title: "Send mailings from a domain of your own",
    detail:
      "A personal address at {provider} is for personal mail: {provider} limits how much it sends, and mail with a {domain} address that another service sends fails {domain}'s DMARC. For a newsletter or a mailing, use a mailing service with a domain of your own, whose records you can publish.",
    kind: "prevent",
  },
];

/** Every step above, for titles rebuilt from an id (titles.ts). */
export function mailboxServiceItems(): Step[] {
  return [
    sendThrough(null),
    accountLimits(null),
    REPORT,
    TEST,
    LINKED_DOMAIN,
    ...MAILBOX_SERVICE_PREVENT.filter((t): t is Step => !("generate" in t)),
  ];
}

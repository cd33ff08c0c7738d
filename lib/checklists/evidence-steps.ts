// Steps shown because of what the bounce's evidence says, not because of its cause: the cause
// vocabulary (PRODUCT.md) has no "delayed" or "greylisted", yet both change what to do. Each
// step names the evidence (rule ids) it needs; it comes first in the section of a cause that
// evidence belongs to, and leaves out the cause's own steps it makes wrong advice. Data only;
// lib/checklists/sections.ts places them.
import { LOGIN_REFUSED_RULES } from "@/lib/causes/connection-variants";
import { DELAY_NOTICE_RULE } from "@/lib/diagnosis/rule-ids";
import { GREYLISTING_RULE_IDS } from "@/lib/knowledge/greylisting";
import { NOT_A_BOUNCE_READINGS } from "@/lib/knowledge/not-a-bounce-readings";
import { SENDING_PROGRAMS } from "@/lib/knowledge/sending-programs";
import { SENDER_PROVIDER_ENTRIES } from "@/lib/knowledge/sender-provider-blocks";
import { WAITING_CANNOT_HELP, type EvidenceRow } from "@/lib/knowledge/waiting-cannot-help";
import type { CauseId } from "@/lib/causes/causes";
import { CHECK_FIRST_PREFIX } from "./check-first";
import { CLIENT_WORDINGS } from "@/lib/knowledge/scoring/client-wordings";
import { THUNDERBIRD_SIGNATURES } from "@/lib/knowledge/signatures/thunderbird";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { GENERIC_PROVIDER_RELAY_RULE, GMAIL_PROVIDER_RELAY_RULE } from "./provider-relay-rules";
import { waitingStepIds } from "./retry-helps";
import type { EvidenceStep } from "./types";

/**
 * A sending program's own words that it could not connect to, or keep its connection with, its
 * outgoing server (lib/knowledge/sending-programs.ts): the rules as evidence names them
 * (signatures by id; possibility wordings by id and the cause they rank).
 */
const PROGRAM_CONNECTION_FAILED: readonly string[] = [
  ...THUNDERBIRD_SIGNATURES.filter((s) => s.cause === "remote-unreachable").map((s) => s.id),
  ...CLIENT_WORDINGS.filter((w) => SENDING_PROGRAMS.some((p) => w.id.startsWith(`${p}.`))).flatMap(
    (w) => w.causes.map((c) => `${w.id}.${c}`),
  ),
];

/**
 * The steps of a cause that send the sender to the receiver, or presume the receiver judged the
 * sender: wrong advice where the sender's own provider refused (SenderProviderBlock).
 */
const RECEIVER_SIDE_STEPS: Partial<Record<CauseId, readonly string[]>> = {
  "bad-reputation": ["bad-reputation.provider-form", `${CHECK_FIRST_PREFIX}bad-reputation`],
  "sender-address-invalid": ["sender-address-invalid.domain"],
  // A rate the sender's own provider limits (Plesk's hourly allowance) is no receiver's: the lower
  // limits receivers set for unauthenticated mail, and their connection limits, do not apply;
  // the provider's own step says what to do (review 30's note: Plesk still said "Authenticate").
  "rate-limited": ["rate-limited.slow-down", "rate-limited.authenticate"],
};

/**
 * The steps that tell the sender to log in to the outgoing server, or to check which server and
 * account they use: wrong advice where the provider refused after taking the login
 * (SenderProviderBlock.loginAccepted; review 31: Amazon SES and SendGrid refusing an unverified
 * From had the user "turn on authentication").
 */
const LOGIN_STEPS: readonly string[] = ["relay-denied.auth", "relay-denied.server"];

/**
 * One step per refusal the provider tables mark as the sender's own provider's
 * (PhraseEntry.senderProvider): what that provider's page asks of the sender's admin.
 */
const SENDER_PROVIDER_STEPS: EvidenceStep[] = SENDER_PROVIDER_ENTRIES.map((e) => ({
  when: { ruleIds: [e.ruleId] },
  item: {
    id: `sender-provider.${e.ruleId}`,
    title: e.block.headline,
    detail: e.block.action,
    actor: "sender-admin",
    kind: "contact",
    link: e.block.link,
  },
  replaces: [
    ...(RECEIVER_SIDE_STEPS[e.cause] ?? []),
    ...(e.block.loginAccepted ? LOGIN_STEPS : []),
  ],
}));

/**
 * One step per case the evidence reads where waiting cannot help (lib/knowledge/
 * waiting-cannot-help.ts: the lasting faults on the receiving side): tell the recipient's side
 * now, in place of the waiting advice the case leaves out ("try again later", "tell them if it
 * persists"), which has the sender wait for something no resend changes (review 29, finding 7).
 */
const WAITING_CANNOT_HELP_STEPS: EvidenceStep[] = WAITING_CANNOT_HELP.filter(
  (w): w is EvidenceRow => w.trigger.kind === "evidence",
).map((w) => ({
  when: { ruleIds: w.trigger.ruleIds },
  item: {
    id: w.id,
    title: w.instead.title,
    detail: w.instead.detail,
    actor: "sender",
    kind: "contact",
  },
  replaces: waitingStepIds(w.drops),
}));

/** The evidence rule ids that read a message as this kind of not-a-bounce message. */
function kindOf(id: string): readonly string[] {
  const reading = NOT_A_BOUNCE_READINGS.find((r) => r.id === id);
  if (!reading) throw new Error(`no not-a-bounce reading ${id}`);
  return reading.ruleIds;
}

/**
 * The steps that send the same message to the same address again (a cause's own, and as the
 * step that tells its cause apart): wrong while a delay notice says the server still retries it.
 */
export const RESENDS_OF_THE_SAME_MESSAGE: readonly string[] = [
  "mailbox-full.retry",
  "remote-server-error.retry",
  `${CHECK_FIRST_PREFIX}remote-server-error`,
];

/**
 * A quota on what the sender may send was reached (concept.sending-quota and its translations):
 * a count, which SPF and DKIM do not change.
 */
const SENDING_QUOTA_RULES: readonly string[] = CONCEPTS.filter(
  (c) => c.id === "concept.sending-quota" || c.id.endsWith(".sending-quota-exceeded"),
).map((c) => c.id);

/**
 * The refusals that are the sending host's own hourly cap on messages (cPanel's wording, as
 * hosting companies' pages give it): the WebPal entry, and the generic wording sourced from
 * InMotion Hosting's page (lib/knowledge/signatures/generic-sources-connection.ts).
 */
export const HOSTING_HOURLY_CAP_RULES: readonly string[] = [
  "webpal.max-emails-per-hour",
  "generic.rate-limited.has-exceeded-the-max-emails-per-hour",
];

const HOURLY_CAP_PAGE =
  "https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour";

/** The relay step's words, whoever asked for the relay. */
const PROVIDER_RELAY_STEP = {
  id: "ip-blocklisted.use-provider-relay",
  title: "Send through your provider's SMTP relay (smarthost), as the refusal asks",
  detail:
    "The receiver takes no mail straight from {ip}: the refusal says to send through your internet or mail provider's outgoing server instead. Set your mail server (or program) to hand its mail to that relay, logging in as the provider documents. Before you switch, add the relay to {domain}'s SPF record (the include: or addresses the provider documents, beside what the record lists), or SPF fails for the mail it relays.",
  actor: "sender-admin" as const,
  kind: "fix" as const,
};

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
      kind: "info",
      link: {
        label: "RFC 3464 §2.3.3 (Action: delayed)",
        url: "https://www.rfc-editor.org/rfc/rfc3464#section-2.3.3",
      },
    },
    // The not-a-bounce step speaks of delivery reports, auto-replies and complaint reports; the
    // steps that send the same message again would deliver it twice while the server retries
    // (review 28, finding 15): this step says a bounce follows if it never gets through.
    replaces: ["not-a-bounce.nothing", ...RESENDS_OF_THE_SAME_MESSAGE],
    // A domain that does not exist or takes no mail is no delay: no retry can deliver there, and
    // sending again to the corrected address is the fix (review 31: Momentum's "no MXs for this
    // domain could be reached" for a mistyped gmail.co said "Nothing to resend yet" above "Send
    // again to the corrected address").
    exceptFor: ["recipient-domain-invalid"],
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
      kind: "info",
      link: { label: "RFC 6647: Email Greylisting", url: "https://www.rfc-editor.org/rfc/rfc6647" },
    },
    // Sending more slowly does not get past greylisting, nor does authenticating: a greylisting
    // server defers any sender it has not seen before; the retry gets past it (review 31, 7).
    replaces: ["rate-limited.slow-down", "rate-limited.authenticate"],
  },
  {
    // Gmail's own account limit (Google's "Gmail sending limits in Google Workspace"): Gmail
    // itself stopped sending for the account; no receiver limited anything.
    when: {
      ruleIds: [
        "google.notice.sending-limit-reached",
        "google.page.5.4.5-daily-user-sending-limit",
      ],
    },
    item: {
      id: "sending-limit.wait-for-reset",
      title: "Wait for your account's daily sending limit to reset",
      detail:
        "Gmail counts the messages and recipients each account sends in a day, and stops the account's sending for up to 24 hours once it goes over. Nothing at the recipient's side limited you. Wait, then send less at a time (fewer recipients per message and per day); for mailings to many people, use a service made for bulk mail.",
      actor: "sender",
      kind: "fix",
      link: {
        label: "Gmail sending limits in Google Workspace",
        url: "https://support.google.com/a/answer/166852",
      },
    },
    replaces: ["rate-limited.slow-down", "rate-limited.authenticate"],
  },
  {
    // Not Gmail's own account limit, or not known to be: a quota on sending (per account, per
    // day, per connection) was reached. Authentication does not raise a count (review 28,
    // finding 16: "Gmail limits unauthenticated senders" was shown for any quota).
    when: { ruleIds: SENDING_QUOTA_RULES },
    item: {
      id: "sending-quota.wait-or-send-less",
      title: "Wait for the sending quota to reset, then send less at a time",
      detail:
        "The server's words say a limit on how much may be sent was reached: per account, per period or per connection. Changing SPF or DKIM does not lift it. Wait for the period to end (or let your server retry a deferral on its own), then send fewer messages and recipients at a time; your provider, or the administrator of the server that refused, can tell you the limit. For mailings to many people, use a service made for bulk mail.",
      actor: "sender",
      kind: "fix",
    },
    replaces: ["rate-limited.authenticate"],
  },
  {
    // The sending host's own hourly cap (cPanel's "Domain X has exceeded the max emails per hour
    // (124/100 (124%)) allowed"): WebPal's and InMotion Hosting's pages give it as the hosting
    // package's limit on messages sent per hour, counted again each hour. No receiver limited
    // anything, so receivers' limits (and SPF or DKIM) are beside the point (review 30, finding 4).
    when: { ruleIds: HOSTING_HOURLY_CAP_RULES },
    item: {
      id: "hosting-cap.wait-for-next-hour",
      title: "Your hosting plan's hourly sending limit was reached: wait for the next hour",
      detail:
        "The server that sends your mail counts how many messages your domain sends per hour, and holds or refuses the rest once the plan's limit is passed; the recipient's server never saw them. Deferred messages go out on their own once the count starts again: do not resend them. Then send fewer at a time (spread a mailing over several hours), or ask your hosting provider to raise the limit or move you to a plan with a higher one; for mailings to many people, use a service made for bulk mail.",
      actor: "sender",
      kind: "fix",
      link: {
        label: "InMotion Hosting: Domain exceeded max emails per hour",
        url: HOURLY_CAP_PAGE,
      },
    },
    replaces: ["rate-limited.slow-down", "rate-limited.authenticate"],
  },
  {
    // The same host's cap on the share of its mail that fails or is deferred (cPanel's "has
    // exceeded the max defers and failures per hour"): the domain's earlier mail kept bouncing.
    when: { ruleIds: ["web-hosts.cpanel-max-defers-failures"] },
    item: {
      id: "hosting-cap.find-what-bounced",
      title: "Your hosting server stopped your mail for the hour: find what kept bouncing",
      detail:
        "The server that sends your mail counts how much of your domain's mail failed or was deferred in the last hour, and stops sending for the domain once that passes its limit; nothing is wrong with this recipient. Sending works again as the hour moves on, but stops again while the same mail keeps failing: find what bounced (old addresses on a list, a forwarder or autoresponder sending to dead addresses, or an account someone else is sending spam through) and fix that before sending again.",
      actor: "sender",
      kind: "fix",
    },
    replaces: ["rate-limited.slow-down", "rate-limited.authenticate"],
  },
  {
    // Gmail's own row: the refusal's words are the step (review 28, finding 6).
    when: { ruleIds: [GMAIL_PROVIDER_RELAY_RULE] },
    item: {
      ...PROVIDER_RELAY_STEP,
      link: {
        label: "Gmail SMTP errors and codes (5.7.1)",
        url: "https://support.google.com/a/answer/3726730",
      },
    },
    // The PBL's relay step says the same in a list's words.
    replaces: ["ip-blocklisted.use-relay"],
  },
  {
    // Another receiver asking for the same (Hotmail's "Please smarthost your mail through your
    // ISP's mail server"): the same step, its source the refusal itself.
    when: { ruleIds: [GENERIC_PROVIDER_RELAY_RULE] },
    item: PROVIDER_RELAY_STEP,
    replaces: ["ip-blocklisted.use-relay"],
  },
  {
    // Exchange Online's SendAsDenied (lib/knowledge/providers/microsoft.ts): the account did log
    // in, and its mailbox may not send as the From address it used. Turning on authentication,
    // or other server settings, cannot help (review 28, finding 5).
    when: { ruleIds: ["microsoft.sendas-denied", "microsoft.storedrv-sendas-denied"] },
    item: {
      id: "send-as-denied.from-address",
      title: "Send from the account's own address, or get Send As permission",
      detail:
        "The outgoing server accepted the login, but that mailbox may not send with the From address the message used. Set the From address to the address of the account that logs in, or have the administrator of the other address's mailbox grant this account Send As permission for it (in Exchange Online, a mailbox permission the admin sets on that mailbox).",
      actor: "sender",
      kind: "fix",
      link: {
        label: "Microsoft: Manage permissions for recipients in Exchange Online",
        url: "https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/manage-permissions-for-recipients",
      },
    },
    replaces: ["relay-denied.auth", "relay-denied.server"],
  },
  {
    // The program never reached a receiving server: the recipient's domain, a relay's port 25 and
    // the recipient's address are not where this failure is (lib/knowledge/sending-programs.ts).
    when: { ruleIds: PROGRAM_CONNECTION_FAILED },
    item: {
      id: "program-connection.outgoing-settings",
      title: "Check the program's outgoing (SMTP) server settings",
      detail:
        "The mail program or site could not connect to the outgoing server it is set to send through. Compare the server name, the port and the connection security in its settings with what your mail provider documents (port 587 with STARTTLS, or 465 with TLS from the start; RFC 8314), check that the network or a firewall or security program lets that port out, and that the name resolves. Your provider's status page says whether its server is down.",
      actor: "sender",
      kind: "verify",
      link: {
        label: "RFC 8314 §3.3: submission over TLS",
        url: "https://www.rfc-editor.org/rfc/rfc8314#section-3.3",
      },
    },
    replaces: [
      "remote-unreachable.domain",
      "remote-unreachable.network",
      "remote-unreachable.message-address",
      "unknown.first.remote-unreachable",
    ],
  },
  {
    // The program did log in, and the server said no: "turn on authentication" is no help there.
    when: { ruleIds: LOGIN_REFUSED_RULES },
    item: {
      id: "login-refused.check-credentials",
      title: "Fix the login your mail program or site uses",
      detail:
        "The outgoing server refused the user name and password it was given. Check the user name (usually the full address) and the password in the program's SMTP settings. Many providers no longer take the account's normal password there: Gmail and Google Workspace accounts with 2-Step Verification need an app password, and Microsoft 365 takes SMTP logins only for mailboxes whose SMTP AUTH is turned on (or through OAuth). Check also that the authentication method matches what the server offers.",
      actor: "sender",
      kind: "fix",
      link: {
        label: "RFC 4954 §6: 535 Authentication credentials invalid",
        url: "https://www.rfc-editor.org/rfc/rfc4954#section-6",
      },
    },
    replaces: ["relay-denied.auth"],
  },
  {
    // Postfix's reject_unverified_sender (ADDRESS_VERIFICATION_README): before it accepts the
    // message the receiver probes the sender address by a test delivery to the sender's own
    // domain, and refuses while that probe fails. The result after "unverified address:" says
    // how it failed: a timed-out or refused connection means the sender domain's mail server
    // could not be reached from the receiver, whatever the sender's own network sees.
    when: { ruleIds: ["postfix.unverified-sender", "gen-uk.sender-unverified-address"] },
    item: {
      id: "sender-probe.accept-the-probe",
      title: "Make your domain's mail server accept the receiver's address check",
      detail:
        "The receiving server checked your sender address by starting a test delivery to it at your domain's mail server (the MX of the address's domain), and the check failed: the words after \"unverified address:\" say how (a connection that timed out or was refused, a domain not found, or the address refused). Make sure that server is reachable from the internet on port 25, is not firewalled or greylisting other mail servers, and accepts mail to the exact sender address, also from senders it does not know. The receiver retries a 450 on its own schedule; once its check passes, your mail goes through.",
      actor: "sender",
      kind: "fix",
      link: {
        label: "Postfix Address Verification Howto",
        url: "https://www.postfix.org/ADDRESS_VERIFICATION_README.html",
      },
    },
  },
  // A message that is no bounce (lib/knowledge/not-a-bounce-readings.ts): what its kind asks of
  // the reader, in place of the step that names every kind at once.
  {
    when: { ruleIds: kindOf("complaint-report") },
    item: {
      id: "not-a-bounce.stop-sending-to-complainant",
      title: "Stop sending to the person who complained",
      detail:
        "A complaint report means the recipient marked your message as spam; the message itself was delivered. Remove or suppress that address in the list or service you send from, and make sure everyone you mail asked for it: complaints count against your domain and IP with that mailbox provider.",
      actor: "sender",
      kind: "fix",
      link: {
        label: "RFC 5965: An Extensible Format for Email Feedback Reports",
        url: "https://www.rfc-editor.org/rfc/rfc5965",
      },
    },
    replaces: ["not-a-bounce.nothing"],
  },
  {
    when: { ruleIds: kindOf("automatic-reply") },
    item: {
      id: "not-a-bounce.auto-reply-arrived",
      title: "Nothing to fix: your message arrived",
      detail:
        "An automatic reply (out of office, vacation) is sent by the recipient's mailbox after it received your message. If you need an answer sooner, the reply often names someone else to contact.",
      actor: "sender",
      kind: "info",
      link: {
        label: "RFC 3834: Recommendations for Automatic Responses to Electronic Mail",
        url: "https://www.rfc-editor.org/rfc/rfc3834",
      },
    },
    replaces: ["not-a-bounce.nothing"],
  },
  {
    when: { ruleIds: kindOf("challenge-response") },
    item: {
      id: "not-a-bounce.answer-challenge",
      title: "Answer the challenge if you sent the message",
      detail:
        "The recipient's challenge-response filter holds your message until the sender proves to be a person, usually by following a link or replying. Do what it asks and the message is delivered. If you did not send the message (someone used your address), do not answer.",
      actor: "sender",
      kind: "fix",
    },
    replaces: ["not-a-bounce.nothing"],
  },
  {
    // The receiving server refuses mail from servers it does not know until the sending server
    // is confirmed on its web page (lib/knowledge/scoring/concepts/challenge-notices.ts): the
    // sender's mail administrator confirms it there; asking the recipient comes after.
    when: { ruleIds: ["concept.server-confirmation-required"] },
    item: {
      id: "sender-policy.confirm-server",
      title: "Confirm your mail server on the page the refusal links to",
      detail:
        "The recipient's server takes mail only from sending servers that were confirmed on its web page; the refusal gives the address of that page, often with your server's IP in it. Open it, confirm the server as it asks, and send the message again. If the page does not load or asks for something you cannot give, ask the recipient to have your address or server allowed (next step).",
      actor: "sender-admin",
      kind: "fix",
    },
    replaces: [],
  },
  {
    when: { ruleIds: kindOf("unsubscribe-request") },
    item: {
      id: "not-a-bounce.remove-unsubscriber",
      title: "Remove the address from your list",
      detail:
        "The recipient asked to stop receiving your mail. Remove the address in the list or sending service you used; mail sent after an unsubscribe request turns into spam complaints.",
      actor: "sender",
      kind: "fix",
    },
    replaces: ["not-a-bounce.nothing"],
  },
  {
    when: { ruleIds: kindOf("held-for-moderation") },
    item: {
      id: "not-a-bounce.wait-for-moderator",
      title: "Wait for the list's moderator",
      detail:
        "The mailing list holds your message until its moderator approves it; then it is posted, or the list tells you it was declined. If it is urgent, write to the list's owner address.",
      actor: "sender",
      kind: "info",
    },
    replaces: ["not-a-bounce.nothing"],
  },
  ...SENDER_PROVIDER_STEPS,
  ...WAITING_CANNOT_HELP_STEPS,
];

/**
 * The receiver-side steps that a refusal by the sender's own provider makes wrong advice, for the
 * steps built outside a cause's section: the tell-apart group's check-first steps ("look at your
 * reputation with the receiver" for a block the sender's own provider placed).
 */
export function replacedBySenderProvider(ruleIds: readonly string[]): Set<string> {
  const ids = new Set(ruleIds);
  return new Set(
    SENDER_PROVIDER_STEPS.filter((s) => s.when.ruleIds.some((id) => ids.has(id))).flatMap(
      (s) => s.replaces ?? [],
    ),
  );
}

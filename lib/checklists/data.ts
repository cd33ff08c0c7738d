// The fix steps for every cause, in order, as data. `{ generate: ... }` marks where records and
// messages built from what was found go. Text placeholders: {ip} {domain} {recipientDomain}
// {recipient} {provider}.
import type { InputShape } from "@/lib/bounce/refusal";
import type { CauseId } from "@/lib/causes/causes";
import type { FindingGroup } from "@/lib/rules/codes";
import type { ActedTemplate, AnsweredByUser, CauseItemTemplate } from "./types";

export const CAUSE_CHECKLISTS: Record<CauseId, CauseItemTemplate[]> = {
  "recipient-unknown": [
    {
      id: "recipient-unknown.compare",
      title: "Compare the address letter by letter",
      detail:
        "Check {recipient} against a message the recipient sent you, their signature or their website. Dots, hyphens and the domain ending are the usual slips.",
      kind: "verify",
      actor: "sender",
    },
    { generate: "message-address" },
    {
      id: "recipient-unknown.resend",
      title: "Send again to the corrected address",
      detail:
        "Once you have the right address, resend the message and update it in your address book so autocomplete stops offering the old one.",
      kind: "fix",
      actor: "sender",
    },
    {
      id: "recipient-unknown.clean-list",
      title: "Remove the address from mailing lists",
      detail:
        "If you send newsletters, stop mailing addresses that bounce as unknown: repeated sends to them harm your reputation with receivers.",
      kind: "prevent",
      actor: "sender",
    },
  ],
  "recipient-domain-invalid": [
    {
      id: "recipient-domain-invalid.spelling",
      title: "Check the part after the @",
      detail:
        "{recipientDomain} does not exist or takes no mail. Look for a typo (gmial.com, outlok.com, a missing letter) or an old company domain.",
      kind: "verify",
      actor: "sender",
    },
    { generate: "message-address" },
    {
      id: "recipient-domain-invalid.resend",
      title: "Send again to the corrected address",
      detail:
        "Correct the address in your address book too, so autocomplete stops offering the wrong one.",
      kind: "fix",
      actor: "sender",
    },
  ],
  "mailbox-full": [
    { generate: "message-mailbox-full" },
    {
      id: "mailbox-full.retry",
      title: "Send again once they have freed space",
      detail:
        "Over-quota bounces clear as soon as the recipient deletes mail or gets more storage; nothing on your side needs changing.",
      kind: "verify",
      actor: "sender",
    },
  ],
  "mailbox-disabled": [
    { generate: "message-mailbox-disabled" },
    {
      id: "mailbox-disabled.update",
      title: "Update your records",
      detail:
        "If the person has left the organisation, ask for their successor's address and stop sending to this one.",
      kind: "fix",
      actor: "sender",
    },
  ],
  "ip-blocklisted": [
    { generate: "ip-listing-cause" },
    { generate: "delisting" },
    { generate: "ptr-record" },
    {
      id: "ip-blocklisted.verify",
      title: "Check the IP again after delisting",
      detail:
        "Run this wizard again with the same bounce {recheckWait}: the lists should answer “not listed”, and new messages should go through.",
      kind: "verify",
      actor: "sender-admin",
    },
  ],
  "domain-blocklisted": [
    {
      id: "domain-blocklisted.find-cause",
      title: "Find why {domain} or a linked domain is listed",
      detail:
        "Domain lists (Spamhaus DBL, SURBL, URIBL) list domains seen in spam: your own domain, or a link shortener, tracking domain or website linked in your messages. Remove links to listed domains and secure any hacked website on your domain.",
      kind: "fix",
      actor: "sender-admin",
    },
    { generate: "delisting" },
  ],
  "bad-reputation": [
    {
      id: "bad-reputation.authenticate",
      title: "Make sure every message is authenticated",
      detail:
        "Receivers trust authenticated mail more: SPF and DKIM passing and aligned with your From domain, and a DMARC record.",
      kind: "fix",
      actor: "sender-admin",
    },
    { generate: "spf-record" },
    { generate: "dkim-record" },
    { generate: "dmarc-record" },
    {
      id: "bad-reputation.volume",
      title: "Slow down and send only to people who asked",
      detail:
        "Reputation systems react to complaint rates, unknown addresses and sudden volume. Pause bulk sends, remove addresses that bounced or never opened, and ramp up volume gradually on a new IP or domain.",
      kind: "fix",
      actor: "sender-admin",
    },
    {
      id: "bad-reputation.provider-form",
      title: "Ask the receiver for mitigation",
      detail:
        "Large providers have sender support forms (Microsoft: https://olcsupport.office.com; Gmail: the bulk sender contact form; Yahoo: https://senders.yahooinc.com). Use them only after fixing the cause, with the bounce text.",
      kind: "contact",
      actor: "sender-admin",
    },
  ],
  "authentication-failure": [
    {
      id: "authentication-failure.read-verdict",
      title: "See which check failed",
      detail:
        "The receiver's Authentication-Results (in the headers of a sent test message) says spf=, dkim= and dmarc=. Fix the ones that do not say pass.",
      kind: "verify",
      actor: "sender-admin",
    },
    { generate: "spf-record" },
    { generate: "dkim-record" },
    { generate: "dmarc-record" },
    {
      id: "authentication-failure.all-senders",
      title: "List every service that sends as {domain}",
      detail:
        "Newsletters, CRM, invoicing, website forms and printers often send with your address. Each one must be in SPF or sign with DKIM for your domain, or DMARC fails for its mail.",
      kind: "fix",
      actor: "sender-admin",
    },
    {
      id: "authentication-failure.test",
      title: "Send a test and read the verdicts again",
      detail:
        "After DNS changes have propagated (up to the record's TTL), send a message to a Gmail or Outlook.com mailbox and check that spf, dkim and dmarc say pass.",
      kind: "verify",
      actor: "sender-admin",
    },
  ],
  "reverse-dns": [
    { generate: "ptr-record" },
    {
      id: "reverse-dns.forward",
      title: "Make the name point back to {ip}",
      detail:
        "The PTR name must have an A (or AAAA) record that returns {ip} (forward-confirmed reverse DNS). Use a name in your own domain, not a generic one like 203-0-113-9.dsl.example.net: one that does not exist yet, or already points to {ip}. If the name you had in mind (say mail.{domain}) already points to another address, leave it alone and pick a new one (say out.{domain}): that name is often your incoming mail server or webmail, and changing its address moves them.",
      kind: "fix",
      actor: "sender-admin-or-isp",
    },
    {
      id: "reverse-dns.helo",
      title: "Use the same name in your server's greeting",
      detail:
        "Set the mail server's HELO/EHLO name to the PTR name; receivers compare them. Change it only once that name answers in DNS with {ip}: many receivers refuse a greeting name that does not resolve.",
      kind: "fix",
      actor: "sender-admin",
    },
    {
      id: "reverse-dns.verify",
      title: "Check the PTR again",
      detail:
        "Run this wizard again once the ISP confirms the change; reverse DNS changes can take a few hours.",
      kind: "verify",
      actor: "sender-admin",
    },
  ],
  "content-spam": [
    // First what the content review found, when one ran: its steps name what to change.
    { generate: "content-review" },
    {
      id: "content-spam.review",
      title: "Review what the message contains",
      detail:
        "Filters weigh links (especially shorteners and domains on blocklists), attachments, image-only messages, misleading subjects and missing plain-text parts. Send a plain version without links to see whether it passes.",
      kind: "fix",
      actor: "sender",
    },
    {
      id: "content-spam.authenticate",
      title: "Authenticate your mail",
      detail:
        "Unauthenticated mail is judged more harshly by content filters: check SPF, DKIM and DMARC for {domain}.",
      kind: "verify",
      actor: "sender-admin",
    },
    // No allow-list request here: the fix for content judged spam is on the sender's side, and
    // an allow entry for a sender domain makes the receiver skip its checks for anything that
    // claims that domain (spoofed mail included).
  ],
  "content-virus": [
    { generate: "content-review" },
    {
      id: "content-virus.scan",
      title: "Scan the attachment and the sending computer",
      detail:
        "If a virus was found, the attachment or your computer may be infected: run a full scan before sending anything else.",
      kind: "fix",
      actor: "sender",
    },
    {
      id: "content-virus.share-link",
      title: "Send the file another way",
      detail:
        "Many receivers refuse executable or macro-enabled attachments (.exe, .js, .zip with scripts, .docm) even when clean. Share it through a file-sharing link instead.",
      kind: "fix",
      actor: "sender",
    },
  ],
  "message-too-large": [
    {
      id: "message-too-large.shrink",
      title: "Make the message smaller",
      detail:
        "Attachments grow by about a third when encoded for mail. Compress images, or share large files through a link, and keep messages under 10 MB for wide compatibility.",
      kind: "fix",
      actor: "sender",
    },
  ],
  "relay-denied": [
    {
      id: "relay-denied.auth",
      title: "Turn on authentication in your mail program",
      detail:
        "Your mail program must log in to the outgoing server (SMTP authentication, usually port 587 with STARTTLS) with the same account as your address.",
      kind: "fix",
      actor: "sender-admin",
    },
    {
      id: "relay-denied.server",
      title: "Check the outgoing server settings",
      detail:
        "The server name, port and account must be the ones of {provider}. Devices like printers and scanners need an SMTP relay or connector configured for them.",
      kind: "fix",
      actor: "sender-admin",
    },
  ],
  "sender-policy": [
    { generate: "message-allow-list" },
    {
      id: "sender-policy.other-recipients",
      title: "Check whether other organisations accept your mail",
      detail:
        "If only this organisation refuses it, its policy is the cause and only its administrator can lift it. If many do, look at your reputation instead.",
      kind: "verify",
      actor: "sender",
    },
  ],
  "sender-address-invalid": [
    {
      id: "sender-address-invalid.domain",
      title: "Make sure {domain} exists and can receive mail",
      detail:
        "Receivers refuse senders whose domain has no DNS or no MX: they could not send a bounce back. If {domain} has no MX record, publish one naming the server that receives its mail (your mail provider documents the exact name). If it has MX records, leave them as they are: changing them moves where all of {domain}'s incoming mail goes.",
      kind: "fix",
      actor: "sender-admin",
    },
    {
      id: "sender-address-invalid.from",
      title: "Check the From and envelope addresses",
      detail:
        "Applications sometimes send from addresses like root@localhost or a domain you no longer own. Set a real address in your domain, one whose domain lists the application's server in its SPF record (or that the application signs with DKIM for): otherwise SPF and DMARC fail for its mail.",
      kind: "fix",
      actor: "sender-admin",
    },
    { generate: "spf-record" },
  ],
  "rate-limited": [
    {
      id: "rate-limited.slow-down",
      title: "Send more slowly",
      detail:
        "Spread large sends over hours, limit connections and recipients per message, and let your server retry deferred mail instead of resending.",
      kind: "fix",
      actor: "sender-admin",
    },
    { generate: "ptr-record" },
    {
      id: "rate-limited.authenticate",
      title: "Authenticate your mail",
      detail:
        "Receivers often set lower limits for mail whose SPF and DKIM do not pass: make sure both pass for {domain}.",
      kind: "verify",
      actor: "sender-admin",
    },
  ],
  "tls-required": [
    {
      id: "tls-required.enable",
      title: "Enable TLS on your outgoing server",
      detail:
        "Turn on STARTTLS for outgoing mail with TLS 1.2 or newer and a current certificate; in Microsoft 365 check the connector's TLS settings. Make it opportunistic (used whenever the receiver offers it; Postfix: smtp_tls_security_level = may), not required for every receiver: a server that demands TLS everywhere stops delivering to the receivers that do not offer it (opportunistic security, RFC 7435).",
      kind: "fix",
      actor: "sender-admin",
    },
  ],
  "protocol-syntax": [
    {
      id: "protocol-syntax.headers",
      title: "Check the headers your software produces",
      detail:
        "Receivers like Gmail refuse messages that break RFC 5322: several From headers, a missing Date or Message-ID, bare line feeds, or invalid characters in addresses. Update or reconfigure the program that builds the mail.",
      kind: "fix",
      actor: "sender-admin",
    },
  ],
  "remote-unreachable": [
    {
      id: "remote-unreachable.domain",
      title: "Check the recipient's domain",
      detail: "Make sure {recipientDomain} is spelt right and publishes mail servers (MX).",
      kind: "verify",
      actor: "sender",
    },
    {
      id: "remote-unreachable.network",
      title: "Check your server can reach port 25",
      detail:
        "Many ISPs block outgoing port 25; firewalls may too. If other mail goes out, the recipient's server was down or unreachable: a message that bounced needs resending once it answers again; one your server is still retrying (a delay notice) does not.",
      kind: "verify",
      actor: "sender-admin",
    },
    { generate: "message-address" },
  ],
  "remote-server-error": [
    {
      id: "remote-server-error.retry",
      title: "Try again later",
      // Worded as a condition: this step is also the tell-apart step of the cause (check-first),
      // shown where the cause is only one of several and the server may have reported nothing.
      detail:
        "If the receiving server had a temporary fault of its own, a resend in a few hours goes through. If it is refused the same way again, the fault is lasting or the cause is another.",
      kind: "verify",
      actor: "sender",
    },
    {
      id: "remote-server-error.tell",
      title: "Tell the recipient if it persists",
      detail:
        "Their mail administrator needs to know their server refuses mail; send them the bounce through another channel.",
      kind: "contact",
      actor: "sender",
    },
  ],
  "not-a-bounce": [
    {
      id: "not-a-bounce.nothing",
      title: "Nothing to fix",
      detail:
        "This is a delivery report, an auto-reply or a complaint report: your message was not refused. If it is a complaint report, remove the complainant from your lists.",
      kind: "info",
      actor: "nobody",
    },
  ],
  // After the steps that tell the possible causes apart (check-first.ts), the ones that help
  // whatever the cause. No record to publish: nothing says one is wrong.
  unknown: [
    {
      id: "unknown.full-bounce",
      title: "Paste the whole bounce message",
      detail:
        "The full bounce (with its technical part) usually names the reason; paste it in this wizard again.",
      kind: "verify",
      actor: "sender",
    },
    {
      id: "unknown.test",
      title: "Send a test to a Gmail or Outlook.com mailbox",
      detail:
        "If it arrives, read its headers: SPF, DKIM and DMARC results show whether your setup is the problem.",
      kind: "verify",
      actor: "sender",
    },
  ],
};

/**
 * Steps of the lists above that a check which ran has already answered: when the sending
 * domain's check found one of the groups' findings (lib/rules/codes.ts), the step is not shown
 * as one to do. The check's own finding says what it found, in the conclusion's check summary.
 */
export const STEPS_ANSWERED_BY_DOMAIN_CHECK: Readonly<Record<string, readonly FindingGroup[]>> = {
  // "Make sure {domain} exists and can receive mail": its MX (or implicit MX) answered.
  "sender-address-invalid.domain": ["mailAccepted"],
};

/**
 * Steps of the lists above that an answer has already taken (AnsweredByUser): the wizard asked
 * the user to do it, and the answer says how it came out. Shown again, the step would ask the
 * user to do what they just said they did; `instead` is what is left after that answer.
 */
export const STEPS_ANSWERED_BY_USER: Readonly<Record<string, AnsweredByUser>> = {
  // "Is the address spelt exactly as the recipient gave it to you?" "Yes, it is exactly right":
  // the comparison is done, and a server that still knows no such mailbox points to the mailbox
  // (removed, renamed) rather than a slip of the keyboard (lib/rules/likelihoods.ts weighs it so).
  "recipient-unknown.compare": {
    question: "address-checked",
    values: ["yes"],
    instead: {
      id: "recipient-unknown.ask-mailbox",
      title: "Ask whether {recipient} was removed or renamed",
      detail:
        "You said the address is exactly as the recipient gave it, yet their server says it has no such mailbox. Mailboxes are removed when someone leaves and renamed when an organisation changes its address format or domain. Ask the recipient through another channel, or their organisation's IT, whether {recipient} still exists and which address to use now.",
      kind: "contact",
      actor: "sender",
    },
  },
  // The same answer: there is no slip to correct, only a new address the recipient may give.
  "recipient-unknown.resend": {
    question: "address-checked",
    values: ["yes"],
    instead: {
      id: "recipient-unknown.resend-new-address",
      title: "Send again to the address they give you",
      detail:
        "If the mailbox was renamed or moved, resend the message to the address the recipient or their IT gives you, and update it in your address book so autocomplete stops offering the old one.",
      kind: "fix",
      actor: "sender",
    },
  },
};

/**
 * Steps of the lists above that help only for some input shapes (lib/bounce/refusal.ts): the
 * whole bounce is worth pasting only when what was pasted is less than one.
 */
export const STEP_INPUT_SHAPES: Readonly<Record<string, readonly InputShape[]>> = {
  "unknown.full-bounce": ["reply-line", "text"],
};

/**
 * The reverse-DNS steps where the mail leaves from a provider's shared servers (an email service,
 * Microsoft 365, Google Workspace): their PTR records and greeting names are the provider's, so
 * "make the name point back" and "use the same name in your greeting" are not the sender's to
 * take. The provider is told instead.
 */
export const HOSTED_REVERSE_DNS_STEPS: ActedTemplate[] = [
  {
    id: "reverse-dns.tell-provider",
    title: "Ask {provider} to fix the reverse DNS of {ip}",
    detail:
      "Your mail leaves from servers {provider} runs, and their reverse DNS (PTR) and greeting name are set by {provider}, not in your DNS. Forward it this bounce with the sending IP {ip}: it can fix the record or move your mail to a server that has one.",
    kind: "contact",
    actor: "sender-admin",
  },
];

/**
 * What stops a listing from coming back depends on who sends the mail and on the list: a
 * provider's shared IPs are the provider's to clean, a Spamhaus PBL entry (end-user address
 * space, return codes 127.0.0.10/11, https://www.spamhaus.org/faq/section/Spamhaus%20PBL)
 * means "send through your provider's relay", not "find the infected machine".
 */
export const IP_LISTING_STEPS: Record<
  "pbl" | "hosted" | "shared-hosting" | "own-server",
  ActedTemplate[]
> = {
  pbl: [
    {
      id: "ip-blocklisted.use-relay",
      title: "Send through your provider's mail server (relay), not straight from {ip}",
      detail:
        "{ip} is in the Spamhaus PBL: address space its owner (usually an internet provider) says should not send mail directly to other mail servers. Nothing is wrong with your machines. Configure your mail program or server to send through your provider's authenticated SMTP server (port 587, with a user name and password), or through your mail service. Before you switch, add that server to {domain}'s SPF record (the include: or addresses the provider documents, beside what the record lists), or SPF fails for the mail it relays. Only if {ip} is a static address that really runs a mail server, remove it in the Spamhaus checker.",
      kind: "fix",
      actor: "sender-admin",
      link: {
        label: "Spamhaus: about the PBL",
        url: "https://www.spamhaus.org/faq/section/Spamhaus%20PBL",
      },
    },
  ],
  hosted: [
    {
      id: "ip-blocklisted.tell-provider",
      title: "Send the bounce to {provider}",
      detail:
        "{provider} sends your mail from shared addresses it runs and delists itself: forward it this bounce. Then check that no account of yours was used to send spam (unusual sent mail, forwarding rules you did not make) and change its password if so.",
      kind: "contact",
      actor: "sender-admin",
    },
  ],
  "shared-hosting": [
    {
      id: "ip-blocklisted.tell-host",
      title: "Ask your hosting company to deal with {ip}",
      detail:
        "Your mail leaves from your hosting company's shared server, so another customer may have got it listed. Send them the bounce and ask them to clean and delist {ip}, or to move your mail to a clean address. Meanwhile, check that your own website forms and mailboxes send nothing unusual.",
      kind: "contact",
      actor: "sender-admin",
    },
  ],
  "own-server": [
    {
      id: "ip-blocklisted.find-cause",
      title: "Find and stop what got {ip} listed",
      detail:
        "Lists list an IP for a reason: a compromised account or password, an infected computer behind the same public IP, a web form that sends spam, or a mailing to old addresses. Check your server's outgoing queue and logs, change passwords of accounts that send unusual volumes, and scan the machines on that network. Delisting before this is fixed only gets you listed again, often for longer.",
      kind: "fix",
      actor: "sender-admin",
    },
  ],
};

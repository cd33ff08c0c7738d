// MailChannels, the relay many shared web hosts send through (Outbound Filtering, Email API) and
// an inbound filter in front of hosted domains, from its own documentation: "SMTP errors" for
// inbound and for outbound filtering, "Unblock senders" and the Email API's "Sending policies".
// Its refusals carry a bracketed code ("550 5.7.1 [SS] ...", "550 [S10] Blocked"); the pages
// print the replies and say what each code means. The stored copies were read in excerpts: codes
// whose meaning did not come through ([CS], [NR], [RB], "550 Message Blocked.") are left out,
// and so is [UNS] ("Recipient has unsubscribed from your list"), a suppression no cause names.
import type { CauseId } from "@/lib/causes/causes";
import type { Needle } from "@/lib/knowledge/signatures/types";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const STORED = "stored copy (pages corpus), read in excerpts";

const INBOUND = page(
  "https://docs.mailchannels.com/inbound/smtp-errors",
  "SMTP errors (MailChannels Inbound Filtering)",
  STORED,
);
const OUTBOUND = page(
  "https://docs.mailchannels.com/outbound/smtp-errors",
  "SMTP errors (MailChannels Outbound Filtering)",
  STORED,
);
const UNBLOCK = page(
  "https://docs.mailchannels.com/outbound/unblock-senders",
  "Unblock senders (MailChannels Outbound Filtering)",
  STORED,
);
const POLICIES = page(
  "https://docs.mailchannels.com/email-api/sending-policies",
  "Sending policies (MailChannels Email API)",
  STORED,
);
const HOSTPAPA = page(
  "https://www.hostpapa.com/knowledgebase/avoid-mailchannels-errors/",
  "How to avoid MailChannels errors (HostPapa knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("mailchannels");

/** [id, cause, needles, page, example, note, what differs from the kit's defaults]. */
const ROWS: readonly (readonly [
  string,
  CauseId,
  readonly Needle[],
  SourcePage,
  string,
  string,
  { scope?: "identified"; verbatim?: false }?,
])[] = [
  [
    "s09-try-again-later",
    "rate-limited",
    [/\[s09\] try again later/],
    INBOUND,
    "450 [S09] Try Again Later",
    "Greylisting (the page): MailChannels defers mail from a sender it does not know yet; the sending server retries and the message is delivered. Nothing to fix unless it never arrives.",
  ],
  [
    "s10-blocked",
    "bad-reputation",
    [/\[s10\] blocked/],
    INBOUND,
    "550 [S10] Blocked",
    "The page: the connecting IP address has been blocked by MailChannels; the sender asks MailChannels support to review the block.",
  ],
  [
    "inbound-relay-access-denied",
    "relay-denied",
    ["relay access denied"],
    INBOUND,
    "554 5.7.1 <user@domain>: Relay access denied",
    "The page: the recipient's domain is not provisioned on MailChannels Inbound Filtering; the hosting provider (or the domain's admin, through it) must enable inbound filtering for the domain.",
    { scope: "identified" },
  ],
  [
    "inbound-message-rejected",
    "content-spam",
    ["5.7.1 message rejected"],
    INBOUND,
    "550 5.7.1 Message rejected",
    "The page: the message was identified as abuse (spam, phishing, malware or another policy violation) and is refused for good. The words alone are any filter's; they mean this from MailChannels.",
    { scope: "identified" },
  ],
  [
    "ib-feb-attachment",
    "content-virus",
    [/\[ib_feb\]/, "attachment type that is not allowed"],
    INBOUND,
    "550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed",
    "A blocked attachment type.",
  ],
  [
    "message-file-too-big",
    "message-too-large",
    ["message file too big"],
    INBOUND,
    "552 5.3.4 Error: message file too big",
    "The message is over the size limit.",
  ],
  [
    "spf-policy",
    "authentication-failure",
    ["rejected due to the domain's spf policy"],
    INBOUND,
    "550 5.7.1 Email has been rejected due to the domain's SPF policy",
    "The sending server is not allowed by the sender domain's SPF record.",
  ],
  [
    "dmarc-policy",
    "authentication-failure",
    ["unauthenticated email is not accepted due to domain's dmarc policy"],
    INBOUND,
    "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy",
    "The page: the message fails SPF and DKIM alignment and the domain's DMARC policy is reject; MailChannels rejects it on the domain owner's behalf.",
  ],
  [
    "ss-spam-signature",
    "content-spam",
    [/5\.7\.1 \[ss\]/],
    OUTBOUND,
    "550 5.7.1 [SS]",
    "The page: the message matches a known spam signature (subject or body words such as pharmaceutical names or obscene language). It names the reply as '550 5.7.1' with the bracketed tag; the text after the tag is not given.",
    { verbatim: false },
  ],
  [
    "rbl-blocklist",
    "ip-blocklisted",
    [/5\.7\.1 \[rbl\]/],
    HOSTPAPA,
    "550 5.7.1 [RBL] Sender blocked <IP or domain>",
    "Possible causes, as MailChannels' outbound page reads [RBL]: the sending IP address or the sending domain is on a reputable global blocklist (then it is domain-blocklisted); the reply names which. The reply line is quoted by HostPapa, a host that relays through MailChannels.",
  ],
  [
    "esa-sender-blocked",
    "bad-reputation",
    [/5\.7\.1 \[esa\]/],
    POLICIES,
    "550 5.7.1 [ESA] Sender blocked.",
    "A permanent, manual block (the 'Unblock senders' page): applied after repeated temporary blocks or confirmed severe abuse, and lifted only on request.",
  ],
  [
    "bfd-spf",
    "authentication-failure",
    [/\[bfd\] sender prohibited by spf/],
    POLICIES,
    "550 5.7.1 [BFD] Sender prohibited by SPF",
    "The sending domain's SPF record does not authorise MailChannels to send for it.",
  ],
  [
    "not-authorized-to-send-from",
    "authentication-failure",
    ["this sender is not authorized to send from"],
    POLICIES,
    "550 5.7.1 This sender is not authorized to send from example.com",
    "The page lists it under wrong authentication: the sending domain has no Domain Lockdown record allowing this MailChannels account to send for it.",
  ],
  [
    "br-invalid-recipients",
    "bad-reputation",
    ["excessively high number of invalid recipients"],
    POLICIES,
    "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.",
    "List hygiene (the page): the account sent to too many addresses that do not exist, and its sending is blocked until the list is cleaned.",
  ],
];

export const MAILCHANNELS_TABLE: ProviderTable = {
  provider: "mailchannels",
  identity: {
    provider: "mailchannels",
    name: "MailChannels",
    hosts: ["mailchannels.net", "mailchannels.com"],
    markers: ["mailchannels.net/insights", /\[(?:s09|s10|ss|rbl|esa|bfd|ib_feb)\]/],
    source: OUTBOUND,
  },
  phrases: ROWS.map(([id, cause, match, source, example, note, differs]) =>
    phrase({ id, cause, match, source, example, note, ...differs }),
  ),
  statusReadings: [],
  missingPages: [
    `The stored copies were read in excerpts: MailChannels' outbound page beyond [SS] and [RBL], and the meanings of the inbound [NR] and '550 Message Blocked.' replies and the Email API's [RB] and [CS] (seen in bounces) did not come through; [ESA] is explained on ${UNBLOCK.url}.`,
  ],
};

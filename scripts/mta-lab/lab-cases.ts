// The cases every MTA driver runs the same way. The client's side (the session, the fault it
// carries, the report awaited) and the cause that fault means are the lab's, the same for
// every MTA; a driver gives only the rule of its own configuration that provokes the case,
// the port or client where that rule lives (`over`), and, where its words say less than the
// rule meant, the cause those words support (`extra`).
import type { CauseId } from "../../lib/causes/causes";
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import { dkimSign, runKey } from "./dkim-sign";
import { at, dialogue, message, submission } from "./lab-common";
import type { BounceCase, ReplyCase } from "./lab-types";
import type { Dialogue } from "./smtp-client";

type Over = Partial<Dialogue>;
type Extra = Partial<Pick<ReplyCase, "cause" | "ruleCause" | "possible" | "repeat" | "holdOpen">>;

const SENDER = `someone@${L.goodSenderDomain}`;
const DKIM_SENDER = `someone@${L.dkimFailDomain}`;
/** The run's signing key: the domain's DNS publishes another one. */
const DKIM_KEY = runKey();

/** A reply case: the session `base` (a fault of the client) with the driver's `over` on top. */
function reply(id: string, cause: CauseId, base: Over) {
  return (rule: string, over: Over = {}, extra: Extra = {}): ReplyCase => {
    const d = dialogue({ ...base, ...over });
    return { kind: "reply", id, cause, rule, dialogue: d, ...extra };
  };
}

/** Refusals in the SMTP session, by the fault the client carries. */
export const replyCase = {
  unknownUser: reply("unknown-user", "recipient-unknown", { rcpts: [{ address: at("nosuch") }] }),
  /** From a client the MTA relays for (loopback), to a domain that does not exist. */
  unknownRecipientDomain: reply("unknown-recipient-domain", "recipient-domain-invalid", {
    from: "127.0.0.1",
    rcpts: [{ address: `someone@${L.nxRecipientDomain}` }],
  }),
  relayDenied: reply("relay-denied", "relay-denied", {
    rcpts: [{ address: `someone@${L.goodSenderDomain}` }],
  }),
  sizeAtMailFrom: reply("size-at-mail-from", "message-too-large", { mailParams: "SIZE=200000" }),
  /** A 60 kB message without SIZE, so that the limit is met at the end of DATA. */
  sizeAtData: reply("size-at-data", "message-too-large", {
    data: message({ from: SENDER, to: at("user"), padTo: 60000 }),
  }),
  senderNxdomain: reply("sender-domain-nxdomain", "sender-address-invalid", {
    mailFrom: `someone@${L.nxSenderDomain}`,
  }),
  senderServfail: reply("sender-domain-servfail", "sender-address-invalid", {
    mailFrom: `someone@${L.servfailSenderDomain}`,
  }),
  senderNonFqdn: reply("sender-non-fqdn", "sender-address-invalid", { mailFrom: "someone" }),
  senderRhsbl: reply("sender-rhsbl", "domain-blocklisted", {
    mailFrom: `someone@${L.dblListedDomain}`,
  }),
  /** The sender's domain publishes SPF "-all" for every address but its own MX's. */
  spfFail: reply("spf-fail", "authentication-failure", { mailFrom: `someone@${L.spfFailDomain}` }),
  /** SPF only soft-fails, but the From domain's DMARC policy is p=reject and nothing aligns. */
  dmarcReject: reply("dmarc-reject", "authentication-failure", {
    mailFrom: `someone@${L.dmarcFailDomain}`,
  }),
  /** Signed for dkim-fail.mta-lab.test with a key that is not the one its DNS publishes. */
  dkimFail: reply("dkim-fail", "authentication-failure", {
    mailFrom: DKIM_SENDER,
    data: dkimSign(
      message({ from: DKIM_SENDER, to: at("user") }),
      L.dkimFailDomain,
      L.dkimSelector,
      DKIM_KEY,
    ),
  }),
  heloInvalid: reply("helo-invalid", "protocol-syntax", { helo: "bad_helo!name" }),
  /** MAIL FROM with no HELO or EHLO before it. */
  heloRequired: reply("helo-required", "protocol-syntax", { greet: "none" }),
  reverseDnsMissing: reply("reverse-dns-missing", "reverse-dns", { from: L.noPtrClient }),
  reverseDnsUnconfirmed: reply("reverse-dns-unconfirmed", "reverse-dns", {
    from: L.unconfirmedClient,
  }),
  dnsblListed: reply("dnsbl-listed", "ip-blocklisted", {
    from: L.listedClient,
    helo: "listed-client.mta-lab.test",
  }),
  tooManyRecipients: reply("too-many-recipients", "rate-limited", {
    rcpts: [1, 2, 3, 4].map(() => ({ address: at("user") })),
  }),
  tlsRequired: reply("tls-required", "tls-required", {}),
};

type Reports = BounceCase["reports"];

/** A message accepted from loopback and reported on later, in the mailbox `mailbox`. */
function bounce(id: string, mailbox: string, rcpt: string, reports: Reports, base: Over = {}) {
  return (rule: string, over: Over = {}, own: Reports = reports): BounceCase => ({
    kind: "bounce",
    id,
    rule,
    dialogue: submission(mailbox, rcpt, { ...base, ...over }),
    mailbox,
    reports: own,
  });
}

const UNREACHABLE = `someone@${L.unreachableDomain}`;
const REMOTE_USER = `user@${L.remoteDomain}`;
const failed = (id: string, cause: CauseId): Reports => [{ id, cause, match: /Action: failed/i }];

/**
 * The lab mailboxes of the MTAs that deliver to maildirs and play their own remote side
 * (Postfix, Exim): recipients, the over-quota mailbox, and the senders of the bounce cases.
 */
export const RELAYING_MAILBOXES = [
  "user",
  "full",
  "bounce-unknown",
  "bounce-domain",
  "bounce-quota",
  "bounce-unreach",
  "dsn-success",
  "bounce-r-unknown",
  "bounce-r-size",
  "bounce-r-content",
];

/** Reports the MTA mails back, by what happened to the accepted message. */
export const bounceCase = {
  unknownUser: bounce("bounce-unknown-user", "bounce-unknown", at("nosuch"), [
    ...failed("bounce-unknown-user", "recipient-unknown"),
  ]),
  /** To the mailbox "full", which the driver sets up just under its quota. */
  mailboxFull: bounce("bounce-mailbox-full", "bounce-quota", at("full"), [
    ...failed("bounce-mailbox-full", "mailbox-full"),
  ]),
  unknownDomain: bounce(
    "bounce-unknown-domain",
    "bounce-domain",
    `someone@${L.nxRecipientDomain}`,
    [{ id: "bounce-unknown-domain", cause: "recipient-domain-invalid", match: /Action: failed/i }],
  ),
  /**
   * Deferred, warned about (NOTIFY=DELAY), then bounced when the queue lifetime runs out. A
   * delay warning is read by the reason it gives (lib/classify/delay-notice.ts): here the
   * unreachable host; one that gives none (Exim's) is not-a-bounce.
   */
  unreachable: bounce(
    "unreachable",
    "bounce-unreach",
    UNREACHABLE,
    [
      { id: "delay-warning", cause: "remote-unreachable", match: /Action: delayed/i },
      { id: "bounce-unreachable", cause: "remote-unreachable", match: /Action: failed/i },
    ],
    { rcpts: [{ address: UNREACHABLE, params: "NOTIFY=DELAY,FAILURE" }] },
  ),
  /** Delivered, with a success report asked for (RFC 3461 NOTIFY=SUCCESS). */
  successDsn: bounce(
    "success-dsn",
    "dsn-success",
    at("user"),
    [{ id: "success-dsn", cause: "not-a-bounce", match: /Action: delivered/i }],
    { mailParams: "RET=HDRS", rcpts: [{ address: at("user"), params: "NOTIFY=SUCCESS" }] },
  ),
  /** To an unknown user at the remote side (127.0.0.2), which refuses it at RCPT. */
  relayedUnknownUser: bounce(
    "relayed-unknown-user",
    "bounce-r-unknown",
    `nosuch@${L.remoteDomain}`,
    failed("relayed-unknown-user", "recipient-unknown"),
  ),
  /** A 20 kB message to the remote side, whose size limit is 10 kB. */
  relayedSize: bounce(
    "relayed-size",
    "bounce-r-size",
    REMOTE_USER,
    failed("relayed-size", "message-too-large"),
    { data: message({ from: at("bounce-r-size"), to: REMOTE_USER, padTo: 20000 }) },
  ),
  /** A message carrying the remote side's body-rule trigger. */
  relayedContent: bounce(
    "relayed-content",
    "bounce-r-content",
    REMOTE_USER,
    failed("relayed-content", "content-spam"),
    {
      data: message({
        from: at("bounce-r-content"),
        to: REMOTE_USER,
        body: "Buy now: lab-remote-spam-trigger",
      }),
    },
  ),
};

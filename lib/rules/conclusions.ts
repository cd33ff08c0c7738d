// Conclusions: what the wizard holds once it stops asking, as data. Confidences are the
// wizard's own calibration: a check that confirms the bounce's claim raises it to ~0.95; a
// check that contradicts it lowers it and names the next suspects.
import type { CauseId } from "@/lib/causes/causes";
import type { Conclusion } from "./types";

export const CONCLUSIONS: Record<string, Conclusion> = {
  diagnosed: {
    id: "diagnosed",
    summary: "The bounce's own words decide; the checks added nothing that changes them.",
  },
  "not-a-bounce": {
    id: "not-a-bounce",
    settled: true,
    summary: "Nothing bounced: this is a delivery report, an auto-reply or a complaint report.",
    causes: [{ cause: "not-a-bounce", confidence: 0.95 }],
  },

  "ip-blocklisted.confirmed": {
    id: "ip-blocklisted.confirmed",
    settled: true,
    summary: "{ip} is listed on {zones}: receivers that use those lists refuse its mail.",
    causes: [{ cause: "ip-blocklisted", confidence: 0.95 }],
  },
  "ip-blocklisted.receiver-list": {
    id: "ip-blocklisted.receiver-list",
    summary:
      "The receiver blocked {ip}, but no public blocklist lists it: the receiver keeps its own list, or the listing has already expired.",
    causes: [
      { cause: "ip-blocklisted", confidence: 0.7 },
      { cause: "bad-reputation", confidence: 0.5 },
    ],
  },
  "ip-blocklisted.unverified": {
    id: "ip-blocklisted.unverified",
    summary:
      "The bounce says the sending IP is blocklisted; the listing could not be verified here.",
    causes: [{ cause: "ip-blocklisted", confidence: 0.8 }],
  },
  "domain-blocklisted.confirmed": {
    id: "domain-blocklisted.confirmed",
    settled: true,
    summary: "{domain} is listed on {zones}: mail naming it is refused.",
    causes: [{ cause: "domain-blocklisted", confidence: 0.95 }],
  },

  "authentication-failure.confirmed": {
    id: "authentication-failure.confirmed",
    settled: true,
    summary:
      "{domain}'s DNS records do not authenticate its mail; receivers that require SPF, DKIM or DMARC refuse it.",
    causes: [{ cause: "authentication-failure", confidence: 0.92 }],
  },
  "authentication-failure.headers": {
    id: "authentication-failure.headers",
    settled: true,
    summary: "The receiver's own verdicts show SPF, DKIM or DMARC failing for your mail.",
    causes: [{ cause: "authentication-failure", confidence: 0.9 }],
  },
  "authentication-failure.records-clean": {
    id: "authentication-failure.records-clean",
    summary:
      "{domain}'s records look right now: the failure comes from a server that is not in SPF, a missing DKIM signature, forwarding, or a recent fix.",
    causes: [
      { cause: "authentication-failure", confidence: 0.6 },
      { cause: "relay-denied", confidence: 0.2 },
    ],
  },
  "sender-address-invalid.confirmed": {
    id: "sender-address-invalid.confirmed",
    settled: true,
    summary:
      "{domain}, your sending domain, does not exist or takes no mail: receivers refuse it as a sender.",
    causes: [{ cause: "sender-address-invalid", confidence: 0.95 }],
  },

  "reverse-dns.confirmed": {
    id: "reverse-dns.confirmed",
    settled: true,
    summary: "{ip} has no valid reverse DNS: many receivers refuse or throttle such servers.",
    causes: [{ cause: "reverse-dns", confidence: 0.93 }],
  },
  "reverse-dns.records-ok": {
    id: "reverse-dns.records-ok",
    summary:
      "{ip} has valid reverse DNS now: it was fixed since, or the mail left from another IP. Check that every outgoing server has one.",
    causes: [
      { cause: "reverse-dns", confidence: 0.5 },
      { cause: "bad-reputation", confidence: 0.3 },
    ],
  },

  "recipient-domain-invalid.confirmed": {
    id: "recipient-domain-invalid.confirmed",
    settled: true,
    summary:
      "{recipientDomain} does not exist or takes no mail: the address cannot work as written.",
    causes: [{ cause: "recipient-domain-invalid", confidence: 0.95 }],
  },
  "recipient-domain-invalid.typo": {
    id: "recipient-domain-invalid.typo",
    summary: "{recipientDomain} looks like a misspelling of a well-known domain.",
    causes: [
      { cause: "recipient-domain-invalid", confidence: 0.85 },
      { cause: "recipient-unknown", confidence: 0.5 },
    ],
  },
  "recipient-unknown.mistake": {
    id: "recipient-unknown.mistake",
    settled: true,
    summary: "The address was mistyped: correct it and send again.",
    causes: [{ cause: "recipient-unknown", confidence: 0.95 }],
  },
  "recipient-unknown.domain-ok": {
    id: "recipient-unknown.domain-ok",
    summary: "{recipientDomain} takes mail, but has no mailbox with this name.",
    causes: [{ cause: "recipient-unknown", confidence: 0.92 }],
  },
  "recipient-unknown.address-right": {
    id: "recipient-unknown.address-right",
    summary:
      "The address is spelt right, yet the server does not know it: the mailbox was removed or renamed, or the server hides a block behind “user unknown”.",
    causes: [
      { cause: "recipient-unknown", confidence: 0.75 },
      { cause: "mailbox-disabled", confidence: 0.35 },
      { cause: "sender-policy", confidence: 0.2 },
    ],
  },
  "remote-unreachable.domain-ok": {
    id: "remote-unreachable.domain-ok",
    summary:
      "{recipientDomain} publishes mail servers, but they did not answer: it is down, or a firewall blocks your server.",
    causes: [
      { cause: "remote-unreachable", confidence: 0.85 },
      { cause: "ip-blocklisted", confidence: 0.15 },
    ],
  },

  "sender-policy.targeted": {
    id: "sender-policy.targeted",
    summary:
      "Only one organisation refuses your mail: its own policy blocks you, and its administrator can lift it.",
    causes: [{ cause: "sender-policy", confidence: 0.85 }],
  },
  "sender-policy.widespread": {
    id: "sender-policy.widespread",
    summary:
      "Several organisations refuse your mail: more likely your server's reputation than one organisation's policy.",
    causes: [
      { cause: "bad-reputation", confidence: 0.55 },
      { cause: "sender-policy", confidence: 0.45 },
      { cause: "ip-blocklisted", confidence: 0.3 },
    ],
  },
  "content-spam.widespread": {
    id: "content-spam.widespread",
    summary:
      "All your messages are refused as spam: the filters judge your sending reputation, not only the words.",
    causes: [
      { cause: "content-spam", confidence: 0.6 },
      { cause: "bad-reputation", confidence: 0.5 },
      { cause: "authentication-failure", confidence: 0.3 },
    ],
  },

  "unclear.one-recipient": {
    id: "unclear.one-recipient",
    summary:
      "Only one address is affected and nothing wrong was found on your side: the cause is most likely that mailbox.",
    causes: [
      { cause: "recipient-unknown", confidence: 0.4 },
      { cause: "mailbox-full", confidence: 0.3 },
      { cause: "mailbox-disabled", confidence: 0.25 },
      { cause: "sender-policy", confidence: 0.2 },
    ],
  },
  "unclear.sender-side": {
    id: "unclear.sender-side",
    summary:
      "Nothing decisive was found; when mail to many receivers bounces, these are the usual causes on the sending side, most likely first.",
    causes: [
      { cause: "bad-reputation", confidence: 0.35 },
      { cause: "authentication-failure", confidence: 0.3 },
      { cause: "ip-blocklisted", confidence: 0.3 },
      { cause: "content-spam", confidence: 0.2 },
    ],
  },
};

/**
 * Findings that add a cause to any conclusion (a blocklisting found while diagnosing an
 * authentication failure is still worth fixing). Predicate name → cause and confidence.
 */
export const CORROBORATIONS: { when: string; cause: CauseId; confidence: number }[] = [
  { when: "ip.listed", cause: "ip-blocklisted", confidence: 0.6 },
  { when: "domain.listed", cause: "domain-blocklisted", confidence: 0.6 },
  { when: "ptr.problem", cause: "reverse-dns", confidence: 0.5 },
  { when: "auth.problem", cause: "authentication-failure", confidence: 0.5 },
  { when: "headers.auth-fail", cause: "authentication-failure", confidence: 0.6 },
  { when: "recipient-domain.invalid", cause: "recipient-domain-invalid", confidence: 0.7 },
  { when: "recipient-domain.typo", cause: "recipient-domain-invalid", confidence: 0.5 },
  { when: "sender-domain.broken", cause: "sender-address-invalid", confidence: 0.6 },
];

/** The diagnosis's other causes stay in the ranking, discounted by this factor... */
export const DIAGNOSED_DISCOUNT = 0.5;
/** ...and only while the discounted confidence still counts as support (below it, noise). */
export const MIN_DIAGNOSED_SUPPORT = 0.15;
export const MAX_CAUSES = 5;

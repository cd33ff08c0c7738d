// The classifier's vocabulary (../shared/design/PRODUCT.md, "Causes"). Every other module
// names causes by these ids; adding a cause means adding a row here and its checklist.
// No zod here: the schema for untrusted input is in ./cause-schema.

export const CAUSE_IDS = [
  "recipient-unknown",
  "recipient-domain-invalid",
  "mailbox-full",
  "mailbox-disabled",
  "ip-blocklisted",
  "domain-blocklisted",
  "bad-reputation",
  "authentication-failure",
  "reverse-dns",
  "content-spam",
  "content-virus",
  "message-too-large",
  "relay-denied",
  "sender-policy",
  "sender-address-invalid",
  "rate-limited",
  "tls-required",
  "protocol-syntax",
  "remote-unreachable",
  "remote-server-error",
  "not-a-bounce",
  "unknown",
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** Whose side must act to fix it. */
export type Actor =
  | "sender"
  | "sender-admin"
  | "sender-admin-or-isp"
  | "recipient"
  | "recipient-admin"
  | "either"
  | "nobody"
  | "unknown";

export interface CauseInfo {
  id: CauseId;
  /** Plain words for the person whose mail bounced. */
  title: string;
  summary: string;
  actor: Actor;
  /** Plain words for the actor, as shown to the user. */
  actorLabel: string;
}

export const CAUSES: Record<CauseId, CauseInfo> = {
  "recipient-unknown": {
    id: "recipient-unknown",
    title: "The address does not exist",
    summary: "The receiving server says there is no mailbox with this address.",
    actor: "sender",
    actorLabel: "You (the sender): correct the address",
  },
  "recipient-domain-invalid": {
    id: "recipient-domain-invalid",
    title: "The recipient's domain does not exist or takes no mail",
    summary: "The part after the @ does not exist in DNS, or publishes no mail server.",
    actor: "sender",
    actorLabel: "You (the sender): correct the address",
  },
  "mailbox-full": {
    id: "mailbox-full",
    title: "The recipient's mailbox is full",
    summary:
      "The recipient is over their storage quota and cannot receive mail until they free space.",
    actor: "recipient",
    actorLabel: "The recipient",
  },
  "mailbox-disabled": {
    id: "mailbox-disabled",
    title: "The recipient's account is disabled",
    summary: "The mailbox exists but is suspended, disabled or closed.",
    actor: "recipient",
    actorLabel: "The recipient",
  },
  "ip-blocklisted": {
    id: "ip-blocklisted",
    title: "Your sending server's IP address is on a blocklist",
    summary:
      "The receiver refused the mail because the IP address that sent it is listed on a blocklist.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "domain-blocklisted": {
    id: "domain-blocklisted",
    title: "Your domain, or a domain in the message, is on a blocklist",
    summary: "A domain blocklist lists the sender's domain or a domain linked in the message.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "bad-reputation": {
    id: "bad-reputation",
    title: "The receiver distrusts mail from your server",
    summary: "The receiving provider's own reputation system throttles or refuses this sender.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "authentication-failure": {
    id: "authentication-failure",
    title: "Your mail failed sender authentication (SPF, DKIM or DMARC)",
    summary: "The receiver could not verify that the mail really comes from your domain.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "reverse-dns": {
    id: "reverse-dns",
    title: "Your sending server has no valid reverse DNS",
    summary: "The sending IP address has no PTR record, or the name does not point back to the IP.",
    actor: "sender-admin-or-isp",
    actorLabel: "Your mail administrator or the ISP that owns the IP",
  },
  "content-spam": {
    id: "content-spam",
    title: "The message was judged to be spam",
    summary: "The receiver's filters rejected the content of the message.",
    actor: "sender",
    actorLabel: "You (the sender)",
  },
  "content-virus": {
    id: "content-virus",
    title: "A virus or a blocked attachment was found",
    summary: "The message carries malware or an attachment type the receiver refuses.",
    actor: "sender",
    actorLabel: "You (the sender)",
  },
  "message-too-large": {
    id: "message-too-large",
    title: "The message is too large",
    summary: "The message, with its attachments, is over the receiver's size limit.",
    actor: "sender",
    actorLabel: "You (the sender)",
  },
  "relay-denied": {
    id: "relay-denied",
    title: "The server refused to relay your mail",
    summary:
      "The server will not pass the mail on for this sender: authentication or configuration is missing.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "sender-policy": {
    id: "sender-policy",
    title: "The recipient's organisation blocks this sender by policy",
    summary: "A rule at the receiving organisation refuses mail from this sender or domain.",
    actor: "recipient-admin",
    actorLabel: "The recipient's mail administrator",
  },
  "sender-address-invalid": {
    id: "sender-address-invalid",
    title: "Your sender address fails the receiver's checks",
    summary: "The sender address or its domain does not exist or cannot receive replies.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "rate-limited": {
    id: "rate-limited",
    title: "Too many messages were sent too fast",
    summary: "The receiver limits how many messages, connections or recipients it accepts.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "tls-required": {
    id: "tls-required",
    title: "An encrypted connection was required but not established",
    summary: "TLS was required but not used, or the TLS handshake failed.",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "protocol-syntax": {
    id: "protocol-syntax",
    title: "The message or the SMTP conversation was malformed",
    summary: "Commands, headers or addresses did not follow the standards (RFC 5321/5322).",
    actor: "sender-admin",
    actorLabel: "Your mail administrator",
  },
  "remote-unreachable": {
    id: "remote-unreachable",
    title: "The receiving server could not be reached",
    // Both ways this cause shows: a server's bounce after its retries ran out, and a program's
    // own failed connection (an application log: "connect ETIMEDOUT ...:587"), which no one retried.
    summary:
      "The connection to the receiving mail server failed (no answer, refused or no route), or delivery was retried until it expired.",
    actor: "either",
    actorLabel: "Either side: check the recipient's domain, then your server",
  },
  "remote-server-error": {
    id: "remote-server-error",
    title: "The receiving server had an internal failure",
    summary: "The receiving server reported an error of its own (disk full, internal error).",
    actor: "recipient-admin",
    actorLabel: "The recipient's mail administrator",
  },
  "not-a-bounce": {
    id: "not-a-bounce",
    title: "This is not a delivery failure",
    summary: "It is a delivery report, an auto-reply or a complaint report: nothing bounced.",
    actor: "nobody",
    actorLabel: "Nobody",
  },
  unknown: {
    id: "unknown",
    title: "The text does not say enough to name the cause",
    summary: "A few questions will narrow it down.",
    actor: "unknown",
    // Not "Not known yet": who fixes it depends on the cause, and until then the person who
    // pasted it (or their mail administrator) is the one who checks which cause it is.
    actorLabel: "Depends on the cause; you check first which it is",
  },
};

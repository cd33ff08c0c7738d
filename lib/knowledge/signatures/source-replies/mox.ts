// Mox (mjl-/mox at the commit read, after v0.0.17), a mail server in one Go program: the
// refusals of its SMTP server (smtpserver/server.go, each an xsmtpUserErrorf with a reply code
// and the enhanced code's subject.detail, the class taken from the reply code) and of its
// delivery analysis (smtpserver/analyze.go). Placeholders filled: 1000 recipients, 500
// messages a minute (Go prints the window as "1m0s").
import { sourceFile, type SourceReply } from "./types";

const REPO = "mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f";

const file = sourceFile("mox", REPO, "smtpserver/");

const server = file("server.go");
const analyze = file("analyze.go");

export const MOX_SOURCE_REPLIES: readonly SourceReply[] = [
  server(
    "no-such-user",
    2049,
    "conn.cmdRcpt",
    'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SeAddr1UnknownDestMailbox1, "no such user")',
    "550 5.1.1 no such user",
    "the recipient's domain is one mox serves and it has no such account or alias",
    "recipient-unknown",
  ),
  server(
    "domain-not-served",
    2041,
    "conn.cmdRcpt",
    'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SeAddr1UnknownDestMailbox1, "not accepting email for domain")',
    "550 5.1.1 not accepting email for domain",
    "the recipient's domain is not one mox serves and the client may not relay (an unauthenticated client): a relay refusal, though the code says unknown mailbox",
    "relay-denied",
  ),
  server(
    "domain-disabled",
    2038,
    "conn.cmdRcpt",
    'xsmtpUserErrorf(smtp.C450MailboxUnavail, smtp.SeMailbox2Disabled1, "recipient domain temporarily disabled")',
    "450 4.2.1 recipient domain temporarily disabled",
    "the administrator has disabled the recipient's domain for now",
    "mailbox-disabled",
  ),
  server(
    "sender-null-mx",
    1889,
    "conn.cmdMail",
    'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SePol7SenderHasNullMX27, "mailfrom domain not configured for mail")',
    "550 5.7.27 mailfrom domain not configured for mail",
    "the sender address's domain has no MX, or a null MX (RFC 7505): it takes no mail, so it may not send",
    "sender-address-invalid",
  ),
  server(
    "ehlo-unresolvable",
    1172,
    "conn.cmdMail",
    'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SeProto5Other0, "your ehlo domain does not resolve to an IP address")',
    "550 5.5.0 your ehlo domain does not resolve to an IP address",
    "the EHLO name has no A or AAAA record",
    "reverse-dns",
  ),
  server(
    "starttls-required",
    1134,
    "conn.cmdMail",
    'xsmtpUserErrorf(smtp.C530SecurityRequired, smtp.SePol7Other0, "STARTTLS required for mail delivery")',
    "530 5.7.0 STARTTLS required for mail delivery",
    "the listener requires TLS for incoming mail and the client has not started it",
    "tls-required",
  ),
  server(
    "max-recipients",
    1961,
    "conn.cmdRcpt",
    'xsmtpUserErrorf(smtp.C452StorageFull, smtp.SeProto5TooManyRcpts3, "max of %d recipients reached", rcptToLimit)',
    "452 4.5.3 max of 1000 recipients reached",
    "the message already has the maximum number of recipients",
    "rate-limited",
  ),
  server(
    "loop",
    2630,
    "conn.cmdData",
    'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SeNet4Loop6, "loop detected, more than 100 Received headers")',
    "550 5.4.6 loop detected, more than 100 Received headers",
    "the message has passed more than 100 servers: a forwarding loop between mail servers",
    "remote-server-error",
  ),
  analyze(
    "dmarc",
    277,
    "analyze (reasonDMARCPolicy)",
    'reject(smtp.C550MailboxUnavail, smtp.SePol7MultiAuthFails26, "rejecting per dmarc policy", nil, reasonDMARCPolicy)',
    "550 5.7.26 rejecting per dmarc policy",
    "the message fails DMARC and the From domain's policy is p=reject",
    "authentication-failure",
  ),
  analyze(
    "high-rate",
    137,
    "analyze (reasonHighRate)",
    'retErr = fmt.Errorf("more than %d messages in past %s from your ip/network", limit, window), sent with smtp.C452StorageFull, smtp.SeMailbox2Full2 (line 194)',
    "452 4.2.2 more than 500 messages in past 1m0s from your ip/network",
    "the client's IP or network delivered more messages in the window than mox takes (the code is X.2.2, mailbox full, but the limit is on the sender)",
    "rate-limited",
  ),
  analyze(
    "junk",
    698,
    "analyze (a junk or reputation verdict: mox hides it behind a temporary error)",
    'reject(smtp.C451LocalErr, smtp.SeSys3Other0, "error processing", nil, reason)',
    "451 4.3.0 error processing",
    "the junk filter or the sender's reputation refused the message, and mox answers with a temporary error that names nothing on purpose: the words cannot tell it from a real server error",
    "unknown",
    ["remote-server-error", "bad-reputation"],
  ),
];

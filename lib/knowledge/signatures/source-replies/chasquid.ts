// chasquid (albertito/chasquid at the commit read), a small SMTP server in Go: the refusals of
// its SMTP server (internal/smtpsrv/conn.go, each a reply code and a text that opens with the
// enhanced code), and those of the post-data hook it ships (etc/chasquid/hooks/post-data),
// whose last output line chasquid sends as the reply: 554 when the hook exits 20, 451 when it
// exits otherwise (runPostDataHook, conn.go line 896). The SPF error is the one chasquid's own
// test expects for a "-all" match (test/t-16-spf/expected_dsn).
import { sourceFile, type SourceReply } from "./types";

const REPO = "albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9";

const file = sourceFile("chasquid", REPO, "");
const conn = file("internal/smtpsrv/conn.go");
const hook = file("etc/chasquid/hooks/post-data");

export const CHASQUID_SOURCE_REPLIES: readonly SourceReply[] = [
  conn(
    "unknown-user",
    631,
    "Conn.RCPT",
    'return 550, "5.1.1 Destination address is unknown (user does not exist)"',
    "550 5.1.1 Destination address is unknown (user does not exist)",
    "the recipient's domain is local and no user or alias has that address",
    "recipient-unknown",
  ),
  conn(
    "relay",
    610,
    "Conn.RCPT",
    'return 503, "5.7.1 Relay not allowed"',
    "503 5.7.1 Relay not allowed",
    "the recipient's domain is not local and the client has not authenticated",
    "relay-denied",
  ),
  conn(
    "spf-fail",
    484,
    "Conn.MAIL",
    'return 550, fmt.Sprintf("5.7.23 SPF check failed: %v", c.spfError)',
    "550 5.7.23 SPF check failed: matched all",
    "the sender domain's SPF record gives fail for the client's IP (RFC 7208 section 8.4)",
    "authentication-failure",
  ),
  conn(
    "security-level",
    491,
    "Conn.MAIL (secLevelCheck)",
    'return 550, "5.7.3 Security level check failed"',
    "550 5.7.3 Security level check failed",
    "the sender's domain has sent to this server over TLS before and now comes over plain SMTP (chasquid's domaininfo security level)",
    "tls-required",
  ),
  conn(
    "too-many-recipients",
    588,
    "Conn.RCPT",
    'return 452, "4.5.3 Too many recipients"',
    "452 4.5.3 Too many recipients",
    "the message already has 100 recipients (RFC 5321's minimum, chasquid's limit)",
    "rate-limited",
  ),
  conn(
    "too-big",
    673,
    "Conn.DATA",
    'return 552, "5.3.4 Message too big"',
    "552 5.3.4 Message too big",
    "the message is larger than max_data_size_mb",
    "message-too-large",
  ),
  conn(
    "temp-address-check",
    626,
    "Conn.RCPT",
    'return 451, "4.4.3 Temporary error checking address"',
    "451 4.4.3 Temporary error checking address",
    "checking whether the local user exists failed (the alias resolve hook or user database errs)",
    "remote-server-error",
  ),
  conn(
    "loop",
    862,
    "checkData",
    'return fmt.Errorf("5.4.6 Loop detected (%d hops)", *maxReceivedHeaders)',
    "554 5.4.6 Loop detected (50 hops)",
    "the message has more than 50 Received headers (the limit is a testing flag): it is looping",
    "remote-server-error",
  ),
  conn(
    "submission-unauthenticated",
    440,
    "Conn.MAIL",
    'return 550, "5.7.9 Mail to submission port must be authenticated"',
    "550 5.7.9 Mail to submission port must be authenticated",
    "a client sent MAIL on the submission port without logging in",
    "relay-denied",
  ),
  hook(
    "spam",
    42,
    "the post-data hook (spamc's verdict; also Rspamd's reject action, line 65), exit 20: a permanent 554",
    'echo "spam detected"',
    "554 spam detected",
    "SpamAssassin (spamc -c) or Rspamd judges the message spam",
    "content-spam",
  ),
  hook(
    "virus",
    75,
    "the post-data hook (clamdscan), exit 20: a permanent 554",
    'echo "virus detected"',
    "554 virus detected",
    "clamdscan finds the message infected",
    "content-virus",
  ),
  hook(
    "greylisted",
    25,
    "the post-data hook (greylist update), exit 75: a temporary 451",
    'echo "greylisted, please try again"',
    "451 greylisted, please try again",
    "greylisting: the client IP and sender pair is new to the greylist, so the first attempt is deferred. Read as other greylisting replies are, unknown with the rate limit first (lib/knowledge/greylisting.ts)",
    "unknown",
    ["rate-limited"],
  ),
];

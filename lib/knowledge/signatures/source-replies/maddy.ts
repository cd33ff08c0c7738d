// maddy 0.9.4 (tag v0.9.4 of foxcpp/maddy): the refusals its checks and its SMTP endpoint send
// (each an exterrors.SMTPError: code, enhanced code, message), which the endpoint's wrapErr()
// (internal/endpoint/smtp/session.go line 619) closes with " (msg ID = <id>)" once a message
// id exists; and the errors its remote delivery target writes into its own bounces.
// Placeholders filled: msg ID 5f1e0c2a.
import { sourceFile, type SourceReply } from "./types";

const REPO = "foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e";

const file = sourceFile("maddy", REPO, "internal/");

const dns = file("check/dns/dns.go");
const spf = file("check/spf/spf.go");
const dkim = file("check/dkim/dkim.go");
const dnsbl = file("check/dnsbl/dnsbl.go");
const rspamd = file("check/rspamd/rspamd.go");
const requireTls = file("check/requiretls/requiretls.go");
const authorizeSender = file("check/authorize_sender/authorize_sender.go");
const checkRunner = file("msgpipeline/check_runner.go");
const session = file("endpoint/smtp/session.go");
const imapsql = file("storage/imapsql/delivery.go");
const connect = file("target/remote/connect.go");
const security = file("target/remote/security.go");
const dane = file("target/remote/dane.go");

export const MADDY_SOURCE_REPLIES: readonly SourceReply[] = [
  dns(
    "no-ptr",
    59,
    "requireMatchingRDNS",
    'Code: 550, EnhancedCode: {5, 7, 25}, Message: "No PTR record found"',
    "550 5.7.25 No PTR record found (msg ID = 5f1e0c2a)",
    "the client's IP address has no PTR record (check.require_matching_rdns)",
    "reverse-dns",
  ),
  dns(
    "rdns-mismatch",
    79,
    "requireMatchingRDNS",
    'Code: 550, EnhancedCode: {5, 7, 25}, Message: "rDNS name does not match source hostname"',
    "550 5.7.25 rDNS name does not match source hostname (msg ID = 5f1e0c2a)",
    "the client's PTR name does not match the name it gave in EHLO",
    "reverse-dns",
  ),
  dns(
    "sender-no-mx",
    134,
    "requireMXRecord",
    'Code: 501, EnhancedCode: {5, 7, 27}, Message: "Domain in MAIL FROM does not have any MX records"',
    "501 5.7.27 Domain in MAIL FROM does not have any MX records (msg ID = 5f1e0c2a)",
    "the sender address's domain has no MX record (check.require_mx_record)",
    "sender-address-invalid",
  ),
  dns(
    "sender-null-mx",
    146,
    "requireMXRecord",
    'Code: 501, EnhancedCode: {5, 7, 27}, Message: "Domain in MAIL FROM has null MX record"',
    "501 5.7.27 Domain in MAIL FROM has null MX record (msg ID = 5f1e0c2a)",
    "the sender address's domain publishes a null MX: it sends no mail",
    "sender-address-invalid",
  ),
  spf(
    "fail",
    184,
    "spfCheck.spfResult (spf.ResultFail)",
    'Code: 550, EnhancedCode: {5, 7, 23}, Message: "SPF authentication failed"',
    "550 5.7.23 SPF authentication failed (msg ID = 5f1e0c2a)",
    "the sender domain's SPF record does not permit the client's IP (fail_action reject)",
    "authentication-failure",
  ),
  spf(
    "softfail",
    196,
    "spfCheck.spfResult (spf.ResultSoftFail)",
    'Code: 550, EnhancedCode: {5, 7, 23}, Message: "SPF authentication soft-failed"',
    "550 5.7.23 SPF authentication soft-failed (msg ID = 5f1e0c2a)",
    "SPF gives softfail for the client's IP and the site rejects that (softfail_action reject)",
    "authentication-failure",
  ),
  spf(
    "none",
    157,
    "spfCheck.spfResult (spf.ResultNone)",
    'Code: 550, EnhancedCode: {5, 7, 23}, Message: "No SPF policy"',
    "550 5.7.23 No SPF policy (msg ID = 5f1e0c2a)",
    "the sender's domain publishes no SPF record and the site requires one (none_action reject)",
    "authentication-failure",
  ),
  dkim(
    "no-signatures",
    132,
    "dkimCheck.CheckBody",
    'Code: 550, EnhancedCode: {5, 7, 20}, Message: "No DKIM signatures"',
    "550 5.7.20 No DKIM signatures (msg ID = 5f1e0c2a)",
    "the message has no DKIM signature and the site requires one (no_sig_action reject)",
    "authentication-failure",
  ),
  dkim(
    "no-passing",
    246,
    "dkimCheck.CheckBody",
    'Code: 550, EnhancedCode: {5, 7, 20}, Message: "No passing DKIM signatures"',
    "550 5.7.20 No passing DKIM signatures (msg ID = 5f1e0c2a)",
    "no DKIM signature of the message verifies (broken_sig_action reject)",
    "authentication-failure",
  ),
  checkRunner(
    "dmarc",
    309,
    "checkRunner.applyResults (dmarc.PolicyReject)",
    'Code: code (550), EnhancedCode: enchCode ({5, 7, 1}), Message: "DMARC check failed"',
    "550 5.7.1 DMARC check failed (msg ID = 5f1e0c2a)",
    "the message fails DMARC and the From domain's policy is p=reject",
    "authentication-failure",
  ),
  dnsbl(
    "listed",
    415,
    "DNSBL.checkLists",
    'message := "Client identity is listed in the used DNSBL"; Code: 554, EnhancedCode: {5, 7, 0}',
    "554 5.7.0 Client identity is listed in the used DNSBL (msg ID = 5f1e0c2a)",
    "the client's IP address (the default identity checked; EHLO and MAIL FROM domains when configured) is on a configured DNS blocklist",
    "ip-blocklisted",
  ),
  rspamd(
    "reject",
    351,
    "Check.CheckBody (rspamd action reject); milter.go lines 145-176 send the same words",
    'Code: 550, EnhancedCode: {5, 7, 0}, Message: "Message rejected due to local policy"',
    "550 5.7.0 Message rejected due to local policy (msg ID = 5f1e0c2a)",
    "Rspamd's verdict is reject (the message scored as spam), or a milter rejected it for its own reason: the same words for both",
    "unknown",
    ["content-spam", "sender-policy"],
  ),
  requireTls(
    "required",
    34,
    "requireTLS",
    'Code: 550, EnhancedCode: {5, 7, 1}, Message: "TLS conversation required"',
    "550 5.7.1 TLS conversation required (msg ID = 5f1e0c2a)",
    "the client did not use STARTTLS and the site requires it (check.require_tls)",
    "tls-required",
  ),
  authorizeSender(
    "unauthorized-sender",
    197,
    "Check.CheckMsg (no match for the envelope sender)",
    'Code: 553, EnhancedCode: {5, 7, 0}, Message: "Unauthorized use of sender address"',
    "553 5.7.0 Unauthorized use of sender address (msg ID = 5f1e0c2a)",
    "the authenticated user may not send as this sender address (check.authorize_sender)",
    "sender-address-invalid",
  ),
  session(
    "header-size",
    421,
    "Session.prepareBody",
    'Code: 552, EnhancedCode: {5, 3, 4}, Message: "Message header size exceeds limit"',
    "552 5.3.4 Message header size exceeds limit",
    "the message's header is larger than max_header_size",
    "message-too-large",
  ),
  imapsql(
    "user-does-not-exist",
    54,
    "userDoesNotExist",
    'Code: 501, EnhancedCode: {5, 1, 1}, Message: "User does not exist"',
    "501 5.1.1 User does not exist (msg ID = 5f1e0c2a)",
    "the local storage has no account for the recipient",
    "recipient-unknown",
  ),
  connect(
    "null-mx",
    334,
    "Target.connectionForDomain (a bounce maddy writes)",
    'Code: 556, EnhancedCode: {5, 1, 10}, Message: "Domain does not accept email (null MX)"',
    "556 5.1.10 Domain does not accept email (null MX)",
    "the recipient's domain publishes a null MX (RFC 7505): it takes no mail",
    "recipient-domain-invalid",
  ),
  security(
    "mta-sts-tls",
    212,
    "MTA-STS policy enforcement (a bounce maddy writes)",
    'Code: 451, EnhancedCode: {4, 7, 1}, Message: "TLS is required but unavailable or failed (MTA-STS)"',
    "451 4.7.1 TLS is required but unavailable or failed (MTA-STS)",
    "the recipient domain's MTA-STS policy requires TLS and the handshake with its MX failed",
    "tls-required",
  ),
  dane(
    "dane-tls",
    41,
    "verifyDANE (a bounce maddy writes)",
    'Code: 550, EnhancedCode: {5, 7, 1}, Message: "TLS is required but unsupported or failed (enforced by DANE)"',
    "550 5.7.1 TLS is required but unsupported or failed (enforced by DANE)",
    "the recipient's MX publishes TLSA records and TLS with it failed or was not offered",
    "tls-required",
  ),
];

// Haraka 3.1.6 (tag v3.1.6 of haraka/Haraka) and the plugins its package.json pulls in, each
// from its own repository (haraka/haraka-plugin-<name>) at the commit read. A plugin answers a
// hook with next(DENY, msg) or next(DENYSOFT, msg); connection.js then sends the reply code of
// that hook (connect 554/421, HELO and MAIL and RCPT 550/450, DATA end 550/450) before the
// plugin's words, with no enhanced status code. Placeholders filled: client 192.0.2.25
// (mail.example.net), sender alice@example.net, recipient bob@example.com, list
// zen.spamhaus.org, karma score -6.
import { sourceFile, type RowMaker, type SourceReply } from "./types";

const gh = (plugin: string, commit: string) => `haraka/haraka-plugin-${plugin}/blob/${commit}`;

const core = sourceFile(
  "haraka",
  "haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91",
  "",
);
/** A plugin's rows: its one file is index.js, so its ids take the plugin's name instead ("haraka.spf.fail"). */
const plugin = (name: string, commit: string): RowMaker => {
  const rows = sourceFile("haraka", gh(name, commit), "")("index.js");
  return (...args) => {
    const row = rows(...args);
    return { ...row, id: row.id.replace(/^haraka\.index\./, `haraka.${name}.`) };
  };
};

const connection = core("connection.js");
const signatures = core("plugins/data.signatures.js");
const hostList = core("plugins/rcpt_to.host_list_base.js");
const dnsList = plugin("dns-list", "8d0ba365f2e9fad5b18f50a96c72edf33f0792e0");
const fcrdns = plugin("fcrdns", "9f0a51a4d71ffbcf5ac1764b01aa12b0df1284e9");
const helo = plugin("helo.checks", "8aaec5fb1c539e91d598e08ac36e214bfd6d7b03");
const headers = plugin("headers", "946e7d2f217929f7a63c701aa05dd71baf490da1");
const spf = plugin("spf", "64acdc903d38032cfa0a8d4f08aad36cd65f4c37");
const limit = plugin("limit", "ef8189eb324cfb25e70f5aa03aa18524bdf1d846");
const karma = plugin("karma", "ec2020f9f1579bfd57f106f8312d39594fd80f4a");
const resolvable = plugin("mail_from.is_resolvable", "e00bb30ee6d6cfc49255c66156a2c58b748719a1");
// Read for the MTA lab's Haraka run (lib/knowledge/lab/fixtures/haraka): the temporary DNS
// failure at MAIL FROM, and early_talker's refusal of a client that speaks first.
const resolvableTemp = plugin(
  "mail_from.is_resolvable",
  "24279c33447586e48606e39d9b225ad77661acf5",
);
const earlyTalker = plugin("early_talker", "b0b85094af18856c5bcab2d2278c99262bf7eda2");

export const HARAKA_SOURCE_REPLIES: readonly SourceReply[] = [
  connection(
    "cannot-deliver",
    1129,
    "Connection.rcpt_respond (no plugin said OK)",
    "const rej_msg = `I cannot deliver mail for ${rcpt.format()}`; this.respond(550, rej_msg)",
    "550 I cannot deliver mail for <bob@example.com>",
    "no rcpt hook accepted the recipient: its domain is not one the server takes mail for (rcpt_to.in_host_list) and the client is not allowed to relay",
    "relay-denied",
  ),
  connection(
    "not-welcome",
    773,
    "Connection.connect_respond (DENY without a message)",
    "this.respond(554, msg || 'Your mail is not welcome here')",
    "554 Your mail is not welcome here",
    "a connect-hook plugin refused the client without words of its own (a blocklist, an access list, karma)",
    "unknown",
    ["ip-blocklisted", "sender-policy"],
  ),
  connection(
    "too-big",
    1656,
    "Connection.max_data_exceeded_respond",
    "this.respond(retval === constants.denysoft ? 450 : 550, 'Message too big!')",
    "550 Message too big!",
    "the message passed databytes (connection.ini max.bytes) while it was received",
    "message-too-large",
  ),
  connection(
    "bare-lf",
    1536,
    "Connection.data_done",
    "this.respond(451, 'Bare line-feed; see http://haraka.github.io/barelf/')",
    "451 Bare line-feed; see http://haraka.github.io/barelf/",
    "a line of the message ended in LF without CR",
    "protocol-syntax",
  ),
  signatures(
    "spam-signature",
    16,
    "hook_data_post",
    "next(DENY, 'Mail matches a known spam signature')",
    "550 Mail matches a known spam signature",
    "the message body contains a string of the site's data.signatures list",
    "content-spam",
  ),
  hostList(
    "anti-spoof",
    42,
    "hook_mail (host_list.anti_spoof)",
    "next(DENY, `Mail from domain '${domain}' is not allowed from your host`)",
    "550 Mail from domain 'example.com' is not allowed from your host",
    "the sender address is in one of the server's own domains but the client has not authenticated (is not allowed to relay): it must send through its own server, logged in, as Postfix's 'not logged in' asks",
    "relay-denied",
  ),
  dnsList(
    "listed",
    185,
    "onConnect",
    "next(code, `host [${connection.remote.ip}] is listed on ${zones.join(', ')}`)",
    "554 host [192.0.2.25] is listed on zen.spamhaus.org",
    "the client's IP address is listed on a DNS blocklist the site rejects on",
    "ip-blocklisted",
  ),
  dnsList(
    "backscatterer",
    224,
    "check_backscatterer (MAIL from the null sender or postmaster)",
    "next(DENY, `Host ${connection.remote.host} [${connection.remote.ip}] is listed by ips.backscatterer.org`)",
    "550 Host mail.example.net [192.0.2.25] is listed by ips.backscatterer.org",
    "a bounce (or postmaster mail) comes from an IP address listed on ips.backscatterer.org",
    "ip-blocklisted",
  ),
  fcrdns(
    "no-rdns",
    171,
    "handle_ptr_error (lookup_rdns hook)",
    "next(DENY, `client [${rip}] rejected; no rDNS`)",
    "554 client [192.0.2.25] rejected; no rDNS",
    "the client's IP address has no PTR record (reject.no_rdns)",
    "reverse-dns",
  ),
  fcrdns(
    "no-fcrdns",
    227,
    "check_fcrdns (lookup_rdns hook)",
    "next(DENY, 'Sorry, no FCrDNS match found')",
    "554 Sorry, no FCrDNS match found",
    "no PTR name of the client's IP resolves back to that IP (reject.no_fcrdns)",
    "reverse-dns",
  ),
  helo(
    "not-fqdn",
    170,
    "valid_hostname",
    "next(DENY, 'HELO host must be a FQDN or address literal (RFC 5321 2.3.5)')",
    "550 HELO host must be a FQDN or address literal (RFC 5321 2.3.5)",
    "the HELO name has no dot and is no address literal",
    "protocol-syntax",
  ),
  helo(
    "invalid-name",
    194,
    "valid_hostname",
    "next(DENY, 'HELO host name invalid')",
    "550 HELO host name invalid",
    "the HELO name has no valid top-level domain (or is a public suffix)",
    "protocol-syntax",
  ),
  helo(
    "rdns-mismatch",
    246,
    "rdns_match",
    "next(DENY, 'HELO host does not match rDNS')",
    "550 HELO host does not match rDNS",
    "the HELO name and the client's PTR name are in different organizational domains",
    "reverse-dns",
  ),
  helo(
    "bare-ip",
    259,
    "bare_ip",
    "next(DENY, 'Invalid address format in HELO')",
    "550 Invalid address format in HELO",
    "the HELO argument is an IP address without the brackets of an address literal",
    "protocol-syntax",
  ),
  helo(
    "no-forward-dns",
    434,
    "forward_dns",
    "next(DENY, 'HELO host has no forward DNS match')",
    "550 HELO host has no forward DNS match",
    "the HELO name resolves to no address that matches the client's IP",
    "reverse-dns",
  ),
  headers(
    "required-missing",
    132,
    "missing_required (data_post)",
    "next(DENY, `Required header '${failures[0]}' missing`)",
    "550 Required header 'Date' missing",
    "the message lacks a header RFC 5322 requires (Date, From)",
    "protocol-syntax",
  ),
  headers(
    "duplicate-singular",
    107,
    "duplicate_singular (data_post)",
    "next(DENY, `Only one ${failures[0]} header allowed. See RFC 5322, Section 3.6`)",
    "550 Only one Subject header allowed. See RFC 5322, Section 3.6",
    "the message has a header twice that RFC 5322 allows once",
    "protocol-syntax",
  ),
  headers(
    "date-future",
    198,
    "invalid_date (data_post)",
    "next(DENY, 'The Date header is too far in the future')",
    "550 The Date header is too far in the future",
    "the message's Date header is more than date_future_days ahead: the sending system's clock or the header is wrong",
    "protocol-syntax",
  ),
  headers(
    "phish",
    471,
    "from_phish (data_post)",
    "next(DENY, `Phishing message appears to impersonate ${pt.domain}`)",
    "550 Phishing message appears to impersonate example.com",
    "the From header names a brand's domain the message was not sent from (a phishing pattern)",
    "content-spam",
  ),
  spf(
    "fail",
    294,
    "return_results (spf.SPF_FAIL, MAIL hook)",
    "text = this.cfg[deny].openspf_text ? text : `${msgpre} SPF Fail` (msgpre: `sender <${sender}>`)",
    "550 sender <alice@example.net> SPF Fail",
    "the sender domain's SPF record does not permit the client's IP (deny.mfrom_fail)",
    "authentication-failure",
  ),
  spf(
    "softfail",
    288,
    "return_results (spf.SPF_SOFTFAIL, MAIL hook)",
    "text = this.cfg[deny].openspf_text ? text : `${msgpre} SPF SoftFail`",
    "550 sender <alice@example.net> SPF SoftFail",
    "SPF gives softfail for the client's IP and the site rejects that (deny.mfrom_softfail)",
    "authentication-failure",
  ),
  spf(
    "permerror",
    305,
    "return_results (spf.SPF_PERMERROR, MAIL hook)",
    "next(DENY, `${msgpre} SPF Permanent Error`)",
    "550 sender <alice@example.net> SPF Permanent Error",
    "the sender domain's SPF record is broken (syntax, too many lookups) and the site rejects that (deny.mfrom_permerror)",
    "authentication-failure",
  ),
  limit(
    "concurrency",
    247,
    "check_concurrency (connect)",
    "this.penalize(connection, true, 'Too many concurrent connections', next)",
    "421 Too many concurrent connections",
    "the client holds more connections at once than concurrency.max allows",
    "rate-limited",
  ),
  limit(
    "conn-rate",
    529,
    "rate_conn_enforce (connect)",
    "this.penalize(connection, true, 'connection rate limit exceeded', next)",
    "421 connection rate limit exceeded",
    "the client opened more connections in the period than rate_conn allows",
    "rate-limited",
  ),
  limit(
    "rcpt-rate",
    551,
    "rate_rcpt (RCPT)",
    "this.penalize(connection, false, 'rcpt rate limit exceeded', next)",
    "450 rcpt rate limit exceeded",
    "the client gave more recipients in the period than rate_rcpt allows",
    "rate-limited",
  ),
  limit(
    "max-recipients",
    144,
    "max_recipients (RCPT)",
    "this.penalize(connection, false, 'Too many recipient attempts', next)",
    "450 Too many recipient attempts",
    "the connection tried more recipients than recipients.max allows",
    "rate-limited",
  ),
  karma(
    "bad-karma",
    460,
    "should_we_deny (data_post)",
    "let rejectMsg = this.cfg.deny?.message ?? `very bad karma score: ${score}`",
    "550 very bad karma score: -6",
    "the client's karma (its history with this server and the other plugins' findings) is below thresholds.negative",
    "bad-reputation",
  ),
  resolvable(
    "no-mx",
    82,
    "hook_mail",
    "next(this.reject_no_mx === 'deny' ? DENY : DENYSOFT, 'No MX for your FROM address')",
    "550 No MX for your FROM address",
    "the sender address's domain has no MX record (reject.no_mx=deny)",
    "sender-address-invalid",
  ),
  resolvable(
    "no-valid-mx",
    147,
    "hook_mail",
    "next(this.reject_no_mx === 'deny' ? DENY : DENYSOFT, 'No valid MX for your FROM address')",
    "550 No valid MX for your FROM address",
    "none of the sender domain's MX hosts resolves to a usable address",
    "sender-address-invalid",
  ),
  resolvableTemp(
    "temp-resolver-error",
    50,
    "hook_mail (net_utils.get_mx threw)",
    "return next(DENYSOFT, `Temp. resolver error (${err.code})`)",
    "450 Temp. resolver error (ESERVFAIL)",
    "the MX lookup of the sender address's domain failed (SERVFAIL, timeout): the sender domain cannot be checked now",
    "sender-address-invalid",
  ),
  earlyTalker(
    "talk-too-soon",
    46,
    "early_talker, check() (connect_init or data hook, [main] reject)",
    "return next(DENYDISCONNECT, 'You talk too soon')",
    "554 You talk too soon",
    "the client sent before the server's greeting (or its reply) was out: a client that does not wait its turn, as spam tools do",
    "protocol-syntax",
  ),
];

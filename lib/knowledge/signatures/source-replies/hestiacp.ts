// Hestia Control Panel (hestiacp/hestiacp at the commit read), the hosting panel that installs
// Exim on Debian and Ubuntu servers with its own configuration (install/deb/exim/
// exim4.conf.template): the ACL texts it writes where Exim's default configuration (./exim.ts)
// says something else. Texts the same as upstream's ("Restricted characters in address", "relay
// not permitted", the black-list line) are rows of ./exim.ts already. Exim answers an ACL
// 'deny' or 'drop' with 550 at connect, MAIL, RCPT and DATA (globals.c acl_wherecodes).
// Placeholders filled: client 192.0.2.1, server address 198.51.100.7, account
// alice@example.net, sender bounce@example.net, virus Eicar-Test-Signature.
import { sourceFile, type SourceReply } from "./types";

const REPO = "hestiacp/hestiacp/blob/d128cc6f37f2fb7599325cb2a7cf791cd2f874ad";

const conf = sourceFile("hestiacp", REPO, "install/deb/exim/")("exim4.conf.template");

// VestaCP (serghey-rodin/vesta at the commit read), the panel Hestia forked from, still on many
// servers: the same ACLs, two of them in words of its own (its Debian 9 template).
const vesta = sourceFile(
  "vestacp",
  "serghey-rodin/vesta/blob/bba7400b8a01d462dae4b2f805866c2ac5efbf00",
  "install/debian/9/exim/",
)("exim4.conf.template");

export const HESTIACP_SOURCE_REPLIES: readonly SourceReply[] = [
  conf(
    "host-blacklist",
    116,
    "acl_check_spammers (acl_smtp_connect), drop hosts = +spammers",
    "drop    message       = Your host in blacklist on this server.",
    "550 Your host in blacklist on this server.",
    "the client's IP address is on the server's own list of blocked networks (hostlist spammers, /etc/exim4/spam-blocks.conf)",
    "ip-blocklisted",
  ),
  conf(
    "helo-required",
    125,
    "acl_check_mail, deny condition = ${if eq{$sender_helo_name}{}}",
    "message       = HELO required before MAIL",
    "550 HELO required before MAIL",
    "the client sent MAIL FROM without a HELO or EHLO first",
    "protocol-syntax",
  ),
  conf(
    "helo-has-ip",
    128,
    "acl_check_mail, drop !authenticated, HELO matching an address pattern and not the client's PTR name",
    "message       =  Helo name contains an IP address (HELO was $sender_helo_name) and not is valid",
    "550 Helo name contains an IP address (HELO was 192-0-2-1.dsl.example.net) and not is valid",
    "the client's HELO name holds its address (a dynamic-looking name) and is not the name its IP address's PTR record gives: a host with no proper mail-server name; the words do not say which to fix",
    "unknown",
    ["reverse-dns", "protocol-syntax"],
  ),
  conf(
    "helo-is-ip",
    135,
    "acl_check_mail, drop !authenticated, condition = ${if isip{$sender_helo_name}}",
    "message       = Access denied - Invalid HELO name (See RFC2821 4.1.3)",
    "550 Access denied - Invalid HELO name (See RFC2821 4.1.3)",
    "the client's HELO is a bare IP address, not a name or an address literal in brackets",
    "protocol-syntax",
  ),
  conf(
    "helo-my-address",
    139,
    "acl_check_mail, drop !authenticated, HELO equal to [$interface_address]",
    "message       = $interface_address is _my_ address",
    "550 198.51.100.7 is _my_ address",
    "the client's HELO is the receiving server's own address literal: a forged HELO",
    "protocol-syntax",
  ),
  conf(
    "account-rate",
    148,
    "acl_check_rcpt, deny ratelimit = $acl_c_msg_limit / 1h / strict / $authenticated_id",
    "message       = Email account $authenticated_id is sending too many emails - rate overlimit = $sender_rate / $sender_rate_period",
    "550 Email account alice@example.net is sending too many emails - rate overlimit = 201.0 / 1h",
    "the logged-in account sent more messages in the last hour than its limit (the domain's limits file or /etc/exim4/limit.conf)",
    "rate-limited",
  ),
  conf(
    "auth-required",
    178,
    "acl_check_rcpt, deny sender_domains = +local_domains !authenticated = *",
    "message       = smtp auth required",
    "550 smtp auth required",
    "the envelope sender is in one of the server's own domains but the client did not log in: a user of the server must authenticate to send",
    "relay-denied",
  ),
  conf(
    "virus",
    206,
    "acl_check_data (CLAMD), deny malware = */defer_ok",
    "message        = Message contains a virus ($malware_name) and has been rejected",
    "550 Message contains a virus (Eicar-Test-Signature) and has been rejected",
    "ClamAV found a virus in the message (the recipient domain has antivirus on)",
    "content-virus",
  ),
  conf(
    "spam-score",
    228,
    "acl_check_data (SPAMASSASSIN), deny spam score over SPAM_REJECT_SCORE",
    "message        = This message scored $spam_score spam points",
    "550 This message scored 12.3 spam points",
    "SpamAssassin's score for the message is over the reject score and the recipient domain rejects spam",
    "content-spam",
  ),
  conf(
    "file-extension",
    239,
    "acl_check_mime, deny a MIME part whose file name ends in a blocked extension (.exe, .js, .scr ...)",
    "message        = Blacklisted file extension detected",
    "550 Blacklisted file extension detected",
    "an attachment's file name has an extension on the panel's list of executable and script types",
    "content-virus",
  ),
  vesta(
    "helo-has-ip",
    75,
    "acl_check_mail, drop a HELO matching an address pattern and not the client's PTR name",
    "drop    message       = Helo name contains a ip address (HELO was $sender_helo_name) and not is valid",
    "550 Helo name contains a ip address (HELO was 192-0-2-1.dsl.example.net) and not is valid",
    "the client's HELO name holds its address (a dynamic-looking name) and is not the name its IP address's PTR record gives; the words do not say which to fix",
    "unknown",
    ["reverse-dns", "protocol-syntax"],
  ),
  vesta(
    "auth-required",
    115,
    "acl_check_rcpt, deny sender_domains = +local_domains !authenticated = *",
    "deny    message       = smtp auth requried",
    "550 smtp auth requried",
    "the envelope sender is in one of the server's own domains but the client did not log in (the panel's words, misspelt as the source has them)",
    "relay-denied",
  ),
];

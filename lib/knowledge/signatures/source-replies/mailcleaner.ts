// MailCleaner (MailCleaner/MailCleaner at the commit read), the Swiss antispam gateway: the
// refusals of its first Exim stage, the one that answers the Internet
// (etc/exim/exim_stage1.conf_template, its __IF__ blocks switched on by the gateway's
// settings). Exim gives an ACL message 550 (451 for defer). hideToken strips the query key
// from a DNSBL zone's name; a zone without one shows as it is.
import { sourceFile, type SourceReply } from "./types";

const REPO = "MailCleaner/MailCleaner/blob/da47da22f4f8dfe85e3ab1b13ea163cf9c291daf";

const stage1 = sourceFile("mailcleaner", REPO, "etc/exim/")("exim_stage1.conf_template");

export const MAILCLEANER_SOURCE_REPLIES: readonly SourceReply[] = [
  stage1(
    "rbl",
    225,
    "the connect ACL's DNSBL check",
    "message = Blacklisted in ${perl{hideToken}{$dnslist_domain}}: $dnslist_text",
    "550 Blacklisted in zen.spamhaus.org: https://www.spamhaus.org/query/ip/192.0.2.25",
    "the client's IP is listed on one of the gateway's DNS blocklists",
    "ip-blocklisted",
  ),
  stage1(
    "host-blacklist",
    246,
    "the connect ACL's host blacklist (the administrator's own list)",
    "message       = blacklisted host: $sender_host_address",
    "550 blacklisted host: 192.0.2.25",
    "the client's IP is on the gateway administrator's own host blacklist; the words do not tell it from a DNS blocklist",
    "unknown",
    ["sender-policy", "ip-blocklisted"],
  ),
  stage1(
    "sender-blacklist",
    410,
    "the RCPT ACL's sender blacklist",
    "message       = blacklisted sender: $sender_address",
    "550 blacklisted sender: alice@example.net",
    "the sender address is on the gateway administrator's sender blacklist",
    "sender-policy",
  ),
  stage1(
    "spoofing",
    449,
    "the RCPT ACL's spoofing check for a protected domain",
    "message       = This domain does not accept mail from itself (spoofing)",
    "550 This domain does not accept mail from itself (spoofing)",
    "mail from outside claims the recipient's own domain as sender and does not pass that domain's SPF",
    "authentication-failure",
  ),
  stage1(
    "bad-rdns",
    475,
    "the RCPT ACL's reverse DNS check (REJECTBADRDNS)",
    "message       = Reverse DNS lookup failed for $sender_host_address",
    "550 Reverse DNS lookup failed for 192.0.2.25",
    "the client's IP has no PTR name",
    "reverse-dns",
  ),
  stage1(
    "spf",
    620,
    "the RCPT ACL's SPF check",
    "message       = $sender_host_address is not allowed to send mail from ${if eq {$sender_address_domain}{} {(helo)$sender_helo_name}{$sender_address_domain}} (SPF failure)",
    "550 192.0.2.25 is not allowed to send mail from example.net (SPF failure)",
    "the sender domain's SPF record gives fail for the client's IP",
    "authentication-failure",
  ),
  stage1(
    "greylisted",
    640,
    "the RCPT ACL's greylisting (a defer for domains to greylist, unless SPF passes)",
    "message       = $sender_host_address is not yet authorized to deliver \\\n                          mail from <$sender_address> to <$local_part@$domain>. \\\n                          Please try later.",
    "451 192.0.2.25 is not yet authorized to deliver mail from <alice@example.net> to <bob@example.com>. Please try later.",
    "greylisting: the client, sender and recipient are new and SPF does not pass, so the first attempt is deferred (read as a rate limit with greylisting's own words, lib/knowledge/greylisting.ts)",
    "rate-limited",
  ),
  stage1(
    "tls-from-you",
    690,
    "the RCPT ACL, for hosts that must send over TLS",
    "message       = Encryption is required from you",
    "550 Encryption is required from you",
    "the client's IP is one the gateway requires TLS from and the session is not encrypted",
    "tls-required",
  ),
  stage1(
    "tls-to-domain",
    701,
    "the RCPT ACL, for recipient domains that take mail over TLS only",
    "message       = Encryption is required to this domain",
    "550 Encryption is required to this domain",
    "the recipient's domain accepts mail only over TLS and the session is not encrypted",
    "tls-required",
  ),
  stage1(
    "relay",
    823,
    "the RCPT ACL's last statement",
    "deny    message       = relay not permitted",
    "550 relay not permitted",
    "the recipient's domain is not one the gateway filters for and the client may not relay",
    "relay-denied",
  ),
  stage1(
    "forbidden-filetype",
    847,
    "the MIME ACL's attachment blocks (.js and .jse, in archives too)",
    "deny\tmessage = Detected forbidden filetype (Security reasons).",
    "550 Detected forbidden filetype (Security reasons).",
    "an attachment (or a file inside an archive) has a file type the gateway refuses",
    "content-virus",
  ),
  stage1(
    "malware",
    1013,
    "the DATA ACL's malware scan",
    "deny    message =  This message contains malware ($malware_name)",
    "550 This message contains malware (Eicar-Signature)",
    "the virus scanner found malware in the message",
    "content-virus",
  ),
  stage1(
    "dmarc",
    1047,
    "the DATA ACL's DMARC check (REJECTDMARC)",
    "message       = Message from $dmarc_used_domain failed sender's DMARC policy, rejecting.",
    "550 Message from example.net failed sender's DMARC policy, rejecting.",
    "the message fails DMARC and its From domain publishes p=reject",
    "authentication-failure",
  ),
];

// Debian's own Exim configuration (package exim4-config 4.96-15+deb12u11, Debian 12, read with
// apt-get download and dpkg -x): the ACL texts Debian writes in /etc/exim4/conf.d/acl/, which
// every Debian and Ubuntu Exim sends where the upstream default configuration (./exim.ts) says
// something else or nothing. Texts the same as upstream's ("relay not permitted", "Rejected
// for too many bad recipients", "header syntax", the line length) are rows of ./exim.ts already.
// Exim answers an ACL 'deny' with 550 and a 'defer' with 451, and adds no enhanced status code.
// Placeholders filled: client 192.0.2.1, sender bounce@example.net, virus Eicar-Test-Signature.
import { debianFile, type SourceReply } from "./types";

const file = debianFile("debian-exim4", "exim4-config", "4.96-15+deb12u11");

const rcpt = file("/etc/exim4/conf.d/acl/30_exim4-config_check_rcpt");
const data = file("/etc/exim4/conf.d/acl/40_exim4-config_check_data");
const primaryRouter = file("/etc/exim4/conf.d/router/200_exim4-config_primary");

export const DEBIAN_EXIM4_SOURCE_REPLIES: readonly SourceReply[] = [
  rcpt(
    "sender-verify",
    135,
    "acl_check_rcpt, deny !verify = sender (CHECK_RCPT_VERIFY_SENDER)",
    "message = Sender verification failed",
    "550-Verification failed for <bounce@example.net>\n550-Unrouteable address\n550 Sender verification failed",
    "the envelope sender's address cannot be routed (Exim's smtp_handle_acl_fail writes the verification lines before the ACL's message)",
    "sender-address-invalid",
  ),
  rcpt(
    "sender-blacklist",
    239,
    "acl_check_rcpt, deny senders = CONFDIR/local_sender_blacklist",
    "message = sender envelope address $sender_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "550 sender envelope address bounce@example.net is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "the envelope sender is on the site's own list of refused senders (local_sender_blacklist): the site's block of this sender, no public list",
    "sender-policy",
  ),
  rcpt(
    "host-blacklist",
    256,
    "acl_check_rcpt, deny hosts = CONFDIR/local_host_blacklist",
    "message = sender IP address $sender_host_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "the client's IP address or network is on the site's own list of refused hosts (local_host_blacklist)",
    "ip-blocklisted",
  ),
  rcpt(
    "spf-fail",
    281,
    "acl_check_rcpt, deny spf = fail (CHECK_RCPT_SPF)",
    "message = [SPF] $sender_host_address is not allowed to send mail from ${if def:sender_address_domain {$sender_address_domain}{$sender_helo_name}}.",
    "550 [SPF] 192.0.2.1 is not allowed to send mail from example.net.",
    "the sender domain's SPF record does not permit the client's IP (SPF result fail)",
    "authentication-failure",
  ),
  rcpt(
    "spf-temperror",
    288,
    "acl_check_rcpt, defer spf = temperror (CHECK_RCPT_SPF)",
    "message = Temporary DNS error while checking SPF record.  Try again later.",
    "451 Temporary DNS error while checking SPF record.  Try again later.",
    "the DNS lookup of the sender domain's SPF record failed for now (SPF result temperror: a timeout or SERVFAIL from the domain's name servers)",
    "authentication-failure",
  ),
  data(
    "header-sender",
    38,
    "acl_check_data, deny !verify = header_sender (CHECK_DATA_VERIFY_HEADER_SENDER)",
    "message = No verifiable sender address in message headers",
    "550 No verifiable sender address in message headers",
    "none of the Sender:, Reply-To: or From: header addresses can be routed",
    "sender-address-invalid",
  ),
  data(
    "malware",
    50,
    "acl_check_data, the shipped (commented) deny malware = * example",
    "message = This message was detected as possible malware ($malware_name).",
    "550 This message was detected as possible malware (Eicar-Test-Signature).",
    "the malware scanner (ClamAV through av_scanner) found a virus in the message",
    "content-virus",
  ),
  data(
    "spam",
    83,
    "acl_check_data, the shipped (commented) spam score over 15 example",
    "message = Classified as spam (score $spam_score)",
    "550 Classified as spam (score 16.2)",
    "SpamAssassin's score for the message is over 15.0",
    "content-spam",
  ),
  primaryRouter(
    "nonlocal",
    55,
    "router nonlocal (DCconfig_local: configtype=local, a stand-alone system), driver redirect, domains = ! +local_domains",
    "data = :fail: Mailing to remote domains not supported",
    "Mailing to remote domains not supported",
    "the sending machine's own Exim is set up for local delivery only and fails every address at a remote domain (the bounce is its own, with the address and this text)",
    "relay-denied",
  ),
];

// Courier MTA 1.0.16 (tag courier/1.0.16/20210301074007 of svarshavchik/courier, the release
// Debian 12 packages): the refusals its SMTP server (courieresmtpd) and its submit program
// write, with Courier's own reply codes (517, 523, 531, 546: the enhanced status codes' digits
// made into reply codes). A multi-line reply is written as Postfix writes it into a bounce, the
// lines joined. Placeholders filled: recipient nosuch@example.com, sender alice@example.net
// (alice@example.invalid for a domain that does not exist), client 192.0.2.25
// (mail.example.net), size 50072 of 50000.
import { sourceFile, type SourceReply } from "./types";

const REPO = "svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f";

const file = sourceFile("courier", REPO, "courier/courier/");

const local = file("module.local/local.c");
const esmtpd = file("module.esmtp/courieresmtpd.c");
const submit = file("submit.C");
const submit2 = file("submit2.C");

export const COURIER_SOURCE_REPLIES: readonly SourceReply[] = [
  local(
    "user-unknown",
    428,
    "rw_local (no account for a local address)",
    'snprintf(buf, 255, "User <%s> unknown", orig_addr_ace); (*rwi->err_func)(550, buf, rwi)',
    "550 User <nosuch@example.com> unknown",
    "the recipient is an address of a local domain with no account or alias",
    "recipient-unknown",
  ),
  submit(
    "badfrom",
    1123,
    "checksender (bofh badfrom)",
    'std::cout << "517 Sender rejected: " << sender',
    "517 Sender rejected: alice@example.net",
    "the sender address or its domain is on the site's badfrom list (/etc/courier/bofh): a block by the receiving site",
    "sender-policy",
  ),
  submit(
    "freemail",
    1138,
    "checksender (bofh freemail)",
    '"517-Sender rejected: " << sender << " can be accepted only from" ... "517 " << d->name << "\'s mail relays."',
    "517-Sender rejected: alice@example.net can be accepted only from 517 example.net's mail relays.",
    "the sender claims a free-mail domain of the bofh freemail list but the client is not one of that provider's servers (a forged sender)",
    "sender-address-invalid",
  ),
  submit(
    "sender-domain",
    1201,
    "checkdns (BOFHCHECKDNS, RFC1035_MX_HARDERR)",
    '"517-Domain does not exist: " << sender << "." then "517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>" (line 1212)',
    "517-Domain does not exist: alice@example.invalid. 517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>",
    "the sender address's domain does not exist in DNS",
    "sender-address-invalid",
  ),
  submit(
    "helo-mismatch",
    858,
    "checkhelo (BOFHCHECKHELO)",
    'std::cout << harderr << " HELO " << helohost << " does not match " << tcpremoteip (harderr "517")',
    "517 HELO mail.example.net does not match 192.0.2.25",
    "the HELO name resolves to no address (and no MX host) that is the client's IP",
    "reverse-dns",
  ),
  submit(
    "helo-not-exist",
    863,
    "checkhelo (BOFHCHECKHELO, RFC1035_MX_HARDERR)",
    'std::cout << harderr << " HELO " << helohost << " does not exist."',
    "517 HELO mail.example.net does not exist.",
    "the HELO name does not exist in DNS",
    "reverse-dns",
  ),
  submit(
    "too-many-recipients",
    1646,
    "getrcpts (bofh maxrcpts)",
    '"531 Too many recipients." (hard) or "431 Too many recipients."',
    "531 Too many recipients.",
    "the message has more recipients than the bofh maxrcpts setting allows",
    "rate-limited",
  ),
  submit(
    "routing-loop",
    2192,
    "getrcpts (more than 100 Received: headers)",
    '"546 Routing loop detected -- too many Received: headers."',
    "546 Routing loop detected -- too many Received: headers.",
    "the message has passed more than 100 servers: a forwarding loop between mail servers",
    "remote-server-error",
  ),
  submit(
    "header-size",
    2197,
    "getrcpts (headers over the limit)",
    '"534 Message header size exceeds policy limit."',
    "534 Message header size exceeds policy limit.",
    "the message's header is larger than the server accepts",
    "message-too-large",
  ),
  submit2(
    "size",
    653,
    "SubmitFile::MessageEnd (sizelimit)",
    '"523 Message length (" << bytecount << " bytes) exceeds administrative limit(" << sizelimit << ")."',
    "523 Message length (50072 bytes) exceeds administrative limit(50000).",
    "the message is larger than the server's sizelimit",
    "message-too-large",
  ),
  submit2(
    "disk-full",
    661,
    "SubmitFile::MessageEnd (diskfull)",
    '"431 Mail system full."',
    "431 Mail system full.",
    "the server's queue file system is out of space",
    "remote-server-error",
  ),
  submit2(
    "spamtrap",
    667,
    "SubmitFile::MessageEnd (spamtrap_flag)",
    '"550 Spam refused."',
    "550 Spam refused.",
    "the message is addressed to one of the site's spam trap addresses (bofh spamtrap): the whole message is refused as spam",
    "content-spam",
  ),
  esmtpd(
    "syntax",
    542,
    "badcmd",
    '"554 Syntax error - your mail software violates RFC 821."',
    "554 Syntax error - your mail software violates RFC 821.",
    "the client sent a command that does not parse",
    "protocol-syntax",
  ),
  esmtpd(
    "size-param",
    641,
    "mailfrom (SIZE parameter)",
    '"534 SIZE=Message too big."',
    "534 SIZE=Message too big.",
    "the SIZE the client declared at MAIL FROM is over the server's limit",
    "message-too-large",
  ),
  esmtpd(
    "starttls-required",
    1317,
    "main loop (ESMTP_TLS_REQUIRED)",
    '"400 STARTTLS is required first."',
    "400 STARTTLS is required first.",
    "the server requires STARTTLS before any other command and the client has not used it",
    "tls-required",
  ),
];

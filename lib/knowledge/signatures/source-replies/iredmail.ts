// iRedMail (iredmail/iRedMail at the commit read), the installer that sets up Postfix, Dovecot,
// Amavisd and iRedAPD on a bare server: its Postfix check_helo_access table
// (samples/postfix/helo_access.pcre, installed as /etc/postfix/helo_access.pcre), whose REJECT
// texts Postfix sends at RCPT as "<helo>: Helo command rejected: text" with its access-map code
// 554 5.7.1. iRedAPD's own replies are rows of ./policy-daemons.ts. Placeholders filled: the
// HELO names the table's own patterns match.
import { sourceFile, type SourceReply } from "./types";

const REPO = "iredmail/iRedMail/blob/e0fe4fc277504aaa3e4915046cfe420524e42162";

const helo = sourceFile("iredmail", REPO, "samples/postfix/")("helo_access.pcre");

export const IREDMAIL_SOURCE_REPLIES: readonly SourceReply[] = [
  helo(
    "localhost",
    30,
    "check_helo_access pcre:/etc/postfix/helo_access.pcre, /^(localhost)$/ (also localhost.localdomain and *.local)",
    "REJECT ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})",
    "554 5.7.1 <localhost>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (localhost)",
    "the client's HELO name is localhost, localhost.localdomain or ends in .local: no name of its own on the internet",
    "protocol-syntax",
  ),
  helo(
    "bare-ip",
    37,
    "check_helo_access pcre:/etc/postfix/helo_access.pcre, /^([0-9\\.]+)$/",
    "REJECT ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (${1})",
    "554 5.7.1 <192.0.2.1>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (192.0.2.1)",
    "the client's HELO is a bare IP address, not the address literal ([192.0.2.1]) RFC 5321 asks for",
    "protocol-syntax",
  ),
  helo(
    "impersonating",
    47,
    "check_helo_access pcre:/etc/postfix/helo_access.pcre, /^(gmail\\.com)$/ (and 126.com, sohu.com, google.com, yahoo.co.jp ...)",
    "REJECT ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})",
    "554 5.7.1 <gmail.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (gmail.com)",
    "the client's HELO is the bare domain of a large provider whose real servers never use it: a forged HELO name; a legitimate sender fixes its HELO",
    "protocol-syntax",
  ),
  helo(
    "known-spammer",
    56,
    "check_helo_access pcre:/etc/postfix/helo_access.pcre, a list of HELO names seen on spam runs (/^(taj-co\\.com)$/ ...)",
    "REJECT ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})",
    "554 5.7.1 <taj-co.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (taj-co.com)",
    "the client's HELO name is on iRedMail's shipped list of names spam runs used: the installer's own block of that sending host",
    "bad-reputation",
  ),
];

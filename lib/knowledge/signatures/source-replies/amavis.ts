// amavisd-new 2.11.1 (the release's amavisd, as tajohnson/amavisd-new keeps it; Debian 12
// packages 2.13.0, whose Conf.pm holds the same reasons): the reply it gives the MTA in front
// of it when a message is refused, "<status> Reject, <reason>": the status by the blocking
// contents category (amavisd line 15290), the reason from %smtp_reason_by_ccat (line 1840),
// joined at line 15332. Placeholders filled: id 31368-03, virus Eicar-Signature, banned
// ".exe,T_EXEC,invoice.exe".
import { sourceFile, type SourceReply } from "./types";

const REPO = "tajohnson/amavisd-new/blob/bc8bc025094204c7418351777ec82601186150f5";

const amavisd = sourceFile("amavis", REPO, "")("amavisd");

// amavisd-milter (prehor/amavisd-milter at the commit read; Debian 12 packages 1.7.2), the
// milter that hands Sendmail's or Postfix's messages to amavisd: its one reply of its own.
const milter = sourceFile(
  "amavis",
  "prehor/amavisd-milter/blob/8ec3d5405631fd85a2a8fee0326641d8d4b5130f",
  "amavisd-milter/",
)("mlfi.c");

export const AMAVIS_SOURCE_REPLIES: readonly SourceReply[] = [
  amavisd(
    "spam",
    1848,
    '%smtp_reason_by_ccat (CC_SPAM), status CC_SPAM "554 5.7.0"',
    "CC_SPAM,        'id=%n - spam',",
    "554 5.7.0 Reject, id=31368-03 - spam",
    "the message's spam score reached the kill level",
    "content-spam",
  ),
  amavisd(
    "infected",
    1843,
    '%smtp_reason_by_ccat (CC_VIRUS), status CC_VIRUS "554 5.7.0"',
    "CC_VIRUS,       'id=%n - INFECTED: %V',",
    "554 5.7.0 Reject, id=31368-03 - INFECTED: Eicar-Signature",
    "a virus scanner found malware in the message",
    "content-virus",
  ),
  amavisd(
    "banned",
    1844,
    '%smtp_reason_by_ccat (CC_BANNED), status CC_BANNED "554 5.7.0"',
    "CC_BANNED,      'id=%n - BANNED: %F',",
    "554 5.7.0 Reject, id=31368-03 - BANNED: .exe,T_EXEC,invoice.exe",
    "an attachment's name or type is on the banned list (executables by default)",
    "content-virus",
  ),
  amavisd(
    "bad-header-missing",
    1857,
    '%smtp_reason_by_ccat (CC_BADH, 7), status CC_BADH "554 5.6.0"',
    "CC_BADH.',7',   'id=%n - BAD HEADER: missing required header field',",
    "554 5.6.0 Reject, id=31368-03 - BAD HEADER: missing required header field",
    "the message lacks a header field RFC 5322 requires, and bad headers are refused for this recipient",
    "protocol-syntax",
  ),
  amavisd(
    "bad-header-8bit",
    1852,
    '%smtp_reason_by_ccat (CC_BADH, 2), status CC_BADH,2 "554 5.6.3"',
    "CC_BADH.',2',   'id=%n - BAD HEADER: nonencoded 8-bit character',",
    "554 5.6.3 Reject, id=31368-03 - BAD HEADER: nonencoded 8-bit character",
    "a header holds raw 8-bit characters without MIME encoding",
    "protocol-syntax",
  ),
  amavisd(
    "oversized",
    1860,
    '%smtp_reason_by_ccat (CC_OVERSIZED), status CC_OVERSIZED "552 5.3.4"',
    "CC_OVERSIZED,   'id=%n - Message size exceeds recipient\\'s size limit',",
    "552 5.3.4 Reject, id=31368-03 - Message size exceeds recipient's size limit",
    "the message is larger than the recipient's message_size_limit in amavisd",
    "message-too-large",
  ),
  milter(
    "tempfail",
    290,
    "mlfi_setreply_tempfail (every failure to reach or talk to amavisd, to write the message to its work directory, or an amavisd TEMPFAIL)",
    'char *rcode = "451"; char *xcode = "4.6.0"; char *reason = "Content scanner malfunction";',
    "451 4.6.0 Content scanner malfunction",
    "the receiving side's content filter could not scan the message (amavisd down or timing out, a full work directory): a fault of the receiving server, retried",
    "remote-server-error",
  ),
];

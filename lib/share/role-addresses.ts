// Local parts that name a role or a mail system, not a person: masking them hides nothing
// private and would hide what a bounce is (From: MAILER-DAEMON@...). Sources: RFC 2142
// (mailbox names for common services, §3-5), RFC 5321 §4.5.1 (postmaster), RFC 3834 and common
// MTA practice (MAILER-DAEMON, double-bounce of Postfix, noreply).
export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  "postmaster",
  "mailer-daemon",
  "abuse",
  "hostmaster",
  "webmaster",
  "noc",
  "security",
  "info",
  "marketing",
  "sales",
  "support",
  "usenet",
  "news",
  "www",
  "uucp",
  "ftp",
  "root",
  "double-bounce",
  "noreply",
  "no-reply",
  "do-not-reply",
  "donotreply",
  "dmarc",
  "bounce",
  "bounces",
]);

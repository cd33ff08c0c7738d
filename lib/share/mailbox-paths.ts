// The account name in a mailbox's file path, masked with the addresses before sharing (review
// 28, P4): a local delivery agent that fails names the mailbox it wrote to, and the path holds
// the user's login, which is often not the address's local part ("kb3543" of
// "kb3543.50@..."), so masking addresses alone kept it. Shapes read:
// - the spool mailbox of Postfix local(8) and sendmail's mail.local: "/var/mail/jane",
//   "/var/spool/mail/jane" (Postfix's mail_spool_directory), System V's "/usr/mail/jane";
// - a home directory: "/home/jane/Maildir/", "/Users/jane", "/usr/home/jane";
// - the folder above a mailbox's own name: ".../kb3543/INBOX" (a quota notice of Saunalahti's
//   server, flufl.bounce tests/data/dsn_17.txt), ".../jane/Maildir", ".../jane/mbox".
// Each pattern starts at a "/" and reads at most one segment of bounded length: linear.

/** A path segment that can name an account: the characters a login or a local part uses. */
const SEGMENT = String.raw`[A-Za-z0-9._+-]{1,64}`;

/** What may follow the account's segment: the next segment, or the path's end. */
const SEGMENT_END = String.raw`(?=[/\s"'<>()[\]:;,]|$)`;

const ACCOUNT_IN_PATH: readonly RegExp[] = [
  // A path's start, not a web address's path ("https://example.com/home/..."): no host or
  // path character right before its first "/".
  new RegExp(
    String.raw`((?<![A-Za-z0-9._~%/-])/(?:(?:var|usr)/(?:spool/)?mail|(?:usr/)?home|Users)/)(${SEGMENT})${SEGMENT_END}`,
    "g",
  ),
  new RegExp(String.raw`(/)(${SEGMENT})(?=/(?:INBOX|Maildir|mbox)\b)`, "g"),
];

/** A segment masked already ("j***"), or one that names no account ("." and ".."). */
const NOT_AN_ACCOUNT = /\*\*\*|^\.{1,2}$/;

/** `text` with the account name in each mailbox path masked ("/var/mail/j***"). */
export function maskMailboxPaths(text: string): string {
  // Most texts hold no such path: one search for the words each shape needs.
  if (!/\/(?:mail|home|Users|INBOX|Maildir|mbox)\b/.test(text)) return text;
  let out = text;
  for (const pattern of ACCOUNT_IN_PATH)
    out = out.replace(pattern, (whole, before: string, account: string) =>
      NOT_AN_ACCOUNT.test(account) ? whole : `${before}${account[0]}***`,
    );
  return out;
}

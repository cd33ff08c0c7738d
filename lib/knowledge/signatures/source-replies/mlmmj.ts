// mlmmj, a small mailing list manager, read from Debian 12's mlmmj 1.3.0-4: the notice it mails
// a poster whose post it denies (text.skel/en/deny-post), one sentence with the reason the
// template's %ifreason% picks. Placeholders: list test@lists.example.com, poster
// alice@example.net, subject "Hello", a 100000-byte maxmailsize.
import { debianFile, type SourceReply } from "./types";

const denyPost = debianFile("mlmmj", "mlmmj", "1.3.0-4")("/usr/share/mlmmj/text.skel/en/deny-post");

const notice = (because: string): string =>
  `Post to test@lists.example.com denied: Hello\n\nThe message from <alice@example.net> with subject "Hello" was unable to\nbe delivered to the list ${because}`;

export const MLMMJ_SOURCE_REPLIES: readonly SourceReply[] = [
  denyPost(
    "subonlypost",
    32,
    "deny-post, %ifreason subonlypost% (mlmmj-process for a subscribers-only list)",
    "because you are not a list subscriber.",
    notice("because you are not a list subscriber."),
    "the list takes posts from subscribers only and the poster is not one",
    "sender-policy",
  ),
  denyPost(
    "modonlypost",
    47,
    "deny-post, %ifreason modonlypost% (a moderators-only list)",
    "because you are not a list moderator.",
    notice("because you are not a list moderator."),
    "the list takes posts from its moderators only",
    "sender-policy",
  ),
  denyPost(
    "access",
    23,
    "deny-post, %ifreason access% (a control/access rule denied the post)",
    "because of an access rule set up by the list administrator.",
    notice("because of an access rule set up by the list administrator."),
    "one of the list's access rules (control/access) matched the post with deny",
    "sender-policy",
  ),
  denyPost(
    "maxmailsize",
    16,
    "deny-post, %ifreason maxmailsize%",
    "because it exceeded the maximum allowed message size of $maxmailsize$\n  bytes.",
    notice("because it exceeded the maximum allowed message size of 100000\nbytes."),
    "the post is larger than the list's control/maxmailsize",
    "message-too-large",
  ),
];

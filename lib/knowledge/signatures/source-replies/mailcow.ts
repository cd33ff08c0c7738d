// mailcow: dockerized (mailcow/mailcow-dockerized at the commit read), the Postfix, Dovecot and
// Rspamd suite run on Docker: its own texts for Rspamd's verdicts, which Rspamd's proxy gives
// Postfix as a milter with the codes of ./rspamd.ts (reject 554 5.7.1, soft reject 451 4.7.1).
// mailcow's actions.conf sets reject at score 15 and greylist at 7.
import { sourceFile, type SourceReply } from "./types";

const REPO = "mailcow/mailcow-dockerized/blob/06424670fa5d60fee851f58bfc49f66086d5f0a6";

const file = sourceFile("mailcow", REPO, "data/conf/rspamd/");

const proxy = file("override.d/worker-proxy.inc");
const greylist = file("local.d/greylist.conf");

export const MAILCOW_SOURCE_REPLIES: readonly SourceReply[] = [
  proxy(
    "reject",
    8,
    "Rspamd proxy worker (milter = true), the reject action's reply text",
    'reject_message = "This message does not meet our delivery requirements";',
    "554 5.7.1 This message does not meet our delivery requirements",
    "Rspamd's score for the message reached mailcow's reject threshold (15, local.d/actions.conf): spam by its rules; the words name no reason",
    "unknown",
    ["content-spam"],
  ),
  greylist(
    "greylisted",
    4,
    "Rspamd greylist module (action greylist, score 7 or more), mailcow's message",
    'message = "Greylisted, please try again later";',
    "451 4.7.1 Greylisted, please try again later",
    "greylisting: a message scoring 7 or more from a sender and network not seen before is deferred; the retry after the greylist period is accepted. Greylisting has no cause of its own: read as Rspamd's and milter-greylist's replies are, unknown with the rate limit first, and headlined as greylisting (lib/knowledge/greylisting.ts)",
    "unknown",
    ["rate-limited"],
  ),
];

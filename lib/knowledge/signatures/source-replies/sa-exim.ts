// sa-exim (Debian 12 packages 4.2.1-20+b1): Exim's local_scan plugin that runs SpamAssassin's
// spamc during DATA. Its replies are the SAmsg* strings of the /etc/exim4/sa-exim.conf the
// package installs; Exim puts 550 before a local_scan reject and 451 before a temporary one
// (receive.c, LOCAL_SCAN_REJECT and LOCAL_SCAN_TEMPREJECT). Debian's file sets SApermreject to
// 12.0 and leaves SAtempreject and SAtemprejectonerror off.
import { debianFile, type SourceReply } from "./types";

const conf = debianFile("sa-exim", "sa-exim", "4.2.1-20+b1")("/etc/exim4/sa-exim.conf");

export const SA_EXIM_SOURCE_REPLIES: readonly SourceReply[] = [
  conf(
    "permreject",
    373,
    "local_scan, the SApermreject branch (sa-exim.c: *return_text=string_sprintf(SAmsgpermrej, spamstatus); LOCAL_SCAN_REJECT_NOLOGHDR)",
    "SAmsgpermrej: Rejected",
    "550 Rejected",
    "SpamAssassin scored the message at or over SApermreject (12.0 in Debian's file): the words give no reason",
    "unknown",
    ["content-spam"],
  ),
  conf(
    "tempreject",
    374,
    "local_scan, the SAtempreject branch (dotempreject; LOCAL_SCAN_TEMPREJECT), also its greylisting with SpamAssassin's Greylisting plugin",
    "SAmsgtemprej: Please try again later",
    "451 Please try again later",
    "SpamAssassin scored the message at or over SAtempreject, or the greylisting plugin has not seen this sender and client yet: the words give no reason",
    "unknown",
    ["rate-limited", "content-spam"],
  ),
  conf(
    "error",
    376,
    "local_scan, an error running spamc or reading its answer with SAtemprejectonerror: 1",
    "SAmsgerror: Temporary local error while processing message, please contact postmaster.",
    "451 Temporary local error while processing message, please contact postmaster.",
    "sa-exim could not scan the message (spamc failed, a timeout, an unreadable answer) and is set to defer on error: the receiving site's own trouble",
    "remote-server-error",
  ),
];

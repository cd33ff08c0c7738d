// Sources of the generic wordings (generic.ts) added in session 23 for a receiving server's own
// failure: an operating system's error text (a full disk) that a server quotes in its reply or bounce, a
// content filter that could not finish its work, and amavisd-new's trouble handing a checked
// message back to the MTA behind it. Same rules as generic-sources.ts: the exact string as the
// source writes it, the source's own meaning; the output is the reply the source-replies row
// sends (lib/knowledge/signatures/source-replies).
import { gh, type WordingSource } from "./generic-source-types";

const GLIBC = "bminor/glibc/blob/3d7d5c10c806ee24f8e35014e41e203002609a3f";
const AMAVISD = "tajohnson/amavisd-new/blob/bc8bc025094204c7418351777ec82601186150f5";
const SPAMPD = "mpaperno/spampd/blob/b023c3b5ca372060904faa7cc051902430d05a02";
const RSPAMD = "rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089";

export const SERVER_ERROR_WORDING_SOURCES: readonly WordingSource[] = [
  // The C library's text for errno (strerror, and printf's %m, which Postfix's msg(3) and most
  // servers use to quote a failed system call). ENOSPC: "Write operation on a file failed
  // because the disk is full": the receiving host's own storage, never a mailbox's quota.
  // Postfix's mbox_dsn()
  // (https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/global/mbox_open.c,
  // used by global/mail_copy.c after "error writing message: %m") gives ENOSPC 4.3.0 "mail
  // system full" and keeps 5.2.2 "mailbox full" for EDQUOT and EFBIG, which stay under
  // mailbox-full (generic.ts "disc quota exceeded", concept.mailbox-full). EIO's "Input/output
  // error" is left out: Postfix writes the same words (sysexits' EX_IOERR text) as the x-unix
  // diagnostic of every failed mailbox copy, a full mailbox's included (generic.ts).
  {
    url: gh(GLIBC, "sysdeps/gnu/errlist.h"),
    title: "GNU C Library, sysdeps/gnu/errlist.h (strerror text of ENOSPC)",
    wordings: [
      {
        needle: "no space left on device",
        quote: '_S(ENOSPC, N_("No space left on device"))',
        // Postfix's local(8) as global/mail_copy.c words a failed write (%m = strerror).
        output:
          "cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device",
      },
    ],
  },
  // amavisd-new's reason for its contents category CC_MTA ("trouble passing mail back to MTA",
  // amavisd line 270): the checked message could not be handed on to the MTA it re-injects
  // into (that MTA deferred it, refused it, or could not be reached). The refusal is of the
  // receiving site's own chain of servers, not a relay denial of the sender.
  {
    url: gh(AMAVISD, "amavisd"),
    title: "amavisd-new 2.11.1, amavisd, %smtp_reason_by_ccat (lines 1861-1863)",
    wordings: [
      {
        needle: "relay message back to mta",
        quote: "CC_MTA,         'id=%n - Unable to relay message back to MTA',",
        output: "450 4.3.5 Temporary failure, id=31368-03 - Unable to relay message back to MTA",
      },
      {
        needle: "mta failure on relaying",
        quote: "CC_MTA.',1',    'id=%n - Temporary MTA failure on relaying',",
        output: "450 4.3.5 Temporary failure, id=31368-03 - Temporary MTA failure on relaying",
      },
      {
        needle: "next-hop mta on relaying",
        quote: "CC_MTA.',2',    'id=%n - Rejected by next-hop MTA on relaying',",
        output: "550 5.3.5 Reject, id=31368-03 - Rejected by next-hop MTA on relaying",
      },
    ],
  },
  // spampd, the SMTP proxy that runs SpamAssassin between two MTAs: with --dose it defers the
  // message when SpamAssassin failed on it (a timeout, an error), rather than pass it unchecked.
  // The filter failed, for now; the message was not judged.
  {
    url: gh(SPAMPD, "spampd.pl"),
    title: "spampd 2.61, spampd.pl (SpamPD::process_request, line 1138)",
    wordings: [
      {
        needle: "temporary failure processing message",
        quote:
          '$smtp_server->reply("450 Temporary failure processing message, please try again later");',
        output: "450 Temporary failure processing message, please try again later",
      },
    ],
  },
  // Rspamd with soft_reject_on_timeout (off by default): the scan, or its post-processing,
  // ran out of time and the message is deferred rather than passed unscanned. Like spampd's,
  // the filter failed for now; nothing was judged.
  {
    url: gh(RSPAMD, "src/libserver/task.c"),
    title: "Rspamd, src/libserver/task.c (rspamd_task_timeout, lines 1915 and 1944)",
    wordings: [
      {
        needle: "timeout processing message",
        quote: '"timeout processing message"',
        output: "451 4.7.1 timeout processing message",
      },
      {
        needle: "timeout post-processing message",
        quote: '"timeout post-processing message"',
        output: "451 4.7.1 timeout post-processing message",
      },
    ],
  },
];

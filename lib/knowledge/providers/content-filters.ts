// Content filters that sit beside a mail server (milters) and refuse a message at the end of
// DATA with words of their own, cited to the filters' source (the reply is a string constant
// there); the example is a receiver's refusal in those words, as a public page quotes it or as
// the real-MTA lab recorded it from the filter itself.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SISIMAI_SPAM_DETECTED = page(
  "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/SpamDetected.pm",
  "Sisimai::Reason::SpamDetected (its documented example Diagnostic-Code)",
  "the module's POD and index, in a public repository (find_string 'Message content rejected, UBE')",
);
const AMAVIS_MILTER = page(
  "https://www.ijs.si/software/amavisd/",
  "amavisd-new: amavis-milter.c (mlfi_eom, REJECT handling)",
  'amavis-milter.c in a public repository (find_string \'Message content rejected\'): smfi_setreply(ctx, "550", "5.7.1", "Message content rejected")',
);

const GADZ_WIKI = page(
  "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
  "Gadz.org documentation: examples of refusals by French providers' filters (page diff)",
  "stored copy (pages corpus); the page cuts the line before the closing parenthesis",
);

/** Rspamd at its 3.4 release (Debian 12 packages 3.4), which the real-MTA lab ran. */
const RSPAMD_3_4 = "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089";

const RSPAMD_GTUBE = page(
  `${RSPAMD_3_4}/src/libmime/message.c#L853-L871`,
  "Rspamd 3.4: src/libmime/message.c (rspamd_check_gtube: the GTUBE test pattern's passthrough result)",
);

const RSPAMD_REJECT = page(
  `${RSPAMD_3_4}/conf/worker-proxy.inc#L28`,
  "Rspamd 3.4: conf/worker-proxy.inc (the milter proxy's reject_message)",
);

const RSPAMD_GREYLIST = page(
  `${RSPAMD_3_4}/src/plugins/lua/greylist.lua#L79-L93`,
  "Rspamd 3.4: src/plugins/lua/greylist.lua (the greylist module's default message and action)",
);

/**
 * amavisd-new 2.13.0, as Debian 12 packages it (1:2.13.0-3+deb12u1): its reply is
 * "<status> <Reject|Bounce>, <reason>", the status and the reason both chosen by the blocking
 * contents category (Amavis.pm builds the reply; Conf.pm's %smtp_reason_by_ccat gives the
 * reasons: "id=%n - INFECTED: %V", "id=%n - BANNED: %F", "id=%n - spam", ...).
 */
const AMAVIS_REASONS = page(
  "https://gitlab.com/amavis/amavis/-/blob/v2.13.0/lib/Amavis/Conf.pm",
  "amavisd-new 2.13.0: lib/Amavis/Conf.pm, %smtp_reason_by_ccat (the SMTP reason of each contents category); lib/Amavis.pm builds the reply",
  "Debian 12's amavisd-new 1:2.13.0-3+deb12u1 package: /usr/share/perl5/Amavis/Conf.pm lines 1605-1632 and /usr/share/perl5/Amavis.pm lines 3221-3270",
);

/** An amavisd-new reason after its message id ("id=31368-03 - "), which only amavisd writes. */
const amavisReason = (reason: string) => new RegExp(`\\bid=[0-9a-z-]{1,40} - ${reason}\\b`);

/** Where the lab recorded each filter's words (lib/knowledge/lab/fixtures/<filter>/). */
const RSPAMD_DMARC = page(
  `${RSPAMD_3_4}/src/plugins/lua/dmarc.lua#L61-L69`,
  "Rspamd 3.4: src/plugins/lua/dmarc.lua (maybe_force_action: the action the admin maps to a DMARC disposition)",
);
const RSPAMD_ICAP = page(
  `${RSPAMD_3_4}/lualib/lua_scanners/icap.lua#L113`,
  "Rspamd 3.4: lualib/lua_scanners/icap.lua (the ICAP scanner rule's default message)",
);
const RSPAMD_BULK = page(
  `${RSPAMD_3_4}/lualib/lua_scanners/dcc.lua#L41`,
  "Rspamd 3.4: lualib/lua_scanners/dcc.lua (the DCC rule's default message; pyzor.lua line 43 and spamassassin.lua line 44 write 'Pyzor bulk message found' and 'Spamassassin bulk message found')",
);
const RSPAMD_S3 = page(
  `${RSPAMD_3_4}/src/plugins/lua/aws_s3.lua#L142-L147`,
  "Rspamd 3.4: src/plugins/lua/aws_s3.lua (the fail action's message when the message cannot be stored)",
);

const RSPAMD_TIMEOUT = page(
  `${RSPAMD_3_4}/src/libserver/task.c#L1903-L1946`,
  "Rspamd 3.4: src/libserver/task.c (rspamd_task_timeout: the soft reject soft_reject_on_timeout sets)",
);
const POSTFIX_MILTER_REJECT_LOG = page(
  "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/cleanup/cleanup_milter.c#L2096-L2126",
  "Postfix 3.7.11: src/cleanup/cleanup_milter.c (cleanup_milter_apply: the milter-reject log line, the Milter's reply after its three-digit code)",
);

const LAB = "recorded from a real mail server set up for testing (Debian 12)";

const { phrase } = entryKit("content-filter");

export const CONTENT_FILTERS_TABLE: ProviderTable = {
  provider: "content-filter",
  identity: {
    provider: "content-filter",
    name: "A content filter (milter)",
    hosts: [],
    source: AMAVIS_MILTER,
  },
  phrases: [
    phrase({
      id: "message-content-rejected",
      cause: "content-spam",
      match: ["message content rejected"],
      scope: "any",
      // Weak: the words say a content check refused, not which (spam, a banned or an infected
      // part, as the note says); scoring/possibility-wordings.ts ranks the causes they leave.
      strength: "weak",
      // The filter's own string constant: its words name the refusal's reason, whatever reply
      // and status codes the server around it sends (Amazon SES receiving: "500 5.6.1").
      source: GADZ_WIKI,
      example:
        "host smtp-in.sfr.fr[93.17.128.123] said: 550 5.7.1 Message content rejected (in reply to end of DATA command",
      note: `SFR's MX refusing a message, as a user wiki lists it under spam or virus. The words are a content filter's: amavisd's milter answers them when the content check says reject (spam, or a banned or infected part) (${AMAVIS_MILTER.url}); rmilter writes the same words when DCC finds bulk mail. The content was refused, not the sender or the address.`,
    }),
    phrase({
      id: "message-content-rejected-ube",
      cause: "content-spam",
      match: [/\bmessage content rejected, ube\b/],
      scope: "any",
      strength: "strong",
      source: SISIMAI_SPAM_DETECTED,
      example: "550 5.7.1 Message content rejected, UBE, id=00000-00-000",
      note: "The content filter's refusal with its reason after it: UBE, unsolicited bulk e-mail, is spam (the same words without a reason leave spam and a virus both possible). The example is the Diagnostic-Code Sisimai's SpamDetected reason documents.",
    }),
    phrase({
      id: "rspamd-gtube",
      cause: "content-spam",
      match: ["gtube pattern"],
      scope: "any",
      source: RSPAMD_GTUBE,
      example: "554 5.7.1 Gtube pattern",
      verbatim: false,
      note: `Rspamd's answer to a message carrying GTUBE, the spam filters' test pattern: the words are the reason its GTUBE check gives, and its mail-server plug-in (milter) adds 554 5.7.1 to a refusal; the example is the reply ${LAB}. The message was refused as spam by its content.`,
    }),
    phrase({
      id: "rspamd-spam-message-rejected",
      cause: "content-spam",
      match: ["spam message rejected"],
      scope: "any",
      source: RSPAMD_REJECT,
      example: "554 5.7.1 Spam message rejected",
      verbatim: false,
      note: `Rspamd's milter refusing a message whose score reached the reject threshold (15 by default): its default reject_message, with the milter's 554 5.7.1; the example is the reply ${LAB}.`,
    }),
    phrase({
      id: "rspamd-greylist",
      cause: "rate-limited",
      match: ["4.7.1 try again later"],
      // Postfix's own reply when a milter is unreachable ("451 4.7.1 Service unavailable - try
      // again later") is no greylisting.
      unless: ["service unavailable"],
      status: ["4.7.1"],
      // 452: rmilter, the milter that ran Rspamd before its proxy milter, greylists with the same
      // words under its "later" code (DEFAULT_GREYLISTED_MESSAGE, src/cfg_file.h line 81 at
      // vstakhov/rmilter 6be0ffd; RCODE_LATER 452, src/rmilter.h).
      replyCode: [451, 452],
      scope: "any",
      strength: "weak",
      source: RSPAMD_GREYLIST,
      example: "451 4.7.1 Try again later",
      verbatim: false,
      note: `Rspamd's greylist module defers a message it has not seen from this sender before with "Try again later" (a "soft reject"), and its milter answers a soft reject with 451 4.7.1 and those same words whatever asked for it, so the words alone say "later", not why. With Rspamd's shipped configuration only the greylist module defers with them (its ratelimit module writes 'Ratelimit "..." exceeded', and a timeout defers only with soft_reject_on_timeout, off by default), so they read as greylisting: a temporary deferral the sending server retries. Weak: any other evidence outweighs it. The example is the reply ${LAB}.`,
    }),
    phrase({
      id: "rspamd-greylist-postfix-log",
      cause: "rate-limited",
      // The receiving Postfix's log line for the same soft reject: cleanup(8) drops the reply's
      // 451 and keeps "4.7.1 Try again later", so the code guard of the entry above cannot hold.
      match: [/\bmilter-reject: end-of-message from [^;]*: 4\.7\.1 try again later;/],
      scope: "any",
      strength: "weak",
      source: POSTFIX_MILTER_REJECT_LOG,
      example:
        "4A1B2C3D4E: milter-reject: END-OF-MESSAGE from mail.example.net[192.0.2.1]: 4.7.1 Try again later; from=<bounce@example.net> to=<bob@example.com> proto=ESMTP helo=<mail.example.net>",
      verbatim: false,
      note: "A receiving Postfix's log of Rspamd's milter deferring a message at end of data with its soft-reject words, which with Rspamd's shipped configuration only greylisting gives (see rspamd-greylist). Weak, as that entry.",
    }),
    phrase({
      id: "rspamd-action-set-by-dmarc",
      cause: "authentication-failure",
      match: ["action set by dmarc"],
      scope: "any",
      source: RSPAMD_DMARC,
      example: "554 5.7.1 Action set by DMARC",
      verbatim: false,
      note: "Rspamd's dmarc module gives these words to the action an admin maps to a DMARC disposition (reject, quarantine, or softfail when the check itself failed to complete); the milter puts 554 5.7.1 before a reject, 451 4.7.1 before a soft reject. Either way the From domain's DMARC check is what refused the message.",
    }),
    phrase({
      id: "rspamd-icap-threat",
      cause: "content-virus",
      match: ["threat found with icap scanner"],
      scope: "any",
      source: RSPAMD_ICAP,
      example: '554 5.7.1 icap: threat found with icap scanner: "Eicar-Test-Signature"',
      verbatim: false,
      note: "Rspamd's ICAP rule (an external antivirus service) with a reject action: its default message names the scanner rule and the threat the service reported.",
    }),
    phrase({
      id: "rspamd-bulk-message-found",
      cause: "content-spam",
      // Rspamd's own phrasing only: DCC's rule writes it bare, Pyzor's and SpamAssassin's put
      // their name between the rule name and these words.
      match: [/\bbulk message found: "/],
      scope: "any",
      source: RSPAMD_BULK,
      example: '554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many Fuz2=many"',
      verbatim: false,
      note: "Rspamd's external-services rules for the bulk-mail networks (DCC, Pyzor) and for a SpamAssassin spamd, with a reject action: the message's checksums or score mark it as bulk or spam.",
    }),
    phrase({
      id: "rspamd-timeout-processing",
      cause: "remote-server-error",
      match: [/\btimeout (?:post-)?processing message\b/],
      scope: "any",
      source: RSPAMD_TIMEOUT,
      example: "451 4.7.1 timeout processing message",
      verbatim: false,
      note: "Rspamd ran out of time scanning the message (or post-processing it) and, with soft_reject_on_timeout set (off by default), defers it: the receiving site's scanner was too slow, and the sending server's retry usually passes.",
    }),
    phrase({
      id: "rspamd-s3-save-failed",
      cause: "remote-server-error",
      match: ["s3 save failed"],
      scope: "any",
      source: RSPAMD_S3,
      example: "451 4.7.1 S3 save failed: IO timeout",
      verbatim: false,
      note: "Rspamd's aws_s3 module could not store the message in its bucket and the admin set a fail action: the error after the colon (the HTTP client's \"IO timeout\" here) is the receiving site's own link to its storage, not the sender's connection.",
    }),
    phrase({
      id: "amavis-infected",
      cause: "content-virus",
      match: [amavisReason("infected")],
      scope: "any",
      source: AMAVIS_REASONS,
      example: "554 5.7.0 Reject, id=31368-03 - INFECTED: Eicar-Test-Signature.UNOFFICIAL",
      verbatim: false,
      note: `amavisd-new refusing (or, after the queue, bouncing: "Bounce, id=...") a message in which its virus scanner found a virus, named after "INFECTED:". The example is the reply ${LAB}, with ClamAV and a test signature of its own; the .UNOFFICIAL suffix is ClamAV's mark for a signature from outside its own databases.`,
    }),
    phrase({
      id: "amavis-banned",
      cause: "content-virus",
      match: [amavisReason("banned")],
      scope: "any",
      source: AMAVIS_REASONS,
      example:
        "554 5.7.0 Reject, id=31368-05 - BANNED: application/octet-stream,.exe,.exe-ms,invoice.exe",
      verbatim: false,
      note: `amavisd-new refusing a message for an attachment whose name or type its banned-files rules block (Debian's $banned_filename_re bans .exe, .scr, .bat, ... and application/x-msdownload): a blocked attachment type, read as a virus or blocked-attachment refusal. The example is the reply ${LAB}.`,
    }),
    phrase({
      id: "amavis-bad-header",
      cause: "protocol-syntax",
      match: [amavisReason("bad header")],
      scope: "any",
      source: AMAVIS_REASONS,
      example: "554 5.6.0 Reject, id=31368-06 - BAD HEADER",
      verbatim: false,
      note: `amavisd-new refusing a message whose header breaks RFC 5322 (its reasons name the fault when they can: "BAD HEADER: nonencoded 8-bit character", "... line longer than RFC 5322 limit", "... missing required header field", "... duplicate header field"): the sending software writes malformed mail. The example is the reply ${LAB} for a Subject with unencoded 8-bit characters.`,
    }),
    phrase({
      id: "amavis-unchecked",
      cause: "content-virus",
      match: [amavisReason("unchecked")],
      scope: "any",
      source: AMAVIS_REASONS,
      example: "554 5.7.0 Reject, id=31368-03 - UNCHECKED: encrypted",
      verbatim: false,
      note: 'amavisd-new refusing a message whose attachment its virus scanners could not check ("UNCHECKED: encrypted", a password-protected archive; "UNCHECKED: over limits", an archive nested too deep or too large to unpack) where unchecked mail is blocked: an attachment the receiver refuses, read as a virus or blocked-attachment refusal. Sending the file unencrypted, or by another way, gets it through.',
    }),
    phrase({
      id: "amavis-mta-relay-back",
      cause: "remote-server-error",
      match: [
        amavisReason(
          "(?:unable to relay message back to mta|temporary mta failure on relaying|rejected by next-hop mta on relaying)",
        ),
      ],
      scope: "any",
      source: AMAVIS_REASONS,
      example: "450 4.3.5 Temporary failure, id=31368-03 - Unable to relay message back to MTA",
      verbatim: false,
      note: "amavisd-new could not hand the checked message on to the mail server behind it (its re-injection port down, or that server deferring or refusing it: status 5.3.5, a system configuration fault): the receiving site's own chain of servers, not the sender's relay permission.",
    }),
    phrase({
      id: "amavis-spam",
      cause: "content-spam",
      match: [amavisReason("spam(?:my)?")],
      scope: "any",
      source: AMAVIS_REASONS,
      example: "554 5.7.0 Bounce, id=31368-10 - spam",
      verbatim: false,
      note: `amavisd-new refusing or bouncing a message SpamAssassin scored at or over its kill level ("spam"; "spammy" for the tag3 level). The example is the Diagnostic-Code of the bounce amavisd mailed, ${LAB}.`,
    }),
  ],
  statusReadings: [],
};

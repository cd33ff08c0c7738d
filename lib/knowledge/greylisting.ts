// Greylisting: a receiving server defers the first attempt from a sender it has not seen
// before with a temporary (4xx) reply, and accepts the retry a normal mail server makes a few
// minutes later. Nothing is wrong on either side, so the fix steps of the cause the words read
// as (rate-limited, "send more slowly") are the wrong advice. PRODUCT.md's causes have no
// greylisting of their own: the knowledge keeps the cause it gives, and this table says which
// of its entries are greylisting, for the checklist (lib/checklists/evidence-steps.ts).
//
// Each row is the real software's reply, with the source it comes from, and the catalog
// entries (rule ids) that read it; lib/knowledge/greylisting.test.ts runs every example
// through the classifier and checks that one of those entries fires.

export interface GreylistingReply {
  /** Who writes it. */
  software: string;
  /** The reply as the software writes it (with the SMTP server's codes around it). */
  example: string;
  /** Where the words come from: the software's own source or its real output. */
  source: string;
  /** How long the software defers a new sender by default, in plain words. */
  delay: string;
  /** The catalog entries that read these words. */
  ruleIds: readonly string[];
}

export const GREYLISTING_REPLIES: readonly GreylistingReply[] = [
  {
    software: "Postgrey (Postfix policy server)",
    // The default --greylist-text, "Greylisted, see http://postgrey.schweikert.ch/help/%r.html",
    // returned as DEFER_IF_PERMIT, which Postfix writes as a 450 at RCPT; recorded from Debian's
    // postgrey 1.37 in the lab.
    example:
      "450 4.2.0 <user@mta-lab.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/mta-lab.test.html",
    source:
      "https://github.com/schweikert/postgrey/blob/eb69ead75b7a570fb2de1199883c18b814e924a0/postgrey (greylist_text, greylist_action, delay defaults); lib/knowledge/lab/fixtures/postgrey/greylisted.txt",
    delay: "5 minutes (--delay=300)",
    ruleIds: ["postfix.greylisted"],
  },
  {
    software: "spamdyke (in front of qmail)",
    // ERROR_GRAYLISTED after the temporary severity "421 " (spamdyke.h lines 334, 459).
    example: "421 Your address has been graylisted. Try again later.",
    source:
      "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h#L459 (documentation/README.html: graylist-level, graylist-min-secs)",
    delay: "as configured (graylist-min-secs)",
    ruleIds: ["spamdyke.graylisted"],
  },
  {
    software: "Apache James (its greylisting handler)",
    // AbstractGreylistHandler's temporary rejection of a triplet seen too recently; the same
    // reply for a triplet it has never seen is "Temporary rejected: Please try again later".
    example: "451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later",
    source:
      "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/AbstractGreylistHandler.java#L52",
    delay: "as configured (tempBlockTime, one hour by default)",
    ruleIds: ["generic.rate-limited.reconnect-to-fast"],
  },
  {
    software: "milter-greylist",
    // Its reply in quiet mode; otherwise "Greylisting in action, please come back in HH:MM:SS".
    example: "451 4.7.1 Greylisting in action, please come back later",
    source:
      'https://github.com/ryoqun/milter-greylist/blob/b0a039272d4daaaf76cc66b897073bfa4123ef52/milter-greylist.c (smfi_setreply(ctx, "451", "4.7.1", ...))',
    delay: "as configured (greylist.conf's greylist delay)",
    ruleIds: ["generic.rate-limited.greylisting"],
  },
  {
    software: "Rspamd greylist module (through its milter)",
    example: "451 4.7.1 Try again later",
    source:
      "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089/src/plugins/lua/greylist.lua#L79-L93; lib/knowledge/lab/fixtures/rspamd/greylist.txt",
    delay: "5 minutes (the module's timeout)",
    ruleIds: ["content-filter.rspamd-greylist"],
  },
  {
    software: "rmilter (the milter that ran Rspamd before its proxy milter)",
    // DEFAULT_GREYLISTED_MESSAGE, sent under rmilter's "later" code 452 4.7.1.
    example: "452 4.7.1 Try again later",
    source:
      "https://github.com/vstakhov/rmilter/blob/6be0ffd1b7cfb446e3edadccddf6a53b26bfaa45/src/cfg_file.h#L81",
    delay: "the greylisting_timeout of the site's rmilter.conf",
    ruleIds: ["content-filter.rspamd-greylist"],
  },
  {
    software: "mailcow (Rspamd's greylist module, mailcow's text)",
    example: "451 4.7.1 Greylisted, please try again later",
    source:
      "https://github.com/mailcow/mailcow-dockerized/blob/06424670fa5d60fee851f58bfc49f66086d5f0a6/data/conf/rspamd/local.d/greylist.conf#L4",
    delay: "5 minutes (Rspamd's greylist timeout; mailcow greylists at score 7)",
    ruleIds: ["generic.rate-limited.greylisted"],
  },
  {
    software: "mtpolicyd (Postfix policy daemon, Greylist plugin)",
    // The plugin's default defer_message, "defer greylisting is active", which Postfix sends at
    // RCPT; a retry that comes too soon gets the seconds left after it (append_waittime).
    example: "450 4.7.1 <bob@example.com>: Recipient address rejected: greylisting is active",
    source:
      "https://packages.debian.org/bookworm/mtpolicyd (mtpolicyd 2.05-1.1, /usr/share/perl5/Mail/MtPolicyd/Plugin/Greylist.pm line 25)",
    delay: "as configured (the plugin's min_retry_wait, 5 minutes by default)",
    ruleIds: ["generic.rate-limited.greylisting"],
  },
  {
    software: "Stalwart mail server",
    example: "452 4.2.2 Greylisted, please try again in a few moments.",
    source:
      "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/rcpt.rs",
    delay: "as configured",
    ruleIds: ["generic.rate-limited.greylisted"],
  },
  {
    software: "Zoho Mail",
    example: "451 4.7.1 Greylisted, try again after some time",
    source:
      "https://www.zoho.com/mail/help/spam-reason.html (reply quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/zoho.rb)",
    delay: "not published",
    ruleIds: ["zoho.greylisted"],
  },
  {
    software: "MailChannels Inbound Filtering",
    example: "450 [S09] Try Again Later",
    source: "https://docs.mailchannels.com/inbound/smtp-errors",
    delay: "not published",
    ruleIds: ["mailchannels.s09-try-again-later"],
  },
  {
    software: "ZEROSPAM",
    example:
      "450 4.2.0 <email@example.com>: Recipient address rejected: example.com greylisted for 60 seconds by ZEROSPAM",
    source: "https://smtp.codes/zerospam (repo fm/smtp-codes docs/zerospam/index.html)",
    delay: "as the reply says (60 seconds in the example)",
    ruleIds: ["zerospam.greylisted"],
  },
  {
    software: "Mimecast",
    // Mimecast's table gives this reply two readings, greylisting or the sending IP's poor
    // reputation; a retry that gets through tells them apart, so the step to wait fits both.
    example: "451 Internal resource temporarily unavailable",
    source: "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754",
    delay: "1 minute to 12 hours",
    ruleIds: ["mimecast.451-internal-resource-unavailable"],
  },
  {
    software: "cPanel & WHM (Exim, cpgreylistd)",
    // The greylisting ACL's defer at RCPT; no greylisting word in it, so cPanel's exact words
    // are a catalog entry of their own (generic-sources-round3.ts).
    example: "451 Temporarily unable to process your email. Please try again later.",
    source:
      "https://github.com/asmrdevelop/cpanel/blob/393631a22756ecd563f8679e9f5d57d149b50557/etc/exim/acls/ACL_GREYLISTING_BLOCK/greylisting#L3",
    delay: "as configured in WHM (Greylisting's initial block period)",
    ruleIds: ["generic.rate-limited.temporarily-unable-to-process-your-email"],
  },
  {
    software: "MailCleaner (Exim stage 1, after the Exim wiki's greylisting recipe)",
    example:
      "451 192.0.2.25 is not yet authorized to deliver mail from <alice@example.net> to <bob@example.com>. Please try later.",
    source:
      "https://github.com/MailCleaner/MailCleaner/blob/da47da22f4f8dfe85e3ab1b13ea163cf9c291daf/etc/exim/exim_stage1.conf_template#L640",
    delay: "as configured (MailCleaner's greylist daemon)",
    ruleIds: ["generic.rate-limited.is-not-yet-authorized-to-deliver-mail-from"],
  },
  {
    software: "SQLgrey (Postfix policy server)",
    // Its reject text, answered as defer_if_permit (reject_first_attempt = delay), which
    // Postfix writes as a 450 at RCPT; read from Debian 12's sqlgrey 1:1.8.0-4.
    example: "450 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    source:
      "https://packages.debian.org/bookworm/sqlgrey (sqlgrey 1:1.8.0-4, /usr/sbin/sqlgrey line 2306)",
    delay: "5 minutes (reconnect_delay)",
    ruleIds: ["postfix.greylisted"],
  },
  {
    software: "Haraka (its greylist plugin)",
    // The plugin's default text, sent as DSN.sec_unauthorized(text, '451') at RCPT.
    example: "451 4.7.1 Greylisted. Please come back later.",
    source:
      "https://github.com/haraka/haraka-plugin-greylist/blob/76f1639f7f67e359c1ff363ffa491ad2273b24b4/config/greylist.ini#L4",
    delay: "about 14 minutes (greylist.ini's [period] black = 850 seconds)",
    ruleIds: ["generic.rate-limited.greylisted"],
  },
  {
    software: "chasquid (its shipped post-data hook, with the greylist tool)",
    // The hook prints the words and exits 75; chasquid sends its last line with 451.
    example: "451 greylisted, please try again",
    source:
      "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/etc/chasquid/hooks/post-data#L25",
    delay: "as the greylist tool is configured",
    ruleIds: ["generic.rate-limited.greylisted"],
  },
];

/** Every catalog entry that reads a greylisting reply. */
export const GREYLISTING_RULE_IDS: readonly string[] = [
  ...new Set(GREYLISTING_REPLIES.flatMap((r) => r.ruleIds)),
];

/**
 * How a greylisting refusal is told to the user. The cause the words read as (rate-limited)
 * has a title and summary ("Too many messages were sent too fast") that would send them to
 * slow their mail down; greylisting asks only for the retry (RFC 6647 section 2.1).
 */
export const GREYLISTING_READING = {
  /** The cause greylisting's words read as (rate-limited), for want of one of its own. */
  ranks: "rate-limited",
  headline: "The receiving server greylisted the message: it asks for a retry",
  /**
   * The cause's name wherever the cause is named (the wizard's conclusion, the possible causes,
   * the steps' section): lib/causes/connection-variants.ts gives it as rate-limited's variant.
   */
  title: "The receiving server greylisted the message",
  summary:
    "The receiving server turned away the attempt from a sender it had not seen before, as greylisting does, and accepts the retry a normal mail server makes minutes later. Nothing on either side needs fixing while your server retries; only if the retries are turned away too (a final bounce) is something to look at.",
  actorLabel: "Nobody while your mail server retries; your mail administrator if it never arrives",
  note: "Greylisting: the receiving server turns away the first attempt from a sender it has not seen before and accepts the retry a normal mail server makes minutes later. As a single reply or in a delay notice, nothing needs fixing: your server retries on its own. In a final bounce, the retries were turned away too (a server that retries from another IP address each time, or does not retry).",
  source: "RFC 6647 sections 2.1 and 3 (Email Greylisting)",
} as const;

/**
 * The recipient-side causes the greylisting words weigh against, as a likelihood ratio each.
 * "Recipient address rejected:" before "Greylisted" is where Postfix applied the restriction
 * (src/smtpd/smtpd_check.c names the reject context SMTPD_NAME_RECIPIENT, "Recipient address",
 * for any refusal by a recipient restriction, a policy server's included), not a reason: the reason is the policy server's own text, and greylisting defers a triplet (client
 * IP, sender, recipient) it has not seen before whatever the mailbox's state (RFC 6647 section
 * 2.1). So the words say nothing for a closed, full or unknown mailbox, which the classifier's
 * reading of the prefix still ranks (review 31, finding 7); not zero: a mailbox can still be
 * closed behind a greylisting server. Judged, not measured.
 */
export const GREYLISTING_WEIGHS_AGAINST = {
  ratios: { "mailbox-disabled": 0.2, "mailbox-full": 0.2, "recipient-unknown": 0.2 },
  says: "the server's own words say it greylisted the message, which is about a sender it has not seen before, not about the mailbox",
  source: "Postfix src/smtpd/smtpd_check.c (SMTPD_NAME_RECIPIENT); RFC 6647 section 2.1",
} as const;

// Haraka's content and policy plugins not read in round 1 (haraka.ts): clamd, rspamd, access,
// greylist and attachment, each its own repository at the commit read. Haraka gives a plugin's
// DENY at MAIL, RCPT or the end of DATA 550 and its DENYSOFT 450 (connection.js
// mail_respond, rcpt_respond, data_post_respond); a DSN object brings its own code.
import { sourceFile, type RowMaker, type SourceReply } from "./types";

/** A plugin's index.js, its rows named "haraka.<plugin>.<name>". */
const plugin = (name: string, commit: string, path = "index.js"): RowMaker => {
  const rows = sourceFile("haraka", `haraka/haraka-plugin-${name}/blob/${commit}`, "")(path);
  return (...args) => {
    const row = rows(...args);
    return { ...row, id: row.id.replace(/^haraka\.[^.]+\./, `haraka.${name}.`) };
  };
};

const clamd = plugin("clamd", "c66b60b5f0dc15670866a6ffcc0da82cf98a9f03");
const rspamd = plugin("rspamd", "633fcb1faa57d8f3fea7d9ce231c2fd2a25ebaf9");
const access = plugin("access", "ed0e8e5ca6d9ce4bf89a1c9b1cc82375f7b948d7");
const greylist = plugin(
  "greylist",
  "76f1639f7f67e359c1ff363ffa491ad2273b24b4",
  "config/greylist.ini",
);
const attachment = plugin("attachment", "7700dd048433c4d9f6f9d24ad1dbbc5312f68e52");

export const HARAKA_PLUGIN_SOURCE_REPLIES: readonly SourceReply[] = [
  clamd(
    "virus",
    295,
    "hook_data_post, when clamd reports a virus",
    "return next(DENY, `Message is infected with ${virus || 'UNKNOWN'}`)",
    "550 Message is infected with Eicar-Signature",
    "clamd found a virus in the message",
    "content-virus",
  ),
  clamd(
    "connect-error",
    190,
    "hook_data_post, when clamd cannot be reached (defer.error)",
    "return next(DENYSOFT, 'Error connecting to virus scanner')",
    "450 Error connecting to virus scanner",
    "the plugin could not connect to clamd",
    "remote-server-error",
  ),
  clamd(
    "timeout",
    205,
    "hook_data_post, when clamd does not answer in time (defer.timeout)",
    "return next(DENYSOFT, 'Virus scanner timed out')",
    "450 Virus scanner timed out",
    "clamd took longer than the plugin's timeout",
    "remote-server-error",
  ),
  rspamd(
    "spam",
    48,
    "the default reject.message, returned by hook_data_post (line 381) for Rspamd's reject action",
    "this.cfg.reject.message ??= 'Detected as spam'",
    "550 Detected as spam",
    "Rspamd's action for the message is reject and it gave no SMTP message of its own",
    "content-spam",
  ),
  rspamd(
    "soft-reject",
    49,
    "the default soft_reject.message, sent as DSN.sec_unauthorized(..., 451) by hook_data_post (line 377)",
    "this.cfg.soft_reject.message ??= 'Deferred by policy'",
    "451 4.7.1 Deferred by policy",
    "Rspamd's action is soft reject: its greylist or ratelimit module asks for a later retry",
    "unknown",
    ["rate-limited"],
  ),
  rspamd(
    "scan-error",
    341,
    "hook_data_post, when the Rspamd request fails (defer.error)",
    "if (plugin.cfg.defer.error) return ctx.nextOnce(DENYSOFT, 'Rspamd scan error')",
    "450 Rspamd scan error",
    "the request to Rspamd failed",
    "remote-server-error",
  ),
  access(
    "sender-blacklist",
    50,
    "the default deny_msg.mail, sent by mail_from_access (line 326) for a sender on mail_from.access.blacklist",
    "mail: 'That sender cannot send mail here',",
    "550 alice@example.net That sender cannot send mail here",
    "the sender address is on the site's mail_from.access.blacklist",
    "sender-policy",
  ),
  access(
    "domain-blacklist",
    224,
    "any (access.domains), for a domain on the site's list",
    "return next(DENY, 'You are not welcome here.')",
    "550 You are not welcome here.",
    "the sender's (organisational) domain is on the site's access.domains blacklist",
    "sender-policy",
  ),
  access(
    "from-domain-blacklist",
    437,
    "data_any, the From header's domain on access.domains",
    "return next(DENY, 'Email from that domain is not accepted here.')",
    "550 Email from that domain is not accepted here.",
    "the From header's domain is on the site's access.domains blacklist",
    "sender-policy",
  ),
  greylist(
    "greylisted",
    4,
    "the greylist text, sent by hook_rcpt_ok as DSN.sec_unauthorized(text, '451') (index.js line 274)",
    "text = Greylisted. Please come back later.",
    "451 4.7.1 Greylisted. Please come back later.",
    "greylisting: the triplet is new, so the first attempt is deferred (read as other greylisting replies are, unknown with the rate limit first)",
    "unknown",
    ["rate-limited"],
  ),
  attachment(
    "extension",
    660,
    "hook_data_post (disallowed_extensions)",
    "`Message contains disallowed file extension (${bad_extn})`,",
    "550 Message contains disallowed file extension (exe)",
    "an attachment's file extension is on the plugin's disallowed list",
    "content-virus",
  ),
  attachment(
    "filename",
    685,
    "hook_data_post (attachment.filename.regex)",
    "`Message contains unacceptable attachment (${files_result[0]})`,",
    "550 Message contains unacceptable attachment (invoice.exe)",
    "an attachment's name matches the site's filename rules",
    "content-virus",
  ),
];

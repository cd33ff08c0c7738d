// Rspamd 3.4 (the release Debian 12 packages, commit 05da270 of rspamd/rspamd) as a milter
// beside Postfix or Sendmail: the MTA sends the reply Rspamd's proxy sets
// (src/libserver/milter.c), the codes of src/libserver/milter_internal.h (reject 554 5.7.1,
// soft reject 451 4.7.1) before the text of the module that decided.
import { sourceFile, type SourceReply } from "./types";

const REPO = "rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089";

const file = sourceFile("rspamd", REPO, "");

const proxyConf = file("conf/worker-proxy.inc");
const greylist = file("src/plugins/lua/greylist.lua");
const ratelimit = file("src/plugins/lua/ratelimit.lua");
const milter = file("src/libserver/milter.c");
const dmarc = file("src/plugins/lua/dmarc.lua");
const multimap = file("src/plugins/lua/multimap.lua");
const spamtrap = file("src/plugins/lua/spamtrap.lua");
const scanners = file("lualib/lua_scanners/common.lua");
const metadataExporter = file("src/plugins/lua/metadata_exporter.lua");
const awsS3 = file("src/plugins/lua/aws_s3.lua");
const message = file("src/libmime/message.c");
const task = file("src/libserver/task.c");

export const RSPAMD_SOURCE_REPLIES: readonly SourceReply[] = [
  proxyConf(
    "reject",
    28,
    "rspamd_milter_send_task_results (METRIC_ACTION_REJECT), milter.c line 2105",
    'reject_message = "Spam message rejected"; with RSPAMD_MILTER_RCODE_REJECT "554" and RSPAMD_MILTER_XCODE_REJECT "5.7.1"',
    "554 5.7.1 Spam message rejected",
    "the message's score reached the reject action's threshold (15 by default)",
    "content-spam",
  ),
  greylist(
    "greylist",
    85,
    "greylist module (action 'soft reject'), sent by milter.c line 2126",
    "message = 'Try again later', -- default greylisted message",
    "451 4.7.1 Try again later",
    "greylisting: the message's score reached the greylist threshold and this client and message were not seen before; a retry after 5 minutes is accepted. The words say nothing of it: unknown, rate-limited first as the knowledge ranks it today (greylisting's own cause is another helper's design)",
    "unknown",
    ["rate-limited"],
  ),
  ratelimit(
    "ratelimit",
    202,
    "message_func, set as the soft reject's text (line 626)",
    "'Ratelimit \"%s\" exceeded'",
    '451 4.7.1 Ratelimit "to_ip_from" exceeded',
    "the sender passed one of the ratelimit module's buckets (here recipients per client IP and sender)",
    "rate-limited",
  ),
  milter(
    "soft-reject-default",
    2132,
    "rspamd_milter_send_task_results (METRIC_ACTION_SOFT_REJECT with no module message)",
    'RSPAMD_MILTER_TEMPFAIL_MESSAGE "Try again later" with RSPAMD_MILTER_RCODE_TEMPFAIL "451" and RSPAMD_MILTER_XCODE_TEMPFAIL "4.7.1"',
    "451 4.7.1 Try again later",
    "the soft reject action with no text of the module that set it (a settings rule or a score threshold for soft reject): the words give no reason",
    "unknown",
    ["rate-limited"],
  ),
  milter(
    "no-results-tempfail",
    1986,
    "rspamd_milter_send_task_results: 'cannot find scan results, tempfail' (also no action in the results, line 1995; the proxy's own failures, rspamd_proxy.c 1519 and 2078), answered SMFIR_TEMPFAIL with no text, which Postfix's milter8.c words",
    "rspamd_milter_send_action (session, RSPAMD_MILTER_TEMPFAIL);",
    "451 4.7.1 Service unavailable - try again later",
    "Rspamd's proxy could not scan the message (no scanner answer, a broken result): the MTA in front defers it with its own words for a Milter tempfail",
    "unknown",
    ["remote-server-error", "rate-limited"],
  ),
  dmarc(
    "action-set-by-dmarc",
    66,
    "maybe_force_action, with the dmarc module's actions set (reject = \"reject\", as the module's documentation shows)",
    "task:set_pre_result(force_action, 'Action set by DMARC', N, nil, nil, 'least')",
    "554 5.7.1 Action set by DMARC",
    "the message failed DMARC for a From domain whose policy is p=reject, and the admin mapped that disposition to Rspamd's reject action",
    "authentication-failure",
  ),
  dmarc(
    "action-set-by-dmarc-soft",
    66,
    "maybe_force_action, the 'softfail' disposition (a DNS failure while checking, line 207) mapped to soft reject",
    "task:set_pre_result(force_action, 'Action set by DMARC', N, nil, nil, 'least')",
    "451 4.7.1 Action set by DMARC",
    "the DMARC check of the From domain could not complete (a temporary DNS failure) or failed under p=quarantine, and the admin mapped that disposition to soft reject",
    "authentication-failure",
  ),
  multimap(
    "matched-map",
    600,
    "multimap callback for a rule with an action and no message of its own",
    "task:set_pre_result(rule.action, 'Matched map: ' .. rule.symbol, N)",
    "554 5.7.1 Matched map: LOCAL_BL_FROM",
    "a multimap rule with action = reject matched (the symbol is the admin's name for the list: a sender, IP, domain or content list)",
    "unknown",
    ["sender-policy", "ip-blocklisted", "content-spam"],
  ),
  spamtrap(
    "message-rejected",
    77,
    "do_action (settings.action = reject, no smtp_message configured)",
    "smtp_message = 'message rejected'",
    "554 5.7.1 message rejected",
    "a recipient of the message is one of the site's spam traps, and the module's action is reject: the words give no reason",
    "unknown",
    ["content-spam"],
  ),
  scanners(
    "virus-found",
    129,
    "yield_result (antivirus rule with action = reject; clamav.lua line 31's default message)",
    "local default_message = '${SCANNER}: virus found: \"${VIRUS}\"'",
    '554 5.7.1 clamav: virus found: "Eicar-Signature"',
    "an antivirus scanner rule (ClamAV here) found malware in the message, and the rule's action is reject",
    "content-virus",
  ),
  scanners(
    "icap-threat",
    129,
    "yield_result (external_services ICAP rule with action = reject; icap.lua line 113's default message)",
    "message = '${SCANNER}: threat found with icap scanner: \"${VIRUS}\"',",
    '554 5.7.1 icap: threat found with icap scanner: "Eicar-Test-Signature"',
    "an ICAP antivirus service found malware in the message, and the rule's action is reject",
    "content-virus",
  ),
  scanners(
    "razor-spam",
    129,
    "yield_result (external_services Razor rule with action = reject; razor.lua line 40's default message)",
    "message = '${SCANNER}: spam message found: \"${VIRUS}\"',",
    '554 5.7.1 razor: spam message found: "spam"',
    "the Razor collaborative spam network lists the message, and the rule's action is reject",
    "content-spam",
  ),
  scanners(
    "dcc-bulk",
    129,
    "yield_result (external_services DCC rule with action = reject; dcc.lua line 41's default message)",
    "message = '${SCANNER}: bulk message found: \"${VIRUS}\"',",
    '554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many Fuz2=many"',
    "the DCC bulk-mail checksum network counts the message as sent to very many recipients, and the rule's action is reject",
    "content-spam",
  ),
  scanners(
    "spamassassin-bulk",
    129,
    "yield_result (external_services SpamAssassin rule with action = reject; spamassassin.lua line 44's default message)",
    "message = '${SCANNER}: Spamassassin bulk message found: \"${VIRUS}\"',",
    '554 5.7.1 spamassassin: Spamassassin bulk message found: "BAYES_99, URIBL_BLACK"',
    "a SpamAssassin spamd Rspamd asks scored the message as spam, and the rule's action is reject",
    "content-spam",
  ),
  scanners(
    "pyzor-bulk",
    129,
    "yield_result (external_services Pyzor rule with action = reject; pyzor.lua line 43's default message)",
    "message = '${SCANNER}: Pyzor bulk message found: \"${VIRUS}\"',",
    '554 5.7.1 pyzor: Pyzor bulk message found: "bl_112_wl_0"',
    "the Pyzor network reports the message's digest as spam, and the rule's action is reject",
    "content-spam",
  ),
  metadataExporter(
    "deferred",
    271,
    "maybe_defer (a rule with defer = true whose export failed): set_pre_result with the soft reject action and this text",
    "'deferred'",
    "451 4.7.1 deferred",
    "the metadata exporter could not hand the message to its target (HTTP, Redis, mail) and the rule defers on failure: the receiving site's own trouble",
    "unknown",
    ["remote-server-error"],
  ),
  awsS3(
    "s3-save-failed",
    144,
    "gen_s3_http_callback (fail_action set, here soft reject; the error a timeout gives, http_connection.c line 1063)",
    "string.format('S3 save failed: %s', http_err)",
    "451 4.7.1 S3 save failed: IO timeout",
    "the aws_s3 module could not store the message in its bucket and the admin set a fail action: the receiving site's own trouble",
    "remote-server-error",
  ),
  message(
    "gtube",
    866,
    "rspamd_message_process_plain_text_part: rspamd_check_gtube found the test pattern (passthrough result at the reject action)",
    '"Gtube pattern"',
    "554 5.7.1 Gtube pattern",
    "the message carries GTUBE, the spam filters' test string: Rspamd rejects it as it would spam",
    "content-spam",
  ),
  task(
    "timeout",
    1915,
    "rspamd_task_timeout with soft_reject_on_timeout (off by default)",
    '"timeout processing message"',
    "451 4.7.1 timeout processing message",
    "Rspamd did not finish scanning the message in time (task_timeout) and is set to defer rather than pass it: the receiving site's own trouble",
    "remote-server-error",
  ),
  task(
    "post-timeout",
    1944,
    "rspamd_task_timeout (post-processing stage) with soft_reject_on_timeout",
    '"timeout post-processing message"',
    "451 4.7.1 timeout post-processing message",
    "Rspamd's post-processing (statistics, exporters) ran out of time and it is set to defer: the receiving site's own trouble",
    "remote-server-error",
  ),
];

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
];

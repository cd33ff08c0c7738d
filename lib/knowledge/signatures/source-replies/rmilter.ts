// rmilter (vstakhov/rmilter at the commit read, its last release), the milter that ran Rspamd,
// ClamAV, DCC and greylisting for Postfix before Rspamd's own proxy milter replaced it; still
// found on older gateways. Its codes (rmilter.h): reject 554 5.7.1, tempfail 451 4.7.1,
// "later" 452 4.7.1.
import { sourceFile, type SourceReply } from "./types";

const REPO = "vstakhov/rmilter/blob/6be0ffd1b7cfb446e3edadccddf6a53b26bfaa45";

const file = sourceFile("rmilter", REPO, "src/");
const cfg = file("cfg_file.h");
const milter = file("rmilter.c");

export const RMILTER_SOURCE_REPLIES: readonly SourceReply[] = [
  cfg(
    "spam",
    80,
    "DEFAUL_SPAMD_REJECT, the default spamd_reject_message, sent by mlfi_eom (rmilter.c line 1217) for Rspamd's reject action",
    '#define DEFAUL_SPAMD_REJECT "Spam message rejected; If this is not spam contact abuse team"',
    "554 5.7.1 Spam message rejected; If this is not spam contact abuse team",
    "Rspamd's action for the message is reject and it gave no message of its own",
    "content-spam",
  ),
  milter(
    "virus",
    1426,
    "mlfi_eom, after ClamAV found a virus",
    'snprintf (buf, sizeof (buf), "Infected: %s", strres);',
    "554 5.7.1 Infected: Eicar-Signature",
    "ClamAV found a virus in the message",
    "content-virus",
  ),
  milter(
    "rate-limit",
    785,
    "mlfi_envrcpt's rate check",
    'smfi_setreply (ctx, RCODE_TEMPFAIL, XCODE_TEMPFAIL, (char *)"Rate limit exceeded")',
    "451 4.7.1 Rate limit exceeded",
    "the recipient's (or the sender's) message rate is over the configured limit",
    "rate-limited",
  ),
  milter(
    "dcc-reject",
    1140,
    "mlfi_eom, when DCC answers reject (the message is bulk beyond the site's threshold)",
    'smfi_setreply (ctx, "550", XCODE_REJECT, "Message content rejected");',
    "550 5.7.1 Message content rejected",
    "DCC counts the message's body as bulk mail past the site's threshold; the words are those of any content rule",
    "unknown",
    ["content-spam"],
  ),
  milter(
    "scan-failed",
    1166,
    "mlfi_eom, when the Rspamd scan fails and spamd_temp_fail is on",
    'smfi_setreply (ctx, RCODE_LATER, XCODE_TEMPFAIL, "Temporary service failure.");',
    "452 4.7.1 Temporary service failure.",
    "Rspamd could not be reached or did not answer",
    "remote-server-error",
  ),
  cfg(
    "greylisted",
    81,
    "DEFAULT_GREYLISTED_MESSAGE, sent by check_greylisting_ctx (rmilter.c line 306)",
    '#define DEFAULT_GREYLISTED_MESSAGE "Try again later"',
    "452 4.7.1 Try again later",
    "greylisting: the triplet is new, so the first attempt is deferred. The words say nothing of it: read as Rspamd's own 'Try again later' is, unknown with the rate limit among the causes",
    "unknown",
    ["rate-limited"],
  ),
];

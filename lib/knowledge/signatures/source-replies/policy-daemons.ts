// Policy daemons and milters beside a Postfix or Sendmail server, whose words reach the client
// inside the MTA's reply: postfix-policyd-spf-python (spf-engine 2.9.2, Debian's packaging),
// OpenDMARC 1.4.2, postgrey 1.37 and milter-greylist. A policy service's answer
// "action=550 5.7.23 text" reaches the client as Postfix writes it for a recipient,
// "<rcpt>: Recipient address rejected: text". Placeholders filled: client 192.0.2.25
// (mail.example.net), sender alice@example.net, recipient bob@example.com, remaining 00:05:00.
import { sourceFile, type RowMaker, type SourceReply } from "./types";

/** One daemon's rows of one file, their ids named by the daemon ("policy-daemons.postgrey.greylisted"). */
function daemon(name: string, repoAtCommit: string, path: string): RowMaker {
  const rows = sourceFile("policy-daemons", repoAtCommit, "")(path);
  return (...args) => {
    const row = rows(...args);
    return { ...row, id: `policy-daemons.${name}.${args[0]}` };
  };
}

const spfReject = daemon(
  "policyd-spf",
  "mstraubAC/spf-engine-debian/blob/bbb3b8cfa4ffd883d47bfb29b9efb36b9681b369",
  "spf_engine/__init__.py",
);
const opendmarc = daemon(
  "opendmarc",
  "trusteddomainproject/OpenDMARC/blob/9cebf724d601452d1a671ed5331551dbc18df83a",
  "opendmarc/opendmarc.c",
);
const postgrey = daemon(
  "postgrey",
  "schweikert/postgrey/blob/c4b666fb887fc86dc885bd1771c4d5aee08e2e27",
  "postgrey",
);
const milterGreylist = daemon(
  "milter-greylist",
  "ryoqun/milter-greylist/blob/b0a039272d4daaaf76cc66b897073bfa4123ef52",
  "milter-greylist.c",
);

export const POLICY_DAEMON_SOURCE_REPLIES: readonly SourceReply[] = [
  spfReject(
    "mfrom-fail",
    370,
    "_rejectmessage (Mail_From_reject = Fail), the action written by policyd_spf.py line 129",
    "'Message {rejectdefer} due to: {spf}. Please see {url}' (policydspfsupp.py line 46) with url \"http://www.openspf.net/Why?s={0};id={1};ip={2};r={3}\" and pyspf's explanation 'SPF fail - not authorized'; action '550 5.7.23'",
    "550 5.7.23 <bob@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.25;r=<UNKNOWN>",
    "the sender domain's SPF record does not permit the client's IP (SPF result fail)",
    "authentication-failure",
  ),
  spfReject(
    "helo-fail",
    370,
    "_rejectmessage (HELO_reject = Fail)",
    "'Message {rejectdefer} due to: {spf}. Please see {url}' with s=helo; action '550 5.7.23'",
    "550 5.7.23 <bob@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=helo;id=mail.example.net;ip=192.0.2.25;r=<UNKNOWN>",
    "the HELO name's SPF record does not permit the client's IP",
    "authentication-failure",
  ),
  opendmarc(
    "reject",
    3563,
    "mlfi_eom (DMARC_POLICY_REJECT, RejectFailures)",
    '"rejected by DMARC policy for %s", set with DMARC_REJECT_SMTP "550" and DMARC_REJECT_ESC "5.7.1" (opendmarc.h lines 47-48)',
    "550 5.7.1 rejected by DMARC policy for example.net",
    "the message fails DMARC (neither SPF nor DKIM passes aligned with the From domain) and that domain publishes p=reject",
    "authentication-failure",
  ),
  postgrey(
    "greylisted",
    626,
    "smtpd_access_policy (greylist_text, DEFER_IF_PERMIT)",
    "'Greylisted, see http://postgrey.schweikert.ch/help/%r.html', prefixed '4.2.0 ' (line 469)",
    "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
    "greylisting: the first attempt from this client, sender and recipient is deferred; a retry after the delay (300 s) is accepted. Read as a rate limit (weak) until greylisting has a cause of its own",
    "rate-limited",
  ),
  milterGreylist(
    "greylisted",
    2111,
    "log_and_report_greylisting",
    '"451", "4.7.1", "Greylisting in action, please come back in %R"',
    "451 4.7.1 Greylisting in action, please come back in 00:05:00",
    "greylisting: the triple is new and must wait the greylist delay. The knowledge reads it today as its one weak word 'greylisting' (rate-limited) against 4.7.1's sender-policy, too close to name: unknown with rate-limited first. Greylisting's own cause and checklist step are another helper's design",
    "unknown",
    ["rate-limited"],
  ),
  milterGreylist(
    "blacklist",
    662,
    "real_envrcpt (an ACL's blacklist action)",
    '"551", "5.7.1", "Go away!"',
    "551 5.7.1 Go away!",
    "a blacklist ACL of the site matched (by client address, sender, recipient, DNSRBL or any other clause): the words do not say which",
    "unknown",
    ["sender-policy", "ip-blocklisted"],
  ),
];

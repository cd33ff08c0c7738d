// Policy daemons and milters beside a Postfix or Sendmail server, whose words reach the client
// inside the MTA's reply: postfix-policyd-spf-python (spf-engine 2.9.2, Debian's packaging),
// OpenDMARC 1.4.2, OpenDKIM (2.10 line), postgrey 1.37, milter-greylist and iRedAPD 6.1 (iRedMail's policy server,
// whose "REJECT text" Postfix sends with its 554 5.7.1). A policy service's answer
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
const iredapd = daemon(
  "iredapd",
  "iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221",
  "libs/__init__.py",
);
const iredapdSettings = daemon(
  "iredapd",
  "iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221",
  "libs/default_settings.py",
);
const policydWeight = daemon(
  "policyd-weight",
  "DavidGoodwin/policyd-weight/blob/a73646376707c95f30ec53a338462772986e8d81",
  "src/policyd-weight.pl",
);
const opendkim = daemon(
  "opendkim",
  "trusteddomainproject/OpenDKIM/blob/5c539587561785a66c1f67f720f2fb741f320785",
  "opendkim/opendkim.c",
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
  iredapd(
    "forged-sender",
    15,
    "SMTP_ACTIONS['reject_forged_sender'] (plugin reject_sender_login_mismatch)",
    "'REJECT SMTP AUTH is required for users under this sender domain'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: SMTP AUTH is required for users under this sender domain",
    "the sender address is in one of the server's own domains and the client has not logged in: it must send through its own server, authenticated (as Postfix's 'not logged in' asks)",
    "relay-denied",
  ),
  iredapd(
    "login-mismatch",
    16,
    "SMTP_ACTIONS['reject_sender_login_mismatch']",
    "'REJECT Sender is not same as SMTP authenticate username'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Sender is not same as SMTP authenticate username",
    "the logged-in user sends from an address that is not its own",
    "sender-address-invalid",
  ),
  iredapd(
    "blacklisted",
    17,
    "SMTP_ACTIONS['reject_blacklisted'] (plugin amavisd_wblist)",
    "'REJECT Blacklisted'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Blacklisted",
    "the sender's address, domain or IP address is on the recipient's or the server's blacklist (wblist): the one word does not say which",
    "unknown",
    ["sender-policy", "ip-blocklisted"],
  ),
  iredapd(
    "blacklisted-rdns",
    20,
    "SMTP_ACTIONS['reject_blacklisted_rdns'] (plugin wblist_rdns)",
    "'REJECT Blacklisted reverse DNS name of server IP address'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Blacklisted reverse DNS name of server IP address",
    "the client's PTR name matches the site's list of refused reverse names (dynamic or generic hosts)",
    "reverse-dns",
  ),
  iredapd(
    "throttling",
    22,
    "SMTP_ACTIONS['reject_quota_exceeded'] (plugin throttle)",
    "'REJECT Throttling quota exceeded'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Throttling quota exceeded",
    "the sender or client passed its throttle (messages or size per period)",
    "rate-limited",
  ),
  iredapd(
    "message-size",
    23,
    "SMTP_ACTIONS['reject_msg_size_exceeded'] (plugin throttle)",
    "'REJECT Message size is too large'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Message size is too large",
    "the message is larger than the throttle setting's maximum message size",
    "message-too-large",
  ),
  iredapd(
    "max-recipients",
    24,
    "SMTP_ACTIONS['reject_max_rcpts_exceeded'] (plugin throttle)",
    "'REJECT Too many recipients in single message'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Too many recipients in single message",
    "the message has more recipients than the throttle setting allows",
    "rate-limited",
  ),
  iredapd(
    "sender-score",
    26,
    "SMTP_ACTIONS['reject_low_sender_score'] (plugin senderscore)",
    "'REJECT Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup='",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.25",
    "the client IP's Sender Score (Validity's reputation) is below the site's threshold",
    "bad-reputation",
  ),
  iredapdSettings(
    "greylisting",
    169,
    "GREYLISTING_MESSAGE, sent after SMTP_ACTIONS['greylisting'] '451 4.7.1' (plugins/greylisting.py line 29)",
    "GREYLISTING_MESSAGE = 'Intentional policy rejection, please try again later'",
    "451 4.7.1 <bob@example.com>: Recipient address rejected: Intentional policy rejection, please try again later",
    "greylisting: the first attempt of this client and sender is deferred. The words say only 'policy rejection, try again later': today's reading (unknown, sender-policy first) recorded; greylisting's own cause and wordings are another helper's design",
    "unknown",
    ["sender-policy"],
  ),
  policydWeight(
    "score",
    2860,
    "weighted_check (the score passed $REJECTLEVEL, the HELO does not match the client's name)",
    "$EREJECTMSG = $my_REJECTMSG . '; MTA helo: '.$helo.', MTA hostname: ' . $client_name.'['.$ip.'] (helo/hostname mismatch)', with $REJECTMSG \"550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs\" (line 300)",
    "550 5.7.1 <bob@example.com>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: mail.example.net, MTA hostname: unknown[192.0.2.25] (helo/hostname mismatch)",
    "the client's weighted score (DNSBL listings, HELO against the client's name, no reverse name, the sender domain's MX) passed the reject level; no content is read: the text does not say which check weighed most",
    "unknown",
    ["ip-blocklisted", "reverse-dns"],
  ),
  policydWeight(
    "no-dns",
    2813,
    "weighted_check ($DNSERRMSG)",
    "my $DNSERRMSG = '450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator' (line 325), then ' Your HELO: '.$helo.', IP: '.$ip",
    "450 4.7.1 <bob@example.com>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator Your HELO: mail.example.net, IP: 192.0.2.25",
    "neither the client's IP (no PTR), its HELO name nor the sender's domain resolve: the sending server's names are not in DNS",
    "reverse-dns",
  ),
  policydWeight(
    "too-many-dnsbls",
    1989,
    "weighted_check ($MAXDNSBLMSG)",
    "my $MAXDNSBLMSG = '550 Your MTA is listed in too many DNSBLs' (line 367), then \"; check http://www.robtex.com/rbl/$ip.html\"",
    "550 5.7.1 <bob@example.com>: Recipient address rejected: Your MTA is listed in too many DNSBLs; check http://www.robtex.com/rbl/192.0.2.25.html",
    "the client's IP address is listed on more DNSBLs than $MAXDNSBLHITS allows",
    "ip-blocklisted",
  ),
  opendkim(
    "bad-signature",
    9405,
    'dkimf_libstatus (DKIM_STAT_BADSIG, On-BadSignature reject: rcode "550", xcode "5.7.0", line 9597)',
    'replytxt = "bad DKIM signature data";',
    "550 5.7.0 bad DKIM signature data",
    "a DKIM signature of the message does not verify and the site rejects that (On-BadSignature reject)",
    "authentication-failure",
  ),
  opendkim(
    "no-signature",
    9432,
    "dkimf_libstatus (DKIM_STAT_NOSIG, On-NoSignature reject)",
    'replytxt = "no DKIM signature data";',
    "550 5.7.0 no DKIM signature data",
    "the message has no DKIM signature and the site requires one (On-NoSignature reject)",
    "authentication-failure",
  ),
  opendkim(
    "key-retrieval",
    9550,
    'dkimf_libstatus (DKIM_STAT_KEYFAIL, On-DNSError tempfail by default: xcode "4.7.5", line 9604)',
    'replytxt = "DKIM key retrieval failed";',
    "451 4.7.5 DKIM key retrieval failed",
    "the DNS lookup of the signing domain's DKIM key failed (the sender's DNS did not answer): the default handling defers",
    "authentication-failure",
  ),
];

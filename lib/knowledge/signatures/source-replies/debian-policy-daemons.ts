// Policy daemons that Debian 12 packages and that no public repository pins, read from the
// files the packages install (apt-get download, dpkg -x): postfix-policyd-spf-perl 2.011-2,
// policyd-rate-limit 1.0.1.1-2.1+deb12u1, gld (package postfix-gld 1.7-9), mtpolicyd
// 2.05-1.1 and sqlgrey 1:1.8.0-4. Each answers Postfix's check_policy_service at RCPT; Postfix sends a "reject text"
// or "550 text" as "550 5.7.1 <rcpt>: Recipient address rejected: text" (554 for reject, its
// access-map code) and a "defer"/"defer_if_permit text" as "450 4.7.1 <rcpt>: Recipient
// address rejected: text". Placeholders filled: client 192.0.2.25, sender alice@example.net,
// recipient bob@example.com, server mx.example.com.
import { debianFile, type RowMaker, type SourceReply } from "./types";

/** One daemon's rows of one installed file, their ids named by the daemon. */
function daemon(name: string, pkg: string, version: string, path: string): RowMaker {
  const rows = debianFile("policy-daemons", pkg, version)(path);
  return (...args) => ({ ...rows(...args), id: `policy-daemons.${name}.${args[0]}` });
}

const spfPerl = daemon(
  "policyd-spf-perl",
  "postfix-policyd-spf-perl",
  "2.011-2",
  "/usr/sbin/postfix-policyd-spf-perl",
);
const rateLimit = daemon(
  "policyd-rate-limit",
  "policyd-rate-limit",
  "1.0.1.1-2.1+deb12u1",
  "/usr/lib/python3/dist-packages/policyd_rate_limit/config.py",
);
const gld = daemon("gld", "postfix-gld", "1.7-9", "/etc/gld.conf");
// sqlgrey 1.8.0-4 (round 3): its text is built in the daemon itself (reconnect_delay, 5 minutes).
const sqlgrey = daemon("sqlgrey", "sqlgrey", "1:1.8.0-4", "/usr/sbin/sqlgrey");
const MTPOLICYD = ["mtpolicyd", "2.05-1.1"] as const;
const mtPlugin = (file: string) =>
  daemon("mtpolicyd", ...MTPOLICYD, `/usr/share/perl5/Mail/MtPolicyd/Plugin/${file}`);
const mtConf = daemon("mtpolicyd", ...MTPOLICYD, "/etc/mtpolicyd/mtpolicyd.conf");

export const DEBIAN_POLICY_DAEMON_SOURCE_REPLIES: readonly SourceReply[] = [
  spfPerl(
    "mfrom-fail",
    66,
    "default_authority_explanation, returned as '550 $mfrom_authority_exp' (line 457)",
    "'Please see http://www.openspf.org/Why?s=%{_scope};id=%{S};ip=%{C};r=%{R}'",
    "550 5.7.1 <bob@example.com>: Recipient address rejected: Please see http://www.openspf.org/Why?s=mfrom;id=alice%40example.net;ip=192.0.2.25;r=mx.example.com",
    "the sender domain's SPF record does not permit the client's IP (SPF result fail for MAIL FROM)",
    "authentication-failure",
  ),
  spfPerl(
    "helo-fail",
    66,
    "default_authority_explanation, returned as '550 $helo_authority_exp' (line 373)",
    "'Please see http://www.openspf.org/Why?s=%{_scope};id=%{S};ip=%{C};r=%{R}'",
    "550 5.7.1 <bob@example.com>: Recipient address rejected: Please see http://www.openspf.org/Why?s=helo;id=mail.example.net;ip=192.0.2.25;r=mx.example.com",
    "the HELO name's SPF record does not permit the client's IP (SPF result fail for HELO)",
    "authentication-failure",
  ),
  rateLimit(
    "fail-action",
    63,
    "fail_action, answered when a SASL user (or sender, or IP) is over one of its limits",
    'fail_action = "defer_if_permit Rate limit reach, retry later"',
    "450 4.7.1 <bob@example.com>: Recipient address rejected: Rate limit reach, retry later",
    "the sending user has sent more messages than one of its limits allows in the period (limits per SASL login by default)",
    "rate-limited",
  ),
  gld(
    "greylisted",
    142,
    "MESSAGE, answered as 'action=defer_if_permit %s' for a triplet not seen before (gld's own default text is 'Greylisted')",
    "MESSAGE=Service temporarily unavailable, please try later",
    "450 4.7.1 <bob@example.com>: Recipient address rejected: Service temporarily unavailable, please try later",
    "greylisting: the first attempt of this client, sender and recipient is deferred; a retry after the minimum wait is accepted. Debian's words say nothing of it",
    "unknown",
    ["rate-limited", "remote-server-error"],
  ),
  mtPlugin("RBL.pm")(
    "rbl",
    27,
    "Mail::MtPolicyd::Plugin::RBL reject_message (mode reject)",
    "default => 'delivery from %IP% rejected %INFO%'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from 192.0.2.25 rejected (https://www.spamhaus.org/query/ip/192.0.2.25)",
    "the client's IP address is listed on the DNS blocklist the plugin queries (%INFO% is the list's TXT record)",
    "ip-blocklisted",
  ),
  mtPlugin("GeoIPAction.pm")(
    "geoip",
    40,
    "Mail::MtPolicyd::Plugin::GeoIPAction reject_message (mode reject)",
    "default => 'delivery from %CC% (%IP%) rejected'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from CN (192.0.2.25) rejected",
    "the client's IP address lies in a country the site refuses mail from (country_codes)",
    "sender-policy",
  ),
  mtPlugin("Greylist.pm")(
    "greylist",
    25,
    "Mail::MtPolicyd::Plugin::Greylist defer_message",
    "default => 'defer greylisting is active'",
    "450 4.7.1 <bob@example.com>: Recipient address rejected: greylisting is active",
    "greylisting: the first attempt of this client, sender and recipient is deferred; the retry after the minimum wait is accepted",
    "unknown",
    ["rate-limited"],
  ),
  mtPlugin("Quota.pm")(
    "quota",
    27,
    "Mail::MtPolicyd::Plugin::Quota action",
    "default => 'defer smtp traffic quota has been exceeded'",
    "450 4.7.1 <bob@example.com>: Recipient address rejected: smtp traffic quota has been exceeded",
    "the sender (or client, by its configured field) has sent more mail this period (a month by default) than its threshold",
    "rate-limited",
  ),
  mtConf(
    "score-reject",
    204,
    "ScoreReject (Mail::MtPolicyd::Plugin::ScoreAction), Debian's configuration: a score of 15 or more",
    'action = "reject sender ip %IP% is blocked (score=%SCORE%%SCORE_DETAIL%)"',
    "554 5.7.1 <bob@example.com>: Recipient address rejected: sender ip 192.0.2.25 is blocked (score=15, spamhaus-rbl-xbl=5, sorbs.net=5, spamcop=5)",
    "the client's score from DNS blocklists (Spamhaus, SORBS, SpamCop ...), the sender domain on Spamhaus DBL and its country reached 15; the details name what scored, here three blocklists listing the client's IP",
    "ip-blocklisted",
  ),
  sqlgrey(
    "greylisted",
    2306,
    "smtpd_access_policy's reject text, answered as reject_first_attempt (default 'delay': defer_if_permit)",
    "my ($reject_text) = $self->{sqlgrey}{reject_early} . ' Greylisted for ' . $self->{sqlgrey}{reconnect_delay} . ' minutes';",
    "450 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    "greylisting: the client, sender and recipient are new, so the first attempt is deferred for reconnect_delay (5 minutes). Read as Postgrey's Postfix reply is (a rate limit, told as greylisting)",
    "rate-limited",
  ),
];

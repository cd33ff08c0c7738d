// Exim 4 (Debian package exim4-daemon-heavy) asking a spam filter at DATA through its `spam`
// ACL condition, in the lab: Rspamd (Debian's rspamd 3.4, spamd_address ... variant=rspamd, with
// the ACL of Rspamd's own "MTA integration" page) on port 25 and on the remote side
// (127.0.0.2:25), and SpamAssassin's spamd (Debian packages spamassassin and spamd) on three
// ports, one for each set of words the documentation gives a spam refusal: the Exim
// specification's two examples and Debian exim4-config's commented one. spamd_address is
// expanded by the port the message came in on, so one Exim asks both filters. The filters run
// as the rspamd and spamassassin drivers run them (scripts/mta-lab/mtas/rspamd.ts, spamd.ts).
// One more port greylists at RCPT with greylistd (Debian package greylistd, the greylisting
// daemon written for Exim), with the ACL statement its package gives
// (/usr/share/doc/greylistd/examples/exim4-acl-example.txt, as greylistd-setup-exim4 adds it).
import { join } from "node:path";
import { existsSync } from "node:fs";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  at,
  dialogue,
  gtubeMessage,
  sh,
  stopByPidFile,
  submission,
  waitFor,
} from "../lab-common";
import type { LabCase } from "../lab-types";
import { SPAMD_PORT, startSpamd, stopSpamd } from "../spamd";
import { EXIM_REMOTE_ROUTERS, EXIM_TRANSPORTS, eximDriver } from "./exim-setup";
import { RSPAMD_NORMAL_PORT, configureRspamd, startRspamd, stopRspamd } from "./rspamd";

const PORT = {
  rspamd: 25,
  saSpec: 2525,
  saDebian: 2526,
  saScore: 2527,
  greylistd: 2528,
  submit: 587,
};
/** greylistd's socket and account (Debian's /etc/greylistd/config and its package's user). */
const GREYLISTD_SOCKET = "/var/run/greylistd/socket";
const GREYLISTD_PID = join(LAB_DIR, "greylistd.pid");
const SPAMD_DIR = join(LAB_DIR, "exim-spamd");
const RELAYED = "bounce-relayed";
const mailboxes = ["user", RELAYED];

const RSPAMD_ADDRESS = `127.0.0.1 ${RSPAMD_NORMAL_PORT} variant=rspamd`;
const SPAMD_ADDRESS = `127.0.0.1 ${SPAMD_PORT}`;

/** ACL statements, each quoted in the manifest as the rule that provoked its fixture. */
const acl = {
  address: `spamd_address = \${if eq{$received_port}{${PORT.rspamd}}{${RSPAMD_ADDRESS}}{${SPAMD_ADDRESS}}} (the Exim specification's rspamd form, expanded by port)`,
  rspamdReject:
    "warn spam = nobody:true ; deny message = Message discarded as high-probability spam ; condition = ${if eq{$spam_action}{reject}} (Rspamd's MTA integration page, acl_check_spam)",
  rspamdSoft:
    "warn spam = nobody:true ; defer message = Please try again later ; condition = ${if eq{$spam_action}{soft reject}} (Rspamd's MTA integration page, acl_check_spam)",
  saSpec:
    "deny spam = nobody ; message = This message was classified as SPAM (the Exim specification's example, SpamAssassin's required_score 5)",
  saDebian:
    "deny spam = nobody:true ; condition = ${if >{$spam_score_int}{150}{true}{false}} ; message = Classified as spam (score $spam_score) (Debian exim4-config 40_exim4-config_check_data, commented example)",
  saScore:
    "deny spam = nobody:true ; condition = ${if >{$spam_score_int}{120}{1}{0}} ; message = This message scored $spam_score spam points. (the Exim specification's longer example)",
  greylistd:
    "acl_check_rcpt: defer message = $sender_host_address is not yet authorized to deliver mail from <$sender_address> to <$local_part@$domain>. Please try later. ; log_message = greylisted. ; ... condition = ${readsocket{/var/run/greylistd/socket}{--grey $sender_host_address $sender_address $local_part@$domain}{5s}{}{false}} (greylistd's exim4-acl-example.txt, Debian's greylistd defaults: retryMin 600)",
};

const eximConf =
  () => String.raw`# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
primary_hostname = ${L.mxHost}
qualify_domain = ${L.domain}
domainlist local_domains = ${L.domain}
domainlist relay_to_domains =
hostlist relay_from_hosts = <; 127.0.0.0/8
# 127.0.0.2:25 plays the remote MX of ${L.remoteDomain}, filtered by Rspamd like port 25: what
# it refuses, the sending side (this same Exim) reports in a bounce.
local_interfaces = <; 127.0.0.1 ; [127.0.0.2]:25
daemon_smtp_ports = ${Object.values(PORT).join(" : ")}
host_lookup = *
rfc1413_hosts =
never_users = root
dsn_advertise_hosts = *
spamd_address = ${"$"}{if eq{$received_port}{${PORT.rspamd}}{${RSPAMD_ADDRESS}}{${SPAMD_ADDRESS}}}
acl_smtp_rcpt = acl_rcpt
acl_smtp_data = acl_check_spam

begin acl

acl_rcpt:
  accept  hosts = :
  accept  hosts = +relay_from_hosts
          condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}{no}{yes}}
  require message = relay not permitted
          domains = +local_domains : ${L.remoteDomain}
  # greylistd's statement (its exim4-acl-example.txt), on its own port.
  defer
    condition      = ${"$"}{if eq{$received_port}{${PORT.greylistd}}}
    message        = $sender_host_address is not yet authorized to deliver \
                     mail from <$sender_address> to <$local_part@$domain>. \
                     Please try later.
    log_message    = greylisted.
    !senders       = :
    !hosts         = : +relay_from_hosts : \
                     ${"$"}{if exists {/etc/greylistd/whitelist-hosts}\
                                 {/etc/greylistd/whitelist-hosts}{}} : \
                     ${"$"}{if exists {/var/lib/greylistd/whitelist-hosts}\
                                 {/var/lib/greylistd/whitelist-hosts}{}}
    !authenticated = *
    !acl           = acl_local_deny_exceptions
    domains        = +local_domains : +relay_to_domains
    verify         = recipient/callout=20s,use_sender,defer_ok
    condition      = ${"$"}{readsocket{${GREYLISTD_SOCKET}}\
                                 {--grey \
                                  $sender_host_address \
                                  $sender_address \
                                  $local_part@$domain}\
                                 {5s}{}{false}}
  accept

# Debian exim4-config's exceptions list (hosts and senders whitelisted for its local deny
# rules): the lab lists none.
acl_local_deny_exceptions:
  deny

acl_check_spam:
  # Not scanned: the lab's own submissions (port ${PORT.submit}) and what this Exim relays to
  # itself, except on the remote side's listener.
  accept  condition = ${"$"}{if eq{$received_port}{${PORT.submit}}}
  accept  hosts = +relay_from_hosts
          condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}{no}{yes}}
  # SpamAssassin: the Exim specification's example.
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.saSpec}}}
          spam = nobody
          message = This message was classified as SPAM
  # SpamAssassin: Debian exim4-config's commented example (40_exim4-config_check_data).
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.saDebian}}}
          spam = nobody:true
          condition = ${"$"}{if >{$spam_score_int}{150}{true}{false}}
          message = Classified as spam (score $spam_score)
  # SpamAssassin: the Exim specification's longer example.
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.saScore}}}
          spam = nobody:true
          condition = ${"$"}{if >{$spam_score_int}{120}{1}{0}}
          message = This message scored $spam_score spam points.
  accept  condition = ${"$"}{if eq{$received_port}{${PORT.rspamd}}{no}{yes}}
  # Rspamd: its MTA integration page's acl_check_spam.
  warn    spam = nobody:true
  defer   message    = Please try again later
          condition  = ${"$"}{if eq{$spam_action}{soft reject}}
  deny    message    = Message discarded as high-probability spam
          condition  = ${"$"}{if eq{$spam_action}{reject}}
  accept

begin routers

${EXIM_REMOTE_ROUTERS}

lab_mailbox:
  driver = accept
  domains = +local_domains
  local_parts = dsearch;${MAIL_DIR}
  transport = lab_maildir

begin transports

${EXIM_TRANSPORTS}

begin retry

*  *  F,1m,10s

begin rewrite
`;

const gtube = (port: number) =>
  dialogue({ port, data: gtubeMessage(`someone@${L.goodSenderDomain}`, at("user")) });

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "rspamd-gtube-reject",
    cause: "content-spam",
    rule: `${acl.address}; ${acl.rspamdReject}; GTUBE in the body (Rspamd's GTUBE check, action reject)`,
    dialogue: gtube(PORT.rspamd),
  },
  {
    kind: "reply",
    id: "spamassassin-spec-reject",
    cause: "content-spam",
    rule: `${acl.address}; ${acl.saSpec}; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
    dialogue: gtube(PORT.saSpec),
  },
  {
    kind: "reply",
    id: "spamassassin-debian-reject",
    cause: "content-spam",
    rule: `${acl.address}; ${acl.saDebian}; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
    dialogue: gtube(PORT.saDebian),
  },
  {
    kind: "reply",
    id: "spamassassin-score-reject",
    cause: "content-spam",
    rule: `${acl.address}; ${acl.saScore}; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
    dialogue: gtube(PORT.saScore),
  },
  {
    kind: "reply",
    id: "rspamd-greylist",
    // Last of the Rspamd sessions (the greylist module remembers the body's hash too).
    // Rspamd's greylist module answers "soft reject", and the page's words for any soft reject
    // (a rate limit, a force_actions rule) are a bare "Please try again later": a deferral that
    // says no more than that the receiving side wants a retry, a limit or its own trouble.
    cause: "unknown",
    ruleCause: "rate-limited",
    possible: ["rate-limited", "remote-server-error"],
    rule: `${acl.address}; ${acl.rspamdSoft}; Rspamd's greylist module (Debian's defaults): the client ${L.listedClient} is on Spamhaus ZEN and SpamCop in the lab DNS (score over the greylist action, 4)`,
    dialogue: dialogue({ from: L.listedClient, helo: "listed-client.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "greylistd-greylisted",
    // Greylisting is a deferral the sending server retries: rate-limited, as for postgrey.
    cause: "rate-limited",
    rule: acl.greylistd,
    dialogue: dialogue({ port: PORT.greylistd }),
  },
  {
    kind: "bounce",
    id: "relayed-rspamd-gtube",
    rule: `remote side ([127.0.0.2]:25): ${acl.address}; ${acl.rspamdReject}; GTUBE in the body; relayed: the lab's Exim delivers to ${L.remoteMx} and bounces the refusal (MAIL FROM ... RET=HDRS)`,
    // RET=HDRS: the bounce returns the headers only, so that no fixture carries GTUBE itself.
    dialogue: submission(RELAYED, `user@${L.remoteDomain}`, {
      port: PORT.submit,
      mailParams: "RET=HDRS",
      data: gtubeMessage(at(RELAYED), `user@${L.remoteDomain}`),
    }),
    mailbox: RELAYED,
    reports: [{ id: "relayed-rspamd-gtube", cause: "content-spam", match: /Action: failed/i }],
  },
];

const driver = eximDriver({
  id: "exim-spam",
  helperPackages: ["rspamd", "redis-server", "clamav-daemon", "spamassassin", "spamd"],
  mailboxes,
  cases,
  reportWaitSeconds: 90,
  log: {
    file: "/var/log/exim4/mainlog",
    reject: /\b(rejected|refused)\b|\btemporarily rejected\b/,
    failure: / (\*\*|==) /,
    final: / \*\* /,
    queueId: /\bid=([0-9A-Za-z-]+)/,
    overrides: {
      // "temporarily rejected after DATA: Please try again later": the reply's words, which say
      // less than the greylisting behind them (the reply ranks its possibilities; the line is
      // read unknown with none ranked).
      "exim-spam/rspamd-greylist.receiving.log": { cause: "unknown", ruleCause: "rate-limited" },
    },
  },
  conf: eximConf,
});

/** The Exim driver with both filters started before Exim and stopped after it. */
export const eximSpam = {
  ...driver,
  configure() {
    configureRspamd();
    driver.configure();
  },
  async start() {
    await startRspamd();
    await startSpamd(SPAMD_DIR);
    await startGreylistd();
    await driver.start();
  },
  async stop() {
    await driver.stop();
    await stopByPidFile(GREYLISTD_PID, 500);
    await stopSpamd(SPAMD_DIR);
    await stopRspamd();
  },
};

/**
 * greylistd as its systemd unit runs it (user greylist, in the foreground), with Debian's
 * configuration; Exim's account joins the greylist group as the package's README.Debian says,
 * so that it may use the socket (mode 0660).
 */
async function startGreylistd(): Promise<void> {
  sh("adduser", ["--quiet", "Debian-exim", "greylist"]);
  sh("install", ["-d", "-o", "greylist", "-g", "greylist", "/var/run/greylistd"]);
  sh("bash", [
    "-c",
    `runuser -u greylist -- /usr/sbin/greylistd </dev/null >${join(LAB_DIR, "greylistd.log")} 2>&1 & echo $! >${GREYLISTD_PID}`,
  ]);
  if (!(await waitFor(() => existsSync(GREYLISTD_SOCKET), 30)))
    throw new Error("greylistd did not create its socket in 30 s");
}

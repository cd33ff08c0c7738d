// amavisd-new (Debian package amavisd-new, 2.13) with ClamAV (clamav-daemon) and SpamAssassin
// behind Postfix in the lab, hooked in as amavisd-new's README.postfix and amavisd-milter describe:
//   - before the queue (port 25, smtpd_proxy_filter): amavisd answers the client's DATA itself,
//     so its D_REJECT reaches the client as the SMTP reply;
//   - after the queue (port 2526, content_filter): Postfix has already accepted the message, so
//     with D_BOUNCE amavisd mails the sender its own bounce (a delivery status notification);
//   - as a milter (port 2527, amavisd-milter speaking AM.PDP to amavisd), refusing alike.
// Debian's /etc/amavis/conf.d is used as installed; the lab adds one file (60-mta-lab) that turns
// the checks on (the lines 15-content_filter_mode says to uncomment), sets the two policy banks'
// destinies, and logs to the lab directory.
// ClamAV scans with the lab's EICAR test signature (clamd.ts); Debian's
// @viruses_that_fake_sender_maps exempts EICAR names from "viruses fake the sender", so
// amavisd bounces it as it would a real find it trusts.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { CLAMD_RULE, startClamd, stopClamd } from "../clamd";
import {
  attachmentMessage,
  at,
  dialogue,
  eicarMessage,
  freshMaildirs,
  gtubeMessage,
  message,
  readMaildir,
  sh,
  stopByPidFile,
  submission,
  waitForPort,
  writeFile,
} from "../lab-common";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { RELAYED_MAILBOX, configureFilterFront, relayedCase, filterDir } from "../filter-front";

const DIR = filterDir("amavis");
export const AMAVIS_LAB_CONF = "/etc/amavis/conf.d/60-mta-lab";
const AMAVIS_PID = "/run/amavis/amavisd.pid";
const PORT = {
  before: 10024,
  after: 10026,
  reinject: 10025,
  afterQueueSmtpd: 2526,
  milterSmtpd: 2527,
  milter: 8896,
};
/** amavisd's AM.PDP socket, which amavisd-milter asks (Debian's default place). */
const AMAVISD_SOCKET = "/var/lib/amavis/amavisd.sock";
const MILTER_PID = "/run/amavis/amavisd-milter.pid";

const mailboxes = ["user", "bounce-virus", "bounce-spam", RELAYED_MAILBOX];

const amavisConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
use strict;
$myhostname = '${L.mxHost}';
$mydomain = '${L.domain}';
@local_domains_acl = ( '.${L.domain}' );
# 15-content_filter_mode: "uncomment to enable" virus and spam checking.
@bypass_virus_checks_maps = (\\%bypass_virus_checks, \\@bypass_virus_checks_acl, \\$bypass_virus_checks_re);
@bypass_spam_checks_maps = (\\%bypass_spam_checks, \\@bypass_spam_checks_acl, \\$bypass_spam_checks_re);
# No syslog in the lab's namespace: log to the lab directory.
$DO_SYSLOG = 0;
$LOGFILE = '${join(DIR, "log", "amavis.log")}';
$log_level = 2;
$max_servers = 1;
$inet_socket_bind = '127.0.0.1';
$inet_socket_port = [${PORT.before}, ${PORT.after}];
$forward_method = 'smtp:[127.0.0.1]:${PORT.reinject}';
$notify_method = $forward_method;
# Before the queue (smtpd_proxy_filter): refuse in the SMTP session.
$interface_policy{'${PORT.before}'} = 'LAB_BEFORE_QUEUE';
$policy_bank{'LAB_BEFORE_QUEUE'} = {
  final_virus_destiny => D_REJECT,
  final_banned_destiny => D_REJECT,
  final_spam_destiny => D_REJECT,
  final_bad_header_destiny => D_REJECT,
};
# After the queue (content_filter): the message is accepted already, so bounce it. GTUBE scores
# 1000, far over Debian's $sa_dsn_cutoff_level (10; 18 for a credible sender), beyond which
# amavisd sends no bounce for spam at all: raised, so that the lab records the bounce it writes.
$sa_dsn_cutoff_level = 9999;
$sa_crediblefrom_dsn_cutoff_level = 9999;
$interface_policy{'${PORT.after}'} = 'LAB_AFTER_QUEUE';
# amavisd-milter speaks AM.PDP on a Unix socket (its README.Debian's paragraph), refusing alike.
$unix_socketname = '${AMAVISD_SOCKET}';
$interface_policy{'SOCK'} = 'AM.PDP-SOCK';
$policy_bank{'AM.PDP-SOCK'} = {
  protocol => 'AM.PDP',
  auth_required_release => 0,
  final_virus_destiny => D_REJECT,
  final_banned_destiny => D_REJECT,
  final_spam_destiny => D_REJECT,
};
$policy_bank{'LAB_AFTER_QUEUE'} = {
  final_virus_destiny => D_BOUNCE,
  final_banned_destiny => D_BOUNCE,
  final_spam_destiny => D_BOUNCE,
};
1;
`;

const rules = {
  before: `port 25: smtpd_proxy_filter = 127.0.0.1:${PORT.before} (amavisd-new before the queue, policy bank with final_*_destiny = D_REJECT)`,
  milter: `port ${PORT.milterSmtpd}: smtpd_milters = inet:127.0.0.1:${PORT.milter} (amavisd-milter, AM.PDP to amavisd; policy bank with final_*_destiny = D_REJECT)`,
  after: `port ${PORT.afterQueueSmtpd}: content_filter = smtp-amavis:[127.0.0.1]:${PORT.after} (amavisd-new after the queue, policy bank with final_*_destiny = D_BOUNCE; $sa_dsn_cutoff_level and $sa_crediblefrom_dsn_cutoff_level = 9999)`,
  clam: `${CLAMD_RULE}, asked through Debian's 15-av_scanners entry`,
  sa: "SpamAssassin inside amavisd (Debian's sa_kill_level_deflt 6.31); GTUBE in the body (score 1000)",
  badHeader:
    "final_bad_header_destiny => D_REJECT in that bank (Debian's default D_PASS); a Subject with unencoded 8-bit characters",
  banned:
    "Debian's 20-debian_defaults $banned_filename_re (.exe and application/x-msdownload banned); an attachment invoice.exe",
};

const SENDER = `someone@${L.goodSenderDomain}`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "virus-reject",
    cause: "content-virus",
    rule: `${rules.before}; ${rules.clam}`,
    dialogue: dialogue({ data: eicarMessage(SENDER, at("user")) }),
  },
  {
    kind: "reply",
    id: "spam-reject",
    cause: "content-spam",
    rule: `${rules.before}; ${rules.sa}`,
    dialogue: dialogue({ data: gtubeMessage(SENDER, at("user")) }),
  },
  {
    kind: "reply",
    id: "banned-reject",
    cause: "content-virus",
    rule: `${rules.before}; ${rules.banned}`,
    dialogue: dialogue({ data: attachmentMessage(SENDER, at("user")) }),
  },
  {
    kind: "reply",
    id: "bad-header-reject",
    cause: "protocol-syntax",
    rule: `${rules.before}; ${rules.badHeader}`,
    dialogue: dialogue({
      data: message({
        from: SENDER,
        to: at("user"),
        subject: "Caf\u00e9 cr\u00e8me (8-bit, not MIME-encoded)",
      }),
    }),
  },
  {
    kind: "reply",
    id: "milter-virus-reject",
    cause: "content-virus",
    rule: `${rules.milter}; ${rules.clam}`,
    dialogue: dialogue({ port: PORT.milterSmtpd, data: eicarMessage(SENDER, at("user")) }),
  },
  {
    kind: "reply",
    id: "milter-spam-reject",
    cause: "content-spam",
    rule: `${rules.milter}; ${rules.sa}`,
    dialogue: dialogue({ port: PORT.milterSmtpd, data: gtubeMessage(SENDER, at("user")) }),
  },
  {
    kind: "bounce",
    id: "virus-bounce",
    rule: `${rules.after}; ${rules.clam}`,
    dialogue: submission("bounce-virus", at("user"), {
      port: PORT.afterQueueSmtpd,
      data: eicarMessage(at("bounce-virus"), at("user")),
    }),
    mailbox: "bounce-virus",
    reports: [{ id: "virus-bounce", cause: "content-virus", match: /Action: failed/i }],
  },
  {
    kind: "bounce",
    id: "spam-bounce",
    rule: `${rules.after}; ${rules.sa}`,
    dialogue: submission("bounce-spam", at("user"), {
      port: PORT.afterQueueSmtpd,
      data: gtubeMessage(at("bounce-spam"), at("user")),
    }),
    mailbox: "bounce-spam",
    reports: [{ id: "spam-bounce", cause: "content-spam", match: /Action: failed/i }],
  },
  relayedCase("relayed-virus", "content-virus", `${rules.before}; ${rules.clam}`, eicarMessage),
];

export const amavis: MtaDriver = {
  id: "amavis",
  package: "amavisd-new",
  helperPackages: ["postfix", "clamav-daemon", "spamassassin", "amavisd-milter"],
  mailboxes,
  cases,
  reportWaitSeconds: 120,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(AMAVIS_LAB_CONF, amavisConf);
    configureFilterFront({
      mailboxes,
      remote: true,
      mx: [`smtpd_proxy_filter=127.0.0.1:${PORT.before}`],
      master: [
        `127.0.0.1:${PORT.milterSmtpd} inet n - n - - smtpd`,
        `  -o smtpd_milters=inet:127.0.0.1:${PORT.milter}`,
        `127.0.0.1:${PORT.afterQueueSmtpd} inet n - n - - smtpd`,
        `  -o content_filter=smtp-amavis:[127.0.0.1]:${PORT.after}`,
        "smtp-amavis unix - - n - 2 smtp",
        "  -o smtp_data_done_timeout=1200",
        "  -o smtp_send_xforward_command=yes",
        "  -o disable_dns_lookups=yes",
        // Where amavisd hands back what passes, and its own bounces (README.postfix).
        `127.0.0.1:${PORT.reinject} inet n - n - - smtpd`,
        "  -o content_filter=",
        "  -o smtpd_proxy_filter=",
        "  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters",
        "  -o smtpd_recipient_restrictions=permit_mynetworks,reject",
        "  -o smtpd_authorized_xforward_hosts=127.0.0.0/8",
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    sh("mkdir", ["-p", "/run/amavis"]);
    writeFile(join(DIR, "log", ".keep"), "");
    // amavisd drops to its own account (Debian's $daemon_user) before it opens its log.
    sh("chown", ["amavis:amavis", "/run/amavis", join(DIR, "log")]);
    await startClamd();
    sh("bash", ["-c", "amavisd start </dev/null >/dev/null 2>&1"]);
    // amavisd compiles SpamAssassin's rules before it listens.
    for (const port of [PORT.before, PORT.after])
      if (!(await waitForPort(port, 180)))
        throw new Error(`amavisd did not listen on ${port} in 180 s`);
    // As Debian's init script runs it: as amavis, in amavisd's own working directory.
    sh("bash", [
      "-c",
      [
        `runuser -u amavis -- amavisd-milter -s inet:${PORT.milter}@127.0.0.1 -S ${AMAVISD_SOCKET}`,
        `-w /var/lib/amavis/tmp -p ${MILTER_PID} </dev/null >/dev/null 2>&1`,
      ].join(" "),
    ]);
    if (!(await waitForPort(PORT.milter, 30)))
      throw new Error("amavisd-milter did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(MILTER_PID, 500);
    await stopByPidFile(AMAVIS_PID, 3000);
    await stopClamd();
  },
  readMailbox: readMaildir,
};

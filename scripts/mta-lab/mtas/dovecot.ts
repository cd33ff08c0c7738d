// Dovecot LMTP (Debian package dovecot-lmtpd, 2.3) behind Postfix in the lab: Postfix takes the
// mail for the lab domain and hands it to Dovecot's LMTP server on loopback, the way a mail
// host stores mail in Dovecot mailboxes. Dovecot decides which users exist (a passwd-file) and
// enforces the quota (its quota plugin); its replies reach the sender inside what Postfix
// writes: a bounce quoting "host 127.0.0.1[127.0.0.1] said: ..." or, where Postfix verifies
// recipients first (reject_unverified_recipient), its own RCPT refusal quoting Dovecot's.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  NOBODY,
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  sleep,
  stopByPidFile,
  submission,
  writeFile,
} from "../lab-common";
import { bounceCase } from "../lab-cases";
import type { LabCase, MtaDriver } from "../lab-types";

const ETC = "/etc/postfix";
const DOVECOT_CONF = join(LAB_DIR, "dovecot", "dovecot.conf");
const DOVECOT_BASE = join(LAB_DIR, "dovecot", "run");
const LMTP_PORT = 24;
const PORT = { mx: 25, verify: 2533, submit: 587 };
/** The quota of the mailbox "full" (quota plugin, storage), already nearly used up. */
const FULL_QUOTA_KB = 20;

const mailboxes = [
  "user",
  "full",
  "full-tempfail",
  "bounce-unknown",
  "bounce-quota",
  "bounce-quota-later",
];

const dovecotConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed after the run.
protocols = lmtp
listen = 127.0.0.1
base_dir = ${DOVECOT_BASE}
state_dir = ${join(LAB_DIR, "dovecot", "state")}
log_path = ${join(LAB_DIR, "dovecot.log")}
ssl = no
first_valid_uid = ${NOBODY.uid}
first_valid_gid = ${NOBODY.gid}
mail_location = maildir:${MAIL_DIR}/%n
mail_plugins = quota
lmtp_rcpt_check_quota = yes
userdb {
  driver = passwd-file
  args = ${join(LAB_DIR, "dovecot", "users")}
}
passdb {
  driver = passwd-file
  args = ${join(LAB_DIR, "dovecot", "users")}
}
plugin {
  quota = maildir:User quota
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${LMTP_PORT}
  }
}
service anvil {
  chroot =
}
service stats {
  chroot =
}
`;

/** userdb extra fields: the quota of the full mailboxes; "full-tempfail" answers 4xx (quota_full_tempfail). */
const quotaFields: Record<string, string> = {
  full: `userdb_quota_rule=*:storage=${FULL_QUOTA_KB}k`,
  "full-tempfail": `userdb_quota_rule=*:storage=${FULL_QUOTA_KB}k userdb_quota_full_tempfail=yes`,
};

/** passwd-file: user:password:uid:gid:gecos:home:shell:extra fields. */
const users = mailboxes
  .map(
    (m) => `${at(m)}::${NOBODY.uid}:${NOBODY.gid}::${join(MAIL_DIR, m)}::${quotaFields[m] ?? ""}`,
  )
  .join("\n");

const lmtp = `lmtp:inet:127.0.0.1:${LMTP_PORT}`;
const mainCf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
compatibility_level = 3.6
myhostname = ${L.mxHost}
mydomain = ${L.domain}
myorigin = $mydomain
mydestination =
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file = ${LAB_DIR}/postfix.log
smtpd_banner = $myhostname ESMTP $mail_name (lab)
virtual_mailbox_domains = ${L.domain}
virtual_transport = ${lmtp}
virtual_mailbox_maps = static:lab
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
address_verify_map = btree:${LAB_DIR}/verify_cache
delay_warning_time = 20s
bounce_queue_lifetime = 100s
maximal_queue_lifetime = 100s
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
`;

const rules = {
  lmtp: `virtual_transport = ${lmtp} (Dovecot LMTP); virtual_mailbox_maps = static:lab (Postfix accepts every address, Dovecot decides)`,
  users: "Dovecot userdb passwd-file (no entry)",
  verify: `-o smtpd_recipient_restrictions=reject_unverified_recipient (port ${PORT.verify}: Postfix probes the address through LMTP at RCPT)`,
  quota: `Dovecot quota plugin: quota = maildir:User quota, userdb_quota_rule=*:storage=${FULL_QUOTA_KB}k for full (used up)`,
};

const masterCf = () => {
  const smtpd = (listen: string, opts: string[] = []) =>
    `${listen} inet n - n - - smtpd${opts.map((o) => `\n  -o ${o}`).join("")}`;
  return [
    smtpd(`127.0.0.1:${PORT.mx}`),
    smtpd(`127.0.0.1:${PORT.verify}`, [
      "smtpd_recipient_restrictions=reject_unverified_recipient",
      "unverified_recipient_reject_code=550",
    ]),
    smtpd(`127.0.0.1:${PORT.submit}`),
    "pickup unix n - n 60 1 pickup",
    "cleanup unix n - n - 0 cleanup",
    "qmgr unix n - n 300 1 qmgr",
    "rewrite unix - - n - - trivial-rewrite",
    "bounce unix - - n - 0 bounce",
    "defer unix - - n - 0 bounce",
    "trace unix - - n - 0 bounce",
    "verify unix - - n - 1 verify",
    "flush unix n - n 1000? 0 flush",
    "proxymap unix - - n - - proxymap",
    "proxywrite unix - - n - 1 proxymap",
    "smtp unix - - n - - smtp",
    "relay unix - - n - - smtp",
    "showq unix n - n - - showq",
    "error unix - - n - - error",
    "retry unix - - n - - error",
    "discard unix - - n - - discard",
    "local unix - n n - - local",
    "virtual unix - n n - - virtual",
    "lmtp unix - - n - - lmtp",
    "anvil unix - - n - 1 anvil",
    "scache unix - - n - 1 scache",
    "postlog unix-dgram n - n - 1 postlogd",
    "",
  ].join("\n");
};

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "verify-unknown-user",
    cause: "recipient-unknown",
    rule: `${rules.verify}; ${rules.users}`,
    dialogue: dialogue({ port: PORT.verify, rcpts: [{ address: at("nosuch") }] }),
  },
  {
    kind: "reply",
    id: "verify-mailbox-full",
    cause: "mailbox-full",
    rule: `${rules.verify}; ${rules.quota}; lmtp_rcpt_check_quota = yes`,
    dialogue: dialogue({ port: PORT.verify, rcpts: [{ address: at("full") }] }),
  },
  bounceCase.unknownUser(`${rules.lmtp}; ${rules.users}`, { port: PORT.submit }),
  bounceCase.mailboxFull(`${rules.lmtp}; ${rules.quota}`, {
    port: PORT.submit,
    data: message({ from: at("bounce-quota"), to: at("full"), padTo: 4000 }),
  }),
  {
    kind: "bounce",
    id: "quota-tempfail",
    rule: `${rules.lmtp}; ${rules.quota.replace("for full", "for full-tempfail")}; userdb_quota_full_tempfail=yes; delay_warning_time = 20s, maximal_queue_lifetime = 100s`,
    dialogue: submission("bounce-quota-later", at("full-tempfail"), {
      port: PORT.submit,
      rcpts: [{ address: at("full-tempfail"), params: "NOTIFY=DELAY,FAILURE" }],
    }),
    mailbox: "bounce-quota-later",
    reports: [
      { id: "quota-delay-warning", cause: "not-a-bounce", match: /Action: delayed/i },
      { id: "bounce-quota-expired", cause: "mailbox-full", match: /Action: failed/i },
    ],
  },
];

export const dovecot: MtaDriver = {
  id: "dovecot",
  package: "dovecot-lmtpd",
  helperPackages: ["postfix", "dovecot-core"],
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  configure() {
    rmSync(join(LAB_DIR, "dovecot"), { recursive: true, force: true });
    writeFile(join(ETC, "main.cf"), mainCf);
    writeFile(join(ETC, "master.cf"), masterCf());
    writeFile(DOVECOT_CONF, dovecotConf);
    writeFile(join(LAB_DIR, "dovecot", "users"), users + "\n");
    freshMaildirs(mailboxes);
    // The over-quota mailboxes: one stored message that already uses up the quota.
    for (const m of Object.keys(quotaFields)) {
      const filler = join(MAIL_DIR, m, "cur", "1.lab-filler:2,S");
      writeFileSync(
        filler,
        message({ from: at("user"), to: at(m), padTo: FULL_QUOTA_KB * 1024 + 500 }),
      );
      sh("chown", [`${NOBODY.uid}:${NOBODY.gid}`, filler]);
    }
    sh(
      "bash",
      [
        "-c",
        "rm -rf /var/spool/postfix/{active,bounce,corrupt,defer,deferred,flush,hold,incoming,maildrop,trace}/*",
      ],
      { allowFail: true },
    );
  },
  async start() {
    // Detached from our pipes: the daemon keeps inherited stdout open, which spawnSync awaits.
    sh("bash", ["-c", `dovecot -c ${DOVECOT_CONF} </dev/null >/dev/null 2>&1`]);
    sh("postfix", ["check"]);
    sh("postfix", ["start"]);
    await sleep(2000);
  },
  flush() {
    sh("postqueue", ["-f"], { allowFail: true });
  },
  async stop() {
    sh("postfix", ["stop"], { allowFail: true });
    await sleep(1500);
    sh("postfix", ["abort"], { allowFail: true });
    sh("doveadm", ["-c", DOVECOT_CONF, "stop"], { allowFail: true });
    await stopByPidFile(join(DOVECOT_BASE, "master.pid"), 1000);
  },
  readMailbox: readMaildir,
};

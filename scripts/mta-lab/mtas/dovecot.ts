// Dovecot LMTP (Debian package dovecot-lmtpd, 2.3) behind Postfix in the lab: Postfix takes the
// mail for the lab domain and hands it to Dovecot's LMTP server on loopback, the way a mail
// host stores mail in Dovecot mailboxes. Dovecot decides which users exist (a passwd-file) and
// enforces the quota (its quota plugin); its replies reach the sender inside what Postfix
// writes: a bounce quoting "host 127.0.0.1[127.0.0.1] said: ..." or, where Postfix verifies
// recipients first (reject_unverified_recipient), its own RCPT refusal quoting Dovecot's.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  stopByPidFile,
  submission,
  writeFile,
} from "../lab-common";
import { bounceCase } from "../lab-cases";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { FRONT_PORT, VERIFY_RULE, configurePostfixFront } from "../postfix-front";

const DOVECOT_CONF = join(LAB_DIR, "dovecot", "dovecot.conf");
const DOVECOT_BASE = join(LAB_DIR, "dovecot", "run");
const LMTP_PORT = 24;
const PORT = FRONT_PORT;
/** The quota of the mailbox "full" (quota plugin, storage), already nearly used up. */
const FULL_QUOTA_KB = 20;

const mailboxes = [
  "user",
  "full",
  "full-tempfail",
  "bounce-unknown",
  "bounce-quota",
  "bounce-quota-later",
  "sieve-reject",
  "sieve-vacation",
  "bounce-sieve",
  "vacation-sender",
  "sieve-vacation-default",
  "vacation-default-sender",
  "sieve-ereject",
  "bounce-ereject",
];

/**
 * Each user's active Sieve script (Pigeonhole, dovecot-sieve), in its home: a reject (the
 * example of RFC 5429 section 2.2), a vacation auto-reply (RFC 5230), the same with only the
 * reason given (Pigeonhole's own defaults for the rest: its subject "Auto: <the original
 * subject>", cmd-vacation.c's act_vacation_get_default_subject), and an ereject (RFC 5429
 * section 2.1's example text), which Pigeonhole 0.5 lists as "implemented, but currently equal
 * to reject" (README) and builds only with HAVE_SIEVE_UNFINISHED (sieve-extensions.c).
 */
const sieveScripts: Record<string, string> = {
  "sieve-reject": [
    'require ["reject"];',
    "reject text:",
    "I am not taking mail from you, and I don't",
    "want your birdseed, either!",
    ".",
    ";",
    "",
  ].join("\n"),
  "sieve-vacation": [
    'require ["vacation"];',
    'vacation :days 1 :subject "Out of office" "I am away until Monday and will answer then.";',
    "",
  ].join("\n"),
  "sieve-vacation-default": [
    'require ["vacation"];',
    'vacation "I am away this week and will read your message when I am back.";',
    "",
  ].join("\n"),
  "sieve-ereject": [
    'require ["ereject"];',
    'ereject "I no longer accept mail from this address";',
    "",
  ].join("\n"),
};

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
# Sieve's rejects and auto-replies leave through the Postfix front (loopback relays).
submission_host = 127.0.0.1:${PORT.submit}
protocol lmtp {
  mail_plugins = $mail_plugins sieve
}
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
  sieve = file:~/sieve;active=~/.dovecot.sieve
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

const rules = {
  lmtp: `virtual_transport = ${lmtp} (Dovecot LMTP); virtual_mailbox_maps = static:lab (Postfix accepts every address, Dovecot decides)`,
  users: "Dovecot userdb passwd-file (no entry)",
  verify: VERIFY_RULE,
  sieve:
    "Pigeonhole Sieve in Dovecot LMTP (protocol lmtp { mail_plugins = $mail_plugins sieve }), the user's active script ~/.dovecot.sieve:",
  quota: `Dovecot quota plugin: quota = maildir:User quota, userdb_quota_rule=*:storage=${FULL_QUOTA_KB}k for full (used up)`,
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
      { id: "quota-delay-warning", cause: "mailbox-full", match: /Action: delayed/i },
      { id: "bounce-quota-expired", cause: "mailbox-full", match: /Action: failed/i },
    ],
  },
  {
    kind: "bounce",
    id: "sieve-reject",
    rule: `${rules.lmtp}; ${rules.sieve} reject (RFC 5429 section 2.2's example text)`,
    dialogue: submission("bounce-sieve", at("sieve-reject"), { port: PORT.submit }),
    mailbox: "bounce-sieve",
    // Dovecot's words ("Your message to <...> was automatically rejected:", its default
    // rejection_reason) say only that the recipient's filter refused it; the reason is the
    // user's own free text (here RFC 5429's example, which refuses the sender): unknown.
    reports: [{ id: "sieve-reject", cause: "unknown", ruleCause: "sender-policy", match: /./ }],
  },
  {
    kind: "bounce",
    id: "sieve-vacation",
    rule: `${rules.lmtp}; ${rules.sieve} vacation :days 1 (RFC 5230)`,
    dialogue: submission("vacation-sender", at("sieve-vacation"), { port: PORT.submit }),
    mailbox: "vacation-sender",
    // An auto-reply: the message was delivered.
    reports: [{ id: "sieve-vacation", cause: "not-a-bounce", match: /./ }],
  },
  {
    kind: "bounce",
    id: "sieve-vacation-default",
    rule: `${rules.lmtp}; ${rules.sieve} vacation "<reason>" (no :subject, :days or :from: Pigeonhole's defaults)`,
    dialogue: submission("vacation-default-sender", at("sieve-vacation-default"), {
      port: PORT.submit,
    }),
    mailbox: "vacation-default-sender",
    reports: [{ id: "sieve-vacation-default", cause: "not-a-bounce", match: /./ }],
  },
  {
    kind: "bounce",
    id: "sieve-ereject",
    rule: `${rules.lmtp}; ${rules.sieve} ereject (RFC 5429 section 2.1's example text)`,
    dialogue: submission("bounce-ereject", at("sieve-ereject"), { port: PORT.submit }),
    mailbox: "bounce-ereject",
    // Where Pigeonhole has ereject it is reject's notice (README), whose reason is the user's
    // free text: as sieve-reject. Where it does not, the script fails to compile and the
    // message is kept: no report, and the run records it as not provoked. Debian 12's
    // dovecot-sieve (0.5.19) does not: sievec says "require command: unknown Sieve capability
    // `ereject'". Nor is there an LMTP-level reject to record instead: Pigeonhole's reject
    // (lda-sieve-plugin.c, lda_sieve_reject_mail) always mails Dovecot's rejection notice
    // (mail_send_rejection), in LMTP and dovecot-lda alike; dovecot-lda -e only writes the
    // reasons of failed deliveries (over quota) to stderr.
    reports: [{ id: "sieve-ereject", cause: "unknown", ruleCause: "sender-policy", match: /./ }],
  },
];

export const dovecot: MtaDriver = {
  id: "dovecot",
  package: "dovecot-lmtpd",
  helperPackages: ["postfix", "dovecot-core", "dovecot-sieve"],
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  configure() {
    rmSync(join(LAB_DIR, "dovecot"), { recursive: true, force: true });
    configurePostfixFront(lmtp);
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
    for (const [m, script] of Object.entries(sieveScripts)) {
      const file = join(MAIL_DIR, m, ".dovecot.sieve");
      writeFileSync(file, script);
      sh("chown", [`${NOBODY.uid}:${NOBODY.gid}`, file]);
    }
    // Whether this build knows ereject: the compiler's own answer, in the run's output (a
    // script that does not compile leaves only a log line, and the message is kept).
    const ereject = join(LAB_DIR, "dovecot", "ereject-check.sieve");
    writeFileSync(ereject, sieveScripts["sieve-ereject"] ?? "");
    console.log(
      `  sievec (ereject): ${sh("sievec", ["-c", DOVECOT_CONF, ereject], { allowFail: true }).trim() || "compiled"}`,
    );
  },
  async start() {
    // Detached from our pipes: the daemon keeps inherited stdout open, which spawnSync awaits.
    sh("bash", ["-c", `dovecot -c ${DOVECOT_CONF} </dev/null >/dev/null 2>&1`]);
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    sh("doveadm", ["-c", DOVECOT_CONF, "stop"], { allowFail: true });
    await stopByPidFile(join(DOVECOT_BASE, "master.pid"), 1000);
  },
  readMailbox: readMaildir,
};

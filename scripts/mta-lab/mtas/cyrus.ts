// Cyrus IMAP's lmtpd (Debian package cyrus-imapd, 3.6) behind Postfix in the lab. Two Cyrus
// instances on loopback, each its own master, configuration and spool under the lab directory:
// "strict" (no mailbox is created on delivery, so an address without one is unknown) and
// "autocreate" (autocreate_post with a 20 kB autocreate_quota, and
// lmtp_over_quota_perm_failure, so that a full mailbox refuses for good). Postfix routes the
// unknown user to the first and the full mailbox to the second (transport_maps), and
// delivers the bounces to the lab's maildirs itself (virtual).
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  LAB_DIR,
  MAIL_DIR,
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  sleep,
  submission,
  writeFile,
} from "../lab-common";
import { bounceCase } from "../lab-cases";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { FRONT_PORT as PORT, VERIFY_RULE, configurePostfixFront } from "../postfix-front";
import { runDialogue } from "../smtp-client";

const CYRUS_DIR = join(LAB_DIR, "cyrus");
const MASTER = "/usr/lib/cyrus/bin/master";
const QUOTA_KB = 20;
const INSTANCES = {
  strict: { port: 2003, conf: "" },
  autocreate: {
    port: 2004,
    conf: `autocreate_post: 1\nautocreate_quota: ${QUOTA_KB}\nlmtp_over_quota_perm_failure: 1\n`,
  },
} as const;
type Instance = keyof typeof INSTANCES;

const lmtpTo = (i: Instance) => `lmtp:inet:127.0.0.1:${INSTANCES[i].port}`;
const dir = (i: Instance) => join(CYRUS_DIR, i);

const imapdConf = (
  i: Instance,
) => `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed after the run.
configdirectory: ${join(dir(i), "config")}
partition-default: ${join(dir(i), "spool")}
sievedir: ${join(dir(i), "sieve")}
admins: cyrus
virtdomains: userid
defaultdomain: ${at("").slice(1)}
unixhierarchysep: yes
lmtp_downcase_rcpt: yes
syslog_prefix: cyrus-lab-${i}
${INSTANCES[i].conf}`;

const cyrusConf = (i: Instance) => `START {
  recover cmd="ctl_cyrusdb -r -C ${join(dir(i), "imapd.conf")}"
}
SERVICES {
  lmtp cmd="lmtpd -a -C ${join(dir(i), "imapd.conf")}" listen="127.0.0.1:${INSTANCES[i].port}" prefork=0 maxchild=5
}
EVENTS {
}
`;

const mailboxes = ["user", "bounce-unknown", "bounce-quota"];

const rules = {
  unknown: `transport_maps: ${at("nosuch")} ${lmtpTo("strict")} (Cyrus lmtpd, no mailbox for the user, autocreate off)`,
  quota: `transport_maps: ${at("full")} ${lmtpTo("autocreate")} (Cyrus lmtpd: autocreate_post, autocreate_quota ${QUOTA_KB}, lmtp_over_quota_perm_failure; a first ${QUOTA_KB + 2} kB message already used the quota up)`,
};

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "verify-unknown-user",
    cause: "recipient-unknown",
    rule: `${VERIFY_RULE}; ${rules.unknown}`,
    dialogue: dialogue({ port: PORT.verify, rcpts: [{ address: at("nosuch") }] }),
  },
  {
    kind: "reply",
    id: "verify-mailbox-full",
    cause: "mailbox-full",
    rule: `${VERIFY_RULE}; ${rules.quota}`,
    dialogue: dialogue({ port: PORT.verify, rcpts: [{ address: at("full") }] }),
  },
  bounceCase.unknownUser(rules.unknown, { port: PORT.submit }),
  bounceCase.mailboxFull(rules.quota, {
    port: PORT.submit,
    data: message({ from: at("bounce-quota"), to: at("full"), padTo: 4000 }),
  }),
];

function pidOf(i: Instance): number {
  try {
    return Number(sh("cat", [join(dir(i), "master.pid")]).trim());
  } catch {
    return 0;
  }
}

export const cyrus: MtaDriver = {
  id: "cyrus",
  package: "cyrus-imapd",
  helperPackages: ["postfix", "cyrus-common"],
  mailboxes,
  cases,
  reportWaitSeconds: 120,
  configure() {
    rmSync(CYRUS_DIR, { recursive: true, force: true });
    for (const i of Object.keys(INSTANCES) as Instance[]) {
      for (const sub of ["config", "spool", "sieve"]) sh("mkdir", ["-p", join(dir(i), sub)]);
      writeFile(join(dir(i), "imapd.conf"), imapdConf(i));
      writeFile(join(dir(i), "cyrus.conf"), cyrusConf(i));
    }
    sh("chown", ["-R", "cyrus:mail", CYRUS_DIR]);
    freshMaildirs(mailboxes);
    configurePostfixFront("virtual", {
      [at("nosuch")]: lmtpTo("strict"),
      [at("full")]: lmtpTo("autocreate"),
    });
    // virtual(8) delivers the bounces to the lab's maildirs (MAIL_DIR, owned by nobody); the
    // addresses Cyrus holds only need to be listed (static), transport_maps routes them.
    writeFile(
      "/etc/postfix/lab-mailboxes",
      mailboxes.map((m) => `${at(m)} ${m}/`).join("\n") + "\n",
    );
    sh("postconf", [
      `virtual_mailbox_base=${MAIL_DIR}`,
      "virtual_mailbox_maps=texthash:/etc/postfix/lab-mailboxes, static:unused/",
      "virtual_uid_maps=static:65534",
      "virtual_gid_maps=static:65534",
    ]);
  },
  async start() {
    for (const i of Object.keys(INSTANCES) as Instance[])
      sh("bash", [
        "-c",
        `${MASTER} -C ${join(dir(i), "imapd.conf")} -M ${join(dir(i), "cyrus.conf")} -p ${join(dir(i), "master.pid")} -d </dev/null >/dev/null 2>&1`,
      ]);
    await startPostfix();
    // The full mailbox: a first message, created on delivery, that uses its quota up (Cyrus
    // accepts the message that crosses the quota and refuses the next).
    await runDialogue(
      submission("user", at("full"), {
        port: PORT.submit,
        data: message({ from: at("user"), to: at("full"), padTo: (QUOTA_KB + 2) * 1024 }),
      }),
    );
    await sleep(5000);
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    for (const i of Object.keys(INSTANCES) as Instance[]) {
      const pid = pidOf(i);
      if (pid > 1) sh("kill", [String(pid)], { allowFail: true });
    }
    await sleep(1500);
  },
  readMailbox: readMaildir,
};

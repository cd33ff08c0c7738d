// clamsmtp (Debian package clamsmtp 1.10), the SMTP proxy that has clamd scan each message, as
// an after-queue content filter of Postfix the way its own postfix.html sets it up: Postfix's
// "scan" SMTP client hands every message from port 25 to clamsmtpd, which passes clean mail back
// to Postfix's reinjection listener and answers an infected one itself. Debian's clamsmtpd.conf
// (Listen 127.0.0.1:10026, OutAddress 10025), with "Action: bounce" (clamsmtpd.conf(5); the
// default, drop, accepts and discards): the filter refuses the message at the end of DATA and
// Postfix bounces it to the sender with clamsmtpd's words inside. The lab's clamd knows the
// EICAR test file only (clamd.ts).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { CLAMD_RULE, CLAMD_SOCKET, startClamd, stopClamd } from "../clamd";
import {
  at,
  eicarMessage,
  freshMaildirs,
  readMaildir,
  sh,
  sleep,
  stopByPidFile,
  submission,
  waitForPort,
  writeFile,
} from "../lab-common";
import { flushPostfix, smtpdService, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { FILTER_FRONT_LOG, configureFilterFront, filterDir } from "../filter-front";

const DIR = filterDir("clamsmtp");
const CONF = join(DIR, "clamsmtpd.conf");
const PID = join(DIR, "clamsmtpd.pid");
/** Debian's clamsmtpd.conf: it listens on 10026 and hands clean mail back to 10025. */
const LISTEN = 10026;
const OUT = 10025;
const SENDER = "bounce-virus";
const mailboxes = ["user", SENDER];

const conf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
OutAddress: ${OUT}
Listen: 127.0.0.1:${LISTEN}
ClamAddress: ${CLAMD_SOCKET}
TempDirectory: ${join(DIR, "tmp")}
PidFile: ${PID}
User: clamsmtp
Action: bounce
`;

const rule = `content_filter = scan:[127.0.0.1]:${LISTEN}; master.cf: scan unix - - n - 16 smtp -o smtp_send_xforward_command=yes and the reinjection listener 127.0.0.1:${OUT} (clamsmtp's postfix.html); clamsmtpd.conf: Debian's with Action: bounce; ${CLAMD_RULE}`;

const cases: LabCase[] = [
  {
    kind: "bounce",
    id: "virus-bounce",
    rule: `${rule}; MAIL FROM ... RET=HDRS (the bounce returns the headers only)`,
    // RET=HDRS: no fixture carries the EICAR test file itself.
    dialogue: submission(SENDER, at("user"), {
      mailParams: "RET=HDRS",
      data: eicarMessage(at(SENDER), at("user")),
    }),
    mailbox: SENDER,
    reports: [{ id: "virus-bounce", cause: "content-virus", match: /Action: failed/i }],
  },
];

export const clamsmtp: MtaDriver = {
  id: "clamsmtp",
  package: "clamsmtp",
  helperPackages: ["postfix", "clamav-daemon"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  log: FILTER_FRONT_LOG,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, conf);
    writeFile(join(DIR, "tmp", ".keep"), "");
    sh("chown", ["-R", "clamsmtp:clamsmtp", DIR]);
    configureFilterFront({
      mailboxes,
      main: [`content_filter = scan:[127.0.0.1]:${LISTEN}`],
      master: [
        "scan unix - - n - 16 smtp\n  -o smtp_send_xforward_command=yes",
        smtpdService(`127.0.0.1:${OUT}`, [
          "content_filter=",
          "receive_override_options=no_unknown_recipient_checks,no_header_body_checks",
          "smtpd_helo_restrictions=",
          "smtpd_client_restrictions=",
          "smtpd_sender_restrictions=",
          "smtpd_recipient_restrictions=permit_mynetworks,reject",
          "mynetworks_style=host",
          "smtpd_authorized_xforward_hosts=127.0.0.0/8",
        ]),
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    await startClamd();
    // The lab's clamd runs as root (clamd.ts), so it reads clamsmtpd's temporary files, which
    // clamsmtp's postfix.html warns a clamd of another account may not.
    sh("bash", ["-c", `clamsmtpd -f ${CONF} </dev/null >${join(DIR, "start.log")} 2>&1`]);
    if (!(await waitForPort(LISTEN, 30))) throw new Error("clamsmtpd did not start in 30 s");
    await startPostfix();
    await sleep(1000);
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(PID, 1000);
    await stopClamd();
  },
  readMailbox: readMaildir,
};

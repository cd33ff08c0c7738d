// The lab's one Sendmail set-up (Debian package sendmail-bin, 8.17): its drivers (sendmail.ts,
// sendmail-access.ts) give only their .mc, the access map and virtusertable lines, extra
// aliases and their cases; this compiles the .mc with the package's cf macros (sendmail-cf),
// builds the maps and aliases (the lab mailboxes are mbox files under /var/lib/mta-lab), runs
// the daemon and stops it again.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, MAIL_DIR, sh, sleep, stopByPidFile, writeFile } from "../lab-common";
import type { LabCase, LabLog, MtaDriver } from "../lab-types";

const ETC = "/etc/mail";
const MC = join(ETC, "lab-sendmail.mc");
const CF = join(ETC, "lab-sendmail.cf");
/** The files the .mc names (run.sh's LAB_FILES removes them with the package). */
export const SENDMAIL_FILES = {
  access: join(ETC, "lab-access"),
  virtuser: join(ETC, "lab-virtusertable"),
  aliases: join(ETC, "lab-aliases"),
  pid: join(LAB_DIR, "sendmail.pid"),
  hostStatus: join(LAB_DIR, "host_status"),
};

/**
 * The opening every lab .mc shares: Debian's cf macros, the lab's host and domain, and the files
 * above; the driver's own definitions and features follow it.
 */
export function sendmailMcHead(versionId: string): string {
  return `divert(-1)
# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
divert(0)dnl
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`${versionId}')dnl
OSTYPE(\`debian')dnl
DOMAIN(\`debian-mta')dnl
define(\`confDOMAIN_NAME', \`${L.mxHost}')dnl
define(\`confPID_FILE', \`${SENDMAIL_FILES.pid}')dnl
define(\`ALIAS_FILE', \`${SENDMAIL_FILES.aliases}')dnl
LOCAL_DOMAIN(\`${L.domain}')dnl
`;
}

/** Splits an mbox file into messages (the "From " separator lines dropped). */
export function readMbox(local: string): string[] {
  const file = join(MAIL_DIR, `${local}.mbox`);
  if (!existsSync(file)) return [];
  return readFileSync(file, "latin1")
    .split(/^From .*\n/m)
    .filter((m) => m.trim() !== "")
    .map((m) => m.replace(/^>From /gm, "From "));
}

export interface SendmailSpec {
  id: string;
  helperPackages?: string[];
  mailboxes: string[];
  cases: LabCase[];
  reportWaitSeconds: number;
  /** Its log, when the lab records log lines for this configuration's cases. */
  log?: LabLog;
  /** The .mc, compiled with m4 into the .cf the daemon runs. */
  mc: string;
  /** The access map's lines (makemap hash). */
  access: string[];
  /** The virtusertable's lines, when the .mc has FEATURE(`virtusertable'). */
  virtuser?: string[];
  /** Aliases besides the mailboxes' own and postmaster/MAILER-DAEMON. */
  aliases?: string[];
  /** Daemons the .mc's milters talk to: started before Sendmail, stopped after it. */
  helpers?: { start(): Promise<void>; stop(): Promise<void> };
}

export function sendmailDriver(spec: SendmailSpec): MtaDriver {
  const F = SENDMAIL_FILES;
  return {
    id: spec.id,
    package: "sendmail-bin",
    ...(spec.helperPackages ? { helperPackages: spec.helperPackages } : {}),
    mailboxes: spec.mailboxes,
    cases: spec.cases,
    reportWaitSeconds: spec.reportWaitSeconds,
    ...(spec.log ? { log: spec.log } : {}),
    configure() {
      writeFile(MC, spec.mc);
      writeFile(F.access, spec.access.join("\n") + "\n");
      if (spec.virtuser) writeFile(F.virtuser, spec.virtuser.join("\n") + "\n");
      const aliases = [
        ...spec.mailboxes.map((m) => `${m}: ${join(MAIL_DIR, `${m}.mbox`)}`),
        ...(spec.aliases ?? []),
        "postmaster: user",
        "MAILER-DAEMON: user",
      ];
      writeFile(F.aliases, aliases.join("\n") + "\n");
      sh("rm", ["-rf", MAIL_DIR]);
      sh("mkdir", ["-p", MAIL_DIR]);
      // Alias file deliveries run as DefaultUser (mail): the mbox files are its own.
      for (const m of spec.mailboxes) writeFile(join(MAIL_DIR, `${m}.mbox`), "", 0o600);
      sh("mkdir", ["-p", F.hostStatus]);
      sh("chown", ["-R", "mail:mail", MAIL_DIR, F.hostStatus]);
      sh("bash", ["-c", `m4 ${MC} > ${CF}`]);
      sh("bash", ["-c", `makemap hash ${F.access} < ${F.access}`]);
      if (spec.virtuser) sh("bash", ["-c", `makemap hash ${F.virtuser} < ${F.virtuser}`]);
      sh("sendmail", ["-C", CF, "-bi"], { allowFail: true });
      sh("bash", ["-c", "rm -f /var/spool/mqueue/* /var/spool/mqueue-client/* 2>/dev/null; true"]);
    },
    async start() {
      await spec.helpers?.start();
      sh("sendmail", ["-C", CF, "-bd", "-q10s"]);
      await sleep(2000);
    },
    flush() {
      sh("sendmail", ["-C", CF, "-q"], { allowFail: true });
    },
    async stop() {
      await stopByPidFile(F.pid, 1500);
      await spec.helpers?.stop();
    },
    readMailbox: readMbox,
  };
}

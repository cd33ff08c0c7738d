// The lab's one OpenSMTPD set-up (Debian package opensmtpd, 6.8): its drivers (opensmtpd.ts,
// opensmtpd-filters.ts) give only their smtpd.conf, the tables it names and their cases; this
// writes them, checks the configuration (smtpd -n), runs smtpd and stops it again.
import { freshMaildirs, readMaildir, sh, sleep, writeFile } from "../lab-common";
import type { LabCase, LabLog, MtaDriver } from "../lab-types";

export const SMTPD_CONF = "/etc/smtpd.conf";

/** A table file the lab writes (run.sh's LAB_FILES removes them with the package). */
export const smtpdTable = (name: string) => `/etc/mta-lab-smtpd-${name}`;

export interface OpensmtpdSpec {
  id: string;
  mailboxes: string[];
  cases: LabCase[];
  reportWaitSeconds: number;
  /** Its log, when the lab records log lines for this configuration's cases. */
  log?: LabLog;
  /** smtpd.conf; called when the lab configures (it may write a certificate first). */
  conf(): string;
  /** Each table the configuration names (by smtpdTable name), with its lines. */
  tables: Record<string, string[]>;
}

export function opensmtpdDriver(spec: OpensmtpdSpec): MtaDriver {
  const tables = Object.keys(spec.tables);
  return {
    id: spec.id,
    package: "opensmtpd",
    mailboxes: spec.mailboxes,
    cases: spec.cases,
    reportWaitSeconds: spec.reportWaitSeconds,
    ...(spec.log ? { log: spec.log } : {}),
    configure() {
      for (const [name, lines] of Object.entries(spec.tables))
        writeFile(smtpdTable(name), [...lines, ""].join("\n"));
      writeFile(SMTPD_CONF, spec.conf());
      freshMaildirs(spec.mailboxes);
      sh("smtpd", ["-n", "-f", SMTPD_CONF]);
    },
    async start() {
      sh("smtpd", ["-f", SMTPD_CONF]);
      await sleep(2000);
    },
    flush() {
      sh("smtpctl", ["schedule", "all"], { allowFail: true });
    },
    async stop() {
      sh("smtpctl", ["stop"], { allowFail: true });
      await sleep(1500);
      for (const t of tables) sh("rm", ["-f", smtpdTable(t)]);
    },
    readMailbox: readMaildir,
  };
}

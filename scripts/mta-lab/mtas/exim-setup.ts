// The lab's one Exim set-up (Debian package exim4-daemon-heavy): its drivers (exim.ts,
// exim-debian.ts) give only their /etc/exim4/exim4.conf (Debian's exim reads it instead of the
// generated one when it exists), the list files it names and their cases; this writes them,
// empties the spool, checks the configuration (exim4 -bV), runs the daemon and stops it again.
import { rmSync } from "node:fs";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  freshMaildirs,
  readMaildir,
  sh,
  sleep,
  stopByPidFile,
  writeFile,
} from "../lab-common";
import type { LabCase, LabLog, MtaDriver } from "../lab-types";

export const EXIM_ETC = "/etc/exim4";
const CONF = `${EXIM_ETC}/exim4.conf`;
const PID_FILE = "/run/exim4/exim.pid";

// The routers both configurations share: the lab's remote domain is delivered to the second
// Exim on 127.0.0.2, which knows one user there (anything else falls through to "Unrouteable
// address"), and any other non-local domain goes by DNS.
export const EXIM_REMOTE_ROUTERS = String.raw`remote_known:
  driver = redirect
  domains = ${L.remoteDomain}
  condition = ${"$"}{if and{{eq{$received_ip_address}{127.0.0.2}}{eq{$local_part}{user}}}}
  data = :blackhole:

remote_send:
  driver = manualroute
  domains = ${L.remoteDomain}
  condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}{no}{yes}}
  route_list = * 127.0.0.2
  transport = remote_smtp
  self = send

dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  ignore_target_hosts = 0.0.0.0 : 127.0.0.0/8
  no_more`;

// The transports both configurations start with: SMTP out, and the lab's maildirs (a
// configuration may add options to lab_maildir after these lines).
export const EXIM_TRANSPORTS = String.raw`remote_smtp:
  driver = smtp
  connect_timeout = 5s

lab_maildir:
  driver = appendfile
  directory = ${MAIL_DIR}/$local_part_data
  maildir_format
  user = nobody
  group = nogroup`;

export interface EximSpec {
  id: string;
  helperPackages?: string[];
  mailboxes: string[];
  cases: LabCase[];
  reportWaitSeconds: number;
  /** Its log, when the lab records log lines for this configuration's cases. */
  log?: LabLog;
  /** exim4.conf; called when the lab configures (it may write a certificate first). */
  conf(): string;
  /** Files the configuration reads (lists, aliases), by path: removed again at stop. */
  files?: Record<string, string>;
  /** Writes into the fresh maildirs (a user's .forward): called once they exist. */
  prepareMaildirs?(): void;
}

export function eximDriver(spec: EximSpec): MtaDriver {
  const files = spec.files ?? {};
  return {
    id: spec.id,
    package: "exim4-daemon-heavy",
    ...(spec.helperPackages ? { helperPackages: spec.helperPackages } : {}),
    mailboxes: spec.mailboxes,
    cases: spec.cases,
    reportWaitSeconds: spec.reportWaitSeconds,
    ...(spec.log ? { log: spec.log } : {}),
    configure() {
      for (const [path, text] of Object.entries(files)) writeFile(path, text);
      writeFile(CONF, spec.conf());
      sh("mkdir", ["-p", LAB_DIR]);
      freshMaildirs(spec.mailboxes);
      spec.prepareMaildirs?.();
      sh(
        "bash",
        ["-c", "rm -rf /var/spool/exim4/input/* /var/spool/exim4/msglog/* /var/spool/exim4/db/*"],
        { allowFail: true },
      );
      sh("exim4", ["-bV"]);
    },
    async start() {
      sh("mkdir", ["-p", "/run/exim4"]);
      sh("chown", ["Debian-exim:Debian-exim", "/run/exim4"]);
      sh("exim4", ["-bd", "-q10s"]);
      await sleep(1500);
    },
    flush() {
      sh("exim4", ["-qff"], { allowFail: true });
    },
    async stop() {
      await stopByPidFile(PID_FILE, 1000);
      rmSync(PID_FILE, { force: true });
      for (const f of Object.keys(files)) rmSync(f, { force: true });
    },
    readMailbox: readMaildir,
  };
}

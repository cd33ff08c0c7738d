// The lab's syslog: Sendmail and OpenSMTPD log only through syslog(3) (/dev/log), and the lab's
// machine runs no syslog daemon, so the lab runs Debian's rsyslog with its own configuration
// while such an MTA runs: the mail facility's lines go to one file in the lab directory, in the
// traditional syslog file format ("Dec  7 09:12:01 mx sendmail[123]: ...") that admins paste.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { LAB_DIR, sh, stopByPidFile, waitFor, writeFile } from "./lab-common";
import type { LabLog } from "./lab-types";

export const SYSLOG_FILE = join(LAB_DIR, "maillog");
const CONF = join(LAB_DIR, "rsyslog.conf");
const PID = join(LAB_DIR, "rsyslog.pid");
const SOCKET = "/dev/log";
/** The lab's mail host as syslog names it (the short name of the lab's MX). */
const HOST = "mx";

let ownSocket = false;

const conf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
global(workDirectory="${LAB_DIR}/rsyslog" localHostname="${HOST}")
module(load="imuxsock" SysSock.Name="${SOCKET}" SysSock.RateLimit.Interval="0")
mail.* action(type="omfile" file="${SYSLOG_FILE}" template="RSYSLOG_TraditionalFileFormat")
`;

export async function startSyslog(): Promise<void> {
  if (existsSync(SOCKET)) throw new Error(`${SOCKET} exists: another syslog daemon runs`);
  writeFile(CONF, conf);
  sh("mkdir", ["-p", join(LAB_DIR, "rsyslog")]);
  sh("rsyslogd", ["-N1", "-f", CONF]);
  sh("rsyslogd", ["-f", CONF, "-i", PID]);
  ownSocket = await waitFor(() => existsSync(SOCKET), 10);
  if (!ownSocket) throw new Error("rsyslogd did not open /dev/log");
}

export async function stopSyslog(): Promise<void> {
  await stopByPidFile(PID, 1000);
  if (ownSocket) rmSync(SOCKET, { force: true });
  ownSocket = false;
}

/** A LabLog on the lab's syslog file: the driver gives what tells its lines apart. */
export function syslogLog(lines: Omit<LabLog, "file" | "start" | "stop">): LabLog {
  return { file: SYSLOG_FILE, start: startSyslog, stop: stopSyslog, ...lines };
}

// ClamAV's scanner daemon (Debian package clamav-daemon) for the lab's filters (amavisd-new,
// Rspamd's antivirus module). There is no internet, so freshclam cannot fetch ClamAV's
// signatures: clamd gets a database of one signature written here, the MD5 hash of the EICAR
// anti-virus test file (a harmless test pattern, not malware) under the name ClamAV's own
// database has long given it, "Eicar-Test-Signature". ClamAV reports a signature from outside
// its official databases with ".UNOFFICIAL" appended, so the filters see
// "Eicar-Test-Signature.UNOFFICIAL".
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { EICAR, LAB_DIR, sh, sleep, stopByPidFile, writeFile } from "./lab-common";

const DIR = join(LAB_DIR, "clamav");
/** Debian's default socket, which amavisd-new's 15-av_scanners entry for clamd asks. */
export const CLAMD_SOCKET = "/run/clamav/clamd.ctl";
export const LAB_VIRUS_NAME = "Eicar-Test-Signature";

/** What the manifest quotes as clamd's part of the rule. */
export const CLAMD_RULE = `ClamAV clamd with a lab database (no freshclam offline): the EICAR test file's MD5 as "${LAB_VIRUS_NAME}"`;

const clamdConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed after the run.
LocalSocket ${CLAMD_SOCKET}
LocalSocketMode 666
FixStaleSocket true
DatabaseDirectory ${join(DIR, "db")}
PidFile ${join(DIR, "clamd.pid")}
LogFile ${join(DIR, "clamd.log")}
Foreground false
`;

/** ClamAV's .hdb format: MD5:size:name of a whole file (here, the decoded eicar.com). */
const eicarHdb = `${createHash("md5").update(EICAR, "latin1").digest("hex")}:${EICAR.length}:${LAB_VIRUS_NAME}\n`;

export async function startClamd(): Promise<void> {
  writeFile(join(DIR, "db", "lab-eicar.hdb"), eicarHdb);
  writeFile(join(DIR, "clamd.conf"), clamdConf);
  sh("mkdir", ["-p", "/run/clamav"]);
  // Detached from our pipes (a daemon keeps inherited stdout open, which spawnSync awaits).
  sh("bash", ["-c", `clamd -c ${join(DIR, "clamd.conf")} </dev/null >/dev/null 2>&1`]);
  for (let i = 0; i < 60 && !existsSync(CLAMD_SOCKET); i++) await sleep(1000);
  if (!existsSync(CLAMD_SOCKET)) throw new Error("clamd did not start in 60 s");
}

export const stopClamd = () => stopByPidFile(join(DIR, "clamd.pid"), 1000);

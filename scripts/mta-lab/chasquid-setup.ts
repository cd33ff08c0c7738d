// chasquid's configuration in the lab (scripts/mta-lab/mtas/chasquid.ts, nullmailer.ts): a
// configuration directory as chasquid.conf(5) and its README describe it (chasquid.conf, a
// local domain under domains/ whose users chasquid-util adds, a certificate under
// certs/<name>/), an MDA that stores local mail in the lab's maildirs, and the daemon started
// by hand (the lab has no systemd to hand it its sockets).
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, rmSync } from "node:fs";
import { join } from "node:path";
import { LAB_DIR, MAIL_DIR, selfSignedCert, sh, writeFile } from "./lab-common";

export const CHASQUID_DIR = join(LAB_DIR, "chasquid");
export const CHASQUID_PORT = { mx: 25, submit: 587, submitTls: 465 };
/** The password of every lab user (the submission cases log in with it). */
export const CHASQUID_PASSWORD = "lab-password-1";
const DIR = CHASQUID_DIR;
const PORT = CHASQUID_PORT;

/** The MDA: chasquid pipes each local message to it (mail_delivery_agent_bin) with the user. */
const MDA = join(DIR, "lab-maildir-mda");
const mdaScript = `#!/bin/sh
# Bounce Doctor MTA lab: stores the message on stdin in the maildir of local user $1.
set -e
d="${MAIL_DIR}/$1"
f="$(date +%s).$$.lab"
cat >"$d/tmp/$f"
mv "$d/tmp/$f" "$d/new/$f"
`;

function chasquidConf(o: {
  hostname: string;
  host: string;
  dataDir: string;
  log: string;
  maxMb: number;
}): string {
  return `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
hostname: "${o.hostname}"
max_data_size_mb: ${o.maxMb}
smtp_address: "${o.host}:${PORT.mx}"
submission_address: "${o.host}:${PORT.submit}"
submission_over_tls_address: "${o.host}:${PORT.submitTls}"
mail_delivery_agent_bin: "${MDA}"
mail_delivery_agent_args: "%to_user%"
data_dir: "${o.dataDir}"
mail_log_path: "${o.log}"
`;
}

/** Writes the MDA script (once per run, before the instances). */
export function writeChasquidMda(): void {
  rmSync(DIR, { recursive: true, force: true });
  writeFile(MDA, mdaScript, 0o755);
}

function addUsers(etc: string, domain: string, locals: string[]): void {
  for (const local of locals)
    sh("chasquid-util", [
      `-C=${etc}`,
      "user-add",
      `${local}@${domain}`,
      `--password=${CHASQUID_PASSWORD}`,
    ]);
}

export function configureChasquid(o: {
  etc: string;
  hostname: string;
  host: string;
  name: string;
  domain: string;
  users: string[];
  maxMb: number;
}): void {
  // Only what the lab writes: the package's own hooks/ stay (the local instance uses them).
  rmSync(join(o.etc, "domains"), { recursive: true, force: true });
  rmSync(join(o.etc, "certs"), { recursive: true, force: true });
  writeFile(
    join(o.etc, "chasquid.conf"),
    chasquidConf({
      hostname: o.hostname,
      host: o.host,
      dataDir: join(DIR, `${o.name}-data`),
      log: join(DIR, `${o.name}-mail.log`),
      maxMb: o.maxMb,
    }),
  );
  writeFile(join(o.etc, "domains", o.domain, "aliases"), "");
  addUsers(o.etc, o.domain, o.users);
  const tls = selfSignedCert(join(DIR, `${o.name}-tls`));
  const certDir = join(o.etc, "certs", o.hostname);
  sh("mkdir", ["-p", certDir]);
  sh("cp", [tls.cert, join(certDir, "fullchain.pem")]);
  sh("cp", [tls.key, join(certDir, "privkey.pem")]);
}

export function startChasquid(etc: string, name: string): ChildProcess {
  const log = openSync(join(DIR, `${name}.log`), "a");
  // As root: the lab has no systemd to hand it the privileged sockets.
  return spawn("chasquid", [`-config_dir=${etc}`], { stdio: ["ignore", log, log] });
}

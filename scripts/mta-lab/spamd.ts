// SpamAssassin's daemon (Debian packages spamassassin and spamd) for the lab's filters
// (spamass-milter behind Postfix; chasquid's post-data hook, which asks it through spamc). It
// runs with Debian's rules, as the account Debian's spamd package creates, and asks the lab's
// fixture DNS server for its DNS checks.
import { join } from "node:path";
import { sh, stopByPidFile, waitForPort, writeFile } from "./lab-common";

/** spamd's own default port, which spamc asks when told nothing else. */
export const SPAMD_PORT = 783;
/** The account Debian's spamd package creates for spamd (its home is /var/lib/spamassassin). */
const SPAMD_USER = "debian-spamd";

/** Starts spamd with its files under `dir`; resolves once it listens. */
export async function startSpamd(dir: string): Promise<void> {
  writeFile(join(dir, "home", ".keep"), "");
  sh("chown", ["-R", SPAMD_USER, join(dir, "home")]);
  sh("bash", [
    "-c",
    [
      `spamd --listen=127.0.0.1:${SPAMD_PORT} --daemonize --pidfile=${join(dir, "spamd.pid")}`,
      `--username=${SPAMD_USER} --nouser-config --helper-home-dir=${join(dir, "home")}`,
      "--min-children=1 --max-children=1 --syslog=stderr",
      // DNS checks (DNSBLs, URIBLs) ask the lab's fixture server, which answers for the lab.
      "--cf='dns_server 127.0.0.1' --cf='dns_available yes'",
      `</dev/null >${join(dir, "spamd.log")} 2>&1`,
    ].join(" "),
  ]);
  // spamd compiles its rules before it listens (about 40 s on two cores).
  if (!(await waitForPort(SPAMD_PORT, 180))) throw new Error("spamd did not start in 180 s");
}

export const stopSpamd = (dir: string) => stopByPidFile(join(dir, "spamd.pid"), 2000);

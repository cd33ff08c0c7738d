// pyspf-milter (Debian package pyspf-milter, spf-engine) as Sendmail's SPF milter: it refuses
// a MAIL FROM whose domain's SPF record fails the client (Mail_From_reject = Fail, its default).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { LAB_DIR, sleep, stopByPidFile, writeFile } from "./lab-common";

const PORT = 8895;
/** The socket in the milter library's own syntax (Sendmail's S=). */
export const PYSPF_MILTER_SOCKET = `inet:${PORT}@127.0.0.1`;
const CONF = join(LAB_DIR, "pyspf-milter.conf");
const PID = join(LAB_DIR, "pyspf-milter.pid");

/** What the manifest quotes as the milter's part of the rule. */
export const PYSPF_MILTER_RULE =
  "pyspf-milter.conf: Debian's defaults (Mail_From_reject = Fail, HELO_reject = Fail)";

export async function startPyspfMilter(): Promise<void> {
  writeFile(
    CONF,
    [
      "# Bounce Doctor MTA lab: Debian's pyspf-milter.conf with the lab's socket and pid file.",
      "debugLevel = 1",
      "TestOnly = 1",
      "HELO_reject = Fail",
      "Mail_From_reject = Fail",
      "PermError_reject = False",
      "TempError_Defer = False",
      "skip_addresses = 127.0.0.0/8,::ffff:127.0.0.0/104,::1",
      `Socket = ${PYSPF_MILTER_SOCKET}`,
      `PidFile = ${PID}`,
      "UserID = pyspf-milter",
      "InternalHosts = 127.0.0.1",
      "",
    ].join("\n"),
  );
  // It runs in the foreground (Debian starts it as a systemd "simple" service).
  const child = spawn("pyspf-milter", [CONF], { detached: true, stdio: "ignore" });
  child.on("error", (err) => console.error(`pyspf-milter did not start: ${err.message}`));
  child.unref();
  await sleep(2000);
}

export const stopPyspfMilter = () => stopByPidFile(PID, 500);

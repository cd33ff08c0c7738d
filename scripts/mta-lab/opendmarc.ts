// OpenDMARC (Debian package opendmarc) as the lab's DMARC milter, for the MTAs that speak the
// milter protocol (Postfix, Sendmail): it refuses mail failing its domain's p=reject policy.
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, sh, stopByPidFile, writeFile } from "./lab-common";

const PORT = 8893;
/** The socket as Postfix's smtpd_milters writes it. */
export const OPENDMARC_POSTFIX_SOCKET = `inet:127.0.0.1:${PORT}`;
/** The socket in the milter library's own syntax (opendmarc.conf(5), Sendmail's S=). */
export const OPENDMARC_MILTER_SOCKET = `inet:${PORT}@127.0.0.1`;
const CONF = join(LAB_DIR, "opendmarc.conf");
const PID = join(LAB_DIR, "opendmarc.pid");

/** What the manifest quotes as the milter's part of the rule. */
export const OPENDMARC_RULE = "opendmarc.conf: RejectFailures true, SPFSelfValidate true";

export function startOpendmarc(): void {
  writeFile(
    CONF,
    [
      "# Bounce Doctor MTA lab: OpenDMARC refusing mail that fails its domain's p=reject policy.",
      `Socket ${OPENDMARC_MILTER_SOCKET}`,
      `PidFile ${PID}`,
      `AuthservID ${L.mxHost}`,
      "RejectFailures true",
      "SPFSelfValidate true",
      "Syslog false",
      "",
    ].join("\n"),
  );
  sh("opendmarc", ["-c", CONF]);
}

export const stopOpendmarc = () => stopByPidFile(PID, 500);

// OpenDKIM (Debian package opendkim) as the lab's verifying milter, for the MTAs that speak
// the milter protocol (Postfix, Sendmail): it refuses a message whose signature fails.
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, sh, stopByPidFile, writeFile } from "./lab-common";

const PORT = 8894;
/** The socket as Postfix's smtpd_milters writes it. */
export const OPENDKIM_POSTFIX_SOCKET = `inet:127.0.0.1:${PORT}`;
/** The socket in the milter library's own syntax (opendkim.conf(5), Sendmail's S=). */
export const OPENDKIM_MILTER_SOCKET = `inet:${PORT}@127.0.0.1`;
const CONF = join(LAB_DIR, "opendkim.conf");
const PID = join(LAB_DIR, "opendkim.pid");
const UNBOUND_CONF = join(LAB_DIR, "opendkim-unbound.conf");

/** What the manifest quotes as the milter's part of the rule. */
export const OPENDKIM_RULE = `opendkim.conf: Mode v, On-BadSignature reject (the signer's key is not the one ${L.dkimSelector}._domainkey.${L.dkimFailDomain} publishes)`;

export function startOpendkim(): void {
  // Debian's opendkim resolves through libunbound, which answers "test." itself (NXDOMAIN,
  // RFC 6761), never queries loopback and recurses from the root: all three are undone so
  // that its key lookups reach the lab's fixture DNS server.
  writeFile(
    UNBOUND_CONF,
    [
      "server:",
      "  do-not-query-localhost: no",
      '  local-zone: "test." nodefault',
      "forward-zone:",
      '  name: "."',
      "  forward-addr: 127.0.0.1",
      "",
    ].join("\n"),
  );
  writeFile(
    CONF,
    [
      "# Bounce Doctor MTA lab: OpenDKIM verifying only, refusing a signature that does not verify.",
      "Mode v",
      `Socket ${OPENDKIM_MILTER_SOCKET}`,
      `PidFile ${PID}`,
      `AuthservID ${L.mxHost}`,
      "On-BadSignature reject",
      `ResolverConfiguration ${UNBOUND_CONF}`,
      "Syslog no",
      "",
    ].join("\n"),
  );
  sh("opendkim", ["-x", CONF]);
}

export const stopOpendkim = () => stopByPidFile(PID, 500);

// dma, the DragonFly Mail Agent (Debian package dma, 0.13) in the lab: a local mail agent with
// no SMTP listener. The lab hands it messages as a local program does (its sendmail
// interface, `dma -f sender rcpt`); it delivers local mail to /var/mail mboxes itself and
// remote mail by MX, and reports a failure in a bounce to the sender's local mailbox.
// What it cannot show here: an unknown local user is refused on its command line ("dma:
// invalid recipient", exit 65), not bounced; an unreachable host is retried for MAX_TIMEOUT,
// five days compiled in (dma.h), before its bounce; and a remote refusal needs an SMTP server
// on the other side, which every Debian MTA package conflicts with dma to be.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { dialogue, message, sh, sleep, writeFile } from "../lab-common";
import type { BounceCase, LabCase, MtaDriver } from "../lab-types";

const CONF = "/etc/dma/dma.conf";
const SPOOL = "/var/spool/dma";
/** The local account the bounces go to (dma delivers to existing system users only). */
const SENDER = "nobody";

/** Hands one message to dma as a local program does; throws when dma refuses it. */
function dmaSubmit(rcpt: string): () => void {
  return () => {
    const from = `${SENDER}@${L.mxHost}`;
    const r = spawnSync("/usr/sbin/dma", ["-f", SENDER, rcpt], {
      input: message({ from, to: rcpt }),
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`dma exited ${r.status}: ${r.stderr}`);
  };
}

function dmaBounce(
  id: string,
  rule: string,
  rcpt: string,
  cause: BounceCase["reports"][0]["cause"],
): BounceCase {
  const escaped = rcpt.replace(/[.@]/g, (c) => `\\${c}`);
  return {
    kind: "bounce",
    id,
    rule,
    // Not used (dma has no SMTP listener): the session the submission stands for.
    dialogue: dialogue({ from: "127.0.0.1", rcpts: [{ address: rcpt }] }),
    submit: dmaSubmit(rcpt),
    mailbox: SENDER,
    reports: [{ id, cause, match: new RegExp(`delivering your mail to <${escaped}>`) }],
  };
}

const cases: LabCase[] = [
  dmaBounce(
    "bounce-unknown-domain",
    `remote delivery by MX to ${L.nxRecipientDomain} (NXDOMAIN)`,
    `someone@${L.nxRecipientDomain}`,
    "recipient-domain-invalid",
  ),
];

/** The messages of a /var/mail mbox, split at its "From " lines. */
function readMbox(local: string): string[] {
  const file = join("/var/mail", local);
  if (!existsSync(file)) return [];
  return readFileSync(file, "latin1")
    .split(/^(?=From \S+ )/m)
    .filter((m) => m.startsWith("From "))
    .map((m) => m.replace(/^From [^\n]*\n/, ""));
}

export const dma: MtaDriver = {
  id: "dma",
  package: "dma",
  mailboxes: [SENDER],
  cases,
  reportWaitSeconds: 60,
  configure() {
    writeFile(
      CONF,
      `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.\nMAILNAME ${L.mxHost}\n`,
    );
    rmSync(join("/var/mail", SENDER), { force: true });
    sh("bash", ["-c", `rm -f ${SPOOL}/*`], { allowFail: true });
  },
  async start() {
    await sleep(100);
  },
  flush() {
    sh("/usr/sbin/dma", ["-q"], { allowFail: true });
  },
  async stop() {
    await sleep(100);
  },
  readMailbox: readMbox,
};

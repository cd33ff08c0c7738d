// nullmailer (Debian package nullmailer, 2.2) in the lab as the SENDING side: a relay-only
// mail agent that hands every message to its smart host (/etc/nullmailer/remotes). When the
// smart host refuses a message for good, nullmailer-send moves it to the failed queue and
// mails the sender a bounce written by nullmailer-dsn (nullmailer-send(8)): that bounce is
// the fixture. Every Debian MTA package conflicts with nullmailer (both provide
// mail-transport-agent), so the smart host is chasquid (which does not), configured as the
// chasquid driver does (chasquid-setup.ts): it delivers the lab domain's mail, the bounces
// included, to the lab's maildirs, and relays for no one.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  sleep,
  waitForPort,
  writeFile,
} from "../lab-common";
import {
  CHASQUID_DIR,
  configureChasquid,
  startChasquid,
  writeChasquidMda,
} from "../chasquid-setup";
import type { BounceCase, LabCase, MtaDriver } from "../lab-types";

const ETC = "/etc/nullmailer";
const CHASQUID_ETC = join(CHASQUID_DIR, "etc");
const mailboxes = ["user", "bounce-unknown", "bounce-relay"];
/** The account Debian's nullmailer.service runs nullmailer-send as (and owns its queue). */
const USER = "mail";
let daemons: ChildProcess[] = [];

const rules = {
  remotes: `${ETC}/remotes: "127.0.0.1 smtp port=25" (remotes(5)); the smart host is chasquid for ${L.domain}`,
};

/** Hands one message to nullmailer as a local program does (its sendmail, nullmailer-inject). */
function inject(sender: string, rcpt: string): () => void {
  return () => {
    const r = spawnSync("/usr/sbin/sendmail", ["-f", sender, rcpt], {
      input: message({ from: sender, to: rcpt }),
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`nullmailer's sendmail exited ${r.status}: ${r.stderr}`);
  };
}

function nullmailerBounce(
  id: string,
  cause: BounceCase["reports"][0]["cause"],
  rule: string,
  mailbox: string,
  rcpt: string,
): BounceCase {
  const sender = at(mailbox);
  return {
    kind: "bounce",
    id,
    rule: `${rules.remotes}; ${rule}`,
    // Not used (the message is injected with nullmailer's sendmail): the session it stands for.
    dialogue: dialogue({ from: "127.0.0.1", mailFrom: sender, rcpts: [{ address: rcpt }] }),
    submit: inject(sender, rcpt),
    mailbox,
    reports: [{ id, cause, match: /./ }],
  };
}

const cases: LabCase[] = [
  nullmailerBounce(
    "bounce-unknown-user",
    "recipient-unknown",
    `chasquid: no user nosuch in ${L.domain} (RCPT refused, 550 5.1.1)`,
    "bounce-unknown",
    at("nosuch"),
  ),
  nullmailerBounce(
    "bounce-relay-denied",
    "relay-denied",
    `chasquid relays for authenticated users only; nullmailer sends to user@${L.remoteDomain} without logging in`,
    "bounce-relay",
    `user@${L.remoteDomain}`,
  ),
];

export const nullmailer: MtaDriver = {
  id: "nullmailer",
  package: "nullmailer",
  helperPackages: ["chasquid"],
  mailboxes,
  cases,
  reportWaitSeconds: 120,
  configure() {
    writeChasquidMda();
    configureChasquid({
      etc: CHASQUID_ETC,
      hostname: L.mxHost,
      host: "127.0.0.1",
      name: "local",
      domain: L.domain,
      users: mailboxes,
      maxMb: 1,
    });
    writeFile(join(ETC, "remotes"), "127.0.0.1 smtp port=25\n", 0o600);
    writeFile(join(ETC, "me"), `${L.mxHost}\n`);
    writeFile(join(ETC, "defaultdomain"), `${L.domain}\n`);
    writeFile(join(ETC, "adminaddr"), "");
    // A short pause between queue runs, so that the bounce (queued after the failure) goes
    // out within the case's wait (pausetime(5): 60 s by default).
    writeFile(join(ETC, "pausetime"), "5\n");
    sh("chown", [`${USER}:${USER}`, join(ETC, "remotes")]);
    rmSync("/var/spool/nullmailer/failed", { recursive: true, force: true });
    sh("bash", ["-c", "rm -f /var/spool/nullmailer/queue/* /var/spool/nullmailer/tmp/*"]);
    sh("install", ["-d", "-o", USER, "-g", USER, "/var/spool/nullmailer/failed"]);
    freshMaildirs(mailboxes);
  },
  async start() {
    daemons = [startChasquid(CHASQUID_ETC, "local")];
    if (!(await waitForPort(25, 30))) throw new Error("chasquid did not listen on port 25 in 30 s");
    daemons.push(
      spawn("runuser", ["-u", USER, "--", "/usr/sbin/nullmailer-send"], { stdio: "ignore" }),
    );
    await sleep(2000);
  },
  flush() {
    /* nullmailer-send runs its queue every pausetime seconds */
  },
  async stop() {
    for (const d of daemons) d.kill("SIGTERM");
    daemons = [];
    await sleep(1000);
  },
  readMailbox: readMaildir,
};

// postgrey (Debian package postgrey, 1.37) behind Postfix in the lab: Postfix asks the policy
// service at RCPT (check_policy_service, as postgrey's own documentation sets it up), and
// postgrey defers the first attempt of each (client, sender, recipient) triplet: greylisting.
// It runs with its defaults and Debian's whitelists; only its database lives in the lab directory.
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  at,
  dialogue,
  freshMaildirs,
  readMaildir,
  sh,
  stopByPidFile,
  waitForPort,
  writeFile,
} from "../lab-common";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { configureFilterFront, filterDir } from "../filter-front";

const DIR = filterDir("postgrey");
const PORT = 10023;
const PID = join(DIR, "postgrey.pid");
/** The account Debian's postgrey package creates and runs it as. */
const USER = "postgrey";
const mailboxes = ["user"];

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "greylisted",
    // Greylisting is a deferral the sending server retries: "rate-limited" in PRODUCT.md's
    // vocabulary (lib/knowledge/signatures/postfix.ts reads postgrey's words so).
    cause: "rate-limited",
    rule: `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT} (postgrey with its defaults: the first attempt of a new triplet is deferred)`,
    dialogue: dialogue({ rcpts: [{ address: at("user") }] }),
  },
];

export const postgrey: MtaDriver = {
  id: "postgrey",
  package: "postgrey",
  helperPackages: ["postfix"],
  mailboxes,
  cases,
  reportWaitSeconds: 10,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(join(DIR, "db", ".keep"), "");
    sh("chown", ["-R", USER, DIR]);
    configureFilterFront({
      mailboxes,
      main: [
        `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT}`,
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    sh("bash", [
      "-c",
      [
        `postgrey --inet=127.0.0.1:${PORT} --dbdir=${join(DIR, "db")} --pidfile=${PID}`,
        `--user=${USER} --daemonize`,
        "</dev/null >/dev/null 2>&1",
      ].join(" "),
    ]);
    if (!(await waitForPort(PORT, 30))) throw new Error("postgrey did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(PID, 1000);
  },
  readMailbox: readMaildir,
};

// Two more Postfix policy services from Debian, each as its own documentation hooks it in
// (check_policy_service at RCPT): postfix-policyd-spf-perl (the Perl SPF policy server, whose
// words differ from the Python one the "postfix" driver runs: it refuses a HELO or MAIL FROM
// SPF fail and defers a TempError) and SQLgrey (greylisting, with its SQLite back end).
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  dialogue,
  freshMaildirs,
  readMaildir,
  sh,
  stopByPidFile,
  waitForPort,
  writeFile,
} from "../lab-common";
import { configureFilterFront, filterDir } from "../filter-front";
import { flushPostfix, smtpdService, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";

const DIR = filterDir("sqlgrey");
const SQLGREY_PORT = 2501;
const GREY_LISTENER = 2526;
const PID = join(DIR, "sqlgrey.pid");
const CONF = join(DIR, "sqlgrey.conf");
const mailboxes = ["user"];
let sqlgrey: ChildProcess | undefined;

const spfRule =
  "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policyd-spf-perl; master.cf: policyd-spf-perl unix - n n - 0 spawn user=nobody argv=/usr/sbin/postfix-policyd-spf-perl (its README's setup)";
const greyRule = `-o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${SQLGREY_PORT} (port ${GREY_LISTENER}); sqlgrey with its defaults (reject_first_attempt = immed), db_type = SQLite`;

/** sqlgrey.conf: Debian's defaults but for the lab's address, database and files. */
const sqlgreyConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
loglevel = 1
user = sqlgrey
group = sqlgrey
inet = 127.0.0.1:${SQLGREY_PORT}
pidfile = ${PID}
confdir = /etc/sqlgrey
db_type = SQLite
db_name = ${join(DIR, "sqlgrey.db")}
`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "spf-perl-fail",
    cause: "authentication-failure",
    rule: `${spfRule} (MAIL FROM someone@${L.spfFailDomain}: "-all", the client's address not allowed)`,
    dialogue: dialogue({ mailFrom: `someone@${L.spfFailDomain}` }),
  },
  {
    kind: "reply",
    id: "spf-perl-helo-fail",
    cause: "authentication-failure",
    rule: `${spfRule} (HELO ${L.spfFailDomain}: its SPF record does not allow the client's address)`,
    dialogue: dialogue({ helo: L.spfFailDomain }),
  },
  {
    kind: "reply",
    id: "spf-perl-temperror",
    // The sender domain's DNS fails (SERVFAIL), so its SPF cannot be checked: a deferral until
    // the sender's domain answers. The fault is the sender domain's DNS.
    cause: "authentication-failure",
    rule: `${spfRule} (MAIL FROM someone@${L.servfailSenderDomain}: the domain's DNS answers SERVFAIL, SPF TempError)`,
    dialogue: dialogue({ mailFrom: `someone@${L.servfailSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "sqlgrey-greylisted",
    // Greylisting: a deferral the sending server retries ("rate-limited" in PRODUCT.md's
    // vocabulary, as postgrey's is).
    cause: "rate-limited",
    rule: greyRule,
    dialogue: dialogue({ port: GREY_LISTENER }),
  },
];

export const postfixPolicies: MtaDriver = {
  id: "postfix-policies",
  package: "postfix",
  helperPackages: ["postfix-policyd-spf-perl", "sqlgrey"],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, sqlgreyConf);
    sh("chown", ["-R", "sqlgrey:sqlgrey", DIR]);
    configureFilterFront({
      mailboxes,
      main: [
        "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policyd-spf-perl",
        "policyd-spf-perl_time_limit = 3600",
      ],
      master: [
        "policyd-spf-perl unix - n n - 0 spawn user=nobody argv=/usr/sbin/postfix-policyd-spf-perl",
        smtpdService(`127.0.0.1:${GREY_LISTENER}`, [
          `smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${SQLGREY_PORT}`,
        ]),
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    // In the foreground (its own child): daemonized, sqlgrey logs only to syslog, which the
    // lab's namespace has not.
    sqlgrey = spawn("sqlgrey", ["-f", CONF], { stdio: "ignore" });
    if (!(await waitForPort(SQLGREY_PORT, 30))) throw new Error("sqlgrey did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    sqlgrey?.kill("SIGTERM");
    await stopByPidFile(PID, 1000);
  },
  readMailbox: readMaildir,
};

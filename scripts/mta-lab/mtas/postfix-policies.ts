// Two more Postfix policy services from Debian, each as its own documentation hooks it in
// (check_policy_service at RCPT): postfix-policyd-spf-perl (the Perl SPF policy server, whose
// words differ from the Python one the "postfix" driver runs: it refuses a HELO or MAIL FROM
// SPF fail and defers a TempError), SQLgrey (greylisting, with its SQLite back end),
// policyd-rate-limit (a per-client message rate limit), gross's grossd (greylisting and
// blocking by DNSBL weights, over Postfix's policy protocol), and the Python SPF policy server
// (postfix-policyd-spf-python, which the "postfix" driver runs for a MAIL FROM fail) for its
// HELO fail. (Its TempError_Defer = True did not defer the SERVFAIL sender domain's mail in a
// trial run, and was left out.)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  dialogue,
  freshMaildirs,
  readMaildir,
  sh,
  stopByPidFile,
  waitFor,
  waitForPort,
  writeFile,
} from "../lab-common";
import { configureFilterFront, filterDir } from "../filter-front";
import { flushPostfix, smtpdService, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";

const DIR = filterDir("sqlgrey");
const SQLGREY_PORT = 2501;
const GREY_LISTENER = 2526;
/** Port 25 listeners of their own, each with one policy service at RCPT. */
const RATE_LISTENER = 2527;
const GROSS_LISTENER = 2528;
const SPF_PY_LISTENER = 2529;
/** grossd's Postfix policy port (its default, grossd.conf's port). */
const GROSS_PORT = 5525;
const RATE_DIR = filterDir("policyd-rate-limit");
const RATE_CONF = join(RATE_DIR, "policyd-rate-limit.yaml");
const GROSS_DIR = filterDir("gross");
const GROSS_CONF = join(GROSS_DIR, "grossd.conf");
const GROSS_PID = join(GROSS_DIR, "grossd.pid");
let rateLimit: ChildProcess | undefined;
let grossd: ChildProcess | undefined;
const PID = join(DIR, "sqlgrey.pid");
const CONF = join(DIR, "sqlgrey.conf");
const mailboxes = ["user"];
let sqlgrey: ChildProcess | undefined;

const spfRule =
  "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policyd-spf-perl; master.cf: policyd-spf-perl unix - n n - 0 spawn user=nobody argv=/usr/sbin/postfix-policyd-spf-perl (its README's setup)";
const greyRule = `-o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${SQLGREY_PORT} (port ${GREY_LISTENER}); sqlgrey with its defaults (reject_first_attempt = immed), db_type = SQLite`;

/**
 * policyd-rate-limit's configuration: Debian's /etc/policyd-rate-limit.yaml (its limits, 10 mails
 * a minute and 150 a day, and its fail_action), counting by client address (limit_by_ip, off by
 * default: Debian's counts SASL users) for the lab's second client only, so that no other case
 * is counted; its database and pid file in the lab's directory.
 */
const rateConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
user: "policyd-rate-limit"
group: "policyd-rate-limit"
pidfile: "${join(RATE_DIR, "policyd-rate-limit.pid")}"
backend: 0
sqlite_config:
    database: "${join(RATE_DIR, "db.sqlite3")}"
SOCKET: "/var/spool/postfix/ratelimit/policy"
socket_permission: 0666
limits:
    - [10, 60]
    - [150, 86400]
limits_by_id: {}
limit_by_sasl: True
limit_by_sender: False
limit_by_ip: True
limited_networks: ["${L.goodClient2}/32"]
success_action: "dunno"
fail_action: "defer_if_permit Rate limit reach, retry later"
db_error_action: "dunno"
report: False
`;
const rateRule = `-o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,unix:ratelimit/policy (port ${RATE_LISTENER}, its README's hook); policyd-rate-limit with Debian's limits (10 mails a minute) and fail_action ("defer_if_permit Rate limit reach, retry later"), limit_by_ip for ${L.goodClient2}; the eleventh message in a minute`;

/**
 * grossd.conf: Debian's, whose first list is SpamCop with weight 2 (bl.spamcop.net;2), with
 * block_threshold 2 (off by default: 0), so that a client SpamCop lists is blocked with grossd's
 * default block_reason; the other lists of Debian's file (NJABL, CBL, SORBS: gone or not in the
 * lab's DNS) left out.
 */
const grossConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
protocol = postfix
host = 127.0.0.1
port = ${GROSS_PORT}
check = dnsbl
dnsbl = bl.spamcop.net;2
block_threshold = 2
`;
const grossRule = `-o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${GROSS_PORT} (port ${GROSS_LISTENER}); grossd (protocol = postfix) with Debian's dnsbl = bl.spamcop.net;2 and block_threshold = 2 (default block_reason); the client ${L.listedClient} is on SpamCop in the lab DNS`;

const spfPyRule = (listener: number, service: string, conf: string) =>
  `-o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,unix:private/${service} (port ${listener}); master.cf: ${service} unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf${conf ? ` ${conf}` : ""} (postfix-policyd-spf-python; ${conf ? "Debian's policyd-spf.conf with TempError_Defer = True" : "Debian's policyd-spf.conf: HELO_reject = Fail"})`;

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
  {
    kind: "reply",
    id: "spf-python-helo-fail",
    cause: "authentication-failure",
    rule: `${spfPyRule(SPF_PY_LISTENER, "policyd-spf", "")} (HELO ${L.spfFailDomain}: its SPF record does not allow the client's address)`,
    dialogue: dialogue({ port: SPF_PY_LISTENER, helo: L.spfFailDomain }),
  },
  {
    kind: "reply",
    id: "rate-limit-reached",
    cause: "rate-limited",
    rule: rateRule,
    dialogue: dialogue({ port: RATE_LISTENER, from: L.goodClient2, helo: "client2.mta-lab.test" }),
    repeat: 12,
  },
  {
    kind: "reply",
    id: "gross-blocked",
    // grossd blocks on the weights of DNS blocklists (here SpamCop's listing) and says only
    // "Bad reputation": the words support the receiver's reputation judgment, the rule is a
    // blocklist.
    cause: "bad-reputation",
    ruleCause: "ip-blocklisted",
    rule: grossRule,
    dialogue: dialogue({
      port: GROSS_LISTENER,
      from: L.listedClient,
      helo: "listed-client.mta-lab.test",
    }),
  },
];

export const postfixPolicies: MtaDriver = {
  id: "postfix-policies",
  package: "postfix",
  helperPackages: [
    "postfix-policyd-spf-perl",
    "sqlgrey",
    "policyd-rate-limit",
    "gross",
    "postfix-policyd-spf-python",
  ],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, sqlgreyConf);
    sh("chown", ["-R", "sqlgrey:sqlgrey", DIR]);
    rmSync(RATE_DIR, { recursive: true, force: true });
    writeFile(RATE_CONF, rateConf);
    sh("chown", ["-R", "policyd-rate-limit:policyd-rate-limit", RATE_DIR]);
    rmSync(GROSS_DIR, { recursive: true, force: true });
    writeFile(GROSS_CONF, grossConf);
    // grossd drops to the account its package creates before it writes its pid and state files.
    sh("chown", ["-R", "gross:gross", GROSS_DIR]);
    configureFilterFront({
      mailboxes,
      main: [
        "smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service unix:private/policyd-spf-perl",
        "policyd-spf-perl_time_limit = 3600",
        "policyd-spf_time_limit = 3600",
      ],
      master: [
        "policyd-spf-perl unix - n n - 0 spawn user=nobody argv=/usr/sbin/postfix-policyd-spf-perl",
        smtpdService(`127.0.0.1:${GREY_LISTENER}`, [
          `smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${SQLGREY_PORT}`,
        ]),
        "policyd-spf unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf",
        smtpdService(`127.0.0.1:${SPF_PY_LISTENER}`, [
          "smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,unix:private/policyd-spf",
        ]),
        smtpdService(`127.0.0.1:${RATE_LISTENER}`, [
          "smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,unix:ratelimit/policy",
        ]),
        smtpdService(`127.0.0.1:${GROSS_LISTENER}`, [
          `smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_policy_service,inet:127.0.0.1:${GROSS_PORT}`,
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
    // Both in the foreground, as their own children (policyd-rate-limit drops to its account).
    rateLimit = spawn("policyd-rate-limit", ["-f", RATE_CONF], { stdio: "ignore" });
    if (!(await waitFor(() => existsSync("/var/spool/postfix/ratelimit/policy"), 30)))
      throw new Error("policyd-rate-limit did not create its socket in 30 s");
    const grossLog = openSync(join(GROSS_DIR, "grossd.log"), "w");
    grossd = spawn("grossd", ["-d", "-r", "-f", GROSS_CONF, "-p", GROSS_PID], {
      stdio: ["ignore", grossLog, grossLog],
    });
    if (!(await waitForPort(GROSS_PORT, 30)))
      throw new Error(
        `grossd did not start in 30 s: ${readFileSync(join(GROSS_DIR, "grossd.log"), "utf8")}`,
      );
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    sqlgrey?.kill("SIGTERM");
    rateLimit?.kill("SIGTERM");
    grossd?.kill("SIGTERM");
    await stopByPidFile(PID, 1000);
  },
  readMailbox: readMaildir,
};

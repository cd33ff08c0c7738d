// postfwd (Debian package postfwd, 1.35; /usr/sbin/postfwd is postfwd2 by Debian's
// alternatives) behind Postfix in the lab: Postfix asks it at RCPT and at the end of DATA
// (check_policy_service inet:127.0.0.1:10040, its manual's "integration" lines), and it answers
// from a rule set. postfwd has no words of its own: each refusal's text is the rule's action, so
// the rules here are the examples of its manual (postfwd.txt, `postfwd -m`), word for word but
// for the lab's addresses: the reply is what a site that copied the manual sends.
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
  waitForPort,
  writeFile,
} from "../lab-common";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { configureFilterFront, filterDir } from "../filter-front";

const DIR = filterDir("postfwd");
const CONF = join(DIR, "postfwd.cf");
const PID = join(DIR, "postfwd.pid");
const PORT = 10040;
/** The account Debian's postinst creates (and /etc/default/postfwd's RUNAS). */
const USER = "postfw";
const mailboxes = ["user"];

/** The manual's examples (postfwd.txt: rate, rcpt, RBL01/RBL04, R-HELO), one per line. */
const RULES = {
  rate: "id=RATE01 ; client_name==unknown ; action=rate(client_address/3/300/450 4.7.1 sorry, max 3 requests per 5 minutes)",
  rcpt: `id=RCPT01 ; protocol_state==END-OF-MESSAGE ; client_address==${L.goodClient2} ; action=rcpt(client_address/3/3600/450 4.7.1 sorry, max 3 recipients per hour)`,
  rblSet:
    "id=RBL01 ; rhsblcount=all; rblcount=all ; action=set(HIT_rhls=$$rhsblcount,HIT_rbls=$$rblcount,HIT_txt=$$dnsbltext) ; rbl=list.dsbl.org, bl.spamcop.net, dnsbl.sorbs.net, zen.spamhaus.org",
  rbl: "id=RBL04 ; HIT_rbls>=2 ; action=554 5.7.1 blocked using $$HIT_rbls RBLs [INFO: $$HIT_txt]",
  helo: "id=R-HELO ; helo_name=^[^\\.]+$ ; action=REJECT invalid helo '$$helo_name'",
};

const cf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
${RULES.rate}
${RULES.rcpt}
${RULES.rblSet}
${RULES.rbl}
${RULES.helo}
`;

const hook = `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT}; smtpd_end_of_data_restrictions = check_policy_service inet:127.0.0.1:${PORT}`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "rate-limit",
    cause: "rate-limited",
    rule: `${hook}; postfwd.cf: ${RULES.rate} (sessions from ${L.noPtrClient}, no PTR)`,
    dialogue: dialogue({ from: L.noPtrClient }),
    repeat: 5,
  },
  {
    kind: "reply",
    id: "recipient-limit",
    cause: "rate-limited",
    rule: `${hook}; postfwd.cf: ${RULES.rcpt} (messages of two recipients)`,
    dialogue: dialogue({
      from: L.goodClient2,
      helo: "client2.mta-lab.test",
      rcpts: [{ address: at("user") }, { address: at("user") }],
    }),
    repeat: 3,
  },
  {
    kind: "reply",
    id: "dnsbl-listed",
    cause: "ip-blocklisted",
    rule: `${hook}; postfwd.cf: ${RULES.rblSet}; ${RULES.rbl} (client ${L.listedClient}, on ZEN and SpamCop)`,
    dialogue: dialogue({ from: L.listedClient, helo: "listed-client.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "helo-invalid",
    cause: "protocol-syntax",
    rule: `${hook}; postfwd.cf: ${RULES.helo} (HELO lab-client, a name with no dot)`,
    dialogue: dialogue({
      helo: "lab-client",
      data: message({ from: `someone@${L.goodSenderDomain}`, to: at("user") }),
    }),
  },
];

export const postfwd: MtaDriver = {
  id: "postfwd",
  package: "postfwd",
  helperPackages: ["postfix"],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, cf);
    sh("chown", ["-R", USER, DIR]);
    configureFilterFront({
      mailboxes,
      main: [
        `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT}`,
        `smtpd_end_of_data_restrictions = check_policy_service inet:127.0.0.1:${PORT}`,
        `127.0.0.1:${PORT}_time_limit = 3600`,
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    sh("bash", [
      "-c",
      `postfwd --daemon -f ${CONF} -i 127.0.0.1 -p ${PORT} -u ${USER} -g ${USER} --pidfile ${PID} </dev/null >${DIR}/start.log 2>&1`,
    ]);
    if (!(await waitForPort(PORT, 30))) throw new Error("postfwd did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    sh("postfwd", ["--kill", `--pidfile=${PID}`, "-f", CONF], { allowFail: true });
  },
  readMailbox: readMaildir,
};

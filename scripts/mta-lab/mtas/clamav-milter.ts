// clamav-milter (Debian package clamav-milter, 1.4) behind Postfix in the lab: Postfix hands
// each message to it (smtpd_milters), it has clamd scan it, and refuses an infected one in the
// SMTP session. Configured as its clamav-milter.conf.sample says, with "OnInfected Reject"
// (the sample's default is Quarantine, which refuses nothing) and no RejectMsg ("Default: MTA
// specific"): clamfi.c then rejects without a text of its own (its "Infected (%s)" goes only
// into the X-Virus-Status header), and Postfix answers with its own words for a milter's
// reject, which name no virus. The lab's clamd knows the EICAR test file only (clamd.ts).
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { CLAMD_RULE, CLAMD_SOCKET, startClamd, stopClamd } from "../clamd";
import {
  at,
  dialogue,
  eicarMessage,
  freshMaildirs,
  readMaildir,
  sh,
  sleep,
  stopByPidFile,
  waitFor,
  writeFile,
} from "../lab-common";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { BounceCase, LabCase, MtaDriver } from "../lab-types";
import { RELAYED_MAILBOX, configureFilterFront, filterDir, relayedCase } from "../filter-front";

const DIR = filterDir("clamav-milter");
const CONF = join(DIR, "clamav-milter.conf");
const PID = join(DIR, "clamav-milter.pid");
const SOCKET = join(DIR, "clamav-milter.ctl");
const mailboxes = ["user", RELAYED_MAILBOX];

const conf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
MilterSocket ${SOCKET}
MilterSocketMode 666
FixStaleSocket yes
User clamav
ReadTimeout 120
Foreground no
PidFile ${PID}
ClamdSocket unix:${CLAMD_SOCKET}
OnClean Accept
OnInfected Reject
OnFail Defer
AddHeader Replace
LogFile ${join(DIR, "clamav-milter.log")}
LogInfected Basic
`;

/** The bounce case with what its report expects changed (the words say less than the rule). */
function withReports(c: BounceCase, expect: Partial<BounceCase["reports"][0]>): BounceCase {
  return { ...c, reports: c.reports.map((r) => ({ ...r, ...expect })) };
}

const rule = `smtpd_milters = unix:${SOCKET}; clamav-milter.conf: OnInfected Reject, no RejectMsg (its default reply); ${CLAMD_RULE}`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "virus",
    // "550 5.7.1 Command rejected": the reply names no reason, nor (alone) the stage.
    cause: "unknown",
    ruleCause: "content-virus",
    rule,
    dialogue: dialogue({ data: eicarMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  withReports(relayedCase("relayed-virus", "content-virus", rule, eicarMessage), {
    // The bounce adds the stage ("in reply to end of DATA command"): content, of either kind.
    cause: "unknown",
    ruleCause: "content-virus",
    possible: ["content-spam", "content-virus"],
  }),
];

export const clamavMilter: MtaDriver = {
  id: "clamav-milter",
  package: "clamav-milter",
  helperPackages: ["postfix", "clamav-daemon"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, conf);
    sh("chown", ["-R", "clamav", DIR]);
    configureFilterFront({
      mailboxes,
      remote: true,
      main: [`smtpd_milters = unix:${SOCKET}`, "milter_default_action = tempfail"],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    await startClamd();
    sh("bash", ["-c", `clamav-milter -c ${CONF} </dev/null >${DIR}/start.log 2>&1`]);
    if (!(await waitFor(() => existsSync(SOCKET), 30)))
      throw new Error("clamav-milter did not start in 30 s");
    await startPostfix();
    await sleep(1000);
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(PID, 1000);
    await stopClamd();
  },
  readMailbox: readMaildir,
};

// SpamAssassin (Debian packages spamassassin and spamd, 4.0) behind Postfix in the lab, through
// spamass-milter (Debian package spamass-milter): Postfix passes every message on port 25 to the
// milter, which has spamc ask spamd to score it and refuses at the end of DATA what SpamAssassin
// calls spam (-r -1: SpamAssassin's own required_score, 5). spamd runs with Debian's rules and
// /etc/spamassassin; the lab adds only, on its command line, the fixture DNS server as resolver.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  at,
  dialogue,
  freshMaildirs,
  gtubeMessage,
  readMaildir,
  sh,
  stopByPidFile,
  waitForPort,
} from "../lab-common";
import { SPAMD_PORT, startSpamd, stopSpamd } from "../spamd";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import {
  FILTER_FRONT_LOG,
  RELAYED_MAILBOX,
  configureFilterFront,
  relayedCase,
  filterDir,
} from "../filter-front";

const DIR = filterDir("spamassassin");
const MILTER_PORT = 8895;
const MILTER_PID = join(DIR, "spamass-milter.pid");
const mailboxes = ["user", RELAYED_MAILBOX];

const rule = `smtpd_milters = inet:127.0.0.1:${MILTER_PORT} (spamass-milter -r -1: refuse what SpamAssassin flags as spam, required_score 5); spamd with Debian's rules`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "gtube-reject",
    cause: "content-spam",
    rule: `${rule}; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
    dialogue: dialogue({ data: gtubeMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  relayedCase(
    "relayed-gtube",
    "content-spam",
    `${rule}; GTUBE in the body (SpamAssassin's GTUBE rule, score 1000)`,
    gtubeMessage,
  ),
];

export const spamassassin: MtaDriver = {
  id: "spamassassin",
  package: "spamass-milter",
  helperPackages: ["postfix", "spamassassin", "spamd", "spamc"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  log: FILTER_FRONT_LOG,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    configureFilterFront({
      mailboxes,
      remote: true,
      main: [
        `smtpd_milters = inet:127.0.0.1:${MILTER_PORT}`,
        "milter_protocol = 6",
        "milter_default_action = tempfail",
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    await startSpamd(DIR);
    sh("bash", [
      "-c",
      [
        `spamass-milter -p inet:${MILTER_PORT}@127.0.0.1 -r -1 -f -P ${MILTER_PID}`,
        `-- -d 127.0.0.1 -p ${SPAMD_PORT}`,
        "</dev/null >/dev/null 2>&1",
      ].join(" "),
    ]);
    if (!(await waitForPort(MILTER_PORT, 30)))
      throw new Error("spamass-milter did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(MILTER_PID, 500);
    await stopSpamd(DIR);
  },
  readMailbox: readMaildir,
};

// MIMEDefang (Debian package mimedefang, 3.3) behind Postfix in the lab: a milter whose Perl
// filter (/etc/mail/mimedefang-filter, Debian's default, unchanged) decides on each message.
// It runs as Debian's init script starts it (the multiplexor with the script's defaults, then
// the milter, both as the account "defang"), but with the milter on a TCP socket so that
// Postfix's smtpd reaches it (smtpd_milters). Debian's default filter refuses one thing
// outright: a message/partial part ("MIME type message/partial not accepted here", its filter()
// through action_bounce, Mail/MIMEDefang/Actions.pm: 554 5.7.1 unless the filter says
// otherwise); a bad attachment name is removed with a warning and a virus is discarded,
// neither refused.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  stopByPidFile,
  waitFor,
  waitForPort,
} from "../lab-common";
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { RELAYED_MAILBOX, configureFilterFront, filterDir, relayedCase } from "../filter-front";

const DIR = filterDir("mimedefang");
const SPOOL = "/var/spool/MIMEDefang";
const MX_SOCKET = join(SPOOL, "mimedefang-multiplexor.sock");
const PORT = 8899;
/** The account Debian's postinst creates, the init script's MX_USER. */
const USER = "defang";
const mailboxes = ["user", RELAYED_MAILBOX];

/** One part of a message split for transport (RFC 2046 section 5.2.2). */
function partialMessage(from: string, to: string): string {
  return message({
    from,
    to,
    subject: "lab message/partial test",
    extraHeaders: [
      'Content-Type: message/partial; id="lab-partial-1@mta-lab.test"; number=1; total=2',
    ],
    body: [
      `From: <${from}>`,
      `To: <${to}>`,
      "Subject: the whole message",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "The first half of a message split in two.",
    ].join("\n"),
  });
}

const rule = `smtpd_milters = inet:127.0.0.1:${PORT}; mimedefang with Debian's default /etc/mail/mimedefang-filter (filter(): a message/partial part is refused with action_bounce)`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "message-partial",
    // A MIME type the filter does not take (message/partial can carry a message past a
    // scanner in pieces): a blocked part type, content-virus in PRODUCT.md's words.
    cause: "content-virus",
    rule,
    dialogue: dialogue({ data: partialMessage(`someone@${L.goodSenderDomain}`, at("user")) }),
  },
  relayedCase("relayed-message-partial", "content-virus", rule, partialMessage),
];

export const mimedefang: MtaDriver = {
  id: "mimedefang",
  package: "mimedefang",
  helperPackages: ["postfix"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    sh("install", ["-d", "-o", USER, "-g", USER, "-m", "750", SPOOL, DIR]);
    configureFilterFront({
      mailboxes,
      remote: true,
      main: [`smtpd_milters = inet:127.0.0.1:${PORT}`, "milter_default_action = tempfail"],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    // The init script's start_it, with its defaults (MX_MINIMUM 2, MX_MAXIMUM 10, MX_BUSY 600,
    // MX_LOG yes, MX_RECIPOK_PERDOMAIN_LIMIT 0, LOOPBACK_RESERVED_CONNECTIONS -1).
    sh("bash", [
      "-c",
      [
        `HOME=${SPOOL} mimedefang-multiplexor -p ${DIR}/mimedefang-multiplexor.pid`,
        `-o ${DIR}/mimedefang-multiplexor.lock -m 2 -x 10 -U ${USER} -b 600 -l -y 0`,
        `-s ${MX_SOCKET} </dev/null >${DIR}/multiplexor.log 2>&1`,
      ].join(" "),
    ]);
    if (!(await waitFor(() => existsSync(MX_SOCKET), 30)))
      throw new Error("mimedefang-multiplexor did not start in 30 s");
    sh("bash", [
      "-c",
      [
        `HOME=${SPOOL} mimedefang -P ${DIR}/mimedefang.pid -o ${DIR}/mimedefang.lock -R -1`,
        `-m ${MX_SOCKET} -z ${SPOOL} -U ${USER} -p inet:${PORT}@127.0.0.1`,
        `</dev/null >${DIR}/mimedefang.log 2>&1`,
      ].join(" "),
    ]);
    if (!(await waitForPort(PORT, 30))) throw new Error("mimedefang did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    await stopByPidFile(join(DIR, "mimedefang.pid"), 500);
    await stopByPidFile(join(DIR, "mimedefang-multiplexor.pid"), 1000);
  },
  readMailbox: readMaildir,
};

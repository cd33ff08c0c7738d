// Sendmail (Debian package sendmail-bin, 8.17) in the lab: a small .mc compiled with the
// package's own cf macros (sendmail-cf), an access map for the per-client rules, aliases that
// deliver the lab mailboxes to mbox files under /var/lib/mta-lab. Every reply is Sendmail's
// own text (its cf macros' and rulesets' defaults).
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, dialogue } from "../lab-common";
import { bounceCase, replyCase } from "../lab-cases";
import { syslogLog } from "../syslog";
import { OPENDKIM_MILTER_SOCKET, OPENDKIM_RULE, startOpendkim, stopOpendkim } from "../opendkim";
import {
  OPENDMARC_MILTER_SOCKET,
  OPENDMARC_RULE,
  startOpendmarc,
  stopOpendmarc,
} from "../opendmarc";
import {
  PYSPF_MILTER_RULE,
  PYSPF_MILTER_SOCKET,
  startPyspfMilter,
  stopPyspfMilter,
} from "../pyspf-milter";
import type { LabCase } from "../lab-types";
import { SENDMAIL_FILES, sendmailDriver, sendmailMcHead } from "./sendmail-setup";

const { access: ACCESS } = SENDMAIL_FILES;
/** Per-client rules go to their own well-configured clients; the others use client2. */
const TLS_CLIENT = L.goodClient;
const RATE_CLIENT = L.goodClient3;
const NEUTRAL = { from: L.goodClient2, helo: "client2.mta-lab.test" };

const mc = {
  size: "define(`confMAX_MESSAGE_SIZE', `50000')",
  rcpts: "define(`confMAX_RCPTS_PER_MESSAGE', `3')",
  dnsbl: "FEATURE(`dnsbl', `zen.spamhaus.org')",
  rdns: "FEATURE(`require_rdns')",
  rate: `FEATURE(\`ratecontrol', \`nodelay', \`terminate') with ClientRate:${L.goodClient3} 2 in the access map; confCONNECTION_RATE_WINDOW_SIZE 60s`,
  tls: `access map: TLS_Clt:${L.goodClient} ENCR:128`,
  helo: "define(`confPRIVACY_FLAGS', `authwarnings,needmailhelo')",
  conn: `FEATURE(\`conncontrol', \`nodelay', \`terminate') with ClientConn:${L.goodClient2} 2 in the access map`,
  dmarc: `INPUT_MAIL_FILTER(\`opendmarc', \`S=${OPENDMARC_MILTER_SOCKET}'); ${OPENDMARC_RULE}`,
  spf: `INPUT_MAIL_FILTER(\`pyspf-milter', \`S=${PYSPF_MILTER_SOCKET}'); ${PYSPF_MILTER_RULE}`,
  dkim: `INPUT_MAIL_FILTER(\`opendkim', \`S=${OPENDKIM_MILTER_SOCKET}'); ${OPENDKIM_RULE}`,
};

const sendmailMc = `${sendmailMcHead("mta-lab")}define(\`confTO_QUEUEWARN', \`20s')dnl
define(\`confTO_QUEUERETURN', \`100s')dnl
define(\`confTO_CONNECT', \`5s')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confCONNECTION_RATE_WINDOW_SIZE', \`60s')dnl
${mc.helo}dnl
define(\`confDEF_USER_ID', \`mail:mail')dnl
define(\`confHOST_STATUS_DIRECTORY', \`${LAB_DIR}/host_status')dnl
${mc.size}dnl
${mc.rcpts}dnl
DAEMON_OPTIONS(\`Family=inet, Name=MTA-v4, Port=smtp, Addr=127.0.0.1')dnl
FEATURE(\`access_db', \`hash -T<TMPF> -o ${ACCESS}')dnl
FEATURE(\`delay_checks')dnl
${mc.dnsbl}dnl
${mc.rdns}dnl
FEATURE(\`ratecontrol', \`nodelay', \`terminate')dnl
FEATURE(\`conncontrol', \`nodelay', \`terminate')dnl
INPUT_MAIL_FILTER(\`opendkim', \`S=${OPENDKIM_MILTER_SOCKET}')dnl
INPUT_MAIL_FILTER(\`opendmarc', \`S=${OPENDMARC_MILTER_SOCKET}')dnl
INPUT_MAIL_FILTER(\`pyspf-milter', \`S=${PYSPF_MILTER_SOCKET}')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
`;

const mailboxes = ["user", "bounce-domain", "bounce-unknown", "bounce-unreach", "dsn-success"];

const cases: LabCase[] = [
  replyCase.unknownUser("local delivery: no such user or alias (MAILER(`local'))", NEUTRAL),
  replyCase.relayDenied(
    "no RELAY entry for the client in the access map (cf: check_rcpt)",
    NEUTRAL,
  ),
  replyCase.sizeAtMailFrom(`${mc.size} (MAIL FROM ... SIZE=200000)`, NEUTRAL),
  replyCase.sizeAtData(`${mc.size} (a 60 kB message without SIZE)`, NEUTRAL),
  replyCase.senderNxdomain(
    "cf: check_mail (the sender's domain must resolve; no accept_unresolvable_domains)",
    NEUTRAL,
  ),
  replyCase.senderServfail(
    "cf: check_mail (the sender's domain must resolve; no accept_unresolvable_domains)",
    NEUTRAL,
  ),
  replyCase.senderNonFqdn("cf: check_mail (a sender without a domain)", NEUTRAL),
  replyCase.heloInvalid("Sendmail's built-in HELO argument check", { from: NEUTRAL.from }),
  replyCase.heloRequired(mc.helo, NEUTRAL),
  replyCase.dkimFail(mc.dkim, NEUTRAL),
  replyCase.spfFail(mc.spf, NEUTRAL),
  replyCase.dmarcReject(mc.dmarc, NEUTRAL),
  replyCase.reverseDnsMissing(mc.rdns),
  replyCase.reverseDnsUnconfirmed(mc.rdns),
  replyCase.dnsblListed(mc.dnsbl),
  replyCase.tooManyRecipients(mc.rcpts, NEUTRAL),
  replyCase.tlsRequired(mc.tls, { from: TLS_CLIENT }),
  {
    kind: "reply",
    id: "rate-connections",
    cause: "rate-limited",
    rule: mc.rate,
    dialogue: dialogue({ from: RATE_CLIENT, helo: "client3.mta-lab.test" }),
    repeat: 4,
  },
  {
    kind: "reply",
    id: "too-many-connections",
    cause: "rate-limited",
    rule: mc.conn,
    dialogue: dialogue(NEUTRAL),
    holdOpen: 2,
  },
  bounceCase.unknownDomain(
    `relay for localhost (access map: Connect:127.0.0.1 RELAY); ${L.nxRecipientDomain} does not exist`,
  ),
  bounceCase.unreachable(
    `smtp to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); confTO_QUEUEWARN 20s, confTO_QUEUERETURN 100s`,
  ),
  bounceCase.successDsn("RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)", {}, [
    { id: "success-dsn", cause: "not-a-bounce", match: /Action: (delivered|relayed)/i },
  ]),
];

export const sendmail = sendmailDriver({
  id: "sendmail",
  helperPackages: ["opendkim", "opendmarc", "pyspf-milter"],
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  // Sendmail logs through syslog only: the lab's rsyslog file. The receiving side's refusals are
  // its "ruleset=... reject=..." and "Milter: ... reject=..." lines (or the "<addr>... User
  // unknown" line); a delivery's line carries "dsn=... stat=...".
  log: syslogLog({
    // Sendmail's own lines only: the milters (pyspf-milter, OpenDKIM, OpenDMARC) log to the
    // same facility, in their own words.
    reject:
      /\bsendmail\[\d+\]: .*(reject=|\.\.\. .*(unknown|denied)|exceeds maximum|rejecting |too many|rate limit)/i,
    failure: /\bsendmail\[\d+\]: .*\bstat=(?!Sent\b)/,
    queueId: /^250 \S+ (\S+) Message accepted/,
  }),
  mc: sendmailMc,
  access: [
    "Connect:127.0.0.1 RELAY",
    `ClientRate:${RATE_CLIENT} 2`,
    `ClientConn:${L.goodClient2} 2`,
    `TLS_Clt:${TLS_CLIENT} ENCR:128`,
  ],
  helpers: {
    async start() {
      startOpendkim();
      startOpendmarc();
      await startPyspfMilter();
    },
    async stop() {
      await stopOpendkim();
      await stopOpendmarc();
      await stopPyspfMilter();
    },
  },
});

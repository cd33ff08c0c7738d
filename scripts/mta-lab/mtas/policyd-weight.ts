// policyd-weight (Debian package policyd-weight, 0.1.15.2) behind Postfix in the lab: Postfix
// asks it at RCPT (check_policy_service inet:127.0.0.1:12525, as its documentation.txt sets it
// up), and it scores the client's DNSBL listings, HELO, reverse DNS and sender domain,
// refusing a client that scores too badly. Its messages are its defaults ($REJECTMSG,
// $MAXDNSBLMSG, $DNSERRMSG in /usr/sbin/policyd-weight). The one change to its scoring is the
// list of DNSBLs: README.Debian asks to redefine @dnsbl_score when a list goes away, and
// sbl-xbl.spamhaus.org has (Spamhaus ZEN replaced it); the lab's DNS answers for ZEN and SpamCop.
// Not provoked: $DNSERRMSG ("No DNS entries for your MTA, HELO and Domain"). A client with no
// PTR, a HELO name and a sender domain that do not resolve got $REJECTMSG, word for word the
// badly-scored client's, so that case is not kept.
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
import { flushPostfix, startPostfix, stopPostfix } from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";
import { configureFilterFront, filterDir } from "../filter-front";
import { replyCase } from "../lab-cases";

const DIR = filterDir("policyd-weight");
const CONF = join(DIR, "policyd-weight.conf");
const PID = join(DIR, "policyd-weight.pid");
const PORT = 12525;
/** The account Debian's package creates (its postinst) and the daemon's default $USER. */
const USER = "polw";
const mailboxes = ["user"];

/**
 * Perl, as the configuration file is: only what the lab changes from the defaults. The lab's
 * namespace has no /dev/log, where policyd-weight refuses to start ("setlogsock: unix"), so
 * it logs to syslog over UDP, which nothing reads.
 */
const conf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
@dnsbl_score = (
#    HOST,                    HIT SCORE,  MISS SCORE,  LOG NAME
    'pbl.spamhaus.org',       3.25,          0,        'DYN_PBL_SPAMHAUS',
    'zen.spamhaus.org',       4.35,       -1.5,        'ZEN_SPAMHAUS',
    'bl.spamcop.net',         3.75,       -1.5,        'SPAMCOP',
    'ix.dnsbl.manitu.net',    4.35,          0,        'IX_MANITU'
);
$LOCKPATH = '${DIR}/lock/';
$SPATH = $LOCKPATH.'/polw.sock';
$PIDFILE = '${PID}';
$USER = '${USER}';
$syslog_socktype = 'udp';
`;

const hook = `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT} (policyd-weight with its defaults; @dnsbl_score: pbl.spamhaus.org 3.25, zen.spamhaus.org 4.35, bl.spamcop.net 3.75, ix.dnsbl.manitu.net 4.35)`;

const cases: LabCase[] = [
  // Listed on ZEN and SpamCop: 4.35 + 3.75 is over $MAXDNSBLSCORE (8), refused at once.
  replyCase.dnsblListed(`${hook}; $MAXDNSBLSCORE = 8 (default)`),
  {
    kind: "reply",
    id: "dnsbl-listed-cached",
    // The same client again at once: policyd-weight answers from its cache of refused clients
    // ($CACHEREJECTMSG: its general $REJECTMSG with "[cached]" and a retry penalty), naming
    // HELO, DNS and DNSBLs together; the rule that refused it was the DNSBL listing.
    cause: "unknown",
    ruleCause: "ip-blocklisted",
    possible: ["reverse-dns", "ip-blocklisted"],
    rule: `${hook}; $MAXDNSBLSCORE = 8, $CACHESIZE = 2000, $NTIME = 30 (defaults): ${L.listedClient} again, just after its refusal`,
    dialogue: dialogue({ from: L.listedClient, helo: "listed-client.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "badly-scored-client",
    // The client has no PTR and its HELO name does not resolve: policyd-weight's score of
    // those goes over $REJECTLEVEL. Its words name HELO, DNS and DNSBLs together, so that
    // the text alone cannot tell which one it was.
    cause: "unknown",
    ruleCause: "reverse-dns",
    possible: ["reverse-dns", "ip-blocklisted"],
    rule: `${hook}; $REJECTLEVEL = 1 (default): a client with no PTR (${L.noPtrClient}) saying HELO ${L.nxHelo} (no address)`,
    dialogue: dialogue({ from: L.noPtrClient, helo: L.nxHelo }),
  },
  {
    kind: "reply",
    id: "forged-helo",
    // A client with confirmed reverse DNS that names itself as another host (the sender
    // domain's MX, another address): the HELO/DNS part of the score alone.
    cause: "unknown",
    ruleCause: "reverse-dns",
    possible: ["reverse-dns", "ip-blocklisted"],
    rule: `${hook}; $REJECTLEVEL = 1 (default): client ${L.unconfirmedClient} (PTR unconfirmed) saying HELO mx.${L.goodSenderDomain} (another host's name)`,
    dialogue: dialogue({ from: L.unconfirmedClient, helo: `mx.${L.goodSenderDomain}` }),
  },
];

export const policydWeight: MtaDriver = {
  id: "policyd-weight",
  package: "policyd-weight",
  helperPackages: ["postfix"],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    writeFile(CONF, conf);
    writeFile(join(DIR, "lock", ".keep"), "");
    sh("chown", ["-R", USER, DIR]);
    configureFilterFront({
      mailboxes,
      main: [
        `smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:${PORT}`,
        // policyd-weight looks up several lists one after the other.
        "smtpd_policy_service_timeout = 300s",
      ],
    });
    freshMaildirs(mailboxes);
  },
  async start() {
    sh("bash", ["-c", `policyd-weight -f ${CONF} start </dev/null >${DIR}/start.log 2>&1`]);
    if (!(await waitForPort(PORT, 30))) throw new Error("policyd-weight did not start in 30 s");
    await startPostfix();
  },
  flush: flushPostfix,
  async stop() {
    await stopPostfix();
    sh("policyd-weight", ["-f", CONF, "-k"], { allowFail: true });
    sh("policyd-weight", ["-f", CONF, "stop"], { allowFail: true });
    await stopByPidFile(PID, 1000);
  },
  readMailbox: readMaildir,
};

// Courier MTA (Debian package courier-mta, 1.0.16) in the lab: one esmtpd on port 25 whose
// per-client rules live in smtpaccess (as courier's makesmtpaccess(8) sets them), its bofh
// junk-mail options, and userdb accounts (courier-authlib) for the lab mailboxes, maildirs
// owned by nobody. Courier writes its DSNs' human text from /etc/courier/dsn*.txt, which the
// lab leaves as the package ships them; it writes none of the refusal words itself.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  MAIL_DIR,
  NOBODY,
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  sleep,
  writeFile,
} from "../lab-common";
import { bounceCase, replyCase } from "../lab-cases";
import { syslogLog } from "../syslog";
import type { LabCase, MtaDriver } from "../lab-types";

const ETC = "/etc/courier";
/** A quota (courier maildirquota, userdb "quota") the mailbox "full" is filled up to. */
const FULL_QUOTA = 20000;

const mailboxes = [
  "user",
  "full",
  "bounce-domain",
  "bounce-quota",
  "bounce-unreach",
  "dsn-success",
];

/** smtpaccess/default: who may relay, and the per-client variables of the TLS and AUTH cases. */
const smtpaccess = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
127.0.0.1\tallow,RELAYCLIENT
${L.goodClient2}\tallow,ESMTP_TLS_REQUIRED=1
${L.goodClient3}\tallow,AUTH_REQUIRED=1
`;

const bofh = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
maxrcpts 3 hard
opt BOFHCHECKHELO=1
opt BOFHSPFMAILFROM=pass,none,neutral,softfail,unknown,error
opt BOFHSPFHARDERROR=fail,softfail
opt BOFHSPFTRUSTME=1
`;

const rules = {
  accept: `hosteddomains: ${L.domain}; esmtpacceptmailfor.dir: ${L.domain}; userdb accounts (courier-authlib)`,
  relay: "smtpaccess: 127.0.0.1 allow,RELAYCLIENT",
  queue: "queuetime 100s; warntime 20s; retryalpha 10s, retrybeta 3, retrygamma 20s",
};

const cases: LabCase[] = [
  replyCase.unknownUser(`${rules.accept} (no userdb entry)`),
  replyCase.relayDenied(`${rules.relay} (no RELAYCLIENT for other clients)`),
  replyCase.sizeAtMailFrom("sizelimit 50000 (MAIL FROM ... SIZE=200000)"),
  replyCase.sizeAtData("sizelimit 50000 (a 60 kB message without SIZE)"),
  replyCase.senderNxdomain("esmtpd: BOFHCHECKDNS=1 (the package's default)"),
  replyCase.senderServfail("esmtpd: BOFHCHECKDNS=1 (the package's default)"),
  // "517 Syntax error.": the words say the address is malformed, not that it lacks a domain.
  replyCase.senderNonFqdn(
    "courier's built-in address syntax check (MAIL FROM:<someone>, no domain)",
    {},
    { cause: "protocol-syntax", ruleCause: "sender-address-invalid" },
  ),
  replyCase.spfFail(
    "bofh: opt BOFHSPFMAILFROM=pass,none,neutral,softfail,unknown,error; opt BOFHSPFHARDERROR=fail,softfail",
  ),
  // Courier's HELO check asks DNS only ("517 HELO bad_helo!name does not exist."): its words say
  // the name does not resolve, a naming fault of the sending host read as reverse-dns, as the
  // manifest has read these replies since the source-replies sweep (signatures/courier.ts).
  replyCase.heloInvalid(
    "bofh: opt BOFHCHECKHELO=1",
    {},
    {
      cause: "reverse-dns",
      ruleCause: "protocol-syntax",
    },
  ),
  {
    kind: "reply",
    id: "helo-unknown-host",
    cause: "reverse-dns",
    rule: "bofh: opt BOFHCHECKHELO=1 (a HELO name with no A record)",
    dialogue: dialogue({ helo: L.nxHelo }),
  },
  replyCase.heloRequired("courieresmtpd's built-in command order (MAIL FROM before HELO/EHLO)"),
  replyCase.dnsblListed("esmtpd: BLACKLISTS='-block=zen.spamhaus.org'"),
  replyCase.tooManyRecipients("bofh: maxrcpts 3 hard"),
  replyCase.tlsRequired(`smtpaccess: ${L.goodClient2} allow,ESMTP_TLS_REQUIRED=1`, {
    from: L.goodClient2,
  }),
  {
    kind: "reply",
    id: "auth-required",
    cause: "relay-denied",
    rule: `smtpaccess: ${L.goodClient3} allow,AUTH_REQUIRED=1`,
    dialogue: dialogue({ from: L.goodClient3 }),
  },
  bounceCase.unknownDomain(`${rules.relay}; ${L.nxRecipientDomain} does not exist`),
  bounceCase.mailboxFull(
    `userdb quota=${FULL_QUOTA}S for the mailbox full (maildirsize already near it)`,
    { data: message({ from: at("bounce-quota"), to: at("full"), padTo: 4000 }) },
  ),
  bounceCase.unreachable(
    `${rules.relay} to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); ${rules.queue}`,
  ),
  bounceCase.successDsn("RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)"),
];

/** Sets `name=value` in one of courier's shell-style config files (esmtpd). */
function setVar(file: string, name: string, value: string): void {
  const text = readFileSync(file, "utf8");
  const line = `${name}=${value}`;
  const re = new RegExp(`^${name}=.*$`, "m");
  writeFileSync(file, re.test(text) ? text.replace(re, line) : `${text}\n${line}\n`);
}

export const courier: MtaDriver = {
  id: "courier",
  package: "courier-mta",
  mailboxes,
  cases,
  reportWaitSeconds: 260,
  // Courier logs through syslog only (courierlogger): the lab's rsyslog file. courieresmtpd logs
  // each refused command as "error,relay=...,from=<...>,to=<...>: <reply>"; the delivery modules
  // log "id=<queue id>,from=<...>,addr=<...>: <reason>" before the ",status: deferred" or
  // ",status: failure" line.
  log: syslogLog({
    reject: /\bcourieresmtpd(\[\d+\])?: error,|\bcouriertcpd(\[\d+\])?: .*(block|refus|reject)/i,
    failure: /,addr=<[^<>]*>(: |,status: (deferred|failure))/,
    queueId: /^250 Ok\. (\S+)/,
  }),
  configure() {
    writeFile(join(ETC, "me"), `${L.mxHost}\n`);
    writeFile(join(ETC, "defaultdomain"), `${L.domain}\n`);
    writeFile(join(ETC, "locals"), "localhost\n");
    writeFile(join(ETC, "hosteddomains/lab"), `${L.domain}\n`);
    writeFile(join(ETC, "esmtpacceptmailfor.dir/lab"), `${L.domain}\n`);
    writeFile(join(ETC, "smtpaccess/default"), smtpaccess);
    writeFile(join(ETC, "bofh"), bofh);
    writeFile(join(ETC, "sizelimit"), "50000\n");
    writeFile(join(ETC, "queuetime"), "100s\n");
    writeFile(join(ETC, "warntime"), "20s\n");
    writeFile(join(ETC, "retryalpha"), "10s\n");
    writeFile(join(ETC, "retrybeta"), "3\n");
    writeFile(join(ETC, "retrygamma"), "20s\n");
    writeFile(join(ETC, "retrymaxdelta"), "1\n");
    setVar(join(ETC, "esmtpd"), "BLACKLISTS", "'-block=zen.spamhaus.org'");
    setVar(join(ETC, "authdaemonrc"), "authmodulelist", '"authuserdb"');
    const userdb = mailboxes
      .map((m) => {
        const dir = join(MAIL_DIR, m);
        const quota = m === "full" ? `|quota=${FULL_QUOTA}S` : "";
        return `${at(m)}\tuid=${NOBODY.uid}|gid=${NOBODY.gid}|home=${dir}|mail=${dir}${quota}`;
      })
      .join("\n");
    writeFile(join(ETC, "userdb"), userdb + "\n", 0o600);
    sh("makeuserdb", []);
    sh("makehosteddomains", []);
    sh("makeacceptmailfor", []);
    sh("makesmtpaccess", []);
    freshMaildirs(mailboxes);
    // The over-quota mailbox: a maildirsize (maildirquota) that says it is nearly full.
    writeFile(join(MAIL_DIR, "full", "maildirsize"), `${FULL_QUOTA}S\n${FULL_QUOTA - 1000} 1\n`);
    sh("chown", [`${NOBODY.uid}:${NOBODY.gid}`, join(MAIL_DIR, "full", "maildirsize")]);
    sh(
      "bash",
      ["-c", "rm -rf /var/lib/courier/msgs/* /var/lib/courier/msgq/* /var/lib/courier/tmp/*"],
      {
        allowFail: true,
      },
    );
  },
  async start() {
    sh("authdaemond", ["start"]);
    sh("courier", ["start"]);
    sh("esmtpd", ["start"]);
    await sleep(3000);
  },
  flush() {
    sh("courier", ["flush"], { allowFail: true });
  },
  async stop() {
    sh("esmtpd", ["stop"], { allowFail: true });
    sh("courier", ["stop"], { allowFail: true });
    sh("authdaemond", ["stop"], { allowFail: true });
    await sleep(1500);
  },
  readMailbox: readMaildir,
};

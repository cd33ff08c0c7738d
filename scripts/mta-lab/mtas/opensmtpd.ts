// OpenSMTPD (Debian package opensmtpd, 6.8) in the lab: /etc/smtpd.conf with one listener
// per rule family. Its built-in filters need the admin's words; the lab uses the examples of
// smtpd.conf(5). Incoming STARTTLS fails with OpenSSL 3 on Debian 12 (TOOLCHAIN.md), so the
// TLS-required reply is provoked without completing a handshake.
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, MAIL_DIR, at, dialogue, selfSignedCert } from "../lab-common";
import { bounceCase, replyCase } from "../lab-cases";
import { syslogLog } from "../syslog";
import type { LabCase } from "../lab-types";
import { opensmtpdDriver, smtpdTable } from "./opensmtpd-setup";

const PORT = { mx: 25, tls: 2525, auth: 2528, rdns: 2530, fcrdns: 2531, submit: 587 };

const rules = {
  rdns: `filter "rdns" phase connect match !rdns disconnect "550 no rDNS is so 80s" (smtpd.conf(5) example; port ${PORT.rdns})`,
  fcrdns: `filter "fcrdns" phase connect match !fcrdns disconnect "550 no FCrDNS is so 80s" (smtpd.conf(5) example; port ${PORT.fcrdns})`,
  accept: `match from any for domain "${L.domain}" action "local"; action "local" maildir ... virtual <vusers>`,
  relay: `match from src 127.0.0.0/8 for any action "relay"`,
};

const smtpdConf = (tls: {
  cert: string;
  key: string;
}) => `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
pki ${L.mxHost} cert "${tls.cert}"
pki ${L.mxHost} key "${tls.key}"
table vusers file:${smtpdTable("vusers")}
smtp max-message-size 50000
smtp limit max-rcpt 3
queue ttl 100s
bounce warn-interval 20s

filter "rdns" phase connect match !rdns disconnect "550 no rDNS is so 80s"
filter "fcrdns" phase connect match !fcrdns disconnect "550 no FCrDNS is so 80s"

listen on 127.0.0.1 port ${PORT.mx} hostname ${L.mxHost}
listen on 127.0.0.1 port ${PORT.tls} hostname ${L.mxHost} tls-require pki ${L.mxHost}
listen on 127.0.0.1 port ${PORT.auth} hostname ${L.mxHost} tls pki ${L.mxHost} auth
listen on 127.0.0.1 port ${PORT.rdns} hostname ${L.mxHost} filter "rdns"
listen on 127.0.0.1 port ${PORT.fcrdns} hostname ${L.mxHost} filter "fcrdns"
listen on 127.0.0.1 port ${PORT.submit} hostname ${L.mxHost}

action "local" maildir "${MAIL_DIR}/%{dest.user}" virtual <vusers>
action "relay" relay

match from any for domain "${L.domain}" action "local"
${rules.relay}
`;

const mailboxes = ["user", "bounce-domain", "bounce-unreach", "dsn-success"];

const cases: LabCase[] = [
  replyCase.unknownUser(`${rules.accept} (no vusers entry)`),
  // "550 Invalid recipient" is also OpenSMTPD's answer for a user part that is no system user
  // (lka_session.c, lka_expand): the words rank both causes and decide neither.
  replyCase.relayDenied(
    `${rules.accept}; ${rules.relay} (no rule matches a remote client for another domain)`,
    {},
    {
      cause: "unknown",
      ruleCause: "relay-denied",
      possible: ["relay-denied", "recipient-unknown"],
    },
  ),
  replyCase.sizeAtMailFrom("smtp max-message-size 50000 (MAIL FROM ... SIZE=200000)"),
  replyCase.sizeAtData("smtp max-message-size 50000 (a 60 kB message without SIZE)"),
  replyCase.tooManyRecipients("smtp limit max-rcpt 3"),
  replyCase.heloInvalid("OpenSMTPD's built-in HELO argument check"),
  replyCase.heloRequired("OpenSMTPD's built-in command order (MAIL FROM before HELO/EHLO)"),
  replyCase.reverseDnsMissing(rules.rdns, { port: PORT.rdns }),
  replyCase.reverseDnsUnconfirmed(rules.fcrdns, { port: PORT.fcrdns }),
  replyCase.tlsRequired(`listen on 127.0.0.1 port ${PORT.tls} ... tls-require pki ${L.mxHost}`, {
    port: PORT.tls,
  }),
  {
    kind: "reply",
    id: "auth-required",
    cause: "relay-denied",
    rule: `listen on 127.0.0.1 port ${PORT.auth} ... tls pki ${L.mxHost} auth`,
    dialogue: dialogue({ port: PORT.auth }),
  },
  bounceCase.unknownDomain(
    `${rules.relay}; ${L.nxRecipientDomain} does not exist`,
    { port: PORT.submit },
    [{ id: "bounce-unknown-domain", cause: "recipient-domain-invalid", match: /./ }],
  ),
  bounceCase.unreachable(
    `${rules.relay} to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); bounce warn-interval 20s; queue ttl 100s`,
    { port: PORT.submit },
    [
      {
        id: "delay-warning",
        cause: "remote-unreachable",
        match: /delayed for more than 20 seconds/i,
      },
      {
        id: "bounce-unreachable",
        cause: "remote-unreachable",
        // OpenSMTPD 6.8 reports the expiry (queue ttl) as Action: delayed, Status 4.4.7
        // (queue.c gives the expired envelope a temporary class; fixed upstream in 7.3).
        match: /Status: 4\.4\.7|Action: failed/i,
      },
    ],
  ),
  bounceCase.successDsn("RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)", { port: PORT.submit }, [
    { id: "success-dsn", cause: "not-a-bounce", match: /./ },
  ]),
];

export const opensmtpd = opensmtpdDriver({
  id: "opensmtpd",
  mailboxes,
  cases,
  reportWaitSeconds: 260,
  // smtpd logs through syslog only: the lab's rsyslog file. The receiving side's refusals are its
  // "smtp failed-command ... result=..." lines; a delivery's line carries result= and stat=.
  log: syslogLog({
    reject: /failed-command|\bsmtp bad-input|\breject/i,
    failure: /result="?(PermFail|TempFail|Loop)/,
    queueId: /^250 \S+ ([0-9a-f]+) Message accepted/,
  }),
  conf: () => smtpdConf(selfSignedCert(join(LAB_DIR, "tls"))),
  tables: { vusers: mailboxes.map((m) => `${at(m)} nobody`) },
});

// OpenSMTPD (Debian package opensmtpd, 6.8) in the lab: /etc/smtpd.conf with one listener
// per rule family. Its built-in filters need the admin's words; the lab uses the examples of
// smtpd.conf(5). Incoming STARTTLS fails with OpenSSL 3 on Debian 12 (TOOLCHAIN.md), so the
// TLS-required reply is provoked without completing a handshake.
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  selfSignedCert,
  sh,
  sleep,
  submission,
  writeFile,
} from "../lab-common";
import type { LabCase, MtaDriver } from "../lab-types";

const CONF = "/etc/smtpd.conf";
const VUSERS = "/etc/mta-lab-smtpd-vusers";
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
table vusers file:${VUSERS}
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
const sender = `someone@${L.goodSenderDomain}`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "unknown-user",
    cause: "recipient-unknown",
    rule: `${rules.accept} (no vusers entry)`,
    dialogue: dialogue({ rcpts: [{ address: at("nosuch") }] }),
  },
  {
    kind: "reply",
    id: "relay-denied",
    cause: "relay-denied",
    rule: `${rules.accept}; ${rules.relay} (no rule matches a remote client for another domain)`,
    dialogue: dialogue({ rcpts: [{ address: `someone@${L.goodSenderDomain}` }] }),
  },
  {
    kind: "reply",
    id: "size-at-mail-from",
    cause: "message-too-large",
    rule: "smtp max-message-size 50000 (MAIL FROM ... SIZE=200000)",
    dialogue: dialogue({ mailParams: "SIZE=200000" }),
  },
  {
    kind: "reply",
    id: "size-at-data",
    cause: "message-too-large",
    rule: "smtp max-message-size 50000 (a 60 kB message without SIZE)",
    dialogue: dialogue({ data: message({ from: sender, to: at("user"), padTo: 60000 }) }),
  },
  {
    kind: "reply",
    id: "too-many-recipients",
    cause: "rate-limited",
    rule: "smtp limit max-rcpt 3",
    dialogue: dialogue({ rcpts: [1, 2, 3, 4].map(() => ({ address: at("user") })) }),
  },
  {
    kind: "reply",
    id: "helo-invalid",
    cause: "protocol-syntax",
    rule: "OpenSMTPD's built-in HELO argument check",
    dialogue: dialogue({ helo: "bad_helo!name" }),
  },
  {
    kind: "reply",
    id: "reverse-dns-missing",
    cause: "reverse-dns",
    rule: rules.rdns,
    dialogue: dialogue({ port: PORT.rdns, from: L.noPtrClient }),
  },
  {
    kind: "reply",
    id: "reverse-dns-unconfirmed",
    cause: "reverse-dns",
    rule: rules.fcrdns,
    dialogue: dialogue({ port: PORT.fcrdns, from: L.unconfirmedClient }),
  },
  {
    kind: "reply",
    id: "tls-required",
    cause: "tls-required",
    rule: `listen on 127.0.0.1 port ${PORT.tls} ... tls-require pki ${L.mxHost}`,
    dialogue: dialogue({ port: PORT.tls }),
  },
  {
    kind: "reply",
    id: "auth-required",
    cause: "relay-denied",
    rule: `listen on 127.0.0.1 port ${PORT.auth} ... tls pki ${L.mxHost} auth`,
    dialogue: dialogue({ port: PORT.auth }),
  },
  {
    kind: "bounce",
    id: "bounce-unknown-domain",
    rule: `${rules.relay}; ${L.nxRecipientDomain} does not exist`,
    dialogue: submission("bounce-domain", `someone@${L.nxRecipientDomain}`, { port: PORT.submit }),
    mailbox: "bounce-domain",
    reports: [{ id: "bounce-unknown-domain", cause: "recipient-domain-invalid", match: /./ }],
  },
  {
    kind: "bounce",
    id: "unreachable",
    rule: `${rules.relay} to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); bounce warn-interval 20s; queue ttl 100s`,
    dialogue: submission("bounce-unreach", `someone@${L.unreachableDomain}`, {
      port: PORT.submit,
      rcpts: [{ address: `someone@${L.unreachableDomain}`, params: "NOTIFY=DELAY,FAILURE" }],
    }),
    mailbox: "bounce-unreach",
    reports: [
      {
        id: "delay-warning",
        cause: "not-a-bounce",
        match: /delayed for more than 20 seconds/i,
      },
      {
        id: "bounce-unreachable",
        cause: "remote-unreachable",
        // OpenSMTPD 6.8 reports the expiry (queue ttl) as Status 4.4.7 "delivery time expired".
        match: /Status: 4\.4\.7|Action: failed/i,
      },
    ],
  },
  {
    kind: "bounce",
    id: "success-dsn",
    rule: "RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)",
    dialogue: submission("dsn-success", at("user"), {
      port: PORT.submit,
      mailParams: "RET=HDRS",
      rcpts: [{ address: at("user"), params: "NOTIFY=SUCCESS" }],
    }),
    mailbox: "dsn-success",
    reports: [{ id: "success-dsn", cause: "not-a-bounce", match: /./ }],
  },
];

export const opensmtpd: MtaDriver = {
  id: "opensmtpd",
  package: "opensmtpd",
  mailboxes,
  cases,
  reportWaitSeconds: 260,
  configure() {
    const tls = selfSignedCert(join(LAB_DIR, "tls"));
    writeFile(CONF, smtpdConf(tls));
    writeFile(VUSERS, mailboxes.map((m) => `${at(m)} nobody`).join("\n") + "\n");
    freshMaildirs(mailboxes);
    sh("smtpd", ["-n", "-f", CONF]);
  },
  async start() {
    sh("smtpd", ["-f", CONF]);
    await sleep(2000);
  },
  flush() {
    sh("smtpctl", ["schedule", "all"], { allowFail: true });
  },
  async stop() {
    sh("smtpctl", ["stop"], { allowFail: true });
    await sleep(1500);
  },
  readMailbox: readMaildir,
};

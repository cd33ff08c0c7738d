// msmtp (Debian package msmtp, 1.8) in the lab as the SENDING side: the SMTP client that mail
// programs and scripts hand their mail to (its sendmail interface). When the server refuses,
// msmtp prints its own lines around the server's reply ("recipient address ... not accepted by
// the server", "server message: ...", "could not send mail ...") and exits non-zero: that
// output, as a person sees it in a terminal or a mail program's error box, is the fixture.
// The server is the lab's Postfix (filter-front.ts), with the restrictions of its own
// documentation that the other Postfix drivers use; msmtp's settings are the ones its manual
// gives for a plain account (host, port, from, auth off, tls off), plus source_ip so that it
// connects from the lab's outside clients.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { at, freshMaildirs, message, readMaildir, selfSignedCert, writeFile } from "../lab-common";
import { flushPostfix, smtpdService, startPostfix, stopPostfix } from "../postfix-master";
import type { CauseId } from "../../../lib/causes/causes";
import type { ClientCase, LabCase, MtaDriver } from "../lab-types";
import { configureFilterFront, filterDir } from "../filter-front";

const DIR = filterDir("msmtp");
const mailboxes = ["user"];
const SIZE_LIMIT = 10240;

/** The lab Postfix's restrictions (main.cf), each from Postfix's own documentation. */
const POSTFIX_MAIN = [
  `message_size_limit = ${SIZE_LIMIT}`,
  "smtpd_client_restrictions = reject_rbl_client zen.spamhaus.org",
  "smtpd_sender_restrictions = reject_unknown_sender_domain",
];

/** An msmtp account file (msmtp(1), "Configuration files"). */
function msmtprc(o: { from: string; sourceIp: string; port: number }): string {
  return `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with it.
defaults
auth off
tls off

account default
host 127.0.0.1
port ${o.port}
domain ${o.sourceIp === L.goodClient ? L.goodHelo : "localhost"}
source_ip ${o.sourceIp}
from ${o.from}
`;
}

function msmtpCase(o: {
  id: string;
  cause: CauseId;
  rule: string;
  from?: string;
  sourceIp?: string;
  rcpt: string;
  padTo?: number;
  port?: number;
}): ClientCase {
  const from = o.from ?? `someone@${L.goodSenderDomain}`;
  const sourceIp = o.sourceIp ?? L.goodClient;
  const port = o.port ?? 25;
  const conf = join(DIR, `${o.id}.msmtprc`);
  return {
    kind: "client",
    id: o.id,
    cause: o.cause,
    rule: `${o.rule}; msmtp: host 127.0.0.1, port ${port}, source_ip ${sourceIp}, from ${from} (msmtp -C ${conf} ${o.rcpt} < message)`,
    run() {
      writeFile(conf, msmtprc({ from, sourceIp, port }), 0o600);
      // Asynchronously: the lab's DNS server, which Postfix asks meanwhile, is in this process.
      return new Promise((resolve) => {
        const child = spawn("msmtp", ["-C", conf, o.rcpt]);
        let output = "";
        child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
        child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
        child.on("close", (status) => resolve({ status, output }));
        child.stdin.end(message({ from, to: o.rcpt, ...(o.padTo ? { padTo: o.padTo } : {}) }));
      });
    },
  };
}

/** A Postfix listener that takes mail only over TLS (Postfix's TLS_README: "encrypt"). */
const TLS_PORT = 2526;
/** A port where nothing listens: the server is down. */
const CLOSED_PORT = 2599;

const cases: LabCase[] = [
  msmtpCase({
    id: "unknown-user",
    cause: "recipient-unknown",
    rule: `virtual_mailbox_maps = texthash:/etc/postfix/lab-mailboxes (no entry for nosuch)`,
    rcpt: at("nosuch"),
  }),
  msmtpCase({
    id: "relay-denied",
    cause: "relay-denied",
    rule: "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination (a client outside mynetworks, to another domain)",
    rcpt: `someone@${L.goodSenderDomain}`,
  }),
  msmtpCase({
    id: "size",
    cause: "message-too-large",
    rule: `message_size_limit = ${SIZE_LIMIT} (a 20 kB message)`,
    rcpt: at("user"),
    padTo: 20000,
  }),
  msmtpCase({
    id: "sender-domain-nxdomain",
    cause: "sender-address-invalid",
    rule: `smtpd_sender_restrictions = reject_unknown_sender_domain (from someone@${L.nxSenderDomain}, which does not exist)`,
    from: `someone@${L.nxSenderDomain}`,
    rcpt: at("user"),
  }),
  msmtpCase({
    id: "dnsbl-listed",
    cause: "ip-blocklisted",
    rule: `smtpd_client_restrictions = reject_rbl_client zen.spamhaus.org (msmtp from ${L.listedClient})`,
    sourceIp: L.listedClient,
    rcpt: at("user"),
  }),
  msmtpCase({
    id: "tls-required",
    cause: "tls-required",
    rule: `master.cf: 127.0.0.1:${TLS_PORT} smtpd -o smtpd_tls_security_level=encrypt (with a certificate); msmtp with tls off`,
    rcpt: at("user"),
    port: TLS_PORT,
  }),
  msmtpCase({
    id: "connection-refused",
    cause: "remote-unreachable",
    rule: `nothing listens on 127.0.0.1:${CLOSED_PORT} (the server is down)`,
    rcpt: at("user"),
    port: CLOSED_PORT,
  }),
];

export const msmtp: MtaDriver = {
  id: "msmtp",
  package: "msmtp",
  helperPackages: ["postfix"],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  configure() {
    rmSync(DIR, { recursive: true, force: true });
    const tls = selfSignedCert(join(DIR, "tls"));
    configureFilterFront({
      mailboxes,
      main: POSTFIX_MAIN,
      master: [
        smtpdService(`127.0.0.1:${TLS_PORT}`, [
          "smtpd_tls_security_level=encrypt",
          `smtpd_tls_cert_file=${tls.cert}`,
          `smtpd_tls_key_file=${tls.key}`,
        ]),
      ],
    });
    freshMaildirs(mailboxes);
  },
  start: startPostfix,
  flush: flushPostfix,
  stop: stopPostfix,
  readMailbox: readMaildir,
};

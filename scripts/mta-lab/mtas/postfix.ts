// Postfix (Debian package postfix) in the lab: one smtpd per rule family on loopback ports,
// virtual(8) maildirs under /var/lib/mta-lab owned by nobody, short queue times so that an
// unreachable destination warns and then bounces within two minutes.
import { rmSync, writeFileSync } from "node:fs";
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
  writeFile,
} from "../lab-common";
import { OPENDKIM_POSTFIX_SOCKET, OPENDKIM_RULE, startOpendkim, stopOpendkim } from "../opendkim";
import {
  OPENDMARC_POSTFIX_SOCKET,
  OPENDMARC_RULE,
  startOpendmarc,
  stopOpendmarc,
} from "../opendmarc";
import { RELAYING_MAILBOXES, bounceCase, replyCase } from "../lab-cases";
import { LAB_MAIN_CF_HEAD, POSTFIX_DAEMONS, smtpdService } from "../postfix-master";
import type { LabCase, LabLog, MtaDriver } from "../lab-types";

const ETC = "/etc/postfix";
const PORT = {
  mx: 25,
  tls: 2525,
  connRate: 2526,
  msgRate: 2527,
  rcptRate: 2528,
  rcptLimit: 2529,
  deferRelay: 2530,
  dmarc: 2531,
  dkim: 2532,
  submit: 587,
};
const FULL_MBOX_LIMIT = 60000;
const rules = {
  helo: "smtpd_helo_restrictions = reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname, reject_unknown_helo_hostname",
  client:
    "smtpd_client_restrictions = permit_mynetworks, reject_rbl_client zen.spamhaus.org, reject_unknown_reverse_client_hostname, reject_unknown_client_hostname",
  sender:
    "smtpd_sender_restrictions = permit_mynetworks, reject_non_fqdn_sender, reject_unknown_sender_domain, reject_rhsbl_sender dbl.spamhaus.org, reject_sender_login_mismatch",
  relay:
    "smtpd_relay_restrictions = reject_unknown_recipient_domain, permit_mynetworks, reject_unauth_destination",
  recipient:
    "smtpd_recipient_restrictions = reject_non_fqdn_recipient, reject_unlisted_recipient, check_policy_service unix:private/policyd-spf",
};
/** Debian's postfix-policyd-spf-python with its own policyd-spf.conf (Mail_From_reject = Fail). */
const spfPolicy =
  "policyd-spf unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf (postfix-policyd-spf-python, its default policyd-spf.conf)";

const mainCf = (tls: { cert: string; key: string }) => `${LAB_MAIN_CF_HEAD}
virtual_mailbox_base = ${MAIL_DIR}
virtual_mailbox_maps = texthash:${ETC}/lab-mailboxes
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_mailbox_limit = ${FULL_MBOX_LIMIT}
message_size_limit = 50000
smtpd_tls_cert_file = ${tls.cert}
smtpd_tls_key_file = ${tls.key}
smtpd_tls_security_level = may
smtpd_helo_required = yes
${rules.helo}
${rules.client}
${rules.sender}
smtpd_sender_login_maps = texthash:${ETC}/lab-sender-logins
# SASL (Cyrus, sasldb) is on so that the login rules apply; the lab's sasldb has no users.
smtpd_sasl_auth_enable = yes
cyrus_sasl_config_path = ${ETC}/sasl
${rules.relay}
${rules.recipient}
# A "remote" receiver on 127.0.0.2:25 (MX of ${L.remoteDomain}): what it refuses, the
# sending side reports in a bounce, the way most bounces reach people.
relay_domains = ${L.remoteDomain}
relay_recipient_maps = texthash:${ETC}/lab-relay-recipients
header_checks = regexp:${ETC}/lab-header-checks
body_checks = regexp:${ETC}/lab-body-checks
delay_warning_time = 20s
maximal_queue_lifetime = 100s
bounce_queue_lifetime = 100s
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
smtp_connect_timeout = 5s
policyd-spf_time_limit = 3600
`;

const submitOverrides = [
  "smtpd_client_restrictions=",
  "smtpd_helo_restrictions=",
  "smtpd_sender_restrictions=",
  "smtpd_relay_restrictions=permit_mynetworks,reject",
  "smtpd_recipient_restrictions=",
  "smtpd_reject_unlisted_recipient=no",
];

const remoteOverrides = [
  `myhostname=${L.remoteMx}`,
  "smtpd_client_restrictions=",
  "smtpd_helo_restrictions=",
  "smtpd_sender_restrictions=",
  "message_size_limit=10000",
  "cleanup_service_name=cleanup-remote",
];
const remoteRule = `127.0.0.2:smtp smtpd -o myhostname=${L.remoteMx} ...`;

const masterCf = () => {
  return [
    smtpdService(`127.0.0.1:${PORT.mx}`),
    smtpdService(`127.0.0.1:${PORT.tls}`, ["smtpd_tls_security_level=encrypt"]),
    smtpdService(`127.0.0.1:${PORT.connRate}`, ["smtpd_client_connection_rate_limit=2"]),
    smtpdService(`127.0.0.1:${PORT.msgRate}`, ["smtpd_client_message_rate_limit=1"]),
    smtpdService(`127.0.0.1:${PORT.rcptRate}`, ["smtpd_client_recipient_rate_limit=2"]),
    smtpdService(`127.0.0.1:${PORT.rcptLimit}`, ["smtpd_recipient_limit=3"]),
    smtpdService(`127.0.0.1:${PORT.deferRelay}`, [
      "smtpd_relay_restrictions=permit_mynetworks,defer_unauth_destination",
    ]),
    smtpdService(`127.0.0.1:${PORT.dmarc}`, [`smtpd_milters=${OPENDMARC_POSTFIX_SOCKET}`]),
    smtpdService(`127.0.0.1:${PORT.dkim}`, [`smtpd_milters=${OPENDKIM_POSTFIX_SOCKET}`]),
    smtpdService(`127.0.0.1:${PORT.submit}`, submitOverrides),
    ...POSTFIX_DAEMONS,
    "tlsmgr unix - - n 1000? 1 tlsmgr",
    "policyd-spf unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf",
    smtpdService(`127.0.0.2:${PORT.mx}`, remoteOverrides),
    "cleanup-remote unix n - n - 0 cleanup",
    `  -o body_checks=regexp:${ETC}/lab-remote-body-checks`,
    "",
  ].join("\n");
};

const headerChecks = [
  "# Lab rules: a header that a spam filter upstream marked, and an executable attachment",
  "# (the attachment rule is the example of header_checks(5)).",
  "/^X-Lab-Spam-Flag: YES/ REJECT",
  '/^Content-(Disposition|Type).*name[[:space:]]*=[[:space:]]*"?([^;]*(\\.|=2E)(exe|scr|pif|bat|com|vbs))(\\?=)?"?[[:space:]]*(;|$)/ REJECT Attachment name "$2" may not end with ".$4"',
  "",
].join("\n");
const bodyChecks = ["/lab-body-spam-trigger/ REJECT", ""].join("\n");

const rcptNoFqdn = "user";
const mailboxes = RELAYING_MAILBOXES;

const cases: LabCase[] = [
  replyCase.unknownUser(`${rules.recipient}; virtual_mailbox_maps = texthash:lab-mailboxes`),
  replyCase.unknownRecipientDomain(rules.relay),
  replyCase.relayDenied(rules.relay),
  {
    kind: "reply",
    id: "relay-deferred",
    cause: "relay-denied",
    rule: `-o smtpd_relay_restrictions=permit_mynetworks,defer_unauth_destination (port ${PORT.deferRelay}; the Postfix 3.x default)`,
    dialogue: dialogue({
      port: PORT.deferRelay,
      rcpts: [{ address: `someone@${L.goodSenderDomain}` }],
    }),
  },
  {
    kind: "reply",
    id: "auth-failed",
    cause: "relay-denied",
    rule: "smtpd_sasl_auth_enable = yes (Cyrus sasldb without the user)",
    dialogue: dialogue({ auth: { user: "owner", pass: "wrong-password" } }),
  },
  replyCase.sizeAtMailFrom("message_size_limit = 50000 (MAIL FROM ... SIZE=200000)"),
  replyCase.sizeAtData("message_size_limit = 50000 (a 60 kB message without SIZE)"),
  replyCase.senderNxdomain(rules.sender),
  replyCase.senderServfail(rules.sender),
  replyCase.senderNonFqdn(rules.sender),
  replyCase.spfFail(`${rules.recipient}; master.cf: ${spfPolicy}`),
  {
    kind: "reply",
    id: "recipient-non-fqdn",
    cause: "protocol-syntax",
    rule: rules.recipient,
    dialogue: dialogue({ from: "127.0.0.1", rcpts: [{ address: rcptNoFqdn }] }),
  },
  replyCase.senderRhsbl(rules.sender),
  {
    kind: "reply",
    id: "auth-required-sender-login",
    cause: "relay-denied",
    rule: `${rules.sender}; smtpd_sender_login_maps: owner@${L.domain} -> owner`,
    dialogue: dialogue({ mailFrom: at("owner") }),
  },
  replyCase.heloInvalid(rules.helo),
  replyCase.heloRequired("smtpd_helo_required = yes"),
  {
    kind: "reply",
    id: "helo-non-fqdn",
    cause: "protocol-syntax",
    rule: rules.helo,
    dialogue: dialogue({ helo: "workstation" }),
  },
  {
    kind: "reply",
    id: "helo-unknown-host",
    // A HELO name that does not resolve is a naming fault of the sending host, fixed with its
    // PTR name (lib/knowledge/signatures/postfix.ts "helo-not-found" reads it so, too).
    cause: "reverse-dns",
    rule: rules.helo,
    dialogue: dialogue({ helo: L.nxHelo }),
  },
  replyCase.reverseDnsMissing(rules.client),
  replyCase.reverseDnsUnconfirmed(rules.client),
  replyCase.dnsblListed(rules.client),
  {
    kind: "reply",
    id: "rate-connections",
    cause: "rate-limited",
    rule: `-o smtpd_client_connection_rate_limit=2 (port ${PORT.connRate}; anvil_rate_time_unit = 60s)`,
    dialogue: dialogue({ port: PORT.connRate }),
    repeat: 4,
  },
  {
    kind: "reply",
    id: "rate-messages",
    cause: "rate-limited",
    rule: `-o smtpd_client_message_rate_limit=1 (port ${PORT.msgRate})`,
    dialogue: dialogue({ port: PORT.msgRate }),
    repeat: 3,
  },
  {
    kind: "reply",
    id: "rate-recipients",
    cause: "rate-limited",
    rule: `-o smtpd_client_recipient_rate_limit=2 (port ${PORT.rcptRate})`,
    dialogue: dialogue({
      port: PORT.rcptRate,
      rcpts: [1, 2, 3].map(() => ({ address: at("user") })),
    }),
  },
  replyCase.tooManyRecipients(`-o smtpd_recipient_limit=3 (port ${PORT.rcptLimit})`, {
    port: PORT.rcptLimit,
    continueAfterRcptRefusal: false,
  }),
  replyCase.tlsRequired(`-o smtpd_tls_security_level=encrypt (port ${PORT.tls})`, {
    port: PORT.tls,
  }),
  {
    kind: "reply",
    id: "header-check",
    // Postfix answers a REJECT without text of its own with "message content rejected"
    // (cleanup_strerror.c): the words do not say spam from a virus or a banned attachment.
    cause: "unknown",
    ruleCause: "content-spam",
    possible: ["content-spam", "content-virus"],
    rule: "header_checks: /^X-Lab-Spam-Flag: YES/ REJECT",
    dialogue: dialogue({
      data: message({
        from: `someone@${L.goodSenderDomain}`,
        to: at("user"),
        extraHeaders: ["X-Lab-Spam-Flag: YES", "Content-Type: text/plain; charset=us-ascii"],
      }),
    }),
  },
  {
    kind: "reply",
    id: "attachment-check",
    cause: "content-virus",
    rule: 'header_checks: /^Content-(Disposition|Type).*name=...(exe|scr|pif|bat|com|vbs).../ REJECT Attachment name "$2" may not end with ".$4"',
    dialogue: dialogue({
      data: message({
        from: `someone@${L.goodSenderDomain}`,
        to: at("user"),
        extraHeaders: ['Content-Type: application/octet-stream; name="invoice.exe"'],
        body: "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      }),
    }),
  },
  {
    kind: "reply",
    id: "body-check",
    // Postfix answers a REJECT without text of its own with "message content rejected"
    // (cleanup_strerror.c): the words do not say spam from a virus or a banned attachment.
    cause: "unknown",
    ruleCause: "content-spam",
    possible: ["content-spam", "content-virus"],
    rule: "body_checks: /lab-body-spam-trigger/ REJECT",
    dialogue: dialogue({
      data: message({
        from: `someone@${L.goodSenderDomain}`,
        to: at("user"),
        body: "Buy now: lab-body-spam-trigger",
      }),
    }),
  },
  replyCase.dmarcReject(
    `-o smtpd_milters=${OPENDMARC_POSTFIX_SOCKET} (port ${PORT.dmarc}); ${OPENDMARC_RULE}`,
    { port: PORT.dmarc },
  ),
  replyCase.dkimFail(
    `-o smtpd_milters=${OPENDKIM_POSTFIX_SOCKET} (port ${PORT.dkim}); ${OPENDKIM_RULE}`,
    { port: PORT.dkim },
  ),
  bounceCase.unknownUser(
    "virtual_mailbox_maps = texthash:lab-mailboxes (no entry); -o smtpd_reject_unlisted_recipient=no on the submission port",
    { port: PORT.submit },
  ),
  bounceCase.unknownDomain(
    `smtp delivery to ${L.nxRecipientDomain} (NXDOMAIN), relayed for mynetworks`,
    { port: PORT.submit },
  ),
  bounceCase.mailboxFull(
    `virtual_mailbox_limit = ${FULL_MBOX_LIMIT} (mailbox "full" already holds ~${FULL_MBOX_LIMIT - 500} bytes)`,
    { port: PORT.submit },
  ),
  bounceCase.unreachable(
    `smtp to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); delay_warning_time = 20s, maximal_queue_lifetime = 100s`,
    { port: PORT.submit },
  ),
  bounceCase.successDsn("RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)", { port: PORT.submit }),
  bounceCase.relayedUnknownUser(
    `${remoteRule}: reject_unlisted_recipient with relay_recipient_maps (the remote refuses at RCPT; the sender is told by bounce)`,
    { port: PORT.submit },
  ),
  bounceCase.relayedSize(
    `${remoteRule} -o message_size_limit=10000 (a 20 kB message; the remote refuses the SIZE at MAIL FROM)`,
    { port: PORT.submit },
  ),
  bounceCase.relayedContent(
    `${remoteRule} -o cleanup_service_name=cleanup-remote; body_checks: /lab-remote-spam-trigger/ REJECT`,
    { port: PORT.submit },
    // The remote Postfix's "message content rejected" does not say spam from a virus.
    [
      {
        id: "relayed-content",
        cause: "unknown",
        ruleCause: "content-spam",
        possible: ["content-spam", "content-virus"],
        match: /Action: failed/i,
      },
    ],
  ),
];

/**
 * Postfix's own log file (maillog_file, written by postlogd; LAB_MAIN_CF_HEAD sets it): smtpd's
 * and cleanup's reject lines, smtp's and virtual's delivery lines with their status.
 */
const log: LabLog = {
  file: join(LAB_DIR, "postfix.log"),
  reject:
    /: (NOQUEUE|[0-9A-Z]+): (reject|milter-reject): |warning: .*(rate limit exceeded|authentication failed|queue file size limit exceeded)|: too many /,
  failure: /\bstatus=(bounced|deferred|undeliverable)\b/,
  queueId: /queued as ([0-9A-Za-z]+)/,
};

async function stopPostfix(): Promise<void> {
  sh("postfix", ["stop"], { allowFail: true });
  await sleep(1500);
  sh("postfix", ["abort"], { allowFail: true });
  await stopOpendmarc();
  await stopOpendkim();
}

export const postfix: MtaDriver = {
  id: "postfix",
  package: "postfix",
  helperPackages: ["postfix-policyd-spf-python", "opendmarc", "opendkim"],
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  log,
  configure() {
    const tls = selfSignedCert(join(LAB_DIR, "tls"));
    writeFile(join(ETC, "main.cf"), mainCf(tls));
    writeFile(join(ETC, "master.cf"), masterCf());
    writeFile(
      join(ETC, "lab-mailboxes"),
      mailboxes.map((m) => `${at(m)} ${m === "full" ? "full" : `${m}/`}`).join("\n") + "\n",
    );
    writeFile(join(ETC, "lab-sender-logins"), `${at("owner")} owner\n`);
    writeFile(
      join(ETC, "sasl/smtpd.conf"),
      `pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\nsasldb_path: ${LAB_DIR}/sasldb2\n`,
    );
    writeFile(join(ETC, "lab-header-checks"), headerChecks);
    writeFile(join(ETC, "lab-relay-recipients"), `user@${L.remoteDomain} OK\n`);
    writeFile(join(ETC, "lab-remote-body-checks"), "/lab-remote-spam-trigger/ REJECT\n");
    writeFile(join(ETC, "lab-body-checks"), bodyChecks);
    freshMaildirs(mailboxes.filter((m) => m !== "full"));
    // The over-quota mailbox: an mbox file just under virtual_mailbox_limit.
    rmSync(join(MAIL_DIR, "full"), { recursive: true, force: true });
    writeFileSync(join(MAIL_DIR, "full"), "x".repeat(FULL_MBOX_LIMIT - 500) + "\n");
    sh("chown", ["65534:65534", join(MAIL_DIR, "full")]);
    // Start from an empty queue and a clean anvil.
    sh(
      "bash",
      [
        "-c",
        "rm -rf /var/spool/postfix/{active,bounce,corrupt,defer,deferred,flush,hold,incoming,maildrop,trace}/*",
      ],
      { allowFail: true },
    );
  },
  async start() {
    startOpendmarc();
    startOpendkim();
    sh("postfix", ["check"]);
    sh("postfix", ["start"]);
    await sleep(2000);
  },
  flush() {
    sh("postqueue", ["-f"], { allowFail: true });
  },
  stop: stopPostfix,
  readMailbox: readMaildir,
};

// Sendmail (Debian package sendmail-bin, 8.17) with the per-site rules admins write: access
// database entries (REJECT, which the cf's proto.m4 answers "Access denied", and ERROR: with
// their own text), virtusertable errors, FEATURE(greet_pause) against clients that speak
// first, relaying from a client whose address has no name, and local delivery through aliases
// to a program that fails and to a file that cannot be written.
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { LAB_DIR, at, dialogue, submission } from "../lab-common";
import type { LabCase } from "../lab-types";
import { SENDMAIL_FILES, sendmailDriver, sendmailMcHead } from "./sendmail-setup";

const { access: ACCESS, virtuser: VIRTUSER } = SENDMAIL_FILES;
const NEUTRAL = { from: L.goodClient, helo: L.goodHelo };

/** The access database: each entry is quoted in the manifest as its case's rule. */
const access = {
  relay: "Connect:127.0.0.1 RELAY",
  connectReject: `Connect:${L.goodClient2} REJECT`,
  connectError: `Connect:${L.goodClient3} ERROR:"550 Too much spam from your network"`,
  fromReject: `From:spammer@${L.goodSenderDomain} REJECT`,
  fromError: `From:bulk@${L.goodSenderDomain} ERROR:"550 We don't accept mail from spammers"`,
  toReject: `To:blocked@${L.domain} REJECT`,
  toError: `To:staff@${L.domain} ERROR:5.7.1:"550 Internal list: only members may post"`,
};
const virtuser = {
  nouser: `nouser@${L.domain} error:nouser 550 No such user here`,
  disabled: `former@${L.domain} error:5.2.1:550 This mailbox has been disabled`,
};
const ACCESS_RULE =
  "FEATURE(`access_db'), FEATURE(`delay_checks'), FEATURE(`blocklist_recipients') (access map entry";

const sendmailMc = `${sendmailMcHead("mta-lab access")}define(\`confTO_CONNECT', \`5s')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confDEF_USER_ID', \`mail:mail')dnl
define(\`confHOST_STATUS_DIRECTORY', \`${LAB_DIR}/host_status')dnl
DAEMON_OPTIONS(\`Family=inet, Name=MTA-v4, Port=smtp, Addr=127.0.0.1')dnl
FEATURE(\`access_db', \`hash -T<TMPF> -o ${ACCESS}')dnl
FEATURE(\`delay_checks')dnl
FEATURE(\`blocklist_recipients')dnl
FEATURE(\`greet_pause', \`2000')dnl
FEATURE(\`virtusertable', \`hash -o ${VIRTUSER}')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
`;

const mailboxes = ["user", "bounce-prog", "bounce-file"];

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "connect-reject",
    // proto.m4: REJECT answers "550 Access denied", which gives no reason: the site's rule
    // against that client (a local blocklist of the address among them).
    cause: "unknown",
    ruleCause: "sender-policy",
    possible: ["sender-policy", "ip-blocklisted"],
    rule: `${ACCESS_RULE} ${access.connectReject})`,
    dialogue: dialogue({ from: L.goodClient2, helo: "client2.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "connect-error",
    // The site's verdict on the sending network, not on this message's content.
    cause: "bad-reputation",
    rule: `${ACCESS_RULE} ${access.connectError})`,
    dialogue: dialogue({ from: L.goodClient3, helo: "client3.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "from-reject",
    cause: "unknown",
    ruleCause: "sender-policy",
    possible: ["sender-policy", "ip-blocklisted"],
    rule: `${ACCESS_RULE} ${access.fromReject})`,
    dialogue: dialogue({ ...NEUTRAL, mailFrom: `spammer@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "from-error",
    cause: "sender-policy",
    rule: `${ACCESS_RULE} ${access.fromError})`,
    dialogue: dialogue({ ...NEUTRAL, mailFrom: `bulk@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "to-reject",
    // With FEATURE(blocklist_recipients), proto.m4 answers a To: REJECT "Mailbox disabled for
    // this recipient" (5.2.1): the words say it.
    cause: "mailbox-disabled",
    rule: `${ACCESS_RULE} ${access.toReject})`,
    dialogue: dialogue({ ...NEUTRAL, rcpts: [{ address: at("blocked") }] }),
  },
  {
    kind: "reply",
    id: "to-error",
    cause: "sender-policy",
    rule: `${ACCESS_RULE} ${access.toError})`,
    dialogue: dialogue({ ...NEUTRAL, rcpts: [{ address: at("staff") }] }),
  },
  {
    kind: "reply",
    id: "virtuser-nouser",
    cause: "recipient-unknown",
    rule: `FEATURE(\`virtusertable') entry ${virtuser.nouser}`,
    dialogue: dialogue({ ...NEUTRAL, rcpts: [{ address: at("nouser") }] }),
  },
  {
    kind: "reply",
    id: "virtuser-disabled",
    cause: "mailbox-disabled",
    rule: `FEATURE(\`virtusertable') entry ${virtuser.disabled}`,
    dialogue: dialogue({ ...NEUTRAL, rcpts: [{ address: at("former") }] }),
  },
  {
    kind: "reply",
    id: "relay-name-lookup-failed",
    // proto.m4 Relay_ok: relaying refused, naming the client's failed PTR lookup.
    cause: "relay-denied",
    rule: "cf: check_rcpt, no RELAY for the client; its address has no PTR ({client_resolve} FAIL)",
    dialogue: dialogue({
      from: L.noPtrClient,
      rcpts: [{ address: `someone@${L.goodSenderDomain}` }],
    }),
  },
  {
    kind: "reply",
    id: "pregreet",
    // srvrsmtp.c greets with "554 <host> ESMTP not accepting messages" both for traffic
    // before the greeting and for a milter that rejected the connection: the words cannot say
    // which.
    cause: "unknown",
    ruleCause: "protocol-syntax",
    rule: "FEATURE(`greet_pause', `2000') (the client speaks before the banner)",
    dialogue: dialogue({ ...NEUTRAL, pregreet: true }),
  },
  {
    kind: "bounce",
    id: "alias-program-fails",
    rule: `aliases: "broken: |/bin/false" (prog mailer, local delivery)`,
    dialogue: submission("bounce-prog", at("broken")),
    mailbox: "bounce-prog",
    // A delivery program of the receiving side exited with an error: its own failure.
    reports: [
      { id: "alias-program-fails", cause: "remote-server-error", match: /Action: failed/i },
    ],
  },
  {
    kind: "bounce",
    id: "alias-file-unwritable",
    rule: `aliases: "nofile: ${LAB_DIR}/no-such-dir/nofile.mbox" (a file in a directory that does not exist)`,
    dialogue: submission("bounce-file", at("nofile")),
    mailbox: "bounce-file",
    reports: [
      { id: "alias-file-unwritable", cause: "remote-server-error", match: /Action: failed/i },
    ],
  },
];

export const sendmailAccess = sendmailDriver({
  id: "sendmail-access",
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  mc: sendmailMc,
  access: Object.values(access),
  virtuser: Object.values(virtuser),
  // The access map's To: entries name addresses that exist (else "User unknown" first).
  aliases: [
    "blocked: user",
    "staff: user",
    "broken: |/bin/false",
    `nofile: ${LAB_DIR}/no-such-dir/nofile.mbox`,
  ],
});

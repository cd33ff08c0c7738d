// Postfix (Debian package postfix) with the restrictions admins add to a working server, beyond
// the built-in checks of the "postfix" driver: access maps with and without their own text
// (access(5)), the other address classes' recipient tables (virtual alias, local, relay),
// relocated(5), postscreen(8) in front of smtpd, address verification, sender login maps with
// a real SASL login, the queue's free-space guard, header/body checks with text from
// header_checks(5), and the loop guards (hopcount_limit, Delivered-To).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  at,
  dialogue,
  freshMaildirs,
  message,
  readMaildir,
  sh,
  submission,
  writeFile,
} from "../lab-common";
import {
  LAB_MAIN_CF_HEAD,
  POSTFIX_DAEMONS,
  clearPostfixQueues,
  flushPostfix,
  smtpdService,
  startPostfix,
  stopPostfix,
} from "../postfix-master";
import type { LabCase, MtaDriver } from "../lab-types";

const ETC = "/etc/postfix";
const PORT = {
  mx: 25,
  postscreen: 2540,
  unlistedSender: 2541,
  verify: 2542,
  minfree: 2543,
  login: 2545,
  submit: 587,
};
/** Domains of the other address classes (ADDRESS_CLASS_README); none needs DNS at RCPT. */
const ALIAS_DOMAIN = `alias.${L.domain}`;
const LOCAL_DOMAIN = `local.${L.domain}`;
const RELAY_DOMAIN = `relay.${L.domain}`;
/** local(8)'s mail spool (mail_spool_directory); nobody's "mailbox" there is a directory. */
const SPOOL = join(LAB_DIR, "spool");
const SASL_USER = { user: "owner", pass: "lab-secret" };

/** The map files, each quoted in the manifest as the rule that provoked its fixture. */
const maps = {
  client: [
    "# check_client_access cidr: one host refused with Postfix's default text, one with the admin's.",
    `${L.goodClient2}/32 REJECT`,
    `${L.goodClient3}/32 REJECT Too much spam from your network; contact postmaster@${L.domain}`,
  ],
  helo: [`${L.mxHost} REJECT You are not ${L.mxHost}`],
  sender: [
    `spammer@${L.goodSenderDomain} REJECT`,
    `bulk@${L.goodSenderDomain} REJECT Mail from this sender is not accepted here`,
  ],
  recipient: [
    `blocked@${L.domain} REJECT`,
    `former@${L.domain} 550 5.2.1 This mailbox has been disabled`,
    `staff@${L.domain} REJECT Internal list: only members may post`,
  ],
  relocated: [`moved@${L.domain} new-address@${L.goodSenderDomain}`],
  alias: [`known@${ALIAS_DOMAIN} user@${L.domain}`],
  local: [`postmaster@${LOCAL_DOMAIN} OK`, `nobody@${LOCAL_DOMAIN} OK`],
  relayRecipients: [`user@${RELAY_DOMAIN} OK`, `user@${L.remoteDomain} OK`],
  headers: [
    "# header_checks(5): a subject rule with the admin's own text.",
    "/^Subject:.*make money fast/ REJECT Spam subject not accepted",
  ],
  body: [
    "# header_checks(5) EXAMPLES, body_checks: the IFRAME exploit rule with its text.",
    "/^<iframe src=(3D)?cid:.* height=(3D)?0 width=(3D)?0>$/ REJECT IFRAME vulnerability exploit",
  ],
  postscreenAccess: [`${L.goodClient3}/32 reject`],
  loginMaps: [`${at("owner")} owner`, `${at("boss")} boss`],
};
const lines = (rows: string[]) => rows.join("\n") + "\n";
const quote = (rows: string[]) => rows.filter((r) => !r.startsWith("#")).join("; ");

const rules = {
  helo: `smtpd_helo_restrictions = check_helo_access texthash:lab-helo-access (${quote(maps.helo)})`,
  client: "smtpd_client_restrictions = check_client_access cidr:lab-client-access",
  sender: "smtpd_sender_restrictions = check_sender_access texthash:lab-sender-access",
  recipient: "smtpd_recipient_restrictions = check_recipient_access texthash:lab-recipient-access",
  postscreen:
    "postscreen_dnsbl_sites = zen.spamhaus.org*3 ; postscreen_dnsbl_threshold = 3 ; postscreen_dnsbl_action = enforce ; postscreen_greet_action = enforce ; postscreen_access_list = permit_mynetworks, cidr:lab-postscreen-access ; postscreen_denylist_action = enforce (POSTSCREEN_README's recommended setup)",
};

const mainCf = `${LAB_MAIN_CF_HEAD}
virtual_mailbox_base = ${LAB_DIR}/mail
virtual_mailbox_maps = texthash:${ETC}/lab-mailboxes
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_alias_domains = ${ALIAS_DOMAIN}
virtual_alias_maps = texthash:${ETC}/lab-virtual-alias
# mydestination is given again: the last definition wins (postconf(5)).
mydestination = ${LOCAL_DOMAIN}
alias_maps =
alias_database =
# local(8)'s mailbox files live in the lab directory; the one for "nobody" is a directory.
mail_spool_directory = ${SPOOL}
local_recipient_maps = texthash:${ETC}/lab-local-recipients
relay_domains = ${RELAY_DOMAIN}, ${L.remoteDomain}
relay_recipient_maps = texthash:${ETC}/lab-relay-recipients
relocated_maps = texthash:${ETC}/lab-relocated
hopcount_limit = 10
smtpd_helo_required = yes
smtpd_helo_restrictions = check_helo_access texthash:${ETC}/lab-helo-access
smtpd_client_restrictions = check_client_access cidr:${ETC}/lab-client-access
smtpd_sender_restrictions = check_sender_access texthash:${ETC}/lab-sender-access
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = check_recipient_access texthash:${ETC}/lab-recipient-access
header_checks = regexp:${ETC}/lab-header-checks
body_checks = regexp:${ETC}/lab-body-checks
smtpd_sender_login_maps = texthash:${ETC}/lab-sender-logins
smtpd_sasl_auth_enable = yes
cyrus_sasl_config_path = ${ETC}/sasl
smtpd_sasl_local_domain = ${L.mxHost}
postscreen_dnsbl_sites = zen.spamhaus.org*3
postscreen_dnsbl_threshold = 3
postscreen_dnsbl_action = enforce
postscreen_greet_action = enforce
postscreen_greet_wait = 3s
postscreen_access_list = permit_mynetworks, cidr:${ETC}/lab-postscreen-access
postscreen_denylist_action = enforce
postscreen_cache_map = btree:${LAB_DIR}/postscreen_cache
delay_warning_time = 0
maximal_queue_lifetime = 100s
bounce_queue_lifetime = 100s
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
smtp_connect_timeout = 5s
`;

/** Ports whose one rule family replaces the main listener's restrictions. */
const plain = [
  "smtpd_client_restrictions=",
  "smtpd_helo_restrictions=",
  "smtpd_sender_restrictions=",
  "smtpd_recipient_restrictions=",
];
const remoteOverrides = [
  `myhostname=${L.remoteMx}`,
  ...plain,
  "smtpd_relay_restrictions=reject_unauth_destination",
];

const masterCf = [
  smtpdService(`127.0.0.1:${PORT.mx}`),
  `127.0.0.1:${PORT.postscreen} inet n - n - 1 postscreen`,
  "smtpd pass - - n - - smtpd",
  "dnsblog unix - - n - 0 dnsblog",
  "tlsproxy unix - - n - 0 tlsproxy",
  smtpdService(`127.0.0.1:${PORT.unlistedSender}`, [...plain, "smtpd_reject_unlisted_sender=yes"]),
  smtpdService(`127.0.0.1:${PORT.verify}`, [
    ...plain.slice(0, 3),
    "smtpd_recipient_restrictions=reject_unverified_recipient",
    "smtpd_reject_unlisted_recipient=no",
  ]),
  smtpdService(`127.0.0.1:${PORT.minfree}`, [...plain, "queue_minfree=999999999999999"]),
  smtpdService(`127.0.0.1:${PORT.login}`, [
    ...plain.slice(0, 2),
    "smtpd_sender_restrictions=reject_sender_login_mismatch",
    "smtpd_recipient_restrictions=",
  ]),
  smtpdService(`127.0.0.1:${PORT.submit}`, [
    ...plain,
    "smtpd_relay_restrictions=permit_mynetworks,reject",
    "smtpd_reject_unlisted_recipient=no",
  ]),
  smtpdService(`127.0.0.2:${PORT.mx}`, remoteOverrides),
  ...POSTFIX_DAEMONS,
  "",
].join("\n");

const mailboxes = ["user", "owner", "boss", "bounce-loop", "bounce-spool"];
const SENDER = `someone@${L.goodSenderDomain}`;
const rcpt = (address: string) => ({ rcpts: [{ address }] });
/** Eleven Received: headers, one over hopcount_limit = 10. */
const receivedChain = Array.from(
  { length: 11 },
  (_, i) =>
    `Received: from relay${i}.${L.goodSenderDomain} (relay${i}.${L.goodSenderDomain} [198.51.100.${10 + i}]) by relay${i + 1}.${L.goodSenderDomain}; ${new Date().toUTCString()}`,
);

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "client-access-reject",
    // A REJECT without text: Postfix says "Access denied" (smtpd_check.c check_table_result),
    // which names no reason: the site's own rule against that host, or its local blocklist of
    // the address (lib/knowledge/signatures/postfix.ts "client-access-denied" ranks them so).
    cause: "unknown",
    ruleCause: "sender-policy",
    possible: ["sender-policy", "ip-blocklisted"],
    rule: `${rules.client}: ${maps.client[1]}`,
    dialogue: dialogue({ from: L.goodClient2, helo: "client2.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "client-access-custom",
    // The site's verdict on the sending network ("too much spam from your network"): its
    // reputation there, not a judgement of this message's content.
    cause: "bad-reputation",
    rule: `${rules.client}: ${maps.client[2]}`,
    dialogue: dialogue({ from: L.goodClient3, helo: "client3.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "helo-access-custom",
    // The client greets with the receiving server's own name: an impersonating HELO.
    cause: "protocol-syntax",
    rule: rules.helo,
    dialogue: dialogue({ helo: L.mxHost }),
  },
  {
    kind: "reply",
    id: "sender-access-reject",
    // "Sender address rejected: Access denied": the site's rule, reason not given (as above).
    cause: "unknown",
    ruleCause: "sender-policy",
    rule: `${rules.sender}: ${maps.sender[0]}`,
    dialogue: dialogue({ mailFrom: `spammer@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "sender-access-custom",
    cause: "sender-policy",
    rule: `${rules.sender}: ${maps.sender[1]}`,
    dialogue: dialogue({ mailFrom: `bulk@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "recipient-access-reject",
    // "Recipient address rejected: Access denied" says a rule of the site refused this
    // recipient, not which: a closed mailbox or a policy on who may write to it (the engine
    // ranks the site's policy first, lib/classify/honest-unknown.test.ts).
    cause: "unknown",
    ruleCause: "mailbox-disabled",
    rule: `${rules.recipient}: ${maps.recipient[0]}`,
    dialogue: dialogue(rcpt(at("blocked"))),
  },
  {
    kind: "reply",
    id: "recipient-access-disabled",
    cause: "mailbox-disabled",
    rule: `${rules.recipient}: ${maps.recipient[1]}`,
    dialogue: dialogue(rcpt(at("former"))),
  },
  {
    kind: "reply",
    id: "recipient-access-custom",
    cause: "sender-policy",
    rule: `${rules.recipient}: ${maps.recipient[2]}`,
    dialogue: dialogue(rcpt(at("staff"))),
  },
  {
    kind: "reply",
    id: "relocated",
    // relocated(5): "User has moved to": the address no longer has a mailbox here (RFC 3463
    // X.1.6 "Destination mailbox has moved"); the sender writes to the new address instead.
    cause: "recipient-unknown",
    rule: `relocated_maps = texthash:lab-relocated (${quote(maps.relocated)})`,
    dialogue: dialogue(rcpt(at("moved"))),
  },
  {
    kind: "reply",
    id: "unknown-in-virtual-alias",
    cause: "recipient-unknown",
    rule: `virtual_alias_domains = ${ALIAS_DOMAIN}; virtual_alias_maps = texthash:lab-virtual-alias (${quote(maps.alias)})`,
    dialogue: dialogue(rcpt(`nosuch@${ALIAS_DOMAIN}`)),
  },
  {
    kind: "reply",
    id: "unknown-in-local",
    cause: "recipient-unknown",
    rule: `mydestination = ${LOCAL_DOMAIN}; local_recipient_maps = texthash:lab-local-recipients (${quote(maps.local)})`,
    dialogue: dialogue(rcpt(`nosuch@${LOCAL_DOMAIN}`)),
  },
  {
    kind: "reply",
    id: "unknown-in-relay",
    cause: "recipient-unknown",
    rule: `relay_domains = ${RELAY_DOMAIN}; relay_recipient_maps = texthash:lab-relay-recipients (${quote(maps.relayRecipients)})`,
    dialogue: dialogue(rcpt(`nosuch@${RELAY_DOMAIN}`)),
  },
  {
    kind: "reply",
    id: "unlisted-sender",
    // Our own domain as the sender, but no such mailbox: the sender address is invalid, in
    // the same words ("User unknown in virtual mailbox table") as an unknown recipient.
    cause: "sender-address-invalid",
    rule: `-o smtpd_reject_unlisted_sender=yes (port ${PORT.unlistedSender})`,
    dialogue: dialogue({ port: PORT.unlistedSender, mailFrom: at("nosuch") }),
  },
  {
    kind: "reply",
    id: "unverified-recipient",
    cause: "recipient-unknown",
    rule: `-o smtpd_recipient_restrictions=reject_unverified_recipient (port ${PORT.verify}); the probe goes to ${L.remoteMx} (127.0.0.2), whose relay_recipient_maps lack the user`,
    dialogue: dialogue({ port: PORT.verify, ...rcpt(`nosuch@${L.remoteDomain}`) }),
  },
  {
    kind: "reply",
    id: "insufficient-storage",
    cause: "remote-server-error",
    rule: `-o queue_minfree=999999999999999 (port ${PORT.minfree}): more free space than the queue file system has`,
    dialogue: dialogue({ port: PORT.minfree }),
  },
  {
    kind: "reply",
    id: "sender-login-mismatch",
    // Logged in as "owner", sending as an address smtpd_sender_login_maps gives to "boss": the
    // sender address is not the client's to use (concept.sender-not-theirs reads it so).
    cause: "sender-address-invalid",
    rule: `-o smtpd_sender_restrictions=reject_sender_login_mismatch (port ${PORT.login}); smtpd_sender_login_maps (${quote(maps.loginMaps)}); SASL login owner (Cyrus sasldb)`,
    dialogue: dialogue({ port: PORT.login, auth: SASL_USER, mailFrom: at("boss") }),
  },
  {
    kind: "reply",
    id: "postscreen-dnsbl",
    cause: "ip-blocklisted",
    rule: rules.postscreen,
    dialogue: dialogue({
      port: PORT.postscreen,
      from: L.listedClient,
      helo: "listed-client.mta-lab.test",
    }),
  },
  {
    kind: "reply",
    id: "postscreen-denylist",
    // postscreen's reply to a denylisted client names no reason ("Service currently unavailable").
    cause: "unknown",
    ruleCause: "ip-blocklisted",
    rule: `${rules.postscreen}: ${maps.postscreenAccess[0]}`,
    dialogue: dialogue({
      port: PORT.postscreen,
      from: L.goodClient3,
      helo: "client3.mta-lab.test",
    }),
  },
  {
    kind: "reply",
    id: "postscreen-pregreet",
    cause: "protocol-syntax",
    rule: `${rules.postscreen} (postscreen_greet_wait = 3s; the client speaks before the banner)`,
    dialogue: dialogue({
      port: PORT.postscreen,
      from: L.goodClient2,
      helo: "client2.mta-lab.test",
      pregreet: true,
    }),
  },
  {
    kind: "reply",
    id: "header-check-custom",
    cause: "content-spam",
    rule: `header_checks: ${maps.headers[1]}`,
    dialogue: dialogue({
      data: message({ from: SENDER, to: at("user"), subject: "make money fast" }),
    }),
  },
  {
    kind: "reply",
    id: "body-check-custom",
    cause: "content-virus",
    rule: `body_checks: ${maps.body[1]}`,
    dialogue: dialogue({
      data: message({
        from: SENDER,
        to: at("user"),
        extraHeaders: ["Content-Type: text/html; charset=us-ascii"],
        body: "<iframe src=cid:lab1 height=0 width=0>",
      }),
    }),
  },
  {
    kind: "reply",
    id: "too-many-hops",
    // More Received: headers than hopcount_limit: the message is looping between servers, a
    // routing loop (RFC 3463 X.4.6), read as every loop is: remote-server-error (issue 8's label
    // question; the server was reached, so not remote-unreachable as Sisimai's NetworkError
    // and the sisimai-dev label have it).
    cause: "remote-server-error",
    rule: "hopcount_limit = 10 (a message with 11 Received: headers)",
    dialogue: dialogue({
      data: message({
        from: SENDER,
        to: at("user"),
        extraHeaders: [...receivedChain, "Content-Type: text/plain"],
      }),
    }),
  },
  {
    kind: "bounce",
    id: "forwarding-loop",
    rule: `local(8) delivery to nobody@${LOCAL_DOMAIN} of a message that already carries "Delivered-To: nobody@${LOCAL_DOMAIN}" (submission port ${PORT.submit})`,
    dialogue: submission("bounce-loop", `nobody@${LOCAL_DOMAIN}`, {
      port: PORT.submit,
      data: message({
        from: at("bounce-loop"),
        to: `nobody@${LOCAL_DOMAIN}`,
        extraHeaders: [`Delivered-To: nobody@${LOCAL_DOMAIN}`, "Content-Type: text/plain"],
      }),
    }),
    mailbox: "bounce-loop",
    // A forwarding loop is the receiving side's configuration (aliases that point back).
    reports: [{ id: "forwarding-loop", cause: "remote-server-error", match: /Action: failed/i }],
  },
  {
    kind: "bounce",
    id: "mailbox-is-directory",
    rule: `local(8) delivery to nobody@${LOCAL_DOMAIN}; mail_spool_directory = ${SPOOL}, where "nobody" is a directory, not a mailbox file (submission port ${PORT.submit})`,
    dialogue: submission("bounce-spool", `nobody@${LOCAL_DOMAIN}`, { port: PORT.submit }),
    mailbox: "bounce-spool",
    // The receiving side's own mailbox store is broken (mailbox.c: "cannot update mailbox").
    reports: [
      { id: "mailbox-is-directory", cause: "remote-server-error", match: /Action: failed/i },
    ],
  },
];

export const postfixRestrictions: MtaDriver = {
  id: "postfix-restrictions",
  package: "postfix",
  helperPackages: ["sasl2-bin"],
  mailboxes,
  cases,
  reportWaitSeconds: 60,
  configure() {
    writeFile(join(ETC, "main.cf"), mainCf);
    writeFile(join(ETC, "master.cf"), masterCf);
    writeFile(join(ETC, "lab-mailboxes"), mailboxes.map((m) => `${at(m)} ${m}/`).join("\n") + "\n");
    writeFile(join(ETC, "lab-client-access"), lines(maps.client));
    writeFile(join(ETC, "lab-helo-access"), lines(maps.helo));
    writeFile(join(ETC, "lab-sender-access"), lines(maps.sender));
    writeFile(join(ETC, "lab-recipient-access"), lines(maps.recipient));
    writeFile(join(ETC, "lab-relocated"), lines(maps.relocated));
    writeFile(join(ETC, "lab-virtual-alias"), lines(maps.alias));
    writeFile(join(ETC, "lab-local-recipients"), lines(maps.local));
    writeFile(join(ETC, "lab-relay-recipients"), lines(maps.relayRecipients));
    writeFile(join(ETC, "lab-header-checks"), lines(maps.headers));
    writeFile(join(ETC, "lab-body-checks"), lines(maps.body));
    writeFile(join(ETC, "lab-postscreen-access"), lines(maps.postscreenAccess));
    writeFile(join(ETC, "lab-sender-logins"), lines(maps.loginMaps));
    const sasldb = join(LAB_DIR, "sasldb2");
    writeFile(
      join(ETC, "sasl/smtpd.conf"),
      `pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\nsasldb_path: ${sasldb}\n`,
    );
    sh("mkdir", ["-p", LAB_DIR]);
    rmSync(sasldb, { force: true });
    sh("bash", [
      "-c",
      `echo -n '${SASL_USER.pass}' | saslpasswd2 -p -c -f ${sasldb} -u ${L.mxHost} ${SASL_USER.user}`,
    ]);
    sh("chown", ["postfix", sasldb]);
    rmSync(join(LAB_DIR, "postscreen_cache.db"), { force: true });
    sh("chown", ["postfix", LAB_DIR]);
    freshMaildirs(mailboxes);
    sh("rm", ["-rf", SPOOL]);
    sh("mkdir", ["-p", join(SPOOL, "nobody")]);
    sh("chmod", ["1777", SPOOL]);
    clearPostfixQueues();
  },
  start: startPostfix,
  flush: flushPostfix,
  stop: stopPostfix,
  readMailbox: readMaildir,
};

// Exim 4 (Debian package exim4-daemon-heavy) with the refusals of Debian's own exim4-config
// ACLs that an admin turns on by creating a file or setting a macro (conf.d/acl/
// 30_exim4-config_check_rcpt and 40_exim4-config_check_data, Debian 12): local sender and host
// blacklists, sender verification, sender and recipient callouts, "too many bad recipients",
// the DATA checks, and an alias that :fail:s. The ACL statements and their texts are Debian's;
// the "!acl = acl_local_deny_exceptions" lines are left out (the lab has no exceptions).
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { MAIL_DIR, at, dialogue, message } from "../lab-common";
import type { LabCase } from "../lab-types";
import { EXIM_ETC as ETC, EXIM_REMOTE_ROUTERS, EXIM_TRANSPORTS, eximDriver } from "./exim-setup";

const PORT = { mx: 25, greetDelay: 2526 };
const FILES = {
  senderBlacklist: join(ETC, "local_sender_blacklist"),
  hostBlacklist: join(ETC, "local_host_blacklist"),
  senderCallout: join(ETC, "local_sender_callout"),
  rcptCallout: join(ETC, "local_rcpt_callout"),
  aliases: join(ETC, "lab-aliases"),
};
const D = "Debian exim4-config 30_exim4-config_check_rcpt";
const DD = "Debian exim4-config 40_exim4-config_check_data";

const acl = {
  senderBlacklist: `deny senders = CONFDIR/local_sender_blacklist ; message = sender envelope address $sender_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster (${D}; the file lists spammer@${L.goodSenderDomain})`,
  hostBlacklist: `deny hosts = CONFDIR/local_host_blacklist ; message = sender IP address $sender_host_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster (${D}; the file lists ${L.goodClient2})`,
  verifySender: `CHECK_RCPT_VERIFY_SENDER: deny !verify = sender ; message = Sender verification failed (${D})`,
  senderCallout: `deny senders = CONFDIR/local_sender_callout ; !verify = sender/callout (${D}; the file lists *@${L.remoteDomain})`,
  badRcpts: `deny condition = \${if and {{>{$rcpt_count}{10}}{<{$recipients_count}{\${eval:$rcpt_count/2}}}}} ; message = Rejected for too many bad recipients (${D}, on unless CHECK_RCPT_NO_FAIL_TOO_MANY_BAD_RCPT)`,
  rcptCallout: `deny recipients = CONFDIR/local_rcpt_callout ; !verify = recipient/callout (${D}; the file lists *@${L.remoteDomain})`,
  lineLength: `deny condition = \${if > {$max_received_linelength}{998}} ; message = maximum allowed line length is 998 octets, got $max_received_linelength (${DD}, on unless IGNORE_SMTP_LINE_LENGTH_LIMIT)`,
  headerSyntax: `deny !verify = header_syntax ; message = header syntax (${DD}, on unless NO_CHECK_DATA_VERIFY_HEADER_SYNTAX)`,
  headerSender: `CHECK_DATA_VERIFY_HEADER_SENDER: deny !verify = header_sender ; message = No verifiable sender address in message headers (${DD})`,
};

const eximConf = String.raw`# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
CONFDIR = ${ETC}
primary_hostname = ${L.mxHost}
qualify_domain = ${L.domain}
domainlist local_domains = ${L.domain}
domainlist relay_to_domains = ${L.remoteDomain}
hostlist relay_from_hosts = <; 127.0.0.0/8
# 127.0.0.2:25 plays the remote MX of ${L.remoteDomain}, which the callouts call.
local_interfaces = <; 127.0.0.1 ; [127.0.0.2]:25
daemon_smtp_ports = ${Object.values(PORT).join(" : ")}
host_lookup = *
rfc1413_hosts =
never_users = root
# No early pipelining (PIPECONNECT), so that a client that talks first breaks the sync rule.
pipelining_connect_advertise_hosts = :
acl_smtp_connect = acl_connect
acl_smtp_rcpt = acl_rcpt
acl_smtp_data = acl_data

begin acl

# A greeting delay, as admins add to catch clients that talk first (smtp_enforce_sync).
acl_connect:
  accept  condition = ${"$"}{if eq{$received_port}{${PORT.greetDelay}}}
          delay = 2s
  accept

acl_rcpt:
  accept  hosts = :
  # The remote side knows only the users its router knows.
  deny    condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}}
          !verify = recipient
  accept  condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}}
  accept  local_parts = postmaster
          domains = +local_domains : +relay_to_domains
  deny    !verify = sender
          message = Sender verification failed
  deny    senders = ${"$"}{if exists{CONFDIR/local_sender_callout}{CONFDIR/local_sender_callout}{}}
          !verify = sender/callout
  deny    condition     = ${"$"}{if and {\
                        {>{$rcpt_count}{10}}\
                        {<{$recipients_count}{${"$"}{eval:$rcpt_count/2}}} }}
          message       = Rejected for too many bad recipients
          logwrite      = REJECT [$sender_host_address]: bad recipient count high [${"$"}{eval:$rcpt_count-$recipients_count}]
  accept  hosts = +relay_from_hosts
  require message = relay not permitted
          domains = +local_domains : +relay_to_domains
  require verify = recipient
  deny    recipients = ${"$"}{if exists{CONFDIR/local_rcpt_callout}{CONFDIR/local_rcpt_callout}{}}
          !verify = recipient/callout
  deny    senders = ${"$"}{if exists{CONFDIR/local_sender_blacklist}{CONFDIR/local_sender_blacklist}{}}
          message = sender envelope address $sender_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster
          log_message = sender envelope address is locally blacklisted.
  deny    hosts = ${"$"}{if exists{CONFDIR/local_host_blacklist}{CONFDIR/local_host_blacklist}{}}
          message = sender IP address $sender_host_address is locally blacklisted here. If you think this is wrong, get in touch with postmaster
          log_message = sender IP address is locally blacklisted.
  accept

acl_data:
  deny    condition  = ${"$"}{if > {$max_received_linelength}{998}}
          message    = maximum allowed line length is 998 octets, \
                       got $max_received_linelength
  deny    !verify = header_syntax
          message = header syntax
          log_message = header syntax ($acl_verify_message)
  deny    !verify = header_sender
          message = No verifiable sender address in message headers
  accept

begin routers

${EXIM_REMOTE_ROUTERS}

# Debian's system_aliases router, on the lab's own alias file.
system_aliases:
  driver = redirect
  domains = +local_domains
  allow_fail
  allow_defer
  data = ${"$"}{lookup{$local_part}lsearch{${FILES.aliases}}}

lab_mailbox:
  driver = accept
  domains = +local_domains
  local_parts = dsearch;${MAIL_DIR}
  transport = lab_maildir

begin transports

${EXIM_TRANSPORTS}
`;

const mailboxes = ["user"];
const SENDER = `someone@${L.goodSenderDomain}`;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "sender-blacklist",
    cause: "sender-policy",
    rule: acl.senderBlacklist,
    dialogue: dialogue({ mailFrom: `spammer@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "host-blacklist",
    // The site's own list of addresses it refuses: "sender IP address ... is locally blacklisted".
    cause: "ip-blocklisted",
    rule: acl.hostBlacklist,
    dialogue: dialogue({ from: L.goodClient2, helo: "client2.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "sender-verify",
    cause: "sender-address-invalid",
    rule: `${acl.verifySender} (the sender is nosuch@${L.domain}: no router takes it)`,
    dialogue: dialogue({ mailFrom: at("nosuch") }),
  },
  {
    kind: "reply",
    id: "sender-callout",
    cause: "sender-address-invalid",
    rule: `${acl.senderCallout} (the sender nosuch@${L.remoteDomain}; its MX refuses it at RCPT)`,
    dialogue: dialogue({ mailFrom: `nosuch@${L.remoteDomain}` }),
  },
  {
    kind: "reply",
    id: "too-many-bad-recipients",
    // The limit counts refused recipients: the client is sending to addresses that do not
    // exist (a stale list), which is what the words say.
    cause: "recipient-unknown",
    rule: `${acl.badRcpts} (eleven unknown recipients)`,
    dialogue: dialogue({
      rcpts: Array.from({ length: 11 }, (_, i) => ({ address: at(`nosuch${i}`) })),
      continueAfterRcptRefusal: true,
    }),
    refusal: "last",
  },
  {
    kind: "reply",
    id: "recipient-callout",
    // Meant as an unknown user, but the remote side (this Exim on 127.0.0.2) routes an address
    // it does not know through dnslookup, which ignores the domain's only (loopback) MX: its
    // words, relayed by the callout, say the domain's MX is unusable (as exim/relayed-mx-unusable).
    cause: "recipient-domain-invalid",
    ruleCause: "recipient-unknown",
    rule: `${acl.rcptCallout} (nosuch2@${L.remoteDomain}: the remote side has no such user)`,
    dialogue: dialogue({ rcpts: [{ address: `nosuch2@${L.remoteDomain}` }] }),
  },
  {
    kind: "reply",
    id: "recipient-callout-cached",
    // The same recipient again: Exim answers from its callout cache, without the reason
    // (verify.c): unknown, with an unknown recipient ranked first (exim.callout-cached).
    cause: "unknown",
    ruleCause: "recipient-unknown",
    rule: `${acl.rcptCallout} (nosuch2@${L.remoteDomain} again, within the negative callout cache's time)`,
    dialogue: dialogue({ rcpts: [{ address: `nosuch2@${L.remoteDomain}` }] }),
  },
  {
    kind: "reply",
    id: "alias-fail",
    cause: "mailbox-disabled",
    rule: `router system_aliases (allow_fail); ${FILES.aliases}: "former: :fail: This mailbox has been closed"`,
    dialogue: dialogue({ rcpts: [{ address: at("former") }] }),
  },
  {
    kind: "reply",
    id: "pregreet",
    cause: "protocol-syntax",
    rule: `smtp_enforce_sync = true (the default); acl_smtp_connect: accept condition = port ${PORT.greetDelay} ; delay = 2s (the client speaks before the banner)`,
    dialogue: dialogue({ port: PORT.greetDelay, pregreet: true }),
  },
  {
    kind: "reply",
    id: "line-length",
    cause: "protocol-syntax",
    rule: acl.lineLength,
    dialogue: dialogue({
      data: message({ from: SENDER, to: at("user"), body: "x".repeat(1200) }),
    }),
  },
  {
    kind: "reply",
    id: "header-syntax",
    cause: "protocol-syntax",
    rule: acl.headerSyntax,
    dialogue: dialogue({
      data: message({ from: SENDER, to: at("user") }).replace(
        /^From: .*$/m,
        "From: someone@@sender..mta-lab.test <x",
      ),
    }),
  },
  {
    kind: "reply",
    id: "header-sender",
    // The From: address's domain does not exist: no sender in the headers can be verified.
    cause: "sender-address-invalid",
    rule: `${acl.headerSender} (From: someone@${L.nxSenderDomain})`,
    dialogue: dialogue({
      data: message({ from: `someone@${L.nxSenderDomain}`, to: at("user") }),
    }),
  },
];

export const eximDebian = eximDriver({
  id: "exim-debian",
  helperPackages: ["exim4-config"],
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  conf: () => eximConf,
  files: {
    [FILES.senderBlacklist]: `spammer@${L.goodSenderDomain}\n`,
    [FILES.hostBlacklist]: `${L.goodClient2}\n`,
    [FILES.senderCallout]: `*@${L.remoteDomain}\n`,
    [FILES.rcptCallout]: `*@${L.remoteDomain}\n`,
    [FILES.aliases]: "former: :fail: This mailbox has been closed\n",
  },
});

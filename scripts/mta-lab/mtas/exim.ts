// Exim 4 (Debian package exim4-daemon-heavy) in the lab: a complete /etc/exim4/exim4.conf
// (Debian's exim uses it instead of the generated one when it exists). Where an ACL needs
// words, they are Debian's exim4-config template's or the Exim specification's examples;
// everything else is Exim's own built-in text.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  at,
  attachmentMessage,
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
import type { LabCase, MtaDriver, ReplyCase } from "../lab-types";

const CONF = "/etc/exim4/exim4.conf";
const PID_FILE = "/run/exim4/exim.pid";
const PORT = {
  mx: 25,
  tls: 2525,
  rate: 2526,
  helo: 2527,
  auth: 2528,
  concurrency: 2529,
  submit: 587,
};

/** ACL statements, each quoted in the manifest as the rule that provoked its fixture. */
const acl = {
  tls: `deny condition = \${if eq{$received_port}{${PORT.tls}}} ; !encrypted = * ; message = Encryption required: use STARTTLS (lab text)`,
  rate: `defer condition = \${if eq{$received_port}{${PORT.rate}}} ; ratelimit = 1 / 1m / per_mail / $sender_host_address ; message = Sender rate exceeds $sender_rate_limit messages per $sender_rate_period (Exim specification example)`,
  helo: `deny condition = \${if eq{$received_port}{${PORT.helo}}} ; !verify = helo`,
  auth: `deny condition = \${if eq{$received_port}{${PORT.auth}}} ; !authenticated = * ; message = Authentication required (lab text)`,
  dnsbl:
    "deny dnslists = zen.spamhaus.org ; message = $sender_host_address is listed at $dnslist_domain ($dnslist_value: $dnslist_text) (the words of Debian exim4-config's CHECK_RCPT_IP_DNSBLS warning)",
  rhsbl:
    "deny dnslists = dbl.spamhaus.org/$sender_address_domain ; message = $sender_address_domain is listed at $dnslist_domain ($dnslist_value: $dnslist_text) (the words of Debian exim4-config's CHECK_RCPT_DOMAIN_DNSBLS warning)",
  reverse:
    "deny hosts = !+relay_from_hosts ; !verify = reverse_host_lookup ; message = Reverse DNS lookup failed for $sender_host_address (the words of Debian exim4-config's CHECK_RCPT_REVERSE_DNS header)",
  relayVerify: `deny hosts = +relay_from_hosts ; condition = \${if eq{$received_port}{${PORT.mx}}} ; !verify = recipient`,
  sender: "require verify = sender",
  relay: "require message = relay not permitted ; domains = +local_domains (Debian exim4-config)",
  recipient: "require verify = recipient",
  headerSyntax:
    "deny message = Message headers fail syntax check ; !verify = header_syntax (Debian exim4-config)",
  bodyRegex:
    "deny message = contains blacklisted regex ($regex_match_string) ; regex = lab-body-spam-trigger (Exim specification example)",
  mime: "deny message = Blacklisted file extension detected ; condition = ${if match {${lc:$mime_filename}} {\\N(\\.exe|\\.pif|\\.bat|\\.scr|\\.lnk|\\.com)$\\N} {1}{0}} (Exim specification example)",
};

const eximConf = (tls: {
  cert: string;
  key: string;
}) => String.raw`# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
primary_hostname = ${L.mxHost}
qualify_domain = ${L.domain}
domainlist local_domains = ${L.domain}
hostlist relay_from_hosts = <; 127.0.0.0/8
# 127.0.0.2:25 plays the remote MX of ${L.remoteDomain}: what it refuses, the sending side
# (this same Exim) reports in a bounce, the way most bounces reach people.
local_interfaces = <; 127.0.0.1 ; [127.0.0.2]:25
daemon_smtp_ports = ${Object.values(PORT).join(" : ")}
host_lookup = *
rfc1413_hosts =
never_users = root
message_size_limit = ${"$"}{if eq{$received_ip_address}{127.0.0.2}{10k}{50k}}
recipients_max = 3
smtp_accept_max_per_host = 2
tls_advertise_hosts = *
tls_certificate = ${tls.cert}
tls_privatekey = ${tls.key}
auth_advertise_hosts = *
dsn_advertise_hosts = *
delay_warning = 20s
ignore_bounce_errors_after = 1h
timeout_frozen_after = 1h
acl_smtp_mail = acl_mail
acl_smtp_rcpt = acl_rcpt
acl_smtp_data = acl_data
acl_smtp_mime = acl_mime

begin acl

acl_mail:
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.tls}}}
          !encrypted = *
          message = Encryption required: use STARTTLS
  defer   condition = ${"$"}{if eq{$received_port}{${PORT.rate}}}
          ratelimit = 1 / 1m / per_mail / $sender_host_address
          message = Sender rate exceeds $sender_rate_limit messages per $sender_rate_period
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.helo}}}
          !verify = helo
  deny    condition = ${"$"}{if eq{$received_port}{${PORT.auth}}}
          !authenticated = *
          message = Authentication required
  accept

acl_rcpt:
  accept  hosts = :
  deny    domains = +local_domains
          local_parts = ^[.] : ^.*[@%!/|]
          message = restricted characters in address
  deny    dnslists = zen.spamhaus.org
          message = $sender_host_address is listed at $dnslist_domain ($dnslist_value: $dnslist_text)
  deny    dnslists = dbl.spamhaus.org/$sender_address_domain
          message = $sender_address_domain is listed at $dnslist_domain ($dnslist_value: $dnslist_text)
  deny    hosts = !+relay_from_hosts
          !verify = reverse_host_lookup
          message = Reverse DNS lookup failed for $sender_host_address
  deny    hosts = +relay_from_hosts
          condition = ${"$"}{if eq{$received_port}{${PORT.mx}}}
          !verify = recipient
  accept  hosts = +relay_from_hosts
  require verify = sender
  require message = relay not permitted
          domains = +local_domains
  require verify = recipient
  accept

acl_data:
  deny    message = Message headers fail syntax check
          !hosts = +relay_from_hosts
          !verify = header_syntax
  deny    message = contains blacklisted regex ($regex_match_string)
          regex = lab-body-spam-trigger
  deny    message = contains blacklisted regex ($regex_match_string)
          condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}}
          regex = lab-remote-spam-trigger
  accept

acl_mime:
  deny    message = Blacklisted file extension detected
          condition = ${"$"}{if match {${"$"}{lc:$mime_filename}} {\N(\.exe|\.pif|\.bat|\.scr|\.lnk|\.com)$\N} {1}{0}}
  accept

begin routers

# The remote side knows one user; anything else there falls through to "Unrouteable address".
remote_known:
  driver = redirect
  domains = ${L.remoteDomain}
  condition = ${"$"}{if and{{eq{$received_ip_address}{127.0.0.2}}{eq{$local_part}{user}}}}
  data = :blackhole:

remote_send:
  driver = manualroute
  domains = ${L.remoteDomain}
  condition = ${"$"}{if eq{$received_ip_address}{127.0.0.2}{no}{yes}}
  route_list = * 127.0.0.2
  transport = remote_smtp
  self = send

dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  ignore_target_hosts = 0.0.0.0 : 127.0.0.0/8
  no_more

lab_mailbox:
  driver = accept
  domains = +local_domains
  # dsearch gives an untainted $local_part_data (Exim 4.94+ refuses tainted file names).
  local_parts = dsearch;${MAIL_DIR}
  transport = lab_maildir

begin transports

remote_smtp:
  driver = smtp
  connect_timeout = 5s

lab_maildir:
  driver = appendfile
  directory = ${MAIL_DIR}/$local_part_data
  maildir_format
  user = nobody
  group = nogroup
  quota = ${"$"}{if eq{$local_part_data}{full}{2k}{}}
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry

*   quota   F,60s,10s
*   *       F,100s,10s

begin authenticators

plain:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = false
`;

const mailboxes = [
  "user",
  "full",
  "bounce-unknown",
  "bounce-domain",
  "bounce-quota",
  "bounce-unreach",
  "dsn-success",
  "bounce-r-unknown",
  "bounce-r-size",
  "bounce-r-content",
];
const sender = `someone@${L.goodSenderDomain}`;
/** "550 Unrouteable address" says only that no router took the address: user or domain. */
const UNROUTEABLE = {
  cause: "unknown",
  possible: ["recipient-unknown", "recipient-domain-invalid"],
} as const satisfies Pick<ReplyCase, "cause" | "possible">;

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "unknown-user",
    // Byte-identical to unknown-recipient-domain: route.c's "Unrouteable address" when every
    // router declined (the specification's cannot_route_message), whatever it was that failed.
    ...UNROUTEABLE,
    ruleCause: "recipient-unknown",
    rule: `${acl.recipient} (router lab_mailbox: local_parts = dsearch;${MAIL_DIR})`,
    dialogue: dialogue({ rcpts: [{ address: at("nosuch") }] }),
  },
  {
    kind: "reply",
    id: "unknown-recipient-domain",
    ...UNROUTEABLE,
    ruleCause: "recipient-domain-invalid",
    rule: `${acl.relayVerify} (router dnslookup)`,
    dialogue: dialogue({
      from: "127.0.0.1",
      rcpts: [{ address: `someone@${L.nxRecipientDomain}` }],
    }),
  },
  {
    kind: "reply",
    id: "relay-denied",
    cause: "relay-denied",
    rule: acl.relay,
    dialogue: dialogue({ rcpts: [{ address: `someone@${L.goodSenderDomain}` }] }),
  },
  {
    kind: "reply",
    id: "restricted-characters",
    cause: "protocol-syntax",
    rule: "deny domains = +local_domains ; local_parts = ^[.] : ^.*[@%!/|] ; message = restricted characters in address (Debian exim4-config)",
    dialogue: dialogue({ rcpts: [{ address: `user%other@${L.domain}` }] }),
  },
  {
    kind: "reply",
    id: "size-at-mail-from",
    cause: "message-too-large",
    rule: "message_size_limit = 50k on 127.0.0.1 (MAIL FROM ... SIZE=200000)",
    dialogue: dialogue({ mailParams: "SIZE=200000" }),
  },
  {
    kind: "reply",
    id: "size-at-data",
    cause: "message-too-large",
    rule: "message_size_limit = 50k on 127.0.0.1 (a 60 kB message without SIZE)",
    dialogue: dialogue({ data: message({ from: sender, to: at("user"), padTo: 60000 }) }),
  },
  {
    kind: "reply",
    id: "sender-domain-nxdomain",
    cause: "sender-address-invalid",
    rule: acl.sender,
    dialogue: dialogue({ mailFrom: `someone@${L.nxSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "sender-domain-servfail",
    // Exim says only "Temporary local problem": the words do not say why (PRODUCT: unknown).
    cause: "unknown",
    ruleCause: "sender-address-invalid",
    rule: acl.sender,
    dialogue: dialogue({ mailFrom: `someone@${L.servfailSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "sender-rhsbl",
    cause: "domain-blocklisted",
    rule: acl.rhsbl,
    dialogue: dialogue({ mailFrom: `someone@${L.dblListedDomain}` }),
  },
  {
    kind: "reply",
    id: "helo-invalid",
    cause: "protocol-syntax",
    rule: "Exim's built-in HELO syntax check (helo_allow_chars unset)",
    dialogue: dialogue({ helo: "bad_helo!name" }),
  },
  {
    kind: "reply",
    id: "helo-unverified",
    // No message= on the ACL: Exim's default "Administrative prohibition" does not say why.
    cause: "unknown",
    ruleCause: "reverse-dns",
    rule: acl.helo,
    dialogue: dialogue({ port: PORT.helo, helo: L.nxHelo }),
  },
  {
    kind: "reply",
    id: "reverse-dns-missing",
    cause: "reverse-dns",
    rule: acl.reverse,
    dialogue: dialogue({ from: L.noPtrClient }),
  },
  {
    kind: "reply",
    id: "reverse-dns-unconfirmed",
    cause: "reverse-dns",
    rule: acl.reverse,
    dialogue: dialogue({ from: L.unconfirmedClient }),
  },
  {
    kind: "reply",
    id: "dnsbl-listed",
    cause: "ip-blocklisted",
    rule: acl.dnsbl,
    dialogue: dialogue({ from: L.listedClient, helo: "listed-client.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "rate-messages",
    cause: "rate-limited",
    rule: acl.rate,
    dialogue: dialogue({ port: PORT.rate }),
    repeat: 3,
  },
  {
    kind: "reply",
    id: "too-many-connections",
    cause: "rate-limited",
    rule: "smtp_accept_max_per_host = 2",
    dialogue: dialogue({ port: PORT.concurrency }),
    holdOpen: 2,
  },
  {
    kind: "reply",
    id: "too-many-recipients",
    cause: "rate-limited",
    rule: "recipients_max = 3",
    dialogue: dialogue({ rcpts: [1, 2, 3, 4].map(() => ({ address: at("user") })) }),
  },
  {
    kind: "reply",
    id: "tls-required",
    cause: "tls-required",
    rule: acl.tls,
    dialogue: dialogue({ port: PORT.tls }),
  },
  {
    kind: "reply",
    id: "auth-required",
    cause: "relay-denied",
    rule: acl.auth,
    dialogue: dialogue({ port: PORT.auth }),
  },
  {
    kind: "reply",
    id: "auth-failed",
    cause: "relay-denied",
    rule: "authenticator plain: driver = plaintext ; server_condition = false",
    dialogue: dialogue({ auth: { user: "owner", pass: "wrong-password" } }),
  },
  {
    kind: "reply",
    id: "header-syntax",
    cause: "protocol-syntax",
    rule: acl.headerSyntax,
    dialogue: dialogue({
      data: message({ from: sender, to: at("user") }).replace(
        /^From: .*$/m,
        "From: someone@@sender..mta-lab.test <x",
      ),
    }),
  },
  {
    kind: "reply",
    id: "body-check",
    cause: "content-spam",
    rule: acl.bodyRegex,
    dialogue: dialogue({
      data: message({ from: sender, to: at("user"), body: "Buy now: lab-body-spam-trigger" }),
    }),
  },
  {
    kind: "reply",
    id: "attachment-check",
    cause: "content-virus",
    rule: acl.mime,
    dialogue: dialogue({ data: attachmentMessage(sender, at("user")) }),
  },
  {
    kind: "bounce",
    id: "bounce-unknown-user",
    rule: "accept hosts = +relay_from_hosts (no recipient verification); router lab_mailbox finds no maildir",
    dialogue: submission("bounce-unknown", at("nosuch"), { port: PORT.submit }),
    mailbox: "bounce-unknown",
    reports: [{ id: "bounce-unknown-user", cause: "recipient-unknown", match: /Action: failed/i }],
  },
  {
    kind: "bounce",
    id: "bounce-unknown-domain",
    rule: `router dnslookup: ${L.nxRecipientDomain} does not exist (accepted from relay_from_hosts)`,
    dialogue: submission("bounce-domain", `someone@${L.nxRecipientDomain}`, { port: PORT.submit }),
    mailbox: "bounce-domain",
    reports: [
      { id: "bounce-unknown-domain", cause: "recipient-domain-invalid", match: /Action: failed/i },
    ],
  },
  {
    kind: "bounce",
    id: "bounce-mailbox-full",
    rule: "transport lab_maildir: quota = 2k for the mailbox full; retry: * quota F,60s,10s",
    dialogue: submission("bounce-quota", at("full"), {
      port: PORT.submit,
      data: message({ from: at("bounce-quota"), to: at("full"), padTo: 4000 }),
    }),
    mailbox: "bounce-quota",
    reports: [{ id: "bounce-mailbox-full", cause: "mailbox-full", match: /Action: failed/i }],
  },
  {
    kind: "bounce",
    id: "unreachable",
    rule: `remote_smtp to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); delay_warning = 20s; retry: * * F,100s,10s`,
    dialogue: submission("bounce-unreach", `someone@${L.unreachableDomain}`, {
      port: PORT.submit,
      rcpts: [{ address: `someone@${L.unreachableDomain}`, params: "NOTIFY=DELAY,FAILURE" }],
    }),
    mailbox: "bounce-unreach",
    reports: [
      { id: "delay-warning", cause: "not-a-bounce", match: /Action: delayed/i },
      { id: "bounce-unreachable", cause: "remote-unreachable", match: /Action: failed/i },
    ],
  },
  {
    kind: "bounce",
    id: "success-dsn",
    rule: "dsn_advertise_hosts = * ; RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)",
    dialogue: submission("dsn-success", at("user"), {
      port: PORT.submit,
      mailParams: "RET=HDRS",
      rcpts: [{ address: at("user"), params: "NOTIFY=SUCCESS" }],
    }),
    mailbox: "dsn-success",
    reports: [{ id: "success-dsn", cause: "not-a-bounce", match: /Action: delivered/i }],
  },
  {
    kind: "bounce",
    id: "relayed-mx-unusable",
    // Meant as an unknown user, but Exim's remote side routed the domain first: its dnslookup
    // router ignores 127/8 targets, so remote.mta-lab.test's only MX is unusable there.
    rule: "remote side ([127.0.0.2]:25): router dnslookup ignore_target_hosts = 0.0.0.0 : 127.0.0.0/8 (the domain's only MX is 127.0.0.2)",
    dialogue: submission("bounce-r-unknown", `nosuch@${L.remoteDomain}`, { port: PORT.submit }),
    mailbox: "bounce-r-unknown",
    reports: [
      { id: "relayed-mx-unusable", cause: "recipient-domain-invalid", match: /Action: failed/i },
    ],
  },
  {
    kind: "bounce",
    id: "relayed-size",
    rule: "remote side ([127.0.0.2]:25): message_size_limit = 10k (a 20 kB message)",
    dialogue: submission("bounce-r-size", `user@${L.remoteDomain}`, {
      port: PORT.submit,
      data: message({ from: at("bounce-r-size"), to: `user@${L.remoteDomain}`, padTo: 20000 }),
    }),
    mailbox: "bounce-r-size",
    reports: [{ id: "relayed-size", cause: "message-too-large", match: /Action: failed/i }],
  },
  {
    kind: "bounce",
    id: "relayed-content",
    rule: "remote side ([127.0.0.2]:25): deny message = contains blacklisted regex ($regex_match_string) ; regex = lab-remote-spam-trigger (Exim specification example)",
    dialogue: submission("bounce-r-content", `user@${L.remoteDomain}`, {
      port: PORT.submit,
      data: message({
        from: at("bounce-r-content"),
        to: `user@${L.remoteDomain}`,
        body: "Buy now: lab-remote-spam-trigger",
      }),
    }),
    mailbox: "bounce-r-content",
    reports: [{ id: "relayed-content", cause: "content-spam", match: /Action: failed/i }],
  },
];

export const exim: MtaDriver = {
  id: "exim",
  package: "exim4-daemon-heavy",
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  configure() {
    const tls = selfSignedCert(join(LAB_DIR, "tls"));
    sh("chmod", ["0644", tls.key]);
    writeFile(CONF, eximConf(tls));
    freshMaildirs(mailboxes);
    sh(
      "bash",
      ["-c", "rm -rf /var/spool/exim4/input/* /var/spool/exim4/msglog/* /var/spool/exim4/db/*"],
      {
        allowFail: true,
      },
    );
    sh("exim4", ["-bV"]);
  },
  async start() {
    sh("mkdir", ["-p", "/run/exim4"]);
    sh("chown", ["Debian-exim:Debian-exim", "/run/exim4"]);
    sh("exim4", ["-bd", "-q10s"]);
    await sleep(1500);
  },
  flush() {
    sh("exim4", ["-qff"], { allowFail: true });
  },
  async stop() {
    try {
      const pid = Number(readFileSync(PID_FILE, "utf8").trim());
      if (pid > 1) process.kill(pid, "SIGTERM");
    } catch {
      /* not running */
    }
    await sleep(1000);
    rmSync(PID_FILE, { force: true });
  },
  readMailbox: readMaildir,
};

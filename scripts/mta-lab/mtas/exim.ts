// Exim 4 (Debian package exim4-daemon-heavy) in the lab: a complete /etc/exim4/exim4.conf
// (Debian's exim uses it instead of the generated one when it exists). Where an ACL needs
// words, they are Debian's exim4-config template's or the Exim specification's examples;
// everything else is Exim's own built-in text.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import {
  LAB_DIR,
  MAIL_DIR,
  NOBODY,
  at,
  attachmentMessage,
  dialogue,
  message,
  selfSignedCert,
  sh,
  submission,
} from "../lab-common";
import { RELAYING_MAILBOXES, bounceCase, replyCase } from "../lab-cases";
import type { LabCase, ReplyCase } from "../lab-types";
import { EXIM_REMOTE_ROUTERS, EXIM_TRANSPORTS, eximDriver } from "./exim-setup";

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
  spf: "deny spf = fail ; message = $sender_host_address is not allowed to send mail from ... Please see http://www.open-spf.org/Why;identity=...;ip=$sender_host_address (the Exim specification's SPF example; libspf2, exim4-daemon-heavy)",
  dkim: "acl_smtp_dkim: deny dkim_status = fail ; message = DKIM signature of $dkim_cur_signer failed verification: $dkim_verify_reason (lab text; Exim's built-in DKIM verifier)",
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
acl_smtp_dkim = acl_dkim

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
  deny    spf = fail
          message = $sender_host_address is not allowed to send mail from \
                    ${"$"}{if def:sender_address_domain \
                         {$sender_address_domain}{$sender_helo_name}}.  \
                    Please see http://www.open-spf.org/Why;\
                    identity=${"$"}{if def:sender_address_domain \
                                  {$sender_address}{$sender_helo_name}};\
                    ip=$sender_host_address
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

acl_dkim:
  deny    dkim_status = fail
          message = DKIM signature of $dkim_cur_signer failed verification: $dkim_verify_reason
  accept

acl_mime:
  deny    message = Blacklisted file extension detected
          condition = ${"$"}{if match {${"$"}{lc:$mime_filename}} {\N(\.exe|\.pif|\.bat|\.scr|\.lnk|\.com)$\N} {1}{0}}
  accept

begin routers

# The remote side knows one user; anything else there falls through to "Unrouteable address".
${EXIM_REMOTE_ROUTERS}

# Exim's own vacation set-up (src/src/configure.default's userforward router, with allow_filter,
# and its address_reply transport; the filter specification's "Vacation handling inside Exim"):
# the lab's maildirs are the homes, and a maildir without a .forward makes this router decline.
userforward:
  driver = redirect
  domains = +local_domains
  local_parts = dsearch;${MAIL_DIR}
  file = ${MAIL_DIR}/$local_part_data/.forward
  allow_filter
  no_verify
  no_expn
  check_ancestor
  user = nobody
  group = nogroup
  router_home_directory = ${MAIL_DIR}/$local_part_data
  transport_home_directory = ${MAIL_DIR}/$local_part_data
  sieve_vacation_directory = ${MAIL_DIR}/$local_part_data/.sieve-vacation
  reply_transport = address_reply

lab_mailbox:
  driver = accept
  domains = +local_domains
  # dsearch gives an untainted $local_part_data (Exim 4.94+ refuses tainted file names).
  local_parts = dsearch;${MAIL_DIR}
  transport = lab_maildir

begin transports

${EXIM_TRANSPORTS}
  quota = ${"$"}{if eq{$local_part_data}{full}{2k}{}}
  delivery_date_add
  envelope_to_add
  return_path_add

address_reply:
  driver = autoreply

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

/** The users away, with Exim's vacation filter or a Sieve one, and who writes to them. */
const VACATION = { user: "vacation", sender: "vacation-sender" };
const SIEVE_VACATION = { user: "sieve-vacation", sender: "sieve-vacation-sender" };
const mailboxes = [
  ...RELAYING_MAILBOXES,
  VACATION.user,
  VACATION.sender,
  SIEVE_VACATION.user,
  SIEVE_VACATION.sender,
];

/**
 * The user's .forward: the Exim filter specification's own example ("Vacation handling inside
 * Exim"), its vacation command with every default (subject "On vacation", expand file
 * .vacation.msg, log .vacation.log, once .vacation, once_repeat 7d), and the message it sends.
 */
const vacationFiles: Record<string, Record<string, string>> = {
  [VACATION.user]: {
    ".forward": "# Exim filter\nif personal then vacation endif\n",
    ".vacation.msg": "I am away this week and will read your message when I am back.\n",
  },
  // Exim's Sieve (filter specification, "Sieve filter files"): vacation with only its reason,
  // Exim's defaults for the rest (RFC 5230's "Auto: " subject); Exim has no Sieve reject.
  [SIEVE_VACATION.user]: {
    ".forward": [
      "# Sieve filter",
      'require "vacation";',
      'vacation "I am away this week and will read your message when I am back.";',
      "",
    ].join("\n"),
  },
};
const sender = `someone@${L.goodSenderDomain}`;
/** "550 Unrouteable address" says only that no router took the address: user or domain. */
const UNROUTEABLE = {
  cause: "unknown",
  possible: ["recipient-unknown", "recipient-domain-invalid"],
} as const satisfies Pick<ReplyCase, "cause" | "possible">;

const cases: LabCase[] = [
  // Byte-identical to unknown-recipient-domain: route.c's "Unrouteable address" when every
  // router declined (the specification's cannot_route_message), whatever it was that failed.
  replyCase.unknownUser(
    `${acl.recipient} (router lab_mailbox: local_parts = dsearch;${MAIL_DIR})`,
    {},
    { ...UNROUTEABLE, ruleCause: "recipient-unknown" },
  ),
  replyCase.unknownRecipientDomain(
    `${acl.relayVerify} (router dnslookup)`,
    {},
    { ...UNROUTEABLE, ruleCause: "recipient-domain-invalid" },
  ),
  replyCase.relayDenied(acl.relay),
  {
    kind: "reply",
    id: "restricted-characters",
    cause: "protocol-syntax",
    rule: "deny domains = +local_domains ; local_parts = ^[.] : ^.*[@%!/|] ; message = restricted characters in address (Debian exim4-config)",
    dialogue: dialogue({ rcpts: [{ address: `user%other@${L.domain}` }] }),
  },
  replyCase.sizeAtMailFrom("message_size_limit = 50k on 127.0.0.1 (MAIL FROM ... SIZE=200000)"),
  replyCase.sizeAtData("message_size_limit = 50k on 127.0.0.1 (a 60 kB message without SIZE)"),
  replyCase.senderNxdomain(acl.sender),
  replyCase.spfFail(acl.spf),
  // Exim says only "Temporary local problem": the words do not say why (PRODUCT: unknown).
  replyCase.senderServfail(
    acl.sender,
    {},
    { cause: "unknown", ruleCause: "sender-address-invalid" },
  ),
  replyCase.senderRhsbl(acl.rhsbl),
  replyCase.dkimFail(acl.dkim),
  replyCase.heloInvalid("Exim's built-in HELO syntax check (helo_allow_chars unset)"),
  replyCase.heloRequired("hosts_require_helo = * (the default since Exim 4.95; smtp_in.c)"),
  {
    kind: "reply",
    id: "helo-unverified",
    // No message= on the ACL: Exim's default "Administrative prohibition" does not say why.
    cause: "unknown",
    ruleCause: "reverse-dns",
    rule: acl.helo,
    dialogue: dialogue({ port: PORT.helo, helo: L.nxHelo }),
  },
  replyCase.reverseDnsMissing(acl.reverse),
  replyCase.reverseDnsUnconfirmed(acl.reverse),
  replyCase.dnsblListed(acl.dnsbl),
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
  replyCase.tooManyRecipients("recipients_max = 3"),
  replyCase.tlsRequired(acl.tls, { port: PORT.tls }),
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
  bounceCase.unknownUser(
    "accept hosts = +relay_from_hosts (no recipient verification); router lab_mailbox finds no maildir",
    { port: PORT.submit },
  ),
  bounceCase.unknownDomain(
    `router dnslookup: ${L.nxRecipientDomain} does not exist (accepted from relay_from_hosts)`,
    { port: PORT.submit },
  ),
  bounceCase.mailboxFull(
    "transport lab_maildir: quota = 2k for the mailbox full; retry: * quota F,60s,10s",
    { port: PORT.submit, data: message({ from: at("bounce-quota"), to: at("full"), padTo: 4000 }) },
  ),
  bounceCase.unreachable(
    `remote_smtp to ${L.unreachableDomain} (MX -> ${L.unreachableAddress}, no route); delay_warning = 20s; retry: * * F,100s,10s`,
    { port: PORT.submit },
    [
      // Exim's delay warning names no reason ("has not yet been delivered"): not-a-bounce.
      { id: "delay-warning", cause: "not-a-bounce", match: /Action: delayed/i },
      { id: "bounce-unreachable", cause: "remote-unreachable", match: /Action: failed/i },
    ],
  ),
  bounceCase.successDsn("dsn_advertise_hosts = * ; RCPT TO ... NOTIFY=SUCCESS (DSN, RFC 3461)", {
    port: PORT.submit,
  }),
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
  bounceCase.relayedSize(
    "remote side ([127.0.0.2]:25): message_size_limit = 10k (a 20 kB message)",
    {
      port: PORT.submit,
    },
  ),
  {
    kind: "bounce",
    id: "vacation",
    rule: "router userforward: driver = redirect ; file = <maildir>/.forward ; allow_filter ; reply_transport = address_reply (autoreply), as src/src/configure.default; .forward: # Exim filter / if personal then vacation endif (the filter specification's example)",
    dialogue: submission(VACATION.sender, at(VACATION.user), { port: PORT.submit }),
    mailbox: VACATION.sender,
    // An auto-reply: the message was delivered.
    reports: [{ id: "vacation", cause: "not-a-bounce", match: /./ }],
  },
  {
    kind: "bounce",
    id: "sieve-vacation",
    rule: 'router userforward (as for vacation) with sieve_vacation_directory = <maildir>/.sieve-vacation; .forward: # Sieve filter / require "vacation"; vacation "<reason>";',
    dialogue: submission(SIEVE_VACATION.sender, at(SIEVE_VACATION.user), { port: PORT.submit }),
    mailbox: SIEVE_VACATION.sender,
    reports: [{ id: "sieve-vacation", cause: "not-a-bounce", match: /./ }],
  },
  bounceCase.relayedContent(
    "remote side ([127.0.0.2]:25): deny message = contains blacklisted regex ($regex_match_string) ; regex = lab-remote-spam-trigger (Exim specification example)",
    { port: PORT.submit },
  ),
];

export const exim = eximDriver({
  id: "exim",
  mailboxes,
  cases,
  reportWaitSeconds: 200,
  // Exim's own main log (Debian's build: log_file_path /var/log/exim4/%slog): the "rejected"
  // lines of the receiving side, the "**" (failed) and "==" (deferred) lines of delivery.
  log: {
    file: "/var/log/exim4/mainlog",
    reject:
      /\b(rejected|refused)\b|\bdropped: |SMTP protocol (synchronization )?error|\btoo many |authenticator failed/,
    failure: / (\*\*|==) /,
    final: / \*\* /,
    queueId: /\bid=([0-9A-Za-z-]+)/,
    overrides: {
      // Exim logs why the sender verification did not complete, where its reply says only
      // "451 Temporary local problem": the line says the sender's address could not be verified.
      "exim/sender-domain-servfail.receiving.log": { cause: "sender-address-invalid" },
      // "** a@b: Unrouteable address": no router took the address, an unknown user at a domain
      // this Exim handles or a domain it cannot find; the line alone does not say which, as the
      // reply "550 Unrouteable address" does not (unknown-user.txt).
      "exim/bounce-unknown-user.sending.log": {
        cause: "unknown",
        ruleCause: "recipient-unknown",
        possible: ["recipient-unknown", "recipient-domain-invalid"],
      },
      // Exim's last line for an address it gave up on after deferrals names no reason (the
      // deferrals' "==" lines before it do): "** a@b: retry timeout exceeded", for a full local
      // mailbox as for an unreachable host.
      "exim/bounce-mailbox-full.sending-final.log": { cause: "unknown", ruleCause: "mailbox-full" },
      "exim/unreachable.sending-final.log": { cause: "unknown", ruleCause: "remote-unreachable" },
      "exim/bounce-unknown-domain.sending.log": {
        cause: "unknown",
        ruleCause: "recipient-domain-invalid",
        possible: ["recipient-unknown", "recipient-domain-invalid"],
      },
    },
  },
  prepareMaildirs() {
    for (const [user, files] of Object.entries(vacationFiles)) {
      for (const [name, text] of Object.entries(files)) {
        const file = join(MAIL_DIR, user, name);
        writeFileSync(file, text);
        sh("chown", [`${NOBODY.uid}:${NOBODY.gid}`, file]);
      }
    }
  },
  conf() {
    const tls = selfSignedCert(join(LAB_DIR, "tls"));
    sh("chmod", ["0644", tls.key]);
    return eximConf(tls);
  },
});

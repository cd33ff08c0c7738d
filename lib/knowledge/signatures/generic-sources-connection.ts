// Sources of generic wordings (generic.ts) whose cause concerns the connection, the sending IP and the servers: relay-denied, reverse-dns, tls-required, rate-limited, ip-blocklisted, bad-reputation, protocol-syntax, remote-unreachable, remote-server-error. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import { gh, type WordingSource } from "./generic-source-types";

const POSTFIX = "vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c";
const SENDMAIL = "deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3";
const NOTQMAIL = "notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774";
const OPENSMTPD = "OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee";
const MADDY = "foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e";
const QPSMTPD = "smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";
const HARAKA = "haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91";
const HARAKA_LIMIT = "haraka/haraka-plugin-limit/blob/ef8189eb324cfb25e70f5aa03aa18524bdf1d846";
const DOVECOT_2_3 = "dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22";
const HMAILSERVER = "hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177";
const IREDAPD = "iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221";
const JAMES = "apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a";
const IREDMAIL = "iredmail/iRedMail/blob/e0fe4fc277504aaa3e4915046cfe420524e42162";
const HESTIACP = "hestiacp/hestiacp/blob/d128cc6f37f2fb7599325cb2a7cf791cd2f874ad";
const MODOBOA = "modoboa/modoboa/blob/9ec749703cde97636ea5a9db95f4accea63b8a87";
const AMAVISD_MILTER = "prehor/amavisd-milter/blob/8ec3d5405631fd85a2a8fee0326641d8d4b5130f";
const MOX = "mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f";
const XMAIL = "GerHobbelt/xmail/blob/2758c3a605f5208237183196ca5c22abc2f3e545";

export const CONNECTION_WORDING_SOURCES: readonly WordingSource[] = [
  // Hotmail's (Microsoft's) refusal of a client IP it takes for a dynamically assigned one, as an
  // Exchange administrator quoted the non-delivery report whole.
  {
    url: "https://www.eseutil.net/2007/09/19",
    title:
      "Hotmail's non-delivery report for a dynamically assigned sending IP, quoted on eseutil.net (2007)",
    wordings: [
      {
        needle: "appears to be dynamically assigned",
        quote:
          "5.7.1 Your IP address x.x.x.x appears to be dynamically assigned. Please smarthost your mail through your ISP’s mail server.",
        output:
          "550 5.7.1 Your IP address 192.0.2.1 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server.",
      },
    ],
  },
  // Sendmail 8.17 (Debian's packaging of the sendmail.org release). Rule set Relay_ok, reached
  // only when a client asks to relay (a recipient the server does not serve): the client's PTR
  // lookup failed ({client_resolve} is FAIL), so it cannot be let through by name. A relay
  // denial (generic.ts files it there, not under reverse-dns).
  {
    url: gh(SENDMAIL, "cf/m4/proto.m4"),
    title: "Sendmail configuration rules (Relay_ok, client name resolution), proto.m4",
    wordings: [
      {
        needle: "ip name lookup failed",
        quote: '"550 Relaying denied. IP name lookup failed " $&{client_name}',
        output: "550 5.7.1 Relaying denied. IP name lookup failed [192.0.2.1]",
      },
      {
        // Line 2327: the client's PTR lookup failed for now ({client_resolve} is TEMP).
        needle: "relaying temporarily denied",
        quote: '"450 Relaying temporarily denied. Cannot resolve PTR record for " $&{client_addr}',
        output:
          "450 4.4.0 <bob@example.org>... Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1",
      },
    ],
  },
  // Sendmail's address parser in the cf rulesets (Parse0): an address that is only a domain,
  // or a local part with an empty domain. Malformed addresses, whatever the status says.
  {
    url: gh(SENDMAIL, "cf/m4/proto.m4"),
    title: "Sendmail configuration rules (Parse0), proto.m4",
    wordings: [
      {
        // Line 1045.
        needle: "user address required",
        quote: '$#error $@ 5.1.3 $: "_CODE553 User address required"',
        output: "553 5.1.3 <@example.com>... User address required",
      },
      {
        // Line 1046.
        needle: "hostname required",
        quote: '$#error $@ 5.1.3 $: "_CODE553 Hostname required"',
        output: "553 5.1.3 <bob@>... Hostname required",
      },
    ],
  },
  // Sendmail's text for each sysexits code, used as the reply when a delivery agent exits
  // with it: EX_SOFTWARE, an internal software error of the receiving side.
  {
    url: gh(SENDMAIL, "libsm/strexit.c"),
    title: "Sendmail, text of the sysexits codes (sm_sysexitmsg), libsm/strexit.c",
    wordings: [
      {
        needle: "internal error",
        quote: ":554 5.3.0 Internal error",
        output: "554 5.3.0 Internal error",
      },
    ],
  },
  // Sendmail recipient.c: the user database (udb) lookup of a local recipient failed with a
  // temporary error; the message waits in the receiving server's queue.
  {
    url: gh(SENDMAIL, "sendmail/recipient.c"),
    title: "Sendmail recipient expansion (udbexpand failure), recipient.c",
    wordings: [{ needle: "database error", quote: "Deferred: user database error" }],
  },
  // notqmail (qmail 1.03's successor): qmail_close() turns qmail-queue's exit code 53 into the
  // reply qmail-smtpd gives; the receiving server could not write its queue.
  {
    url: gh(NOTQMAIL, "qmail.c"),
    title: "notqmail, qmail-queue exit codes (qmail_close), qmail.c",
    wordings: [
      {
        needle: "disk full",
        quote: "Zqq write error or disk full (#4.3.0)",
        output: "451 qq write error or disk full (#4.3.0)",
      },
    ],
  },
  // Postfix 3.11 local(8): a command delivery whose execution directory cannot be expanded is
  // deferred with this reason (4.3.5), a fault of the receiving server's configuration.
  {
    url: gh(POSTFIX, "postfix/src/local/command.c"),
    title: "Postfix local(8) delivery to a command, command.c",
    wordings: [
      {
        needle: "mail system configuration error",
        quote: '"mail system configuration error"',
        output: "4.3.5 mail system configuration error",
      },
    ],
  },
  // Postfix's built-in delay notice (the "delayed mail" template): the message has waited in
  // the sender's queue past delay_warning_time, the next hop not taking it.
  {
    url: gh(POSTFIX, "postfix/src/bounce/bounce_templates.c"),
    title: "Postfix bounce(8) built-in templates (def_bounce_delay_body), bounce_templates.c",
    wordings: [
      {
        needle: "your message could not be delivered for more than",
        quote:
          "Your message could not be delivered for more than $delay_warning_time_hours hour(s).",
        output: "Your message could not be delivered for more than 4 hour(s).",
      },
    ],
  },
  // OpenSMTPD mta_session.c: the remote server dropped the connection mid-session (IO_DISCONNECTED);
  // mta_error() records it as the relay's failure, which its delay and bounce reports give.
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/mta_session.c"),
    title: "OpenSMTPD outbound SMTP session (IO_DISCONNECTED), mta_session.c",
    wordings: [{ needle: "connection closed", quote: "Connection closed unexpectedly" }],
  },
  // OpenSMTPD smtp_session.c: the message failed the RFC 5322 checks of its receiving session.
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/smtp_session.c"),
    title: "OpenSMTPD inbound SMTP session (message format check), smtp_session.c",
    wordings: [
      {
        needle: "rfc 2822",
        quote: '"550 %s %s: Message is not RFC 2822 compliant"',
        output:
          "550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant",
      },
    ],
  },
  // maddy 0.8: the SMTP endpoint refuses a non-ASCII recipient when the client did not ask for
  // SMTPUTF8 (RFC 6531), a protocol error (553 5.6.7).
  {
    url: gh(MADDY, "internal/endpoint/smtp/session.go"),
    title: "maddy SMTP endpoint (RCPT TO without SMTPUTF8), session.go",
    wordings: [
      {
        needle: "non-ascii",
        quote: "SMTPUTF8 is required for non-ASCII recipients",
        output: "553 5.6.7 SMTPUTF8 is required for non-ASCII recipients",
      },
    ],
  },
  // maddy's authorize_sender check: a message with no From: header field (RFC 5322 requires
  // one) is refused with 550 5.7.0.
  {
    url: gh(MADDY, "internal/check/authorize_sender/authorize_sender.go"),
    title: "maddy authorize_sender check (message without From), authorize_sender.go",
    wordings: [
      {
        needle: "missing from header",
        quote: "Missing From header",
        output: "550 5.7.0 Missing From header",
      },
    ],
  },
  // qpsmtpd's helo plugin: the connecting IP has no PTR record (policy "rfc"/"strict"); the
  // plugin refuses with this text (DENY, 550) unless configured not to reject.
  {
    url: gh(QPSMTPD, "plugins/helo"),
    title: "qpsmtpd helo plugin (no_reverse_dns), plugins/helo",
    wordings: [
      {
        needle: "no reverse dns",
        quote: 'return "no reverse DNS for $ip", "no rDNS";',
        output: "550 no reverse DNS for 192.0.2.1",
      },
    ],
  },
  // qpsmtpd's tls plugin: the STARTTLS handshake failed, and every later command is refused.
  {
    url: gh(QPSMTPD, "plugins/tls"),
    title: "qpsmtpd tls plugin (STARTTLS setup failure), plugins/tls",
    wordings: [
      {
        needle: "tls negotiation failed",
        quote: "return DENY, 'TLS Negotiation Failed';",
        output: "550 TLS Negotiation Failed",
      },
    ],
  },
  // RFC 5321's own text for reply code 451: the receiving server failed while handling the
  // request.
  {
    url: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2",
    title:
      "RFC 5321, Simple Mail Transfer Protocol, section 4.2.2 (reply codes by function groups)",
    wordings: [
      {
        needle: "local error in processing",
        quote: "451  Requested action aborted: local error in processing",
        output: "451 Requested action aborted: local error in processing",
      },
    ],
  },
  // Amazon SES's own page on its sending quotas: the replies its SMTP interface gives past the
  // account's per-second rate or its 24-hour quota.
  {
    url: "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html",
    title:
      "Errors related to the sending quotas for your Amazon SES account (Amazon SES Developer Guide)",
    wordings: [
      {
        needle: "throttling failure: maximum sending rate exceeded",
        quote: "454 Throttling failure: Maximum sending rate exceeded",
      },
      {
        needle: "throttling failure: daily message quota exceeded",
        quote: "454 Throttling failure: Daily message quota exceeded",
      },
      { needle: "sending rate", quote: "454 Throttling failure: Maximum sending rate exceeded" },
    ],
  },
  // A bounce from mail2world's MX (m2w-in1.ctmail.com), returned to a public mailing list and
  // kept in its archive: the MX refused to pass mail on to another domain (qq.com) for the
  // sending IP. The example puts documentation values for the archived addresses.
  {
    url: gh(
      "linux-mailinglist-archives/driverdev-devel.linuxdriverproject.org.0/blob/df7c04da0cb1043e80a9e0599da30844bbeb9e60",
      "m",
    ),
    title:
      'driverdev-devel list archive, "Mail delivery failed: returning message to sender" (7 Sep 2019)',
    wordings: [
      {
        needle: "this system is not configured to relay mail",
        quote:
          "Diagnostic-Code: smtp; 501 This system is not configured to relay mail to <31365474@qq.com> for 216.163.188.208",
        output:
          "501 This system is not configured to relay mail to <bob@example.net> for 192.0.2.1",
      },
    ],
  },
  // A PHP mailer's SMTP transcript against a HostGator (cPanel Exim) server, pasted by its
  // user: the server refused to relay for a client that had not authenticated.
  {
    url: "https://pastebin.com/e25g8b3J",
    title: "SMTP transcript, gator4095.gator.com refusing an unauthenticated relay (pastebin)",
    wordings: [
      {
        needle: "not permitted to relay",
        quote: "550-[192.168.1.190]:42630 is not permitted to relay through this server without",
        output:
          "550-Please turn on SMTP Authentication in your mail client, or login to the\n550-IMAP/POP3 server before sending your message. (localhost.localdomain)\n550-[192.168.1.190]:42630 is not permitted to relay through this server without\n550 authentication.",
      },
    ],
  },
  // A mail host's help page quoting iOS Mail's alert when sending fails because the account's
  // outgoing server (no user name and password set) refuses to relay.
  {
    url: "https://smg.co.nz/iphone-email-shows-rejected-by-the-server-when-sending-emails/",
    title: 'iPhone email shows "rejected by the server" when sending emails (SMG)',
    wordings: [
      {
        needle: "because it does not allow relaying",
        quote:
          "A copy has been placed in your outbox. The recipient was rejected by the server because it does not allow relaying",
      },
    ],
  },
  // InMotion Hosting's page on the bounce its (cPanel) servers send when an account passes its
  // hourly sending limit.
  {
    url: "https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour",
    title: "Domain exceeded max emails per hour (InMotion Hosting support)",
    wordings: [
      {
        needle: "has exceeded the max emails per hour",
        quote:
          "Domain example.com has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.",
      },
    ],
  },
  // A bounce from cingularme.com's mail system, pasted by its receiver: the destination host
  // did not answer for the whole queue lifetime.
  {
    url: "https://pastebin.com/q2eGjPK8",
    title: "Undeliverable notice from Postmaster@cingularme.com (pastebin)",
    wordings: [
      {
        needle: "was not reachable within the allowed queue period",
        quote:
          "Your message was not delivered because the destination computer was\nnot reachable within the allowed queue period.",
      },
    ],
  },
  // A delay notice from one.com's outbound relay (Halon), pasted by its sender: no MX of the
  // recipient's domain took the connection.
  {
    url: "https://pastebin.com/S3dz220t",
    title: "Delay notice from mailrelay4.public.one.com (pastebin)",
    wordings: [
      {
        needle: "could not connect",
        quote: "Diagnostic-Code: smtp; 400 Could not connect to [xitek.co.uk->MX]:25",
        output: "400 Could not connect to [example.net->MX]:25",
      },
    ],
  },
  // Mail.ru's refusal as a sender's Postfix logged it (pasted by the sender): the sending IP is
  // dynamic or its PTR name generic, and the reply says to get a custom reverse DNS name.
  {
    url: "https://pastebin.com/W1K7kf3m",
    title: "Postfix log of a refusal by mxs.mail.ru (pastebin)",
    wordings: [
      {
        needle: "we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
        quote:
          "550 Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. Please get a custom reverse DNS name from your ISP for your host 46.8.13.30 or contact abuse@corp.mail.ru in case of error",
      },
      {
        needle: "please get a custom reverse dns name from your isp",
        quote:
          "550 Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. Please get a custom reverse DNS name from your ISP for your host 46.8.13.30 or contact abuse@corp.mail.ru in case of error",
      },
      {
        needle: "generic dns ptr",
        quote:
          "550 Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. Please get a custom reverse DNS name from your ISP for your host 46.8.13.30 or contact abuse@corp.mail.ru in case of error",
      },
    ],
  },
  // A MagicSpam refusal relayed by Exchange in a non-delivery report, pasted by its receiver.
  {
    url: "https://pastebin.com/hCTTkwRT",
    title: "Exchange NDR quoting a MagicSpam refusal (pastebin)",
    wordings: [
      {
        needle: "does not have a valid reverse dns",
        quote:
          "5.5.1 Your server IP address [186.103.171.154] does not have a valid reverse DNS entry [186-103-171-154.static.tie.cl]. See http://spamauditor.org/best-practices/check_dynamic_reverse_dns/ for more information.. Protection provided by MagicSpam 2.1-9.2 http://www.magicspam.com",
      },
    ],
  },
  // EarthLink's refusal of a blocked sending IP, in a Postfix bounce pasted by its receiver.
  {
    url: "https://pastebin.com/mt8MbFRM",
    title: "Postfix bounce quoting mx2.earthlink.net (pastebin)",
    wordings: [
      {
        needle: "is blocked by earthlink",
        quote:
          "Diagnostic-Code: smtp; 550 IP 74.220.202.212 is blocked by EarthLink. Go to\nearthlink.net/block for details.",
        output: "550 IP 192.0.2.1 is blocked by EarthLink. Go to earthlink.net/block for details.",
      },
    ],
  },
  // cloud4u's own page on its sending limits, quoting its SMTP reply when an account sends
  // more than its limit allows.
  {
    url: "https://client.cloud4u.com/index.php/knowledgebase/1041/Restrictions-on-the-Service-to-prevent-spam.html?language=english",
    title: "Restrictions on the Service to prevent spam (cloud4u knowledge base)",
    wordings: [
      { needle: "try again in", quote: "550 Too many messages. Try again in 92 seconds." },
    ],
  },
  // Orange's reply 104 as a sender pasted it in a public issue thread (providers/orange.ts
  // cites the same thread for code 104).
  {
    url: "https://github.com/sisimai/p5-sisimai/issues/240",
    title: "SMTP Error codes in orange.fr (sisimai/p5-sisimai #240)",
    wordings: [
      {
        needle: "trop de connexions",
        quote:
          "Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR102_104 [104].",
      },
    ],
  },
  // EarthLink's block of dynamic, compromised ("zombied") and spamming IPs, as a sender
  // received it (a Gmail relay's report of EarthLink's reply).
  {
    url: "https://www.rackaid.com/blog/how-to-remove-your-email-server-ip-from-earthlinks-blacklist/",
    title: "How to Remove your Email Server IP from Earthlink's Blacklist (rackAID)",
    wordings: [
      {
        needle: "dynamic/zombied/spam ips blocked",
        quote:
          "PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write [email protected]",
      },
    ],
  },
  // Haraka 3.1.6: the reply when no rcpt hook said OK (the recipient's domain is not in the
  // server's host list and the client may not relay), and the anti-spoofing refusal of the
  // server's own domains from a client that is not relaying (host_list.anti_spoof).
  {
    url: gh(HARAKA, "connection.js"),
    title: "Haraka 3.1.6, connection.js (rcpt_respond)",
    wordings: [
      {
        needle: "i cannot deliver mail for",
        quote: "const rej_msg = `I cannot deliver mail for ${rcpt.format()}`",
        output: "550 I cannot deliver mail for <bob@example.com>",
      },
    ],
  },
  {
    url: gh(HARAKA, "plugins/rcpt_to.host_list_base.js"),
    title: "Haraka 3.1.6, plugins/rcpt_to.host_list_base.js (hook_mail, anti_spoof)",
    wordings: [
      {
        needle: "is not allowed from your host",
        quote: "next(DENY, `Mail from domain '${domain}' is not allowed from your host`)",
        output: "550 Mail from domain 'example.com' is not allowed from your host",
      },
    ],
  },
  // Haraka's limit plugin: connection concurrency (421 at connect) and recipients per
  // connection (450 at RCPT).
  {
    url: gh(HARAKA_LIMIT, "index.js"),
    title: "haraka-plugin-limit, index.js (check_concurrency, max_recipients)",
    wordings: [
      {
        needle: "too many concurrent",
        quote: "this.penalize(connection, true, 'Too many concurrent connections', next)",
        output: "421 Too many concurrent connections",
      },
      {
        needle: "too many recipient",
        quote: "this.penalize(connection, false, 'Too many recipient attempts', next)",
        output: "450 Too many recipient attempts",
      },
    ],
  },
  // Dovecot 2.3.19.1's LMTP server: lmtp_user_concurrency_limit deliveries to one user are
  // already running.
  {
    url: gh(DOVECOT_2_3, "src/lmtp/lmtp-local.c"),
    title: "Dovecot 2.3.19.1, src/lmtp/lmtp-local.c (lmtp_local_rcpt_anvil_cb)",
    wordings: [
      {
        needle: "too many concurrent",
        quote: '451, "4.3.0", "Too many concurrent deliveries for user"',
        output: "451 4.3.0 Too many concurrent deliveries for user",
      },
    ],
  },
  // hMailServer: at RCPT, the client's IP range may not make this kind of delivery (its
  // "allow deliveries from external to external" option, off by default: a relay), or must
  // authenticate first.
  {
    url: gh(HMAILSERVER, "hmailserver/source/Server/SMTP/SMTPConnection.cpp"),
    title: "hMailServer, SMTPConnection.cpp (ProtocolRCPT_)",
    wordings: [
      {
        needle: "delivery is not allowed to this address",
        quote: 'SendErrorResponse_(550, "Delivery is not allowed to this address.");',
        output: "550 Delivery is not allowed to this address.",
      },
      {
        needle: "authentication is required",
        quote: 'SendErrorResponse_(530, "SMTP authentication is required.");',
        output: "530 SMTP authentication is required.",
      },
    ],
  },
  // iRedAPD 6.1 (iRedMail's Postfix policy server): a sender address of a local domain from a
  // client that has not authenticated, refused through Postfix's check_policy_service.
  {
    url: gh(IREDAPD, "libs/__init__.py"),
    title: "iRedAPD, libs/__init__.py (SMTP_ACTIONS['reject_forged_sender'])",
    wordings: [
      {
        needle: "auth is required",
        quote:
          "'reject_forged_sender': 'REJECT SMTP AUTH is required for users under this sender domain',",
        output:
          "554 5.7.1 <bob@example.com>: Recipient address rejected: SMTP AUTH is required for users under this sender domain",
      },
    ],
  },
  // iRedMail's Postfix check_helo_access table (installed as /etc/postfix/helo_access.pcre on
  // every iRedMail server): HELO names no real mail server gives, refused with Postfix's
  // "Helo command rejected". The cure is the sender's own HELO name, as for Postfix's
  // reject_invalid_helo_hostname: a name of its own, or an address literal in brackets.
  {
    url: gh(IREDMAIL, "samples/postfix/helo_access.pcre"),
    title: "iRedMail, Postfix check_helo_access rules, samples/postfix/helo_access.pcre",
    wordings: [
      {
        // localhost, localhost.localdomain and names under .local (lines 30-32).
        needle: "does not identify itself correctly",
        quote:
          "/^(localhost)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})",
        output:
          "554 5.7.1 <localhost>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (localhost)",
      },
      {
        // A bare IP address instead of the [192.0.2.1] literal (line 37).
        needle: "non rfc compliant helo",
        quote:
          "/^([0-9\\.]+)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (${1})",
        output:
          "554 5.7.1 <192.0.2.1>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (192.0.2.1)",
      },
      {
        // The bare domain of a large provider (gmail.com, yahoo.co.jp ...), whose own servers
        // never give it as their HELO name (lines 45-50).
        needle: "impersonating another mail server",
        quote:
          "/^(gmail\\.com)$/ REJECT ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})",
        output:
          "554 5.7.1 <gmail.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (gmail.com)",
      },
    ],
  },
  // The same table's list of HELO names spam runs used (lines 55-74): the sending host itself is
  // known to iRedMail as a spam source, whatever the message says.
  {
    url: gh(IREDMAIL, "samples/postfix/helo_access.pcre"),
    title:
      "iRedMail, Postfix check_helo_access rules (known spam sources), samples/postfix/helo_access.pcre",
    wordings: [
      {
        needle: "known spamming mail server",
        quote:
          "/^(taj-co\\.com)$/ REJECT ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})",
        output:
          "554 5.7.1 <taj-co.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (taj-co.com)",
      },
    ],
  },
  // Hestia Control Panel's Exim configuration (the panel's exim4.conf.template, installed on
  // its Debian and Ubuntu servers): its own ACL texts. Exim answers each with 550.
  {
    url: gh(HESTIACP, "install/deb/exim/exim4.conf.template"),
    title: "Hestia Control Panel, Exim ACLs, install/deb/exim/exim4.conf.template",
    wordings: [
      {
        // acl_check_spammers (the connect ACL): the client is in hostlist spammers.
        needle: "host in blacklist",
        quote: "drop    message       = Your host in blacklist on this server.",
        output: "550 Your host in blacklist on this server.",
      },
      {
        // acl_check_mail: MAIL FROM with no HELO or EHLO before it.
        needle: "helo required",
        quote: "message       = HELO required before MAIL",
        output: "550 HELO required before MAIL",
      },
      {
        // acl_check_mail: the HELO is the receiving server's own address literal.
        needle: "is _my_ address",
        quote: "message       = $interface_address is _my_ address",
        output: "550 198.51.100.7 is _my_ address",
      },
      {
        // acl_check_rcpt: a logged-in account over its hourly limit (ratelimit ... strict).
        needle: "sending too many emails",
        quote:
          "deny    message       = Email account $authenticated_id is sending too many emails - rate overlimit = $sender_rate / $sender_rate_period",
        output:
          "550 Email account alice@example.net is sending too many emails - rate overlimit = 201.0 / 1h",
      },
      {
        // acl_not_smtp: a website's scripts over 200 messages an hour.
        needle: "rate overlimit",
        quote:
          "deny    message       = Website of user $authenticated_id is sending too many emails - rate overlimit = $sender_rate / $sender_rate_period",
        output:
          "550 Website of user alice is sending too many emails - rate overlimit = 201.0 / 1h",
      },
      {
        // acl_check_rcpt: a sender in the server's own domains that has not logged in.
        needle: "smtp auth required",
        quote: "message       = smtp auth required",
        output: "550 smtp auth required",
      },
    ],
  },
  // VestaCP's Exim configuration (the panel Hestia forked from): its sender-domain ACL, misspelt.
  {
    url: gh(
      "serghey-rodin/vesta/blob/bba7400b8a01d462dae4b2f805866c2ac5efbf00",
      "install/debian/9/exim/exim4.conf.template",
    ),
    title: "VestaCP, Exim ACLs, install/debian/9/exim/exim4.conf.template",
    wordings: [
      {
        needle: "smtp auth requried",
        quote: "deny    message       = smtp auth requried",
        output: "550 smtp auth requried",
      },
    ],
  },
  // Modoboa's policy daemon (Postfix check_policy_service): the account's or its domain's
  // daily sending counter is spent; Postfix sends the defer_if_permit at RCPT.
  {
    url: gh(MODOBOA, "modoboa/policyd/core.py"),
    title: "Modoboa policy daemon (FAILURE_ACTION), modoboa/policyd/core.py",
    wordings: [
      {
        needle: "daily limit reached",
        quote: 'FAILURE_ACTION = b"defer_if_permit Daily limit reached, retry later"',
        output:
          "450 4.7.1 <bob@example.com>: Recipient address rejected: Daily limit reached, retry later",
      },
    ],
  },
  // amavisd-milter's one reply of its own (mlfi_setreply_tempfail), for every failure to reach
  // amavisd or to hand it the message: the receiving side's content filter is not working.
  {
    url: gh(AMAVISD_MILTER, "amavisd-milter/mlfi.c"),
    title: "amavisd-milter, mlfi.c (mlfi_setreply_tempfail)",
    wordings: [
      {
        needle: "content scanner malfunction",
        quote: 'char *reason = "Content scanner malfunction";',
        output: "451 4.6.0 Content scanner malfunction",
      },
    ],
  },
  // Apache James: the client's IP is on a configured DNS blocklist (rblservers) and the list
  // gave no TXT detail; Java prints the InetAddress with its leading slash.
  {
    url: gh(
      JAMES,
      "protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/DNSRBLHandler.java",
    ),
    title: "Apache James, fastfail/DNSRBLHandler.java (doCheck)",
    wordings: [
      {
        needle: "unauthenticated e-mail from",
        quote:
          '+ " Rejected: unauthenticated e-mail from " + session.getRemoteAddress().getAddress() + " is restricted.  Contact the postmaster for details."',
        output:
          "554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.25 is restricted.  Contact the postmaster for details.",
      },
    ],
  },
  // mox: RCPT for a domain it does not serve, from a client that may not relay.
  {
    url: gh(MOX, "smtpserver/server.go"),
    title: "mox, smtpserver/server.go (cmdRcpt)",
    wordings: [
      {
        needle: "not accepting email for",
        quote:
          'xsmtpUserErrorf(smtp.C550MailboxUnavail, smtp.SeAddr1UnknownDestMailbox1, "not accepting email for domain")',
        output: "550 5.1.1 not accepting email for domain",
      },
    ],
  },
  // XMail's SMTP client: a gateway set to force TLS (SMTP_GWF_FORCE_TLS) meets a server that
  // offers no STARTTLS, and the delivery fails with this text (SMTPUtils.cpp, USmtpSetError with
  // ERR_NO_REMOTE_SSL). The sender's side requires TLS the receiver does not give: tls-required.
  {
    url: gh(XMAIL, "Errors.cpp"),
    title: "XMail error strings, Errors.cpp (ERR_NO_REMOTE_SSL)",
    wordings: [
      {
        needle: "remote server does not support tls",
        quote: '{ ERR_NO_REMOTE_SSL, "Remote server does not support TLS" }',
      },
    ],
  },
];

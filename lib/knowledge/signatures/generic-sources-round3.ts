// Sources of the generic wordings (generic.ts) added in round 3 of the source sweep
// (lib/knowledge/signatures/source-replies: WildDuck, ZoneMTA, Postal, chasquid, go-smtp,
// ClamSMTP, Mailman, cPanel). Same rules as generic-sources.ts: the exact string as the source
// writes it, the source's own meaning; the output is the reply the source-replies row sends.
import { gh, type WordingSource } from "./generic-source-types";

const CPANEL = "asmrdevelop/cpanel/blob/393631a22756ecd563f8679e9f5d57d149b50557";
const POSTAL = "postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2";
const CHASQUID = "albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9";
const GO_SMTP = "emersion/go-smtp/blob/ab24fe7cbe995d404af3b1c093195f2f43b94688";
const ZONEMTA = "zone-eu/zone-mta/blob/cf94b992e3a5eb81f0bdf28455210227e68a44a9";
const WILDDUCK = "zone-eu/haraka-plugin-wildduck/blob/dd0fc64fb6c7657a14e19000579ec8102ae09296";

const MAILCLEANER = "MailCleaner/MailCleaner/blob/da47da22f4f8dfe85e3ab1b13ea163cf9c291daf";
const SMTP_FIELD_MANUAL_R3 =
  "ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342";

export const ROUND3_WORDING_SOURCES: readonly WordingSource[] = [
  // MailCleaner's first Exim stage, the one that answers the Internet.
  {
    url: gh(MAILCLEANER, "etc/exim/exim_stage1.conf_template"),
    title: "MailCleaner, Exim stage 1 ACLs (exim_stage1.conf_template)",
    wordings: [
      {
        needle: "does not accept mail from itself",
        quote: "message       = This domain does not accept mail from itself (spoofing)",
        output: "550 This domain does not accept mail from itself (spoofing)",
      },
      {
        needle: "is not yet authorized to deliver mail from",
        quote:
          // Its three continuation lines (lines 640-642) joined, as Exim reads them.
          "message       = $sender_host_address is not yet authorized to deliver mail from <$sender_address> to <$local_part@$domain>. Please try later.",
        output:
          "451 192.0.2.25 is not yet authorized to deliver mail from <alice@example.net> to <bob@example.com>. Please try later.",
      },
      {
        needle: "blacklisted sender",
        quote: "message       = blacklisted sender: $sender_address",
        output: "550 blacklisted sender: alice@example.net",
      },
    ],
  },
  {
    url: gh(
      "MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178",
      "common/usr/share/MailScanner/reports/en/rejection.report.txt",
    ),
    title: "MailScanner 5, the notice for mail its Reject Message rules refuse",
    wordings: [
      {
        needle: "do not send any more mail to us",
        quote: "rejected. Please do not send any more mail to us at this address:",
        output:
          "You have sent a mail message to us which was not requested and has been rejected. Please do not send any more mail to us at this address:",
      },
    ],
  },
  // cPanel & WHM's Exim ACL blocks (a public copy of an installed /usr/local/cpanel, 2024).
  {
    url: gh(CPANEL, "scripts/update_exim_rejects"),
    title: "cPanel, the relay refusal written to /etc/eximrejects (host_accept_relay)",
    wordings: [
      {
        needle: "please turn on smtp authentication",
        quote:
          "host_accept_relay: Please turn on SMTP Authentication in your mail client.  \\$sender_fullhost is not permitted to relay through this server without authentication.",
        output: "550 Please turn on SMTP Authentication in your mail client.",
      },
    ],
  },
  {
    url: gh(CPANEL, "etc/exim/acls/ACL_GREYLISTING_BLOCK/greylisting"),
    title: "cPanel Exim ACL, greylisting (cpgreylistd), a defer at RCPT",
    wordings: [
      {
        needle: "temporarily unable to process your email",
        quote:
          "defer   message = Temporarily unable to process your email. Please try again later.",
        output: "451 Temporarily unable to process your email. Please try again later.",
      },
    ],
  },
  {
    url: gh(CPANEL, "etc/exim/acls/ACL_CONNECT_BLOCK/ratelimit"),
    title: "cPanel Exim ACL, connect-time rate limit on port 25",
    wordings: [
      {
        needle: "reached its limit for processing requests",
        quote:
          "message = The server has reached its limit for processing requests from your host.  Please try again later.",
        output:
          "451 The server has reached its limit for processing requests from your host.  Please try again later.",
      },
    ],
  },
  {
    url: gh(CPANEL, "etc/exim/acls/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack"),
    title: "cPanel Exim ACL, dictionary attack (more than four unknown recipients)",
    wordings: [
      {
        needle: "number of failed recipients exceeded",
        quote: 'message = "Number of failed recipients exceeded.  Come back in a few hours."',
        output: "550 Number of failed recipients exceeded.  Come back in a few hours.",
      },
    ],
  },
  {
    url: gh(CPANEL, "etc/exim/acls/ACL_RECIPIENT_BLOCK/blockeddomains"),
    title: "cPanel Exim ACL, blocked sender domains (also its spammer IP and country lists)",
    wordings: [
      {
        needle: "not allowed to connect to this server",
        quote: "message = Your host is not allowed to connect to this server.",
        output: "550 Your host is not allowed to connect to this server.",
      },
    ],
  },
  {
    url: gh(CPANEL, "etc/exim/acls/ACL_MAIL_BLOCK/requirehelonoforge"),
    title: "cPanel Exim ACL, HELO forgery check",
    wordings: [
      {
        needle: "bad helo",
        quote: 'message   = "REJECTED - Bad HELO - Host impersonating [$sender_helo_name]"',
        output: "550 REJECTED - Bad HELO - Host impersonating [mail.example.com]",
      },
    ],
  },
  {
    url: gh(POSTAL, "app/lib/smtp_server/client.rb"),
    title: "Postal SMTP server, Client#rcpt_to (a route in Reject mode)",
    wordings: [
      {
        needle: "does not accept incoming messages",
        quote: '"550 Route does not accept incoming messages"',
        output: "550 Route does not accept incoming messages",
      },
    ],
  },
  {
    url: gh(CHASQUID, "internal/smtpsrv/conn.go"),
    title: "chasquid SMTP server, Conn.MAIL and Conn.DATA",
    wordings: [
      {
        needle: "security level check failed",
        quote: 'return 550, "5.7.3 Security level check failed"',
        output: "550 5.7.3 Security level check failed",
      },
      {
        needle: "must be authenticated",
        quote: 'return 550, "5.7.9 Mail to submission port must be authenticated"',
        output: "550 5.7.9 Mail to submission port must be authenticated",
      },
      {
        needle: "failed to queue message",
        quote: 'return 451, fmt.Sprintf("4.3.0 Failed to queue message: %v", err)',
        output: "451 4.3.0 Failed to queue message: disk full",
      },
    ],
  },
  {
    url: gh(WILDDUCK, "index.js"),
    title: "WildDuck's Haraka plugin, hook_rcpt and hook_queue",
    wordings: [
      {
        needle: "failed to process recipient",
        quote: "return next(DENYSOFT, 'Failed to process recipient, try again [ERRC01]');",
        output: "450 Failed to process recipient, try again [ERRC01]",
      },
    ],
  },
  {
    url: gh("vstakhov/rmilter/blob/6be0ffd1b7cfb446e3edadccddf6a53b26bfaa45", "src/rmilter.c"),
    title: "rmilter, mlfi_eom when the Rspamd scan fails",
    wordings: [
      {
        needle: "temporary service failure",
        quote: 'smfi_setreply (ctx, RCODE_LATER, XCODE_TEMPFAIL, "Temporary service failure.");',
        output: "452 4.7.1 Temporary service failure.",
      },
    ],
  },
  {
    url: gh(
      "mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b",
      "citadel/modules/smtp/serv_smtp.c",
    ),
    title: "Citadel SMTP server (Citadel's repository mirrored by mingodad, 2016), smtp_rcpt",
    wordings: [
      {
        needle: "permission to send internet mail",
        quote:
          'cprintf("551 <%s> - you do not have permission to send Internet mail\\r\\n", ChrPtr(sSMTP->OneRcpt));',
        output: "551 <bob@example.net> - you do not have permission to send Internet mail",
      },
    ],
  },
  {
    url: gh(
      "haraka/haraka-plugin-access/blob/ed0e8e5ca6d9ce4bf89a1c9b1cc82375f7b948d7",
      "index.js",
    ),
    title: "Haraka access plugin (default deny messages, access.domains)",
    wordings: [
      {
        needle: "sender cannot send mail here",
        quote: "mail: 'That sender cannot send mail here',",
        output: "550 alice@example.net That sender cannot send mail here",
      },
      {
        needle: "you are not welcome here",
        quote: "return next(DENY, 'You are not welcome here.')",
        output: "550 You are not welcome here.",
      },
      {
        needle: "from that domain is not accepted",
        quote: "return next(DENY, 'Email from that domain is not accepted here.')",
        output: "550 Email from that domain is not accepted here.",
      },
    ],
  },
  {
    url: gh(GO_SMTP, "backend.go"),
    title: "emersion/go-smtp, ErrAuthRequired",
    wordings: [
      {
        needle: "please authenticate first",
        quote: 'Message:      "Please authenticate first",',
        output: "502 5.7.0 Please authenticate first",
      },
    ],
  },
  {
    url: gh(ZONEMTA, "lib/smtp-interface.js"),
    title: "ZoneMTA submission server, onRcptTo",
    wordings: [
      {
        needle: "is not a valid rfc-5321 address",
        quote: "'The recipient address <' + address.address + '> is not a valid RFC-5321 address.'",
        output:
          "553 The recipient address <bob..smith@example.com> is not a valid RFC-5321 address.",
      },
    ],
  },
  {
    // lib/sender.js line 1386 writes "Network error: Error connecting to ${mx.host}. ${err.message}";
    // Node's message for a refused connection is the one this test builds.
    url: gh(ZONEMTA, "test/oauth2-auth-server-test.js"),
    title:
      "ZoneMTA, Node's refused-connection error (test/oauth2-auth-server-test.js line 277), as lib/sender.js line 1386 reports it",
    wordings: [
      {
        needle: "connect econnrefused",
        quote: "Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })",
        output:
          "Network error: Error connecting to mx.example.net. connect ECONNREFUSED 192.0.2.10:25",
      },
    ],
  },
  {
    // Node's error for a TCP connection that timed out, as Nodemailer reports it; Node's
    // lib/internal/errors.js (exceptionWithHostPort) builds the message from the system call, the
    // errno's name and the address ("connect ETIMEDOUT <ip>:<port>"), and Node's errors page
    // glosses ETIMEDOUT as the connected party not answering in time. The maintainer's answer in
    // the thread: a timeout usually means a firewall. The receiving server was not reached.
    url: "https://github.com/nodemailer/nodemailer/issues/918",
    title:
      "Nodemailer issue 918, 'Error: connect ETIMEDOUT 221.176.9.170:587' (Node's connect timeout, code ECONNECTION, command CONN)",
    wordings: [
      {
        needle: "connect etimedout",
        quote: "{ Error: connect ETIMEDOUT 221.176.9.170:587",
        output: "Error: connect ETIMEDOUT 221.176.9.170:587",
      },
    ],
  },
  {
    url: "https://packages.debian.org/bookworm/clamsmtp (source package clamsmtp 1.10-17.2, common/smtppass.c line 93)",
    title: "ClamSMTP 1.10 (Debian 12 source package clamsmtp 1.10-17.2), smtppass.c SMTP_FAILED",
    wordings: [
      {
        needle: "local error",
        quote: '#define SMTP_FAILED         "451 Local Error" CRLF',
        output: "451 Local Error",
      },
    ],
  },
  {
    url: "https://packages.debian.org/bookworm/mailman3 (mailman3 3.3.8-2~deb12u2, /usr/lib/python3/dist-packages/mailman/runners/lmtp.py line 89)",
    title: "GNU Mailman 3.3.8 (Debian 12 mailman3), LMTP runner's ERR_451",
    wordings: [
      {
        needle: "error in processing",
        quote: "ERR_451 = '451 Requested action aborted: error in processing'",
        output: "451 Requested action aborted: error in processing",
      },
    ],
  },
  // Apache James's greylisting handler (session 13's probe of documented strings).
  {
    url: gh(
      "apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a",
      "protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/AbstractGreylistHandler.java#L52",
    ),
    title: "Apache James, AbstractGreylistHandler (a retry before the greylisting delay)",
    wordings: [
      {
        needle: "reconnect to fast",
        quote: '+ " Temporary rejected: Reconnect to fast. Please try again later")',
        output: "451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later",
      },
    ],
  },
  // Netfabric's help page for sending problems (session 13's probe of documented strings).
  {
    url: "https://netfabric.freshdesk.com/support/solutions/articles/6000236440-problemi-invio-posta-italiano-",
    title: "Netfabric Support: Problemi invio posta (the daily sending allowance of a plan spent)",
    wordings: [{ needle: "max rcpt to daily limit", quote: "MAX RCPT TO DAILY LIMIT" }],
  },
  // qpsmtpd's loadcheck plugin and magma's SMTP server (session 13's probe of documented strings).
  {
    url: gh(
      "smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f",
      "plugins/loadcheck#L101",
    ),
    title: "qpsmtpd, the loadcheck plugin (the load average over its max_load)",
    wordings: [
      {
        needle: "server load too high",
        quote: 'return DENYSOFT, "Server load too high, please try again later.";',
        output: "451 Server load too high, please try again later.",
      },
    ],
  },
  {
    url: gh(
      "lavabit/magma/blob/7afb44ee0435079f6911232cd49ce3d2ba121d20",
      "src/servers/smtp/smtp.c#L1192",
    ),
    title: "magma (Lavabit's mail server), its SMTP server while it shuts down",
    wordings: [
      {
        needle: "shutting down for maintenance",
        quote:
          '"451 DATA FAILED - THE SERVER IS SHUTTING DOWN FOR MAINTENANCE - PLEASE TRY AGAIN LATER\\r\\n"',
        output:
          "451 DATA FAILED - THE SERVER IS SHUTTING DOWN FOR MAINTENANCE - PLEASE TRY AGAIN LATER",
      },
    ],
  },
  // magma's own bounce for a recipient it could not store for now, with its explanation: "A
  // temporary server error can occur if needed resources are unavailable to store the message
  // right away" (the same file's summary); Microsoft 365 answers with the same words
  // ("451 4.3.2 Temporary server error. Please try again later ATTR17", SMTP Field Manual
  // data/codes/451.json).
  {
    url: gh(SMTP_FIELD_MANUAL_R3, "data/codes/451.json"),
    title: "SMTP Field Manual, replies 451 by provider, data/codes/451.json (Microsoft 365)",
    wordings: [
      {
        needle: "temporary server error",
        quote: "smtp;451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]",
      },
    ],
  },
  {
    url: gh(
      "lavabit/magma/blob/7afb44ee0435079f6911232cd49ce3d2ba121d20",
      "src/servers/smtp/transmit.c#L253",
    ),
    title: "magma (Lavabit's mail server), its bounce for a temporary failure to store",
    wordings: [
      {
        needle: "temporary server error",
        quote:
          'holder = st_merge("snsn", bounces, "    ", prefs->rcptto, " - Temporary server error.\\r\\n");',
        output: "bob@example.com - Temporary server error.",
      },
    ],
  },
  // Zimbra's LMTP server (session 13's probe of documented strings).
  {
    url: gh(
      "Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72",
      "store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java#L37",
    ),
    title:
      "Zimbra, LmtpReply.TEMPORARY_FAILURE (set by ZimbraLmtpBackend when delivery to the mailbox store fails)",
    wordings: [
      {
        needle: "temporary message delivery failure",
        quote: 'TEMPORARY_FAILURE(451, "4.0.0", "Temporary message delivery failure try again"),',
        output: "451 4.0.0 Temporary message delivery failure try again",
      },
    ],
  },
];

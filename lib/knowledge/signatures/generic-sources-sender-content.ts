// Sources of generic wordings (generic.ts) whose cause concerns the sender and the message: content-spam, content-virus, sender-address-invalid, sender-policy, authentication-failure. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import { gh, type WordingSource } from "./generic-source-types";

const SPF_QUERY = "gitpan/Mail-SPF-Query/blob/290a8e3c364fc3794e569b2c5c9ece3e8994bfc4";
const QPSMTPD = "smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";
const MAILSCANNER = "MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178";
const OPENDKIM = "trusteddomainproject/OpenDKIM/blob/5c539587561785a66c1f67f720f2fb741f320785";
const MIMEDEFANG =
  "The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a";
const MAILMAN = "jdk2588/systers-gsoc10-membership/blob/1365b0519d283c20c8102ccff4e2d4de364bc035";
const EXCHANGE_DOCS = "x13-me/OfficeDocs-Exchange/blob/316f63a69349c913f7aeed78041a8009a49a120b";
const PLAN9 = "rsc/plan9/blob/535bf48a25125e1ca9cf249553b34cbc5e33aae0";
const SID_MILTER = "iav/sid-milter/blob/08552d45cf0265d9ec53d2d29e4edf32a723c9d7";
const CGPAV = "ZAZmaster/cgpav/blob/405a358fee471e6660e81c9b1efa7b925121d948";
const CYRUS = "cyrusimap/cyrus-imapd/blob/6309cd0f35e0875ebbcca7fe07ec032610d5dd24";
const STALWART = "stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2";

export const SENDER_CONTENT_WORDING_SOURCES: readonly WordingSource[] = [
  // mtpolicyd (Debian 12's package 2.05-1.1; its plugins as installed): the GeoIPAction plugin
  // in mode reject, for a client whose address's country is in country_codes.
  {
    url: "https://packages.debian.org/bookworm/mtpolicyd",
    title:
      "mtpolicyd 2.05-1.1, /usr/share/perl5/Mail/MtPolicyd/Plugin/GeoIPAction.pm line 40 (reject_message)",
    wordings: [
      {
        needle: /delivery from (?:[a-z]{2}|%cc%) \((?:[0-9a-f.:]{2,45}|%ip%)\) rejected/,
        quote: "default => 'delivery from %CC% (%IP%) rejected'",
        output:
          "554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from CN (192.0.2.25) rejected",
      },
    ],
  },
  // postfix-policyd-spf-perl (Debian 12's package 2.011-2, /usr/sbin/postfix-policyd-spf-perl):
  // an SPF fail for MAIL FROM or HELO is answered "550 $authority_exp", whose default links the
  // SPF project's "why" page; Postfix sends it at RCPT. pyspf's policyd links the same page at
  // openspf.net (lib/knowledge/signatures/source-replies/policy-daemons.ts).
  {
    url: "https://packages.debian.org/bookworm/postfix-policyd-spf-perl",
    title:
      "postfix-policyd-spf-perl 2.011-2, /usr/sbin/postfix-policyd-spf-perl line 66 (default_authority_explanation)",
    wordings: [
      {
        needle: /open-?spf\.(?:org|net)\/why\?s=/,
        quote: "'Please see http://www.openspf.org/Why?s=%{_scope};id=%{S};ip=%{C};r=%{R}'",
        output:
          "550 5.7.1 <bob@example.com>: Recipient address rejected: Please see http://www.openspf.org/Why?s=mfrom;id=alice%40example.net;ip=192.0.2.25;r=mx.example.com",
      },
    ],
  },
  // Mail::SPF::Query 1.994 (the first SPF library, by SPF's author): its default explanation,
  // the smtp_comment "displayed to the SMTP client" when a server rejects an SPF fail.
  {
    url: gh(SPF_QUERY, "Query.pm"),
    title: "Mail::SPF::Query 1.994, the default SPF explanation, Query.pm",
    wordings: [
      {
        needle: "//spf.pobox.com",
        quote: "Please see http://spf.pobox.com/why.html?sender=%{S}&ip=%{I}&receiver=%{xR}",
        output:
          "550 Please see http://spf.pobox.com/why.html?sender=user%40example.com&ip=192.0.2.1&receiver=mx.example.net",
      },
    ],
  },
  // qpsmtpd's dmarc plugin: the reply when the From: domain's DMARC policy says reject.
  {
    url: gh(QPSMTPD, "plugins/dmarc"),
    title: "qpsmtpd dmarc plugin, plugins/dmarc",
    wordings: [
      { needle: "failed dmarc", quote: "failed DMARC policy", output: "550 failed DMARC policy" },
    ],
  },
  // Yahoo's Sender Hub page (as archived in azumakuniyuki/feb-2024-no-auth-no-entry, commit
  // c2ca0c574a597044fa4c7d92497efce43e0431e4, yahoo-senders-smtp-error-codes.txt): one of the
  // reasons it gives for a permanent 553/554.
  {
    url: "https://senders.yahooinc.com/smtp-error-codes/",
    title: "Yahoo Sender Hub, SMTP error codes",
    wordings: [
      {
        needle: "message failed authentication",
        quote:
          "Your message failed authentication checks against your sending domain's DMARC or DKIM policy.",
      },
    ],
  },
  // MailScanner's notices to the sender of a rejected message (reports/en): the spam report and
  // the SpamAssassin one.
  {
    url: gh(MAILSCANNER, "common/usr/share/MailScanner/reports/en/sender.spam.report.txt"),
    title: "MailScanner 5, the sender's notice of a spam rejection, sender.spam.report.txt",
    wordings: [
      {
        needle: "detected as spam",
        quote:
          "Your message has been detected as spam based on both its contents and the mail server which has sent the message to us.",
      },
    ],
  },
  {
    url: gh(MAILSCANNER, "common/usr/share/MailScanner/reports/en/sender.spam.sa.report.txt"),
    title:
      "MailScanner 5, the sender's notice of a SpamAssassin rejection, sender.spam.sa.report.txt",
    wordings: [
      {
        needle: "is probably spam",
        quote:
          "The content of your message indicates that it is probably spam e-mail, which is why it has been rejected.",
      },
    ],
  },
  // MailScanner's attachment rules: the last column is the text the sender's report shows.
  {
    url: gh(MAILSCANNER, "common/etc/MailScanner/filename.rules.conf"),
    title: "MailScanner 5, attachment file-name rules, filename.rules.conf",
    wordings: [
      {
        needle: "dangerous attachment",
        quote: "Dangerous attachment according to Microsoft Q883260",
      },
    ],
  },
  // The linux.org filter shipped in MIMEDefang's contrib: the notice sent to the sender when an
  // executable attachment is dropped.
  {
    url: gh(MIMEDEFANG, "contrib/linuxorg/filter"),
    title:
      "MIMEDefang contrib filter (linux.org), the dropped-executable notice, contrib/linuxorg/filter",
    wordings: [
      {
        needle: "executable attachment",
        quote:
          "We received a message claiming to be from you which contained an executable attachment (batch file, script, program, etc).",
      },
    ],
  },
  // cgpav, the CommuniGate Pro anti-virus plugin: the error it returns for an infected message.
  {
    url: gh(CGPAV, "commoncomm.c"),
    title: "cgpav (CommuniGate Pro anti-virus plugin), the infected-message report, commoncomm.c",
    wordings: [
      {
        needle: "your message was infected",
        quote: "WARNING! Your message was infected ",
        output:
          "WARNING! Your message was infected by VIRUS: EICAR-AV-Test It was rejected for delivery.",
      },
    ],
  },
  // Sendmail's Sender ID milter (sid-milter 1.0.0), mlfi_eoh(): no single Purported Responsible
  // Address in the headers (RFC 4407 section 2's walk over Resent-Sender, Resent-From, Sender,
  // From found none, or more than one Sender or From), so the sender the headers name is unusable.
  {
    url: gh(SID_MILTER, "sid-filter/sid-filter.c"),
    title: "sid-milter 1.0.0, Sender ID filter, sid-filter/sid-filter.c (mlfi_eoh)",
    wordings: [
      {
        needle: "can't determine purported responsible address",
        quote: "can't determine Purported Responsible Address",
        output: "550 5.7.1 can't determine Purported Responsible Address",
      },
    ],
  },
  // OpenDKIM's sample final-stage script: the reply when ADSP found the sender's domain NXDOMAIN.
  {
    url: gh(OPENDKIM, "opendkim/final.lua.sample"),
    title: "OpenDKIM, sample final.lua (ADSP NXDOMAIN rejection), opendkim/final.lua.sample",
    wordings: [
      {
        needle: "sender domain does not exist",
        quote: 'odkim.set_reply(ctx, "554", "5.7.1", "sender domain does not exist")',
        output: "554 5.7.1 sender domain does not exist",
      },
    ],
  },
  // RFC 3463's text for X.7.1: the destination's filtering refuses this sender.
  {
    url: "https://www.rfc-editor.org/rfc/rfc3463#section-3.8",
    title: "RFC 3463, Enhanced Mail System Status Codes, section 3.8 (X.7.1)",
    wordings: [
      {
        needle: "not authorized to send to",
        quote: "The sender is not authorized to send to the destination.",
      },
    ],
  },

  // RFC 3464's example of a DSN for several recipients (section 9): the failure is the
  // recipient's (Final-Recipient arathib@vnet.ibm.com, Status 5.0.0), an address the gateway
  // does not know; the Diagnostic-Code's fold is joined here.
  {
    url: "https://www.rfc-editor.org/rfc/rfc3464#section-9",
    title: "RFC 3464, Delivery Status Notifications, section 9 (examples): multiple recipients",
    wordings: [
      {
        needle: "is not a registered gateway user",
        quote: "550 'arathib@vnet.IBM.COM' is not a registered gateway user",
      },
    ],
  },

  // Exchange Online's NDR table: 5.7.507, an IP the recipient's organisation blocks.
  {
    url: gh(
      EXCHANGE_DOCS,
      "Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
    ),
    title: "Email non-delivery reports in Exchange Online (Microsoft Learn), 5.7.507",
    wordings: [
      {
        needle: "blocked by the recipient",
        quote:
          "The IP that you're attempting to send from has been blocked by the recipient's organization",
      },
    ],
  },
  // GNU Mailman 2.1's reply to a post from a sender the list refuses (Moderate.py do_reject, as
  // in the Systers GSoC 2010 fork of Mailman 2.1): the list's policy on who may post.
  {
    url: gh(MAILMAN, "Mailman/Handlers/Moderate.py"),
    title: "GNU Mailman 2.1, the non-member rejection, Mailman/Handlers/Moderate.py",
    wordings: [
      {
        needle: "you are not allowed to post to this mailing list",
        quote:
          "You are not allowed to post to this mailing list, and your message has been automatically rejected.",
      },
    ],
  },
  // Plan 9's upas smtpd: the reply when the sender's domain does not resolve (filter state
  // REFUSED), at MAIL FROM and again after DATA.
  {
    url: gh(PLAN9, "sys/src/cmd/upas/smtp/smtpd.c"),
    title: "Plan 9 upas smtpd, the sender's domain check, sys/src/cmd/upas/smtp/smtpd.c",
    wordings: [
      {
        needle: "sender domain must exist",
        quote: "554 5.7.1 Sender domain must exist: %s",
        output: "554 5.7.1 Sender domain must exist: user@example.invalid",
      },
    ],
  },
  // Coremail's support pages list the replies its servers write, one page per reply: here the
  // refusal of an empty envelope sender (MAIL FROM:<>).
  {
    url: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    title: "Coremail support, bounce messages (退信), page 5",
    wordings: [
      {
        needle: "null sender is not allowed",
        quote: "Requested action not taken: NULL sender is not allowed",
      },
    ],
  },
  // Real bounces that people pasted on public pages (pastebin, a GitLab issue): the reply the
  // receiving server wrote, copied from the page.
  {
    url: "https://pastebin.com/KL5t3zB2",
    title: "Pastebin: an amavisd-new spam notice a Mantis user received and forwarded",
    wordings: [
      {
        needle: "considered unsolicited bulk e-mail",
        quote: "was considered unsolicited bulk e-mail (UBE).",
      },
    ],
  },
  {
    url: "https://pastebin.com/bdhW9kr0",
    title: "Pastebin: a Gmail non-delivery report quoting the remote server's spam refusal",
    wordings: [
      {
        needle: "the mail server detected your message as spam",
        quote: '550 "The mail server detected your message as spam and has prevented delivery."',
      },
    ],
  },
  {
    url: "https://pastebin.com/DGVf7ePp",
    title: "Pastebin: a qmail bounce quoting a SpamAssassin content-filter refusal",
    wordings: [
      {
        needle: "content filter rejection",
        // The page's line up to the score; the SpamAssassin rule names after it are left out.
        quote: "554 5.7.1 Content filter rejection: SpamAssassin score 21.673",
      },
    ],
  },
  {
    url: "https://pastebin.com/xQAtfyw2",
    title: "Pastebin: an Exim bounce from smtp.antispamcloud.com (SpamExperts)",
    wordings: [{ needle: "high probability of spam", quote: "550 High probability of spam" }],
  },
  {
    url: "https://pastebin.com/qHYaUxmE",
    title: "Pastebin: a qmail bounce quoting wp.pl's spam refusal",
    wordings: [
      {
        needle: "is spam",
        quote:
          "Remote host said: 554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: http://poczta.wp.pl/info-antyspam-polityka.html / We can't accept this message because it is spam - see: http://poczta.wp.pl/info-antyspam-policy.html [127]",
      },
    ],
  },
  {
    url: "https://gitlab.com/stavros/Spamnesty/-/work_items/183",
    title: "GitLab, Spamnesty issue 183: an Exchange Online non-delivery report a user received",
    wordings: [
      {
        needle: "identified as spam",
        quote:
          "Remote Server returned '550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)'",
      },
    ],
  },
  {
    url: "https://pastebin.com/GFSKpSPH",
    title: "Pastebin: an Exim bounce quoting mail.ru's refusal of the envelope sender",
    wordings: [
      {
        needle: "unroutable sender address",
        quote: "host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address",
      },
    ],
  },
  // Cyrus IMAP 3.6.1's lmtpd: the mailbox's access list does not give the sender the post
  // right (IMAP_PERMISSION_DENIED); the long lines come before "550 5.7.1 Permission denied".
  {
    url: gh(CYRUS, "imap/lmtp_err.et"),
    title: "Cyrus IMAP 3.6.1, imap/lmtp_err.et (LMTP_NOT_AUTHORIZED_LONG)",
    wordings: [
      {
        needle: "permission to post",
        quote:
          "550-You do not have permission to post a message to this mailbox.\\r\\n550-Please contact the owner of this mailbox in order to submit\\r\\n550-your message, or %s if you believe you\\r\\n550-received this message in error.\\r\\n",
        output:
          "550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit 550-your message, or postmaster@example.com if you believe you 550-received this message in error. 550 5.7.1 Permission denied",
      },
    ],
  },
  // Stalwart: the site's rule on senders (session.mail.is-allowed) refuses this one.
  {
    url: gh(STALWART, "crates/smtp/src/inbound/mail.rs"),
    title: "Stalwart Mail Server, crates/smtp/src/inbound/mail.rs (handle_mail_from)",
    wordings: [
      {
        needle: "sender address not allowed",
        quote: 'b"550 5.7.1 Sender address not allowed.\\r\\n"',
        output: "550 5.7.1 Sender address not allowed.",
      },
    ],
  },
];

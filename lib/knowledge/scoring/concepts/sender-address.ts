// Concepts (see ./types.ts): The sender's address or domain refused by the receiver's checks or lists.
import type { Concept } from "./types";
import {
  HARAKA,
  MADDY,
  IREDAPD,
  STALWART,
  MAILMAN3,
  MAILMAN2,
  MLMMJ,
  SYMPA,
  MOX,
  QPSMTPD,
  POSTFIX_SMTPD_CHECK,
} from "./shared";

export const SENDER_ADDRESS_CONCEPTS: readonly Concept[] = [
  {
    // The site's own rule against this sender, in the admin's words: "we don't accept mail
    // from ...", "mail from this sender is not accepted" (an access-map entry with its text, as
    // Sendmail's cf/README "550 Spam not accepted" is in generic.ts): sender-policy.
    id: "concept.sender-refused-by-site",
    cause: "sender-policy",
    says: "the receiving site refuses mail from this sender by its own rule",
    // "denies the sender": a host that refuses this sender by its rules ("553 host denies the
    // sender.", a Chinese mail server's list: 拒绝发件人地址, the sender address is refused).
    subject: [
      "this sender",
      "mail from spammers",
      "from you",
      "sender rejected",
      "denies the sender",
      "denies sender",
    ],
    failure: [
      "not accepted",
      "don't accept",
      "do not accept",
      "not welcome",
      "by local policy",
      "denies the sender",
      "denies sender",
    ],
    // A sender refused for its authentication or DNS is another refusal.
    unless: ["spf", "dkim", "dmarc", "reverse", "ptr", "dns", "tls", "authenticat"],
    examples: [
      {
        text: "554 5.7.1 <bulk@example.net>: Sender address rejected: Mail from this sender is not accepted here",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/sender-access-custom.txt (Postfix 3.7.11, check_sender_access entry 'REJECT Mail from this sender is not accepted here')",
      },
      {
        text: "550 5.0.0 <user@example.com>... We don't accept mail from spammers",
        source:
          "lib/knowledge/lab/fixtures/sendmail-access/from-error.txt (Sendmail 8.17.1.9, access map entry 'From:bulk@... ERROR:\"550 We don't accept mail from spammers\"')",
      },
      {
        text: "553 host denies the sender.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (a Sina blog's list of a Chinese mail server's replies: 拒绝发件人地址; a third-party list)",
      },
      {
        text: "550 5.7.1 Sender rejected by local policy",
        source:
          "lib/knowledge/lab/fixtures/opensmtpd-filters/sender-rejected.txt (OpenSMTPD 6.8, filter phase mail-from match mail-from <badsenders> reject '550 5.7.1 Sender rejected by local policy')",
      },
    ],
  },
  {
    // The receiving site's own list of refused senders (addresses or domains), in its words: "on
    // our sender block list", "Blocked Senders", "your email address has been blacklisted"
    // (a recipient organisation's anti-spam settings), "Blocked by this recipient". A sender the
    // site (or the recipient) chose to refuse: sender-policy, lifted by the recipient's side. A
    // list of sending hosts or networks, or a public list, is another refusal (ip-blocklisted,
    // domain-blocklisted: concept.host-blacklisted, the DNSBL tables).
    id: "concept.sender-on-site-block-list",
    cause: "sender-policy",
    says: "the receiving site (or the recipient) keeps the sender on its own list of refused senders",
    subject: [
      "sender",
      "senders",
      "envelope sender",
      "sender address",
      "from address",
      "email address",
    ],
    failure: [
      "block list",
      "blocklist",
      "blacklist",
      "black list",
      "blocked list",
      "deny list",
      "denylist",
      "blocked senders",
      "blocked by this recipient",
      "blocked by the recipient",
    ],
    // The sending host, its network or a public list (a DNSBL, a domain list): ip-blocklisted or
    // domain-blocklisted. Hotmail's "part of their network is on our block list" names the
    // sender's network. A check of the sender's authentication or reputation is its own cause.
    unless: [
      "ip address",
      "ip-address",
      "sender ip",
      "your ip",
      "client",
      "network",
      "host",
      "public",
      "dnsbl",
      "rbl",
      "spamhaus",
      "spamcop",
      "sorbs",
      "barracuda",
      "uribl",
      "surbl",
      "dbl",
      "reputation",
      "spf",
      "dkim",
      "dmarc",
    ],
    examples: [
      {
        text: "553-Sorry, your email address has been blacklisted",
        source:
          "https://knowledge.broadcom.com/external/article/173082 (Emails blocked: sender in your company's blacklist, Broadcom KB 173082: Email Security.cloud's reply for a sender on the recipient company's blocked senders)",
      },
      {
        text: "554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)",
        source:
          "https://docs.rackspace.com/docs/common-email-bounces (Rackspace: Common email bounces, code GE: the recipient put the sender on their own block list)",
      },
      {
        text: "smtp;550 Rejected by header based manually Blocked Senders: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (SMTP Field Manual: 550 replies, Mimecast; Mimecast's Blocked Senders policy)",
      },
    ],
  },
  {
    id: "concept.sender-domain-takes-no-mail",
    cause: "sender-address-invalid",
    says: "the sender address's domain has no usable mail exchanger (no MX, or a null MX)",
    subject: [
      "mail from",
      "from address",
      "sender domain",
      "sender's domain",
      "sender address",
      "envelope sender",
      "sender",
      "mailfrom domain",
    ],
    failure: ["no mx", "any mx", "no valid mx", "null mx", "nullmx", "not configured for mail"],
    examples: [
      {
        text: "501 5.1.7 sender MaybeSender{mailAddress=Optional[alice@example.net]} contains a domain with no valid MX records",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ValidSenderDomainHandler.java#L38 (Apache James; Java prints the sender object as it is)",
      },
      {
        text: "501 5.7.27 Domain in MAIL FROM does not have any MX records",
        source: `${MADDY}/internal/check/dns/dns.go#L134 (maddy, check.require_mx_record)`,
      },
      {
        text: "501 5.7.27 Domain in MAIL FROM has null MX record",
        source: `${MADDY}/internal/check/dns/dns.go#L146 (maddy, check.require_mx_record)`,
      },
      {
        text: "550 5.7.27 mailfrom domain not configured for mail",
        source:
          "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver/server.go#L1889 (mox: the MAIL FROM domain has no MX, or a null MX)",
      },
      {
        text: "550 No MX for your FROM address",
        source: `${HARAKA}/haraka-plugin-mail_from.is_resolvable/blob/e00bb30ee6d6cfc49255c66156a2c58b748719a1/index.js#L82 (Haraka's mail_from.is_resolvable plugin)`,
      },
    ],
  },
  {
    // A sender address whose domain cannot be real: its top-level domain is unknown, or it lies in
    // a name RFC 2606 reserves for testing and documentation (example.com, .test, .invalid).
    // Barricade MX's smtpf refuses such senders by its reject-unknown-tld and
    // rfc2606-special-domains options; a client host named so is another refusal (its name).
    id: "concept.sender-domain-unreal",
    cause: "sender-address-invalid",
    says: "the sender address's domain cannot exist (an unknown top-level domain, or a name reserved for testing)",
    subject: ["sender", "mail from", "from address"],
    failure: ["unknown tld", "unknown top-level domain", "reserved domain"],
    unless: ["host", "helo", "client"],
    examples: [
      {
        text: "550 5.7.1 sender <alice@example.zz> from unknown TLD #129",
        source:
          "http://www.snertsoft.com/smtp/smtpf/reply.html (Barricade MX smtpf: SMTP Replies, #129, reject-unknown-tld)",
      },
      {
        text: "550 5.7.1 sender <alice@example.test> from RFC2606 reserved domain #128",
        source:
          "http://www.snertsoft.com/smtp/smtpf/reply.html (Barricade MX smtpf: SMTP Replies, #128, rfc2606-special-domains)",
      },
    ],
  },
  {
    id: "concept.sender-not-theirs",
    cause: "sender-address-invalid",
    says: "the logged-in client may not use this sender address: it belongs to another account",
    // Not "not logged in": Postfix's reject_unauth_sender_login_mismatch asks the client to
    // authenticate, a relay denial (source-replies/postfix.ts, as the lab's real run reads it).
    // mox's "message from address must belong to authenticated user": the From address.
    // Haraka's auth_base "Envelope domain 'x' doesn't match AUTH domain 'y'" and Apache James's
    // "Incorrect Authentication for Specified Email Address" say the same of the MAIL FROM: the
    // lab's sender-login-mismatch case, which reads sender-address-invalid.
    subject: [
      "sender address",
      "this address",
      "sender",
      "from address",
      "envelope domain",
      "specified email address",
      "send as",
      // The MAIL FROM itself as the subject: Orange's "Mail from not owned by user" (LPN105_421)
      // and Alibaba Mail's "mail from account doesn't conform with authentication" say what
      // Postfix's "Sender address rejected: not owned by user" says.
      "mail from",
    ],
    failure: [
      "unauthorized use",
      "not owned by",
      // Alibaba Mail (a reseller's list of its replies): the MAIL FROM account is not the one
      // that logged in.
      "doesn't conform with auth",
      "does not conform with auth",
      // backschues.net: "sender and authenticated user must be the same" (iRedAPD's "Sender is
      // not same as SMTP authenticate username" in the affirmative). Only beside the login, so
      // that no other pair "must be the same".
      "and authenticated user must be",
      "not allowed to send from",
      "not same as",
      "must belong to",
      "doesn't match auth",
      "does not match auth",
      "incorrect authentication for",
      // Spectrum: "rejected for attempting to send as a different email address than you
      // signed in under". (Not "not authorized to send from": MailChannels' "This sender is not
      // authorized to send from example.com" is its domain lockdown, the domain's own
      // authorisation; Fastmail's header address is concept.header-address-not-theirs.)
      "different email address than",
    ],
    // SPF's "is not allowed to send mail from" is about the client's IP, not the login.
    unless: ["spf"],
    examples: [
      {
        text: "554 Your email was rejected for attempting to send as a different email address than you signed in under. AUP#I-1500",
        source:
          "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Understanding Email Error Codes (Spectrum))",
      },
      {
        text: "550 5.7.1 message from address must belong to authenticated user",
        source: `${MOX}/server.go (mox: the message From address is not one of the logged-in account's)`,
      },
      {
        text: "554 5.7.1 <bob@example.com>: Recipient address rejected: Sender is not same as SMTP authenticate username",
        source: `${IREDAPD}/libs/__init__.py#L16 (iRedAPD, reject_sender_login_mismatch)`,
      },
      {
        text: "501 5.5.4 You are not allowed to send from this address.",
        source: `${STALWART}/mail.rs#L268 (Stalwart, session.auth.must-match-sender)`,
      },
      {
        text: "553 5.7.0 Unauthorized use of sender address",
        source: `${MADDY}/internal/check/authorize_sender/authorize_sender.go#L197 (maddy, check.authorize_sender)`,
      },
      {
        text: "550 Envelope domain 'example.org' doesn't match AUTH domain 'example.com'",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/auth/auth_base.js#L254 (Haraka's auth plugins, constrain_sender: MAIL FROM's domain is not the login's)",
      },
      {
        text: "503 5.7.1 Incorrect Authentication for Specified Email Address",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/AbstractSenderAuthIdentifyVerificationHook.java#L45 (Apache James: the logged-in user may not send as this MAIL FROM)",
      },
      {
        text: "553 5.7.1 <bounce@example.net>: Sender address rejected: not owned by user alice",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_sender_login_mismatch)`,
      },
      {
        text: "550 5.5.3 Mail from not owned by user. LPN105_421",
        source:
          "https://postmaster.orange.fr/ (Orange Postmaster, code 421; the reply as Sisimai's lib/Sisimai/Rhost/FrancePTT.pm quotes it, providers/orange.ts)",
      },
      {
        text: "440 mail from account doesn't conform with authentication",
        source:
          "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html (an Alibaba Mail reseller's list of its SMTP replies, providers/alibaba.ts)",
      },
      {
        text: "While relaying an email to our email server sender and authenticated user must be the same.",
        source:
          "https://mx0.backschues.net (backschues.net's email service information page, providers/backschues.ts)",
      },
    ],
  },
  {
    id: "concept.sender-domain-unresolvable",
    cause: "sender-address-invalid",
    says: "the sender's domain does not exist or does not resolve",
    subject: ["mail from domain", "from:domain", "from domain", "unregistered domain"],
    failure: ["does not exist", "must resolve", "unresolvable", "sending from"],
    unless: ["recipient"],
    examples: [
      {
        text: "451 From:domain must resolve",
        source:
          "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73 (ICG Link helpdesk: determining the cause of a bounced message, a Sendmail site's session transcripts)",
      },
      {
        text: "550 DNS-P1 Your SMTP MAIL FROM domain does not exist.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "451 Message temporarily deferred due to unresolvable RFC.5321 from domain.",
        source:
          "https://senders.yahooinc.com/smtp-error-codes/ (SMTP Error Codes (Yahoo Sender Hub))",
      },
      {
        text: "5.7.750 Client blocked from sending from unregistered domain",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750 (Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online)",
      },
    ],
  },
  {
    id: "concept.header-address-not-theirs",
    cause: "sender-address-invalid",
    says: "the logged-in account may not send from the From header's address",
    subject: ["header address"],
    failure: ["not authorised", "not authorized"],
    examples: [
      {
        text: "551 5.7.1 Not authorised to send from this header address",
        source:
          "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back (Why messages bounce back (Fastmail Help))",
      },
    ],
  },
  {
    // A mailing list refusing a post because of who sent it: the poster is no member, no
    // subscriber or no moderator, is banned, or a list rule denies the post. The list's own
    // rule against this sender (sender-policy), as "you are not allowed to post to this mailing
    // list" is (generic.ts). Its size refusals read by concept.message-too-large.
    id: "concept.list-posting-refused",
    cause: "sender-policy",
    says: "the mailing list takes posts only from its members, subscribers or moderators, or its rules refuse this sender",
    subject: [
      "list member",
      "list members",
      "list subscriber",
      "list subscribers",
      "list moderator",
      "list moderators",
      "list administrator",
      "non-member",
      "non-members",
      "members-only",
      "mailing list",
      "mailing-list",
      "this list",
      "message distribution",
      "only members",
    ],
    failure: [
      "may post",
      "can post",
      "not from a",
      "not a list",
      "not subscribed",
      "restricted to",
      "not allowed",
      "prohibit",
      "banned",
      "access rule",
      "not authorized to post",
    ],
    // A blocklist ("this list" of listed IPs) is another refusal.
    unless: ["blocklist", "blacklist", "block list", "black list", "dnsbl", "spamhaus"],
    examples: [
      {
        text: "Your message to the Test mailing-list was rejected for the following reasons: The message is not from a list member",
        source: `${MAILMAN3}/rules/moderation.py#L108 (Mailman 3's reason in templates/en/list:user:notice:rejected.txt)`,
      },
      {
        text: "Message sender alice@example.net is banned from this list",
        source: `${MAILMAN3}/rules/banned_address.py#L45 (Mailman 3)`,
      },
      {
        text: "Your message has been rejected, probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members from posting to it.",
        source: `${MAILMAN2}/Mailman/Handlers/Moderate.py#L573 (Mailman 2, do_reject)`,
      },
      {
        text: 'The message from <alice@example.net> with subject "Hello" was unable to be delivered to the list because you are not a list subscriber.',
        source: `${MLMMJ}#L32 (mlmmj, %ifreason subonlypost%)`,
      },
      {
        text: 'The message from <alice@example.net> with subject "Hello" was unable to be delivered to the list because of an access rule set up by the list administrator.',
        source: `${MLMMJ}#L23 (mlmmj, %ifreason access%)`,
      },
      {
        text: "You are not allowed to send this message for the following reason: Message distribution in the list is restricted to list subscribers.",
        source: `${SYMPA}/default/mail_tt2/report.tt2#L151 (Sympa, send_subscriber)`,
      },
      {
        text: "550 5.7.2 You are not authorized to post to this list",
        source:
          "https://github.com/InterLinked1/lbbs/blob/429868d410d331b73c733edbde8a4fb7fcb59503/modules/mod_smtp_mailing_lists.c#L736 (LBBS mod_smtp_mailing_lists: a sender the list does not let post)",
      },
      {
        text: "Message distribution in this list is not allowed.",
        source: `${SYMPA}/default/mail_tt2/report.tt2#L132 (Sympa, send_closed)`,
      },
      {
        text: "554 5.7.1 <staff@example.com>: Recipient address rejected: Internal list: only members may post",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/recipient-access-custom.txt (Postfix 3.7.11, check_recipient_access entry 'REJECT Internal list: only members may post')",
      },
    ],
  },
  {
    // Mail with the null reverse-path (MAIL FROM:<>, RFC 5321 section 4.5.5: a bounce or
    // another notice) refused where the server takes only mail with a sender it can answer:
    // a mailing list, or a server that takes no notices. The sender address is the refusal's
    // subject, as Coremail's "NULL sender is not allowed" reads (generic.ts).
    id: "concept.null-sender-refused",
    cause: "sender-address-invalid",
    says: "the message had an empty (null) sender address, which this server or list does not take",
    subject: [
      "null sender",
      "null senders",
      "empty sender",
      "null reverse-path",
      // hMailServer asks for the address the empty MAIL FROM:<> left out, naming no null sender:
      // the whole demand is the subject, "sender address" alone being every sender refusal's.
      "sender address must be specified",
    ],
    failure: [
      "not accept",
      "not allowed",
      "not permitted",
      "rejected",
      "refused",
      "must be specified",
    ],
    examples: [
      {
        text: "550 mailing lists do not accept null senders",
        source: `${QPSMTPD}/plugins/qmail_deliverable#L163 (qpsmtpd's qmail_deliverable plugin: a null sender to a mailing list)`,
      },
      {
        text: "550 Sender address must be specified.",
        source:
          "https://github.com/hmailserver/hmailserver/blob/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer SMTPConnection::CheckIfValidSenderAddress: an empty MAIL FROM address when AllowMailFromNull is off)",
      },
    ],
  },
  {
    // The sender's address on the receiving site's own list, in the providers' words.
    id: "concept.sender-address-blocked",
    cause: "sender-policy",
    says: "the receiving site (or the recipient) blocks this sender address",
    // "your domain": the sender's domain banned by the receiver (AT&T's page on "Your domain is
    // banned": the receiving domain blocked mail from the sender's domain).
    subject: ["sender address", "your email address", "sender's address", "your domain"],
    failure: ["blocked", "banned"],
    // "blocked using <zone>": Postfix's reply when a DNS domain list names the sender's domain
    // (reject_rhsbl_sender, "Sender address [a@example.net] blocked using dbl.example.org"): a
    // listing, read by concept.sender-domain-on-list, not the site's own rule.
    unless: ["ip", "spam", "virus", "dnsbl", "rbl", "domain is listed", "blocked using"],
    examples: [
      {
        text: "421 Sender address blocked",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "550 Your domain is banned",
        source:
          'https://www.att.com/support/smallbusiness/article/smb-internet/KM1191756/ (Why am I receiving email errors like "Service Unavailable" and "Your Domain Is Banned"?, AT&T Small Business support)',
      },
      {
        text: "553 Sorry, your email address has been blocked",
        source:
          "https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html (Email error and bounce codes for Email Security.cloud (Broadcom KB 169652))",
      },
    ],
  },
  {
    // The recipient's own choice not to take this sender's mail, in the providers' words:
    // Interia's "Recipient doesn't want your mail", Facebook's "The attempted recipient's
    // preferences prevent messages from being delivered".
    id: "concept.recipient-refuses-sender",
    cause: "sender-policy",
    says: "the recipient has chosen not to receive mail from this sender",
    subject: ["recipient"],
    failure: ["doesn't want", "does not want", "preferences prevent"],
    examples: [
      {
        text: "550 5.7.1 Recipient doesn't want your mail",
        source:
          "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600 (Dlaczego wiadomość nie została dostarczona? (Interia Poczta help: why was the message not delivered?))",
      },
      {
        text: "550 RCP-P2 The attempted recipient's preferences prevent messages from being delivered.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
    ],
  },
  {
    // A list of blocked or allowed senders kept by the site's administrators or its users.
    id: "concept.site-sender-list",
    cause: "sender-policy",
    says: "a list of blocked (or allowed) senders kept by the receiving site or its users refused this sender",
    subject: [
      "admin block list",
      "user block list",
      "policy level block list",
      "allowed-senders list",
      "allowed senders list",
    ],
    failure: ["in the", "not in", "in force"],
    examples: [
      {
        text: "XGEMAIL_0008 Message rejected because a domain, an IP address, or an email address is in the admin block list.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
      {
        text: "5.7.124 Sender not in allowed-senders list",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online)",
      },
      {
        text: "Policy level block list in force",
        source:
          "https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections (Policies - Managing Blocked Senders and Email Rejections (Mimecast))",
      },
    ],
  },
  {
    id: "concept.sender-needs-domain",
    cause: "sender-address-invalid",
    says: "the sender address has no (real) domain",
    subject: ["sender address"],
    failure: [
      "domain name required",
      "must contain a domain",
      "real domain name",
      "has no mail exchanger",
    ],
    examples: [
      {
        text: "553 5.5.4 <bounce@localhost>... Real domain name required for sender address",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L1935 (sendmail, check_mail)",
      },
      {
        text: "501 bounce: sender address must contain a domain",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L5006 (exim, smtp_setup_msg)",
      },
      {
        text: "421 Refused. The domain of your sender address has no mail exchanger (MX).",
        source:
          "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h#L503 (spamdyke, REJECTION_DATA_SENDER_NO_MX (reject-missing-sender-mx))",
      },
    ],
  },
  {
    // The MAIL FROM address does not parse: the sender's address is at fault, whatever the
    // wording of the syntax complaint (a recipient's bad syntax is protocol-syntax).
    id: "concept.sender-address-syntax",
    cause: "sender-address-invalid",
    says: "the sender address (MAIL FROM) is not a valid address: its syntax is wrong",
    subject: ["sender address", "sender's address", "mail from address"],
    failure: ["syntax"],
    examples: [
      {
        text: "501 5.1.7 Bad sender address syntax",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L2588 (postfix, mail_cmd)",
      },
      {
        text: "553 5.1.0 Sender address syntax error",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtp_session.c#L1582 (opensmtpd, smtp_check_mail_from)",
      },
      {
        text: "550 5.1.7 Sender address does not conform to RFC-2821 syntax",
        source:
          "https://github.com/jcbf/smf-spf/blob/f8a673664032456f4303b3b980e549ea64ed3d84/smf-spf.c#L452 (smf-spf, smf_envfrom)",
      },
    ],
  },
  {
    id: "concept.sender-verify-failed",
    cause: "sender-address-invalid",
    says: "the receiving server tried to verify the sender address and could not",
    subject: ["sender verify", "sender verification"],
    failure: ["failed", "could not complete"],
    examples: [
      {
        text: "550-Verification failed for <bounce@example.net> 550-Unrouteable address 550 Sender verify failed",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L3451 (exim, smtp_handle_acl_fail)",
      },
      {
        text: "451 Could not complete sender verify",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/acl.c#L2207 (exim, acl_verify)",
      },
    ],
  },
  {
    // The receiver could not check the sender address at all, the other side of a verification
    // that failed: a2i's page on "temporarily unable to verify sender address" (the sender's
    // domain seems to exist but its name servers do not answer; the sending site keeps the mail
    // queued), I.UA's error 8 "Couldn't check sender address." (Sisimai's quote of its error
    // page), Exim's own "451 Could not complete sender verify" (acl.c, a callout
    // or lookup that gave no answer). The sender's domain or its mail servers do not answer the
    // check: the sender's side acts, as for a failed verification.
    id: "concept.sender-check-incomplete",
    cause: "sender-address-invalid",
    says: "the receiving server could not check the sender address (its domain or mail servers gave no answer)",
    subject: ["verify sender", "check sender", "verify the sender", "check the sender"],
    failure: ["unable to", "could not", "couldn't", "cannot", "can't"],
    // The recipient's verification is another check (a call-forward to the recipient's server).
    unless: ["recipient"],
    examples: [
      {
        text: "temporarily unable to verify sender address (try again later)",
        source:
          "http://www.rahul.net/howto/mailerrors.html (a2i communications explanation of mail errors: the sender's domain's name servers do not answer)",
      },
      {
        text: "Couldn't check sender address.",
        source:
          "https://mail.i.ua/err/ (I.UA mail error codes, error 8, as repo sisimai/p5-sisimai lib/Sisimai/Rhost/IUA.pm quotes the page)",
      },
    ],
  },
  {
    // Exchange Online's words for a recipient that takes mail only from some senders (its
    // delivery restrictions): the recipient's organisation decides, not a fault of the sender.
    id: "concept.delivery-restricted",
    cause: "sender-policy",
    says: "the recipient (or its organisation) takes mail at this address only from some senders",
    subject: ["delivery to this address", "delivery to this recipient"],
    failure: ["restricted"],
    examples: [
      {
        text: "Your message can't be delivered because delivery to this address is restricted.",
        source:
          "https://github.com/nprapps/lookatthis/issues/406 (nprapps/lookatthis #406: an Exchange Online address that takes mail only from its organisation)",
      },
    ],
  },
  {
    // The receiver's verdict on the sender address itself, in short words: "552 mail from
    // invalid." (发件人地址不合法, the sender address is not valid), "554 sender is
    // unvalidated." (the same meaning), as a Chinese mail server's list prints them. The sender
    // address fails the receiver's checks: sender-address-invalid.
    id: "concept.sender-stated-invalid",
    cause: "sender-address-invalid",
    says: "the receiving server found the sender address (MAIL FROM) not valid",
    // "Sender" and "From address" in any order with the verdict: Mailprotector's "Invalid
    // Mailprotector Sender" (the address sent from is no user it knows: list it in its console)
    // and Runbox's "550 Invalidated From address" (the From address is none of the account's
    // aliases or validated addresses) say the same of the address the message was sent from.
    subject: [
      "mail from",
      "sender is",
      "sender address is",
      "sender address",
      "sender",
      "from address",
    ],
    // "Not a valid (email) address" said of the sender, as Gmail's 5.1.7 "The sender address
    // <...> is not a valid RFC 5321 address" says it: where the words name no side,
    // possibility-wordings.ts address.not-a-valid-address ranks both.
    failure: ["invalid", "unvalidated", "not valid", "not a valid"],
    // Another party's or another check's invalidity (the recipient, the HELO name, the client's
    // IP, an authentication record), or the command's syntax (protocol-syntax).
    unless: [
      "recipient",
      "rcpt",
      "helo",
      "ehlo",
      "ip address",
      "your ip",
      "spf",
      "dkim",
      "dmarc",
      "syntax",
      "command",
      "parameter",
      "argument",
      // With "sender" alone: the sending host's address or certificate, SPF by its full name,
      // the message's own form.
      "sender ip",
      // Postal's "530 From/Sender name is not valid": a From domain its server may not send for
      // (a relay's set-up as much as the address), which its source leaves open.
      "sender name",
      "certificate",
      "tls",
      "policy framework",
      "header",
      "character",
      "encoding",
      // Something else invalid that led to a limit on the sender: Exchange's "550 5.2.253 Sender
      // throttled due to continuous invalid license errors" (generic-sources.ts) is a rate.
      "throttl",
      "license",
      "limit",
    ],
    examples: [
      {
        text: "552 mail from invalid.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (a Sina blog's list of a Chinese mail server's replies: 发件人地址不合法; a third-party list)",
      },
      {
        text: "554 sender is unvalidated.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (the same list: 发信人地址不合法, the sender address is not valid)",
      },
      {
        text: "Invalid Mailprotector Sender",
        source:
          "https://support.mailprotector.com/hc/en-us/articles/201413130-Invalid-Mailprotector-Sender-Recipient (Invalid Mailprotector Sender/Recipient (Mailprotector support): the sending address is not a user it knows)",
      },
      {
        text: "Error: 550 Invalidated From address",
        source:
          "https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/ (Common errors when sending mail through an email client, Runbox Help: the From address is none of the account's validated addresses)",
      },
    ],
  },
  {
    // A rule the recipient's organisation set for its own mail refused this message: Google
    // Workspace's "has a policy that prohibits the email that you sent" and its compliance rule's
    // "violates example.com email policy", Exchange's transport (mail flow) rule, "the message
    // was rejected by organization policy", whose NDR says "the email admin for the
    // organization ... created an email rule restriction". The sender is refused by the
    // recipient's admin, whatever the rule looked at: sender-policy. Not where the words name
    // what the rule found (spam, a virus, authentication, a size, a rate). Others read these
    // words so: ZoneMTA's bounce table files "policy that prohibited" as "Blocked by recipient"
    // (zone-eu/zone-mta config/bounces.txt#L298), Sisimai's PolicyViolation.pm collects "the
    // message was rejected by organization policy" from real bounces.
    id: "concept.organization-policy-rule",
    cause: "sender-policy",
    says: "a rule the recipient's organisation set for its mail refused the message",
    subject: ["organization policy", "organisation policy", "email policy", "a policy that"],
    failure: ["prohibit", "rejected by", "violates"],
    unless: [
      "spam",
      "virus",
      "malware",
      "phish",
      "spf",
      "dkim",
      "dmarc",
      "reputation",
      "rate",
      "size",
      "tls",
    ],
    examples: [
      {
        text: "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes: a Workspace compliance rule's custom rejection)",
      },
      {
        text: "Remote Server returned '550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
        source:
          "https://pastebin.com/HZca6aT2 (an Exchange NDR: \"the email admin for the organization 'indiv2.local' created an email rule restriction\")",
      },
    ],
  },
];

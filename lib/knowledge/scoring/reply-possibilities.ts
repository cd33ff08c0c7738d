// The usual causes of a reply or status code that says nothing more, in the order the wizard
// should test them. They rank the possibilities of an `unknown` verdict; they never decide one.
import type { CauseId } from "@/lib/causes/causes";

const GMAIL_ERRORS = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";
const EXCHANGE_ONLINE_NDRS =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online)";

/**
 * The code of the list for a whole class of refusals (any permanent one, any temporary one):
 * looked up only where the reply's own codes have no list.
 */
export const PERMANENT_CLASS = "5xx";
export const TRANSIENT_CLASS = "4xx";
/**
 * The code of the list for an enhanced status whose detail number no registry holds: its class
 * and subject, the detail left open ("5.4.x").
 */
export function subjectCode(statusClass: string, subject: number): string {
  return `${statusClass}.${subject}.x`;
}
/** Whether a list's code is a subject's (subjectCode), not a code's or a class's. */
export const SUBJECT_CODE = /^([245])\.(\d{1,3})\.x$/;

const RFC3463_SUBJECTS = "RFC 3463 section";
const IANA_STATUS_CODES =
  "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml";
/** The list for a failure notice that quotes no code at all: no receiving server's reply. */
export const NO_REPLY = "none";
/**
 * The list for pasted words that say mail was refused (REFUSAL_WORDS) and quote no code at all:
 * a line of a notice or an application's message, not a delivery report.
 */
export const UNCODED_REFUSAL = "refused";
/**
 * Words that say the mail was refused, read at word edges in a paste that quotes no code. Only
 * words of refusal: "could not be delivered" or "failed" say no server refused anything (a
 * route, a connection or the sender's own server may have failed).
 */
export const REFUSAL_WORDS: readonly string[] = [
  "rejected",
  "refused",
  "blocked",
  "denied",
  "not accepted",
];

export interface ReplyPossibilities {
  /** A basic reply code (550), an enhanced status code (5.7.1), or a class (PERMANENT_CLASS). */
  code: string;
  /** Most usual first. */
  causes: readonly CauseId[];
  source: string;
}

/**
 * The article that started the project lists these five for a bare 550
 * (../shared/design/PRODUCT.md, "Causes"): recipient server policy, blocklisted IP, content,
 * wrong recipient, mailbox full.
 */
const FOUNDING_FIVE: readonly CauseId[] = [
  "sender-policy",
  "ip-blocklisted",
  "content-spam",
  "recipient-unknown",
  "mailbox-full",
];

export const REPLY_POSSIBILITIES: readonly ReplyPossibilities[] = [
  {
    code: "550",
    causes: FOUNDING_FIVE,
    source:
      "RFC 5321 section 4.2.3 (550 Requested action not taken: mailbox unavailable, or refused for policy reasons); the project's founding article (PRODUCT.md)",
  },
  {
    code: "554",
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "bad-reputation",
      "recipient-unknown",
    ],
    source: "RFC 5321 section 4.2.3 (554 Transaction failed; at connection: no SMTP service here)",
  },
  {
    code: "553",
    causes: ["sender-address-invalid", "recipient-unknown", "relay-denied", "sender-policy"],
    source: "RFC 5321 section 4.2.3 (553 Requested action not taken: mailbox name not allowed)",
  },
  {
    code: "5.7.1",
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "authentication-failure",
      "relay-denied",
    ],
    source:
      "RFC 3463 section 3.8 (X.7.1 Delivery not authorized, message refused); https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml",
  },
  {
    // RFC 5321's 552 is a mailbox over its storage allocation; servers send it far more often
    // for a message over their size limit (Postfix "552 5.3.4 Message size exceeds fixed
    // limit", Exim "552 Message size exceeds maximum permitted"), and for a mailbox over quota
    // (Dovecot "552 5.2.2 Quota exceeded (mailbox for user is full)"), a virus ("552 Virus
    // found: Eicar-Signature", qpsmtpd's clamdscan) or spam ("552 spam score exceeded
    // threshold", qpsmtpd's spamassassin).
    code: "552",
    causes: ["message-too-large", "mailbox-full", "content-virus", "content-spam"],
    source:
      "RFC 5321 section 4.2.3 (552 Requested mail action aborted: exceeded storage allocation); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L5463 (Postfix); https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L4959 (Exim); https://github.com/dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22/src/lmtp/lmtp-local.c#L128 (Dovecot LMTP); https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/plugins/virus/clamdscan#L199 and plugins/spamassassin#L450 (qpsmtpd)",
  },
  {
    // RFC 5321's 452 is "insufficient system storage", as Postfix and Exim send it ("452 4.3.1
    // Insufficient system storage", "452 Space shortage, please try later"); more servers send
    // it for too many recipients or messages at once (Postfix "452 4.5.3 Error: too many
    // recipients", Sendmail "452 4.3.2 Connection rate limit exceeded.") and for a mailbox over
    // quota (Dovecot LMTP "452 4.2.2 Quota exceeded (mailbox for user is full)").
    code: "452",
    causes: ["rate-limited", "remote-server-error", "mailbox-full"],
    source:
      "RFC 5321 section 4.2.3 (452 Requested action not taken: insufficient system storage); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L3034 and smtpd/smtpd_check.c#L5502 (Postfix); https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L4984 (Exim); https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L3273 (Sendmail); https://github.com/dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22/src/lmtp/lmtp-local.c#L126 (Dovecot LMTP)",
  },
  {
    // 501, a syntax error in a command's argument: a HELO name ("501 5.5.2 <mail_example>: Helo
    // command rejected: Invalid name"), a sender address ("501 5.1.7 Bad sender address
    // syntax") or a recipient address ("501 5.1.3 Bad recipient address syntax"), all Postfix's.
    code: "501",
    causes: ["protocol-syntax", "sender-address-invalid", "recipient-unknown"],
    source:
      "RFC 5321 section 4.2.3 (501 Syntax error in parameters or arguments); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L1423, smtpd/smtpd.c#L2588 and smtpd/smtpd.c#L2982 (Postfix)",
  },
  {
    // RFC 7504's 521 is a host that accepts no mail at all; servers also answer a sender they
    // refuse to talk to with it: AOL for a sending IP with a poor reputation ("521 5.2.1 :
    // (CON:B1) ..."), Postfix's postscreen for a client that broke the protocol ("521 5.7.0
    // Error: I can break rules, too. Goodbye.").
    code: "521",
    causes: ["recipient-domain-invalid", "bad-reputation", "protocol-syntax"],
    source:
      "RFC 7504 section 3 (521: the host does not accept mail); http://www.mailchannels.com/2012/09/why-did-i-get-521-5-2-1-conb1-httppostmaster-info-aol-comerrors554conb1-html/ (AOL's CON:B1); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/postscreen/postscreen_smtpd.c#L1030 (Postfix postscreen)",
  },
  {
    // The registry reads X.2.1 as a disabled mailbox, and Gmail and Free send it so ("550 5.2.1
    // The email account that you tried to reach is inactive", "550 5.2.1 This mailbox has been
    // blocked due to inactivity"); but servers send it for other causes too: AT&T's for an
    // address that does not exist ("550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown"),
    // Gmail's for a mailbox receiving too fast ("550 5.2.1 The user you are trying to contact
    // is receiving email at a rate that prevents additional messages from being delivered"),
    // Exchange Server's content filter ("5.2.1 Content Filter agent quarantined this message").
    // The code alone names none of them.
    code: "5.2.1",
    causes: ["mailbox-disabled", "recipient-unknown", "rate-limited", "content-spam"],
    source:
      "RFC 3463 section 3.3 (X.2.1 Mailbox disabled, not accepting messages); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (AT&T, Free); https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
  },
  {
    // As a temporary refusal of one recipient, X.2.1 is a mailbox receiving too much mail far
    // more often than a disabled one: Gmail ("450 4.2.1 The user you are trying to contact is
    // receiving email too quickly"), Rackspace ("450 4.2.1 <email@example.com>: Mailbox
    // received too much email in a short period of time (G30)"), ImprovMX ("450 4.2.1 Please
    // try again later. (#id-5.9.4)"). (A 421's 4.2.1 is about the session, not a mailbox:
    // reply-codes.ts sessionWide.)
    code: "4.2.1",
    causes: ["rate-limited", "mailbox-disabled"],
    source:
      "RFC 3463 section 3.3 (X.2.1); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://smtp.codes/rackspace (Rackspace, G30); https://smtp.codes/improvmx (ImprovMX)",
  },
  {
    // The registry's X.4.1 is "No answer from host", which a server that answers cannot mean;
    // servers that answer with it mean other things: Exchange Online's directory-based edge
    // blocking for an address not in the directory ("5.4.1 Recipient address rejected: Access
    // denied") and a relay it refuses ("5.4.1 Relay Access Denied"), Zoho a domain's refusal
    // ("541 5.4.1 Mail rejected by destination domain"). A reporting server's own 5.4.1 is the
    // registry's reading, listed last.
    code: "5.4.1",
    causes: ["recipient-unknown", "relay-denied", "sender-policy", "remote-unreachable"],
    source:
      "RFC 3463 section 3.5 (X.4.1 No answer from host); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online); https://smtp.codes/zoho (Zoho)",
  },
  {
    // Codes whose registry meaning a big provider's own page gives another (its table's statusReadings):
    // where the reply is not known to be that provider's and the words do not say, the code names
    // neither; the provider's use first, since its mail is most of what people receive bounces from.
    // lib/knowledge/scoring/reply-possibilities.test.ts checks that each such reading has its list.
    // Exchange Online's "5.1.10 Recipient not found"; RFC 7505's recipient domain with a null MX.
    code: "5.1.10",
    causes: ["recipient-unknown", "recipient-domain-invalid"],
    source: `${EXCHANGE_ONLINE_NDRS}; RFC 7505 (X.1.10 Recipient address has null MX)`,
  },
  {
    // Exchange Online's "5.7.12 Sender was not authenticated by organization"; RFC 4954's password
    // transition (an AUTH reply: a submission's).
    code: "5.7.12",
    causes: ["sender-policy", "relay-denied"],
    source: `${EXCHANGE_ONLINE_NDRS}; RFC 4954 (X.7.12 A password transition is needed)`,
  },
  {
    // Gmail's "4.7.23 The sending IP address for this message doesn't have a PTR record"; RFC 7372's SPF failure.
    code: "4.7.23",
    causes: ["reverse-dns", "authentication-failure"],
    source: `${GMAIL_ERRORS}; RFC 7372 (X.7.23 SPF validation failed)`,
  },
  {
    // Gmail's SPF failure ("5.7.27 This message was blocked because it didn't pass SPF authentication.");
    // RFC 7505's sender domain with a null MX.
    code: "5.7.27",
    causes: ["authentication-failure", "sender-address-invalid"],
    source: `${GMAIL_ERRORS}; RFC 7505 (X.7.27 Sender address has null MX)`,
  },
  {
    code: "4.7.27",
    causes: ["authentication-failure", "sender-address-invalid"],
    source: `${GMAIL_ERRORS}; RFC 7505 (X.7.27 Sender address has null MX)`,
  },
  {
    // Gmail's unusual rate of unsolicited mail from the sending IP ("550 5.7.28 There is an unusual rate
    // of unsolicited mail originating from your IP address"); the registry's mail flood.
    code: "5.7.28",
    causes: ["bad-reputation", "rate-limited"],
    source: `${GMAIL_ERRORS}; draft-levine-mailbomb-header (X.7.28 Mail flood detected)`,
  },
  {
    code: "4.7.28",
    causes: ["bad-reputation", "rate-limited"],
    source: `${GMAIL_ERRORS}; draft-levine-mailbomb-header (X.7.28 Mail flood detected)`,
  },
  {
    // Gmail's mail not sent over TLS ("5.7.29 This message was blocked because it wasn't sent over a
    // TLS connection."); RFC 8617's ARC validation failure.
    code: "5.7.29",
    causes: ["tls-required", "authentication-failure"],
    source: `${GMAIL_ERRORS}; RFC 8617 (X.7.29 ARC validation failure)`,
  },
  {
    code: "4.7.29",
    causes: ["tls-required", "authentication-failure"],
    source: `${GMAIL_ERRORS}; RFC 8617 (X.7.29 ARC validation failure)`,
  },
  {
    // Gmail's DKIM failure ("5.7.30 This message was blocked because it didn't pass DKIM
    // authentication."); RFC 8689's REQUIRETLS.
    code: "5.7.30",
    causes: ["authentication-failure", "tls-required"],
    source: `${GMAIL_ERRORS}; RFC 8689 (X.7.30 REQUIRETLS support required)`,
  },
  {
    code: "4.7.30",
    causes: ["authentication-failure", "tls-required"],
    source: `${GMAIL_ERRORS}; RFC 8689 (X.7.30 REQUIRETLS support required)`,
  },
  {
    // Codes whose documented uses mostly name another cause than the registry's (counted over the
    // provider tables' and source replies' examples): where the words are not read, they rank.
    // A temporary X.1.1 is seldom a bad address: Comcast's quota and rate ("452 4.1.1
    // <example@comcast.net> user over quota", "... too many recent messages; Try again later"),
    // Postfix's failed address verification ("450 4.1.1 <bob@example.com>: Recipient address
    // rejected: address verification problem").
    code: "4.1.1",
    causes: ["recipient-unknown", "mailbox-full", "rate-limited", "remote-server-error"],
    source:
      "RFC 3463 section 3.2 (X.1.1 Bad destination mailbox address); https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json (Comcast); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L2256 (Postfix)",
  },
  {
    // A temporary X.1.7 is Postfix's fixed code (smtpd_dsn_fix.h SND_DSN) for each 4xx refusal of
    // the sender address by address verification, whatever the probe found: the sender's address
    // bounced ("450 4.1.7 <a@example.net>: Sender address rejected: unverified address: ...
    // User unknown"), the probe is still under way ("... unverified address: Address
    // verification in progress", verify.c) or the receiver's own verify(8) service failed ("...
    // address verification problem", smtpd_check.c): the words say which.
    code: "4.1.7",
    causes: ["sender-address-invalid", "remote-server-error"],
    source:
      "RFC 3463 section 3.2 (X.1.7 Bad sender's mailbox address syntax); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_dsn_fix.h#L31 and smtpd/smtpd_check.c#L2256-L2297 (Postfix reject_unverified_address); https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/verify/verify.c#L501 (Postfix verify(8))",
  },
  {
    // X.5.3 "Too many recipients" as Gmail sends it ("550 5.5.3 Too many recipients for this
    // sender"), but also Postfix's refusal of a bounce to many recipients ("550 5.5.3 <DATA>: Data
    // command rejected: Multi-recipient bounce"), Orange's sender it does not own ("550 5.5.3 Mail
    // from not owned by user. LPN105_421") and Hornetsecurity's size filter ("554 5.5.3 e-mail
    // Rejected Content Filter Size").
    code: "5.5.3",
    causes: ["rate-limited", "protocol-syntax", "sender-address-invalid", "message-too-large"],
    source:
      "RFC 3463 section 3.6 (X.5.3 Too many recipients); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L4732 (Postfix); https://postmaster.orange.fr/ (Orange, LPN105_421); https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Hornetsecurity)",
  },
  {
    // The registry's X.7.2 is a mailing list the sender may not expand; providers send it for a
    // sending IP they refuse: Yahoo ("553 5.7.2 [TSS06] All messages from ... will be permanently
    // deferred"), Titan ("550 5.7.2 <ip>: Sender IP rejected: spam rate exceeded"), ASSP ("554
    // 5.7.2 Service denied, closing transmission channel").
    code: "5.7.2",
    causes: ["bad-reputation", "ip-blocklisted", "sender-policy"],
    source:
      "RFC 3463 section 3.8 (X.7.2 Mailing list expansion prohibited); https://github.com/hardware/mailserver/issues/206 (Yahoo's TSS06 as quoted); https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes (Titan); https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095 (ASSP)",
  },
  {
    // X.1.8 "Bad sender's system address", as Sendmail sends it for a sender domain that does not
    // exist; Exchange Online for a sender it found sending spam ("5.1.8 Access denied, bad
    // outbound sender"), MessageLabs for a sender domain the sending IP may not use ("550 sender
    // envelope domain not allowed for sender IP address (#5.1.8)").
    code: "5.1.8",
    causes: ["sender-address-invalid", "bad-reputation", "relay-denied"],
    source:
      "RFC 3463 section 3.2 (X.1.8); https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L1993 (Sendmail); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Exchange Online); https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html (MessageLabs)",
  },
  {
    // X.4.5 "Mail system congestion": Gmail's busy server ("421 4.4.5 Server busy, try again
    // later.") and Sendmail's disk ("452 4.4.5 Insufficient disk space; try again later"), but
    // as often a rate (Stalwart "452 4.4.5 Rate limit exceeded, try again later.", Emailit "452
    // 4.4.5 Messages per second limit exceeded").
    code: "4.4.5",
    causes: ["remote-server-error", "rate-limited", "bad-reputation"],
    source:
      "RFC 3463 section 3.5 (X.4.5 Mail system congestion); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L3009 (Sendmail); https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/rcpt.rs#L390 (Stalwart); https://emailit.com/docs/kb/429-rate-limit-exceeded/ (Emailit); https://oliveit.tistory.com/39 (Daum's CCRT block)",
  },
  {
    // X.4.7 "Delivery time expired", as MessageLabs writes it ("554 5.4.7 [internal] exceeded max
    // time without delivery"); Titan sends it for a recipient domain's daily or hourly quota,
    // and SparkPost's expiry carries its last reason ("... (last transfail: 454 4.4.4 [internal]
    // no MX or A for domain)").
    code: "5.4.7",
    causes: ["remote-unreachable", "rate-limited", "recipient-domain-invalid"],
    source:
      "RFC 3463 section 3.5 (X.4.7 Delivery time expired); https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (MessageLabs); https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes (Titan); https://support.sparkpost.com/docs/faq/understanding-delays-bounces (SparkPost)",
  },
  {
    // A receiver's own temporary blocklist answers the connection with 421 too: LogSat
    // SpamFilter's cached IP blocking ("421 Your IP is temporarily blocked, please try again
    // later", https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127) and
    // SocketLabs's gateway ("421 4.5.1 Too many errors, you have been temporarily blacklisted",
    // https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted).
    code: "421",
    causes: ["rate-limited", "bad-reputation", "remote-server-error", "ip-blocklisted"],
    source:
      "RFC 5321 section 4.2.3 (421 Service not available, closing transmission channel); LogSat SpamFilter and SocketLabs (a receiver's own temporary IP blocklist, above)",
  },
  {
    code: "450",
    causes: ["rate-limited", "bad-reputation", "sender-policy", "remote-server-error"],
    source:
      "RFC 5321 section 4.2.3 (450 mailbox unavailable, busy or temporarily blocked for policy reasons)",
  },
  {
    code: "451",
    causes: ["remote-server-error", "rate-limited", "bad-reputation"],
    source: "RFC 5321 section 4.2.3 (451 Requested action aborted: local error in processing)",
  },
  // An enhanced status whose detail number is in no registry (Exchange Online's "5.4.300 Message
  // expired", "4.4.316 Connection refused", a provider's own numbers) still says its subject:
  // RFC 3463 section 2 has the subject classify the status, and the detail only refine it. The
  // usual causes of such a code are its subject's, ahead of the reply code's, which says less
  // (a 550 is any refusal; a 5.4.* is a network or routing one). Each list holds the causes the
  // subject's registered codes name (lib/knowledge/enhanced-status-codes.ts), most usual first.
  // Used for a detail number the registry does not hold, and for the subject's own catch-all
  // X.N.0 ("Other or undefined mailbox status"), which says no more than the subject: any other
  // registered code reads itself.
  {
    code: subjectCode("5", 1),
    causes: [
      "recipient-unknown",
      "recipient-domain-invalid",
      "sender-address-invalid",
      "mailbox-disabled",
    ],
    source: `${RFC3463_SUBJECTS} 3.2 (X.1.XXX Addressing Status: the originator or destination address); ${IANA_STATUS_CODES}`,
  },
  {
    // A temporary addressing failure is most often a domain that could not be looked up yet
    // (X.1.2 and X.1.10's temporary uses, X.1.8's sender domain).
    code: subjectCode("4", 1),
    causes: ["recipient-domain-invalid", "sender-address-invalid", "recipient-unknown"],
    source: `${RFC3463_SUBJECTS} 3.2 (X.1.XXX Addressing Status); ${IANA_STATUS_CODES}`,
  },
  {
    // The mailbox exists by RFC 3463's definition, but servers send X.2.x for an address they do
    // not hold too: Exchange Online's "550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP
    // address is missing or invalid", AT&T's "550 5.2.1 <...>... Addressee unknown", Postfix's
    // relocated_maps fallback "5.2.0 Mailbox is unavailable".
    code: subjectCode("5", 2),
    causes: ["mailbox-disabled", "mailbox-full", "recipient-unknown", "message-too-large"],
    source: `${RFC3463_SUBJECTS} 3.3 (X.2.XXX Mailbox Status: under the general control of the recipient); ${IANA_STATUS_CODES}; https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/badprimary-ndr (Exchange Online); https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (AT&T); https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/trivial-rewrite/resolve.c (Postfix)`,
  },
  {
    code: subjectCode("4", 2),
    causes: ["mailbox-full", "mailbox-disabled"],
    source: `${RFC3463_SUBJECTS} 3.3 (X.2.XXX Mailbox Status); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("5", 3),
    causes: ["remote-server-error", "message-too-large"],
    source: `${RFC3463_SUBJECTS} 3.4 (X.3.XXX Mail System Status: under the general control of the destination system administrator); ${IANA_STATUS_CODES}`,
  },
  {
    // A temporary mail-system refusal is a fault or an overload of the receiving system, or a
    // site's rule that defers without a reason of its own: Sendmail's milter tempfail ("451
    // 4.3.2 Please try again later"), MIMEDefang's action_tempfail default ("451 4.3.0 Try again
    // later", for a scanner failure, a rate or greylisting rule), mox's junk filter or sender
    // reputation verdict, hidden on purpose behind "451 4.3.0 error processing".
    code: subjectCode("4", 3),
    causes: ["remote-server-error", "rate-limited", "bad-reputation"],
    source: `${RFC3463_SUBJECTS} 3.4 (X.3.XXX Mail System Status); ${IANA_STATUS_CODES}; https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L672 (Sendmail); https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a/modules/lib/Mail/MIMEDefang/Actions.pm#L1321 (MIMEDefang); https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver/analyze.go#L698 (mox: the junk verdict's reply)`,
  },
  {
    code: subjectCode("5", 4),
    causes: ["remote-unreachable", "recipient-domain-invalid", "remote-server-error"],
    source: `${RFC3463_SUBJECTS} 3.5 (X.4.XXX Network and Routing Status: something went wrong with the networking, not the destination system); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("4", 4),
    causes: ["remote-unreachable", "remote-server-error", "recipient-domain-invalid"],
    source: `${RFC3463_SUBJECTS} 3.5 (X.4.XXX Network and Routing Status); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("5", 5),
    causes: ["protocol-syntax", "rate-limited"],
    source: `${RFC3463_SUBJECTS} 3.6 (X.5.XXX Mail Delivery Protocol Status; X.5.3 Too many recipients); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("4", 5),
    causes: ["protocol-syntax", "rate-limited"],
    source: `${RFC3463_SUBJECTS} 3.6 (X.5.XXX Mail Delivery Protocol Status); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("5", 6),
    causes: ["protocol-syntax", "remote-server-error"],
    source: `${RFC3463_SUBJECTS} 3.7 (X.6.XXX Message Content or Media Status: media and conversion; X.6.6 Message content not available); ${IANA_STATUS_CODES}`,
  },
  {
    code: subjectCode("4", 6),
    causes: ["protocol-syntax", "remote-server-error"],
    source: `${RFC3463_SUBJECTS} 3.7 (X.6.XXX Message Content or Media Status); ${IANA_STATUS_CODES}`,
  },
  {
    // Security or policy: the causes of X.7.1's list, with the receiver's own reputation system
    // (Exchange Online's unregistered 5.7.5xx-7xx codes are mostly a banned sender or IP) and
    // none of the 550's mailbox causes, which the subject rules out.
    code: subjectCode("5", 7),
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "bad-reputation",
      "authentication-failure",
      "relay-denied",
    ],
    source: `${RFC3463_SUBJECTS} 3.8 (X.7.XXX Security or Policy Status); ${IANA_STATUS_CODES}; ${EXCHANGE_ONLINE_NDRS}`,
  },
  {
    // A temporary policy refusal: greylisting or a rate (RFC 6647 section 2.1 answers with a
    // 4xx), a reputation deferral, then the policies X.7.1 names.
    code: subjectCode("4", 7),
    causes: ["rate-limited", "bad-reputation", "sender-policy", "ip-blocklisted"],
    source: `${RFC3463_SUBJECTS} 3.8 (X.7.XXX Security or Policy Status); RFC 6647 section 2.1 (greylisting's temporary failure); ${IANA_STATUS_CODES}`,
  },
  {
    // A class, not a code: the usual causes of any permanent refusal whose code has no list of
    // its own (571, 5.0.0, 510). 550 is the
    // permanent refusal servers send most, so its causes stand for the class (the founding
    // article's five, PRODUCT.md). Used only where nothing more specific ranks the causes.
    code: PERMANENT_CLASS,
    causes: FOUNDING_FIVE,
    source:
      "RFC 5321 section 4.2.1 (5yz Permanent Negative Completion reply); RFC 3463 section 3.1 (5.X.X Permanent Failure); the project's founding article (PRODUCT.md, the causes of a 550)",
  },
  {
    // Words of refusal with no code at all ("Message rejected by the recipient's mail server",
    // "Error: message refused"): a server refused and its reply is not quoted, so its usual
    // causes are a refusal's that does not say why, PRODUCT.md's five for "550 mail refused"
    // (RFC 5321 section 4.2.3: 550, "mailbox unavailable" or refused "for policy reasons").
    code: UNCODED_REFUSAL,
    causes: FOUNDING_FIVE,
    source:
      "RFC 5321 section 4.2.3 (550 Requested action not taken: mailbox unavailable, or refused for policy reasons); the project's founding article (PRODUCT.md: a refusal that does not say why)",
  },
  {
    // A failure notice that quotes no reply code and no status: no receiving server answered,
    // or none was quoted. Where none answered, the reporting MTA failed on its own: RFC 3464
    // section 2.3.6 gives a recipient a Diagnostic-Code only for a remote MTA's reply, and what
    // an MTA finds by itself is a route or a connection it could not make (Postfix: "Host or
    // domain name not found. Name service error for name=%s type=%s: %s", dns_lookup.c; "connect
    // to %s[%s]:%d: %m", smtp_connect.c), or its own user or mailbox (Postfix local: "unknown
    // user: \"%s\"", unknown.c; "cannot update mailbox %s for user %s.", mailbox.c).
    code: NO_REPLY,
    causes: ["remote-unreachable", "recipient-domain-invalid", "recipient-unknown", "mailbox-full"],
    source:
      "RFC 3464 section 2.3.6 (Diagnostic-Code: the remote MTA's reply); https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/dns/dns_lookup.c#L583, smtp/smtp_connect.c#L335, local/unknown.c#L158 and local/mailbox.c#L228 (Postfix)",
  },
  {
    // The usual causes of a temporary refusal whose code has no list of its own (454, 4.0.0):
    // a limit or greylisting (RFC 6647 greylisting answers with a 4xx), a fault on the receiving
    // server (451), a reputation deferral (Gmail's "421 4.7.28 ... unusual rate of unsolicited
    // mail"), a mailbox over quota (452, Dovecot LMTP's 4.2.2).
    code: TRANSIENT_CLASS,
    causes: ["rate-limited", "remote-server-error", "bad-reputation", "mailbox-full"],
    source:
      "RFC 5321 section 4.2.1 (4yz Transient Negative Completion reply) and section 4.2.3 (451, 452); RFC 3463 section 3.1 (4.X.X Persistent Transient Failure); RFC 6647 section 2.1 (greylisting's temporary failure); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes: 421 4.7.28)",
  },
];

/**
 * The list a notice falls back to when the recipient's own mail system wrote it (its local
 * delivery's report, a Reporting-MTA under the recipient's domain, a notice that sends questions
 * to that domain's postmaster: lib/rules/recipient-system.ts) and nothing read its reason.
 * NO_REPLY is for a reporting MTA that failed on its own, before any server of the recipient's
 * domain had the mail: a route or a connection first. A notice from the domain that had the mail
 * and wrote why in prose ("Does not have a final email delivery point", "not accepting mail with
 * attachments") is a refusal that does not say why in words the tool reads: UNCODED_REFUSAL's
 * list, not an unreachable server (review 26, finding 9). Null where `listed` is no NO_REPLY.
 */
export function answeredNoticeList(listed: string): ReplyPossibilities | null {
  if (listed !== NO_REPLY) return null;
  return REPLY_POSSIBILITIES.find((p) => p.code === UNCODED_REFUSAL) ?? null;
}

// Concepts (see ./types.ts): Sending through a relay or a sending service: logins, relaying, sender identities, rates and quotas.
import type { Concept } from "./types";
import { RSPAMD, IREDAPD, STALWART, MAGMA, MOX } from "./shared";

export const SUBMISSION_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.sending-quota",
    cause: "rate-limited",
    says: "the sender reached a limit on how much it may send (a sending or relay quota)",
    // Quotas on sending, never on storage: "mailbox quota" and "disk quota" are a full mailbox.
    subject: [
      "relay quota",
      "sending quota",
      "submission quota",
      "relay sending limit",
      "sending limit",
      // Polaris Mail's "462 Daily send limit reached".
      "send limit",
      // Stalwart's limits on one SMTP session: bytes (session.transfer-limit) and messages.
      "transfer quota",
      "messages per session",
      "messages per connection",
      // Yahoo's "421 Max message per connection reached" (as the SMTP Field Manual records it).
      "message per connection",
      // iRedAPD's throttle plugin (messages or bytes per period, per sender or client).
      "throttling quota",
      // mtpolicyd's Quota plugin (bytes or messages a sender, client or recipient may pass in
      // a period, a month by default).
      "traffic quota",
      // magma's daily limit on what one account sends, and mox's per-account daily count.
      "outbound mail quota",
      "outbound quota",
      // The same limit in a host's words: DreamHost's page calls it the account's "SMTP quota"
      // and "outgoing quota limit" (its refusal: "Policy Rejection- Quota Exceeded").
      "smtp quota",
      "outgoing quota",
      "outgoing mail quota",
      "send quota",
      // Microsoft 365: "450 4.7.3 Organization queue quota exceeded." (messages queued for one
      // organisation past its limit: the sender waits).
      "queue quota",
      "max number of messages",
      // An allowance stated as such: magma's "THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250
      // MESSAGES IN A TWENTY-FOUR HOUR PERIOD".
      "only allowed to send",
      // The same limit with its words in another order: Gmail's own notice "You have reached a
      // limit for sending mail". Not "outgoing messages" alone: "outgoing messages over 10 MB",
      // "outgoing messages ... the recipient's mailbox exceeded its quota" are no allowance.
      "limit for sending",
    ],
    // "max": the limit named before it (Bluehost's "550 <fromemail> max messages per session").
    failure: [
      "reached",
      "exceeded",
      "exceeds",
      "over ",
      "hour period",
      "per hour",
      "per day",
      "max ",
    ],
    // A limit on one message's size is no sending limit ("outgoing messages over 25 MB").
    unless: ["message size", "size limit", "too large", "too big"],
    examples: [
      {
        text: "462 Daily send limit reached. Please try again tomorrow",
        source:
          "http://wiki.polarismail.com/display/Support/Common+Problems (Common Problems, Polaris Mail support wiki: more than 300 e-mails sent in a day)",
      },
      {
        text: "SMTP 550 (fromemail max messages per session)",
        source:
          "https://www.bluehost.com/help/article/what-does-my-email-bounce-mean (What Does My Email Bounce Mean?, Bluehost: several emails sent at once passed the email limits)",
      },
      {
        text: "554 5.7.1 <bob@example.com>: Recipient address rejected: Throttling quota exceeded",
        source: `${IREDAPD}/libs/__init__.py#L22 (iRedAPD's throttle plugin)`,
      },
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: smtp traffic quota has been exceeded",
        source:
          "https://packages.debian.org/bookworm/mtpolicyd (mtpolicyd 2.05-1.1, Mail/MtPolicyd/Plugin/Quota.pm line 27, the default action)",
      },
      {
        text: "452 4.7.28 mx.example.com Session exceeded transfer quota.",
        source: `${STALWART}/spawn.rs#L173 (Stalwart, session.transfer-limit)`,
      },
      {
        text: "452 4.4.5 Maximum number of messages per session exceeded.",
        source: `${STALWART}/data.rs#L854 (Stalwart, session.data.limits.messages)`,
      },
      {
        text: "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "5.2.2 Submission quota exceeded",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Exchange Online 5.2.2)",
      },
      {
        text: "451 DATA BLOCKED - THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER",
        source: `${MAGMA}/smtp.c#L1022 (magma: an account past its daily sending allowance)`,
      },
      {
        text: "451 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY ONLY SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD, PLEASE TRY AGAIN AT A LATER TIME",
        source: `${MAGMA}/smtp.c (magma's daily sending limit per account)`,
      },
      {
        text: "You have reached a limit for sending mail. Your message was not sent.",
        source:
          "https://github.com/wenxie18/niw_sales/blob/6faf9f10add6c7953a9cd1485678d561c2858a13/TurboNIW_Email_Sender/BOUNCE_EMAIL_DETECTION.md (Gmail's own notice, quoted from a bounce)",
      },
      {
        text: "451 4.7.1 max number of messages (1000) over past 24h reached, try increasing per-account setting MaxOutgoingMessagesPerDay",
        source: `${MOX}/server.go (mox's per-account limit on messages sent a day)`,
      },
    ],
  },
  {
    // The receiver will not take mail straight from this IP address and sends the sender to
    // its provider's relay: it takes the address for an end user's (dynamically assigned, a
    // residential range), as a policy block list would (Spamhaus's PBL). Gmail's page gives
    // its 5.7.1 "Use the SMTP relay at your service provider instead" as an IP not authorised
    // (providers/google-smtp-errors.ts reads it ip-blocklisted); Hotmail's words for a
    // dynamically assigned IP are "Please smarthost your mail through your ISP's mail server".
    id: "concept.use-provider-relay",
    cause: "ip-blocklisted",
    says: "the receiver refuses mail sent straight from this IP address and wants it sent through the provider's own mail server",
    subject: [
      "your isp",
      "your isp's",
      "your service provider",
      "your internet service provider",
      "your provider",
    ],
    // Not "mail server" alone: "contact your ISP or mail server operator" (MagicMail's refusal
    // for a missing reverse DNS) is advice on whom to ask, not a relay to use.
    failure: ["smtp relay", "smtp server", "smarthost", "relay server"],
    // A relay refusal of the receiving server itself, or a login it wants, is another cause.
    unless: ["relay access", "relaying denied", "relay denied", "authenticat", "login"],
    examples: [
      {
        text: "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1: providers/google-smtp-errors.ts)",
      },
      {
        text: "550 5.7.1 Your IP address 192.0.2.1 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server.",
        source:
          "https://www.eseutil.net/2007/09/19 (Hotmail's non-delivery report for a dynamically assigned sending IP, as quoted whole)",
      },
    ],
  },
  {
    id: "concept.too-many-logins",
    cause: "rate-limited",
    says: "the server limits how many logins a client may try",
    subject: ["login attempts", "authentication attempts", "auth attempts", "login failures"],
    failure: ["too many"],
    examples: [
      {
        text: "454 4.7.0 Too many login attempts, please try again later.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.0)",
      },
    ],
  },
  {
    // Exchange's refusal of a client that may not send as the sender it gave: the sending
    // account (or an anonymous client) lacks the right, which the sender's admin grants.
    id: "concept.send-as-denied",
    cause: "relay-denied",
    says: "the client is not allowed to send as this sender",
    subject: ["send as", "anonymous client"],
    failure: ["not have permission", "no permission", "not permitted"],
    examples: [
      {
        text: "550 5.7.1 Anonymous client does not have permission to send as this sender",
        source:
          "https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/aa563688(v=exchg.150) (Exchange Server 2013 API: SmtpResponse fields)",
      },
    ],
  },
  {
    id: "concept.relay-attempt-refused",
    cause: "relay-denied",
    says: "the server refused to relay for this client",
    subject: ["no relaying", "unauthorized relay", "unauthorised relay"],
    failure: ["allowed", "attempt", "denied", "rejected"],
    examples: [
      {
        text: "XM-RJCT06: Unauthorized relay attempt",
        source:
          "https://postmaster.xmission.com/senders/rejectcodes.php (XMission Mail Rejection Codes)",
      },
    ],
  },
  {
    // Alibaba Mail's anti-spam names its reason after the verdict: "...: too frequently
    // sending" is a rate, not content.
    id: "concept.sending-too-often",
    cause: "rate-limited",
    says: "the sender sends too often for the receiver",
    subject: ["too frequently", "too frequent"],
    failure: ["send", "connect", "mail"],
    examples: [
      {
        text: "Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending",
        source:
          "http://www.j32w2.cn/news_in/2519 (an Alibaba enterprise mail reseller: sending volume and frequency)",
      },
    ],
  },
  {
    // A sending service that takes mail only from domains its customer has verified with it.
    id: "concept.sender-domain-unverified",
    cause: "relay-denied",
    says: "the sending service has not verified the sender's domain for this account",
    // Not "from domain": Amazon SES's "Mail FROM domain is not verified" is the custom MAIL FROM
    // domain's own DNS (sender-address-invalid, providers/amazon-ses.ts).
    subject: ["sender domain", "from/sender domain", "sending domain"],
    // SparkPost says the same of a From domain not set up (and verified) in the account:
    // "550 5.7.1 Unconfigured Sending Domain <...>" (its SMTP error messages FAQ).
    failure: ["not verified", "unverified", "unconfigured", "not configured"],
    // A domain's own authentication records are another check (authentication-failure).
    unless: ["spf", "dkim", "dmarc"],
    examples: [
      {
        text: "550 From header sender domain not verified",
        source:
          "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors (Common Sending Errors (SMTP2GO support))",
      },
      {
        text: "530 From/Sender domain is not verified for this workspace.",
        source:
          "https://emailit.com/docs/kb/530-from-domain-not-verified/ (Why does SMTP return 530 From domain not verified? (Emailit docs))",
      },
      {
        text: "550 5.7.1 Unconfigured Sending Domain <demo.example.com>",
        source:
          "https://support.sparkpost.com/docs/faq/error-messages-smtp (SMTP error messages (SparkPost): the From domain is not a sending domain configured in the account)",
      },
    ],
  },
  {
    // A mailbox that receives more mail than its server lets it in a while: the sender waits
    // (Gmail 4.2.1, Rackspace G30), though the status names the mailbox.
    id: "concept.recipient-receiving-too-fast",
    cause: "rate-limited",
    says: "the recipient is receiving mail faster than its server allows",
    subject: ["receiving email", "receiving mail", "too much email", "too much mail"],
    failure: ["too quickly", "at a rate", "short period"],
    examples: [
      {
        text: "450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.2.1)",
      },
      {
        text: "450 4.2.1 <email@example.com>: Mailbox received too much email in a short period of time (G30)",
        source: "https://smtp.codes/rackspace (Rackspace: the replies Rackspace's servers send)",
      },
    ],
  },
  {
    // A count per period or per session that was passed, in the providers' own words.
    id: "concept.count-limit-passed",
    cause: "rate-limited",
    says: "the sender passed a limit on messages, recipients or sessions per period",
    subject: [
      "daily limit",
      "hourly limit",
      // A limit on messages sent in other words ("daily outgoing message limit"); a limit on one
      // message's size is not one ("message size limit": unless below).
      "message limit",
      "per hour",
      "per minute",
      "per day",
      "hourly quota",
      "daily quota",
      "receive limit",
      "relay limit",
      "permitted limits",
      "thread limit",
      "concurrent sessions",
      "concurrent connections",
      "open connections",
      "external recipients",
      "single session",
      "total of rcpts",
      "number of rcpt",
      // A count named as such: Sophos's "exceeded the maximum number of recipients allowed",
      // Spectrum's "limits emails by the number of messages sent, amount of recipients".
      "number of recipients",
      "number of messages",
      // A limit named by what it counts whatever its noun: Plesk's "The limit on the number of
      // allowed outgoing messages was exceeded" (a mailbox's hourly allowance of messages).
      "limit on the number of",
    ],
    // "limits": the receiver stating its limit as the reason (Spectrum's "Spectrum limits the
    // number of concurrent connections from a sender").
    failure: ["exceed", "reached", "too many", "max", "threshold", "limits"],
    unless: [
      "mailbox size",
      // Messages kept, not sent: Biglobe's "The number of messages in recipient's mailbox
      // exceeded the local limit" is a full mailbox.
      "messages in",
      "storage",
      "message size",
      "size limit",
      "reputation",
      "too big",
      "too large",
    ],
    examples: [
      {
        text: "The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.",
        source:
          "https://github.com/codeforamerica/brigade/issues/242 (codeforamerica/brigade #242: a Google Groups bounce)",
      },
      {
        text: "5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.",
        source:
          "https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works (How outgoing messages limit works, Plesk support)",
      },
      {
        text: "452 4.3.2 Too many open connections.",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L3295 (sendmail, ConnControl (FEATURE(conncontrol)))",
      },
      {
        text: "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.1.90)",
      },
      {
        text: "5.2.122 Recipient's per hour message receive limit exceeded.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.2.122)",
      },
      {
        text: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 4.3.2)",
      },
      {
        text: "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.2.1)",
      },
      {
        text: "455 Maximum messages sent per minute reached : limit is <limit>",
        source:
          "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm (Troubleshooting Email Delivery, Oracle Cloud Infrastructure)",
      },
      {
        text: "XGEMAIL_0013 Message rejected because it exceeded the maximum number of recipients allowed for a large message.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
      {
        text: "554 Spectrum limits the number of concurrent connections from a sender, as well as the total number of connections allowed. AUP#I-1300",
        source:
          "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Understanding Email Error Codes (Spectrum), AUP#I-1300)",
      },
      {
        text: "505 the total of RCPTs is achieved the maximum threshold",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail: common bounce errors)",
      },
      {
        text: "451 4.5.1 [%s] Max concurrent sessions (#1.04)",
        source:
          "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (Service Error Messages, FTGate documentation)",
      },
    ],
  },
  {
    // A relay or submission service refusing a login: wrong credentials, or too many failed.
    // Not SPF/DKIM/DMARC ("authentication" of the message, authentication-failure).
    id: "concept.login-refused",
    cause: "relay-denied",
    says: "the server refused the sending client's login (its credentials)",
    // Not "credentials" alone: RFC 4954's own 535 text ("Authentication credentials invalid")
    // is the reply code's reading, which decides there.
    subject: [
      "smtp auth",
      "auth failures",
      "fail authentication",
      "credentials for relay",
      "authentication refused",
    ],
    failure: ["invalid", "refused", "too many", "too much", "limit", "for relay"],
    unless: ["spf", "dkim", "dmarc", "arc-"],
    examples: [
      {
        text: "550 5.7.1 Invalid credentials for relay ip-address. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "421 Too many auth failures, try again later",
        source:
          "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm (Troubleshooting Email Delivery, Oracle Cloud Infrastructure)",
      },
      {
        text: "550 5.7.1 Authentication refused ELNK_200",
        source:
          "https://postmaster-earthlink.vadesecure.com/outbound_error_codes (Outbound SMTP error codes, EarthLink postmaster)",
      },
    ],
  },
  {
    // The sending client was set to log in to its relay (SMTP AUTH, RFC 4954) and could not,
    // because the relay offers no mechanism the client can use: none at all (the relay does
    // not advertise AUTH, often not before STARTTLS) or none in common. The relay then takes no
    // mail from it: the sender's admin must fix the client's relay or login settings, as for a
    // refused login (relay-denied). Not SPF, DKIM or DMARC, which authenticate the message.
    id: "concept.no-usable-login-mechanism",
    cause: "relay-denied",
    says: "the sending client could not log in to its relay: the relay offers no login (AUTH) mechanism it can use",
    // "authenticate to": Postfix names the relay between its own words and the SASL library's
    // reason ("cannot authenticate to server ...: no mechanism available").
    subject: [
      "auth",
      "sasl",
      "authenticate to",
      "authentication mechanism",
      "authentication mechanisms",
    ],
    failure: [
      "not advertised",
      "no supported",
      "no compatible",
      "no mechanism",
      "no suitable mechanism",
    ],
    // Not STARTTLS itself not advertised (a TLS requirement, concept.tls-required), when AUTH is
    // named beside it.
    unless: ["spf", "dkim", "dmarc", "starttls", "tls"],
    examples: [
      {
        text: "AUTH not advertised",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta_session.c#L651 (OpenSMTPD, mta_enter_state MTA_AUTH)",
      },
      {
        text: "no supported AUTH method",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta_session.c#L647 (OpenSMTPD, mta_enter_state MTA_AUTH)",
      },
      {
        text: "SASL authentication failed: server mx.example.com[192.0.2.25] offered no compatible authentication mechanisms for this type of connection security",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_sasl_proto.c#L144 (Postfix, smtp_sasl_helo_login)",
      },
      {
        text: "SASL authentication failed; cannot authenticate to server mx.example.com[192.0.2.25]: no mechanism available",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_sasl_glue.c#L433 (Postfix, smtp_sasl_authenticate with Cyrus SASL's own reason)",
      },
    ],
  },
  {
    // A sending service that takes mail only from the addresses its customer registered with
    // it (a verified sender identity or signature, the logged-in domain).
    id: "concept.sender-identity-unregistered",
    cause: "relay-denied",
    says: "the sending service has no verified sender identity for this From address",
    subject: ["sender identity", "sender signature", "send from that", "authenticated domain"],
    failure: ["does not match", "not confirmed", "not found", "not authorized", "must match"],
    examples: [
      {
        text: "The from address does not match a verified Sender Identity",
        source:
          "https://twilio.com/docs/api/errors/60222 (60222: SendGrid, Twilio error dictionary)",
      },
      {
        text: "403 You are not authorized to send from that email address",
        source:
          "https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/ (SMTP Errors and Troubleshooting, SendGrid)",
      },
      {
        text: "Sender signature not confirmed",
        source:
          "https://postmarkapp.com/developer/api/overview#error-codes (API overview: Error codes, Postmark)",
      },
      {
        text: "rsp: 550 From domain must match authenticated domain",
        source:
          "https://www.aspnethosting.co.uk/index.php?rp=/knowledgebase/185/Mail-server-SMTP-rules.html (Mail server SMTP rules, a SmarterMail host)",
      },
    ],
  },
  {
    // The amount of mail named as the reason: iCloud's "deferred due to excessive volume",
    // EarthLink's (Vade's) "rate-limited due to excessive volume sent", SFR's "Volume limit
    // exceeded". A volume of complaints or spam is the sender's standing (unless).
    id: "concept.excessive-volume",
    cause: "rate-limited",
    says: "the sender sent (or the recipient received) more mail than the receiver accepts in a period",
    subject: ["volume"],
    failure: ["excessive", "limit exceeded", "too high"],
    unless: ["complaint", "spam", "reputation", "abuse"],
    examples: [
      {
        text: "421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
        source:
          "https://smtp.codes/icloud (iCloud (smtp.codes: the replies iCloud's servers send, with explanations))",
      },
      {
        text: "421 4.2.1 Connection deferred Your server is rate-limited due to excessive volume sent.",
        source:
          "https://postmaster-earthlink.vadesecure.com/outbound_error_codes (Outbound SMTP error codes (EarthLink postmaster, Vade), code 136)",
      },
      {
        text: "450 4.7.1 SFR_IN_105 Volume limit exceeded",
        source: "https://bentonow.com/smtp-errors/sfr (SFR SMTP Error Codes (Bento))",
      },
    ],
  },
  {
    id: "concept.rate-limit-exceeded",
    cause: "rate-limited",
    says: "the sender passed a rate limit of the receiving server",
    // A sending rate in other words: Amazon SES's "Maximum sending rate exceeded", a relay's
    // "Hourly send rate exceeded".
    // A limit on recipients per message in words of its own: magma's "541 RCPT TO REJECTED - PER
    // MESSAGE RECIPIENT LIMIT REACHED".
    subject: [
      "ratelimit",
      "rate limit",
      "rate-limit",
      "sending rate",
      "send rate",
      "recipient limit",
      "messages per second",
      "messages per minute",
      "messages per hour",
    ],
    failure: ["exceeded", "exceeds", "reached"],
    // Outlook.com's RP-001 says its rate limit follows the IP's or domain's reputation
    // (providers/microsoft.ts reads it as bad-reputation).
    unless: ["reputation"],
    examples: [
      {
        text: "541 RCPT TO REJECTED - PER MESSAGE RECIPIENT LIMIT REACHED",
        source: `${MAGMA}/smtp.c (magma: more recipients in one message than its limit)`,
      },
      {
        text: '451 4.7.1 Ratelimit "to_ip_from" exceeded',
        source: `${RSPAMD}/src/plugins/lua/ratelimit.lua#L202 (Rspamd's ratelimit module, its soft reject through the milter proxy: milter.c and milter_internal.h lines 161, 164)`,
      },
      {
        text: "454 Throttling failure: Maximum sending rate exceeded",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html (Amazon SES, reaching sending limits with SMTP)",
      },
      {
        text: "452 4.4.5 Rate limit exceeded, try again later.",
        source: `${STALWART}/rcpt.rs#L390 (Stalwart, queue.limiter.inbound)`,
      },
    ],
  },
  {
    id: "concept.delivery-rate",
    cause: "rate-limited",
    says: "the sending IP or network delivered more than the receiver takes in a period",
    // magma's per-recipient daily cap, for all senders or one subnet: "IS CONFIGURED NOT TO
    // ACCEPT MORE THAN 250 MESSAGES ... IN A TWENTY-FOUR HOUR PERIOD".
    subject: [
      "messages in past",
      "messages in the past",
      "bytes in past",
      "bytes in the past",
      "hour period",
    ],
    failure: ["more than", "too many", "exceed"],
    examples: [
      {
        text: "451 MAILBOX UNAVAILABLE - THE ACCOUNT <bob@example.com> IS CONFIGURED NOT TO ACCEPT MORE THAN 250 MESSAGES MESSAGES FROM ANY SINGLE SUBNET IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER",
        source: `${MAGMA}/smtp.c#L762 (magma: a recipient's daily cap on messages from one subnet; its format doubles the word MESSAGES)`,
      },
      {
        text: "452 4.2.2 more than 500 messages in past 1m0s from your ip/network",
        source:
          "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver/analyze.go#L137 (mox's delivery rate check, sent with 4.2.2, RFC 3463's full-mailbox code)",
      },
    ],
  },
  {
    // A server that will not relay for this client, in the words servers write: Sendmail's
    // default "Relaying denied" (cf/m4/proto.m4 confRELAY_MSG), Zoho's "Relaying disallowed as
    // <address>" (the sending address is not one the account may send as). The verb
    // "relaying" with its refusal, whatever the wording ("relaying not allowed", "relaying
    // prohibited"): relay-denied. ("Relay" alone is also a word in host names, "relay.example.net
    // said: ... rejected": not a subject here.)
    id: "concept.relaying-refused",
    cause: "relay-denied",
    says: "the server will not relay mail for this client (it is not logged in, or not allowed to send as this address)",
    subject: ["relaying"],
    failure: [
      "denied",
      "disallowed",
      "not permitted",
      "not allowed",
      "prohibited",
      "refused",
      "forbidden",
    ],
    // A relay test or an open-relay listing names the sending host (client.named-open-relay,
    // ip-blocklisted); Sendmail refuses "Relaying temporarily denied. Cannot resolve PTR record"
    // for the client's DNS (generic.ts reads it).
    unless: ["open relay", "relay test", "temporarily denied", "dnsbl", "blocked using"],
    examples: [
      {
        text: "550 5.7.1 <bob@example.net>... Relaying denied",
        source:
          'https://github.com/freebsd/freebsd-src/blob/ba87e25c2ed9c00232180c4aad967d617f816283/contrib/sendmail/cf/m4/proto.m4 (Sendmail\'s default confRELAY_MSG, "550 Relaying denied")',
      },
      {
        text: "553 Relaying disallowed as <emailaddress>.",
        source:
          "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (SMTP Error Codes, Zoho ZeptoMail: sending from an address the account may not use)",
      },
    ],
  },
  {
    // The server takes mail on this path only from a client that has logged in (SMTP AUTH):
    // a submission port, a sender in the server's own domains, a relay. The sender's admin must
    // set up authentication: relay-denied, as "authentication required" reads (generic.ts).
    id: "concept.login-required",
    cause: "relay-denied",
    says: "the server takes this mail only from a client that has logged in (SMTP authentication)",
    // Apache James's AllowedUnauthenticatedSender: "Sender <> is not allowed for
    // unauthenticated connection from <ip>" (only listed senders may skip the login).
    // cPanel's relay refusal (POP-before-SMTP hosts) says both: "Perhaps you have not logged into
    // the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned on in
    // your email client" (Sisimai files the words as a security error).
    subject: [
      "log in",
      "logged in",
      "login",
      "authenticate",
      "unauthenticated connection",
      "smtp authentication",
      // The command named for the login: OpenSMTPD's "Must issue an AUTH command first".
      "auth command",
    ],
    // Proton's submission: "Sender address rejected: not logged in".
    failure: [
      "must",
      "need to",
      "please",
      "required",
      "first",
      "not allowed for",
      "not logged in",
      "not logged into",
      "turned on",
    ],
    // Sender authentication (SPF, DKIM, DMARC) is another refusal.
    // "Too many login attempts, please try again later" (Gmail, 454 4.7.0) is a limit on logins
    // (concept.too-many-logins), not a demand to log in.
    unless: ["spf", "dkim", "dmarc", "too many"],
    examples: [
      {
        text: "530 5.5.1 Invalid command: Must issue an AUTH command first",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtp_session.c#L1566 (opensmtpd, smtp_check_mail_from)",
      },
      {
        text: "550 You must log in to send mail from example.com",
        source:
          "https://github.com/mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b/citadel/modules/smtp/serv_smtp.c#L700 (Citadel, a local sender from an unauthenticated client)",
      },
      {
        text: "550 You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.",
        source:
          "https://github.com/asmrdevelop/cpanel/blob/393631a22756ecd563f8679e9f5d57d149b50557/etc/exim/acls/ACL_RBL_BLOCK/primary_hostname_bl#L4 (cPanel, mail to the server's own host name)",
      },
      {
        text: "Perhaps you have not logged into the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned on in your email client.",
        source:
          "https://hostlantern.com/clients/knowledgebase/400/You-have-not-logged-into-the-poporimap-server-in-the-last-30-minutes.html (HostLantern knowledge base: POP-before-SMTP relay control, log in by POP/IMAP or use SMTP AUTH; the sentence ends cPanel's '... is currently not permitted to relay through this server')",
      },
      {
        text: "550 5.7.1 Sender <> is not allowed for unauthenticated connection from 192.0.2.1",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/fastfail/AllowedUnauthenticatedSender.java#L175 (Apache James: a sender not on the list that may send without a login)",
      },
    ],
  },
  {
    // The logged-in account itself may not send through this server (Stalwart's AUTH answer
    // for an account without the permission to send): the sender's admin must grant it or
    // use another relay, as for a login that is required (relay-denied).
    id: "concept.account-may-not-send",
    cause: "relay-denied",
    says: "the sending account (its login) is not allowed to send mail through this server",
    // The sending account's own words at a provider or relay: "This account isn't allowed to
    // send email" (Alibaba Mail), "that SMTP username's account is not allowed to send"
    // (SMTP2GO), "Account May Not Send" (Postmark), "This email account has been blocked from
    // sending emails" (Spectrum).
    subject: ["your account", "account"],
    failure: [
      "not authorized to use this service",
      "not authorised to use this service",
      "not allowed to use this service",
      "allowed to send",
      "may not send",
      "blocked from sending",
    ],
    // A quota of sends ("THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250 MESSAGES IN A
    // TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER", magma) is a rate (concept.sending-quota).
    unless: ["only allowed", "try again", "temporarily"],
    examples: [
      {
        text: "550 5.7.1 Your account is not authorized to use this service.",
        source: `${STALWART}/auth.rs#L153 (Stalwart's AUTH: the account lacks the permission to send)`,
      },
    ],
  },
  {
    // The servers' own relay refusals (Postfix reject_unauth_destination, Exim's default
    // configure, qmail's rcpthosts): the leave-one-MTA-out read each as unknown without its own table.
    id: "concept.relay-access-denied",
    cause: "relay-denied",
    says: "the server refused to relay: the client may not send through it to that destination",
    // AT&T's "Your current IP address is not allowed to relay to DOMAIN."
    subject: [
      "relay access",
      "relay not permitted",
      "rcpthosts",
      "allowed to relay",
      "send to destination",
      "relay prohibited",
      "list of allowed hosts",
      // Korean portals' "554 Relay operation rejected", a Chinese server's "553 you don't
      // authenticate or the domain is not allowed relay".
      "relay operation",
      "allowed relay",
      "relay is not permitted",
    ],
    failure: [
      "not allowed",
      "relay prohibited",
      "denied",
      "relay not permitted",
      "not in my list",
      "isn't in my list",
      "rejected",
      "not permitted",
    ],
    unless: ["temporarily"],
    examples: [
      {
        text: "554 Relay operation rejected",
        source:
          "https://puffinknight.tistory.com/102 (리턴메일 유형, a tistory blog's list of Korean portals' replies: 메일발송권한이 없거나 상대방 메일서버 설정 문제, no permission to send or the receiving server's set-up)",
      },
      {
        text: "553 you don't authenticate or the domain is not allowed relay",
        source:
          "http://www.yunrelay.com/news/mailreject/820496102646.html (yunrelay: the reply means the sender did not authenticate, or the domain may not be relayed to)",
      },
      {
        text: "550 Relay prohibited",
        source:
          "https://viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-nezhelatelnaya-pochta-i-otkrytye-retranslyacii-nekorrek.html (why letters are not sent: open relays; the server's response as a mail client showed it)",
      },
      {
        text: "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)",
        source:
          "https://viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-nezhelatelnaya-pochta-i-otkrytye-retranslyacii-nekorrek.html (the same page)",
      },
      {
        text: "550 5.7.2 not allowed to send to destination",
        source:
          "https://github.com/mjl-/mox/issues/266 (mox #266: mox refusing a client that is no mox account)",
      },
      {
        text: "net 007: Your current IP address is not allowed to relay to DOMAIN.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List, AT&T Postmaster Information Website, BellSouth)",
      },
      {
        text: "554 5.7.1 <bob@example.com>: Relay access denied",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L1775 (postfix, reject_unauth_destination)",
      },
      {
        text: "550 relay not permitted",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/configure.default#L511 (exim, acl_check_rcpt)",
      },
      {
        text: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        source:
          "https://github.com/notqmail/notqmail/blob/f5df10d17375e5f1137c4e59f0e527a12a991ed7/qmail-smtpd.c#L53 (qmail, err_nogateway)",
      },
    ],
  },
  {
    // A count of messages sent that the receiver (or the sender's own server) will not take
    // more of, in the sender's words: "you sent too many e-mails", "You send too many messages".
    // A limit on volume (rate-limited), whatever the block's length.
    id: "concept.sent-too-many",
    cause: "rate-limited",
    says: "the sender sent more messages than the server takes in a while",
    // "Too many" (or "too much") messages or recipients without a verb of sending: Comcast's
    // "too many recent messages; Try again later", NetEase's "too much recipient", a Chinese
    // server's "too many same size mails" (a bulk pattern).
    subject: ["sent too many", "send too many", "sending too many", "too many", "too much"],
    failure: ["e-mails", "emails", "messages", "mails", "recipient"],
    // Too many messages to addresses that do not exist, or complaints about them: a reputation
    // the receiver keeps (concept.many-invalid-recipients). GoDaddy's IB110 "blocked for
    // attempting to send too many messages containing content judged to be spam" is a verdict on
    // what was sent, not on how much (providers/godaddy.ts: bad-reputation).
    unless: [
      "invalid",
      "unknown",
      "non-existent",
      "nonexistent",
      "do not exist",
      "reputation",
      "containing",
      "judged",
      // Too many bad recipients (Sendmail's "Too many bad recipients"), spam messages (SFR's
      // "Too many spam messages", a verdict on the sender), a mailbox holding too many, and
      // policyd-weight's "Your MTA is listed in too many DNSBLs" (a listing).
      "bad",
      "spam",
      "mailbox",
      "inbox",
      "folder",
      "stored",
      "on the server",
      "dnsbl",
      "rbl",
      "listed",
    ],
    examples: [
      {
        text: "550 5.7.1 <userid@domain.com>... Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.",
        source:
          "https://puffinknight.tistory.com/102 (리턴메일 유형, a tistory blog's list of Korean portals' replies: an IP blocked by a large portal for bulk sending)",
      },
      {
        text: "421 4.3.1 You send too many messages.",
        source: "https://puffinknight.tistory.com/102 (the same list, the same kind)",
      },
      {
        text: "smtp;452 4.1.1 <example@comcast.net> too many recent messages; Try again later",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json (SMTP Field Manual: 452 replies, Comcast's)",
      },
      {
        text: "550 Requested mail action not taken: too much recipient",
        source:
          "http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (NetEase help centre: bounce codes, 企业退信的常见问题)",
      },
      {
        text: "552 too many same size mails.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (A Chinese mail server's SMTP replies with their meanings, Sina blog: 发送过多长度类似信件)",
      },
    ],
  },
  {
    // A host that restricts a customer's sending for its volume ("heavy usage"): a limit, which
    // the host lifts for authenticated sending or after a while.
    id: "concept.restricted-for-usage",
    cause: "rate-limited",
    says: "the sender's host restricts its sending for how much it sends",
    subject: ["heavy usage", "excessive usage", "high usage", "heavy use", "excessive use"],
    failure: ["restricted", "throttled", "limited"],
    unless: ["disk", "storage", "mailbox", "quota"],
    examples: [
      {
        text: "Your IP address has been restricted due to heavy usage.",
        source:
          "https://www.telserco.com/hosting-notices/throttling-sending/ (Throttling Sending, Telserco hosting notices: customers past the sending thresholds)",
      },
    ],
  },
  {
    // A server's relay check that failed, in the short words of some servers' replies: "553
    // relay check local fail" (a local sender that did not log in; a JavaMail example's comment
    // says it is what a send without mail.smtp.auth gets), "553 host denies relay".
    id: "concept.relay-check-failed",
    cause: "relay-denied",
    says: "the server's relay check refused this client (it did not log in, or may not relay)",
    subject: ["relay check", "denies relay", "deny relay"],
    failure: ["fail", "denies relay", "deny relay"],
    unless: ["open relay", "openrelay", "relay test", "dnsbl", "rbl"],
    examples: [
      {
        text: "553 relay check local fail.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (a Sina blog's list of a Chinese mail server's replies: 本域用户必须通过验证, users of this domain must authenticate; a third-party list)",
      },
      {
        text: "553 host denies relay.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (the same list: 拒绝中继, relaying is refused)",
      },
    ],
  },
  {
    // The sender's own provider (or the receiver) saw unsolicited mail come from this sender's
    // address or account: a verdict on the sender, not on this message (ThisWebHost's outgoing
    // server blocks a mailbox that sent spam, probably compromised), as Gmail's 5.7.28 "unusual
    // rate of unsolicited email originating from your IP address" is on the IP
    // (sending-host.ts concept.spam-behaviour). Where a content concept reads "unsolicited" too,
    // the two rank level and the answer says so.
    id: "concept.unsolicited-from-sender",
    cause: "bad-reputation",
    says: "unsolicited mail was seen coming from the sender's address or account",
    subject: [
      "originating from your address",
      "originating from your account",
      "originating from your mailbox",
      "originating from your email address",
    ],
    failure: ["unsolicited", "spam"],
    unless: ["spamhaus", "dnsbl", "rbl", "blocklist", "blacklist", "listed"],
    examples: [
      {
        text: "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address",
        source:
          "https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html (I am receiving an error sending e-mail, ThisWebHost knowledge base 554: the mailbox sent spam, probably compromised)",
      },
    ],
  },
  {
    // A sending service that has run out of what its plan allows (credits: one a message),
    // refusing its own customer until the count resets or the plan is paid: a limit, not a ban.
    id: "concept.sending-credits-used-up",
    cause: "rate-limited",
    says: "the sending account has used up the credits (messages) its plan allows for now",
    subject: ["credits", "credit limit"],
    failure: ["exceeded", "insufficient", "not enough", "used up", "ran out"],
    // Emailit's "452 Insufficient credits to receive inbound email": the receiving workspace's.
    unless: ["inbound"],
    examples: [
      {
        text: "Maximum credits exceeded",
        source:
          'https://support.sendgrid.com/hc/en-us/articles/35466138799899-Understanding-the-Maximum-Credits-Exceeded-error (Understanding the "Maximum Credits Exceeded" error (Twilio SendGrid support): a free plan\'s daily credits, or an unpaid upgrade)',
      },
      {
        text: "Insufficient credits to send this email. Required: 3, available: 1.",
        source:
          "https://emailit.com/docs/kb/402-insufficient-credits/ (Why do I get 402 Insufficient credits? (Emailit docs))",
      },
    ],
  },
  {
    // A sending service that has stopped its own customer's sending (after bounces or
    // complaints, a review, or billing): the account may not send until the service restores it.
    id: "concept.sending-paused",
    cause: "relay-denied",
    says: "the sending service has paused or restricted this account's sending",
    subject: ["ability to send email", "email sending", "sending service", "sending for"],
    failure: [
      "currently paused",
      "is paused",
      "been paused",
      "was paused",
      "permanently restricted",
    ],
    unless: ["sending ip"],
    examples: [
      {
        text: "The message can't be sent because the account's ability to send email is currently paused.",
        source:
          "https://docs.rs/aws-sdk-sesv2/1.26.0/aws_sdk_sesv2/operation/send_email/enum.SendEmailError.html (Amazon SES API v2 SendEmail errors, SendingPausedException, as the AWS SDK documents it)",
      },
      {
        text: "The message can't be sent because the account's ability to send email has been permanently restricted.",
        source:
          "https://docs.rs/aws-sdk-sesv2/1.26.0/aws_sdk_sesv2/operation/send_email/enum.SendEmailError.html (Amazon SES API v2 SendEmail errors, AccountSuspendedException)",
      },
      {
        text: "My email sending has been paused, what to do now?",
        source:
          "https://help.encharge.io/article/235-my-email-sending-has-been-paused-what-to-do-now (Encharge help: sending paused for high bounce or spam rates)",
      },
      {
        text: "If the MailPoet Sending Service has been paused for your account due to our Anti-Spam policy",
        source:
          "https://kb.mailpoet.com/article/331-what-happens-when-sending-is-paused-for-my-account (What Happens When the MailPoet Sending Service is Paused for My Account?)",
      },
    ],
  },
  {
    // A sending service's test mode (a sandbox domain, an unverified account) that sends only
    // to the account's own or authorised addresses: the service refuses its own customer.
    id: "concept.test-sending-restricted",
    cause: "relay-denied",
    says: "the sending account is in a test mode (a sandbox) that sends only to its own or authorised recipients",
    subject: ["sandbox", "test purposes", "testing emails"],
    failure: [
      "authorized recipients",
      "authorised recipients",
      "verified recipients",
      "your own email address",
      "only send",
    ],
    // A sandbox's sending limit (SparkPost's "Exceed Sending Limit (sandbox)") is a quota.
    unless: ["limit"],
    examples: [
      {
        text: "421 Domain app7957d1f9157248c0963145da35aa903b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
        source:
          "https://github.com/swapmyvote/swapmyvote/issues/891 (Mailgun's SMTP reply as an application logged it; Mailgun's Authorized Recipients article: a sandbox domain sends only to up to 5 verified recipients)",
      },
      {
        text: "You can only send testing emails to your own email address",
        source:
          "https://resend.com/docs/api-reference/errors (Resend API errors: validation_error 403 until a sending domain is verified; the words as a tutorial quotes them, the stored page being cut: providers/resend.ts)",
      },
    ],
  },
];

// Gmail / Google Workspace. Source: "Gmail SMTP errors and codes",
// https://support.google.com/a/answer/3726730 ; PTR and IPv6 requirements:
// https://support.google.com/mail/answer/81126 (Email sender guidelines).
// Google's words sometimes say "rate limited" or "blocked" where its guidelines name the
// real requirement (a PTR record, authentication): the requirement decides the cause.
import type { Signature } from "./types";

const SMTP_ERRORS = "https://support.google.com/a/answer/3726730";
const SENDER_GUIDELINES = "https://support.google.com/mail/answer/81126";

export const GOOGLE_SIGNATURES: readonly Signature[] = [
  {
    // Gmail's bounce links this page itself ("Learn more here: https://support.google.com/mail/?p=CustomFromDenied").
    id: "google.send-mail-as-misconfigured",
    provider: "google",
    match: ["using the 'send mail as' feature", "p=customfromdenied"],
    cause: "sender-address-invalid",
    confidence: 0.9,
    source: "https://support.google.com/mail/?p=CustomFromDenied",
    example:
      "** Message not delivered **\n\nYou're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.\n\nLearn more here: https://support.google.com/mail/?p=CustomFromDenied",
    note: "Gmail could not send as the other address: the 'Send mail as' settings (that address's SMTP server, its login) are wrong. The sender fixes the settings of the address sent from.",
  },
  {
    id: "google.5.7.25-ptr",
    provider: "google",
    match: [
      "does not have a ptr record setup",
      "the corresponding forward dns entry does not point to the sending ip",
      "ips with missing ptr records",
    ],
    cause: "reverse-dns",
    confidence: 0.97,
    source: SMTP_ERRORS,
    example:
      "550-5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp",
  },
  {
    id: "google.4.7.23-ptr-rate-limited",
    provider: "google",
    match: [/ptr record[^.]{0,80}rate limited|rate limited[^.]{0,120}ptr record/],
    cause: "reverse-dns",
    confidence: 0.95,
    source: SMTP_ERRORS,
    note: "Google says 'rate limited', but the requirement it names is a PTR record: fix the reverse DNS.",
    example:
      "421-4.7.23 This mail has been rate limited because the sending IP does not have a PTR record, or the PTR record's forward DNS entry does not match the sending IP. - gsmtp",
  },
  {
    id: "google.ipv6-ptr-auth",
    provider: "google",
    match: ["does not meet ipv6 sending guidelines regarding ptr records and authentication"],
    cause: "reverse-dns",
    confidence: 0.85,
    source: SENDER_GUIDELINES,
    note: "IPv6 senders need a PTR record and SPF or DKIM; a missing IPv6 PTR is the usual cause.",
    example:
      "550-5.7.1 [2001:db8::1] Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication. - gsmtp",
  },
  {
    id: "google.5.1.1-no-such-user",
    provider: "google",
    match: ["the email account that you tried to reach does not exist"],
    cause: "recipient-unknown",
    confidence: 0.97,
    source: SMTP_ERRORS,
    example:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
  },
  {
    id: "google.5.2.1-disabled",
    provider: "google",
    match: [
      "the email account that you tried to reach is disabled",
      "the email account that you tried to reach is inactive",
    ],
    cause: "mailbox-disabled",
    confidence: 0.95,
    source: SMTP_ERRORS,
    example: "550-5.2.1 The email account that you tried to reach is disabled. - gsmtp",
  },
  {
    id: "google.5.2.2-over-quota",
    provider: "google",
    match: [
      "the email account that you tried to reach is over quota",
      "the recipient's inbox is out of storage space",
      "inbox is out of storage space",
    ],
    cause: "mailbox-full",
    confidence: 0.96,
    source: SMTP_ERRORS,
    example: "552-5.2.2 The email account that you tried to reach is over quota. - gsmtp",
  },
  {
    id: "google.4.2.1-receiving-too-fast",
    provider: "google",
    match: [
      "is receiving mail too quickly",
      "is receiving email too quickly",
      "receiving mail at a rate that prevents additional messages",
      "receiving email at a rate that prevents additional messages",
    ],
    cause: "rate-limited",
    confidence: 0.93,
    source: SMTP_ERRORS,
    example:
      "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. - gsmtp",
  },
  {
    id: "google.relay-limits",
    provider: "google",
    match: [
      "smtp relay limit exceeded",
      "daily sending quota exceeded",
      "daily user sending limit exceeded",
      "email quota exceeded",
    ],
    cause: "rate-limited",
    confidence: 0.92,
    source: SMTP_ERRORS,
    example: "550 5.4.5 Daily sending quota exceeded. - gsmtp",
  },
  {
    id: "google.too-many-recipients",
    provider: "google",
    match: ["your message has too many recipients", "domain policy size per transaction exceeded"],
    cause: "rate-limited",
    confidence: 0.9,
    source: SMTP_ERRORS,
    example: "452 4.5.3 Your message has too many recipients. - gsmtp",
  },
  {
    id: "google.unsolicited-rate-ip",
    provider: "google",
    match: [
      "unusual rate of unsolicited mail originating from your ip address",
      "unusual rate of mail originating from your ip address",
      "has detected an unusual rate of unsolicited mail",
    ],
    cause: "bad-reputation",
    confidence: 0.9,
    source: SMTP_ERRORS,
    note: "Gmail's own reputation system throttles the IP; the words 'rate limited' do not mean a volume limit.",
    example:
      "421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp",
  },
  {
    id: "google.low-reputation",
    provider: "google",
    match: [
      "very low reputation of the sending ip",
      "very low reputation of the sending domain",
      "likely suspicious due to the very low reputation",
    ],
    cause: "bad-reputation",
    confidence: 0.93,
    source: SMTP_ERRORS,
    example:
      "550-5.7.1 [192.0.2.1] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. - gsmtp",
  },
  {
    id: "google.likely-unsolicited",
    provider: "google",
    match: [
      "this message is likely unsolicited mail",
      "has detected that this message is likely unsolicited",
      "likely unsolicited mail",
    ],
    cause: "content-spam",
    confidence: 0.9,
    source: SMTP_ERRORS,
    example:
      "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp",
  },
  {
    id: "google.5.7.26-unauthenticated",
    provider: "google",
    match: [
      "this mail is unauthenticated",
      "unauthenticated email from",
      "does not have authentication information or fails to pass authentication checks",
      // The same reply cut at its line break by the relaying MTA.
      "this message does not have authentication information",
      "has been rate limited because it is unauthenticated",
      "gmail requires all senders to authenticate",
      "unauthenticated email is not accepted from this domain",
      "sender is unauthenticated",
    ],
    cause: "authentication-failure",
    confidence: 0.96,
    source: SMTP_ERRORS,
    example:
      "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. - gsmtp",
  },
  {
    id: "google.dmarc-policy",
    provider: "google",
    match: [
      "is not accepted due to domain's dmarc policy",
      "due to domain's dmarc policy",
      "not aligned with either the authenticated spf or dkim",
    ],
    cause: "authentication-failure",
    confidence: 0.96,
    source: SMTP_ERRORS,
    example:
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. - gsmtp",
  },
  {
    id: "google.rfc5322",
    provider: "google",
    match: [
      "this message is not rfc 5322 compliant",
      "p=rfcmessagenoncompliant",
      "messages missing a valid address in from: header",
      "multiple addresses in from: header are not accepted",
      "messages with multiple addresses in from",
    ],
    cause: "protocol-syntax",
    confidence: 0.94,
    source: SMTP_ERRORS,
    example:
      "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp",
  },
  {
    id: "google.5.1.2-domain",
    provider: "google",
    match: ["we weren't able to find the recipient domain"],
    cause: "recipient-domain-invalid",
    confidence: 0.95,
    source: SMTP_ERRORS,
    example:
      "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. - gsmtp",
  },
  {
    id: "google.size",
    provider: "google",
    match: ["your message exceeded google's message size limits"],
    cause: "message-too-large",
    confidence: 0.96,
    source: SMTP_ERRORS,
    example: "552-5.3.4 Your message exceeded Google's message size limits. - gsmtp",
  },
  {
    id: "google.security-issue",
    provider: "google",
    match: [
      "content presents a potential security issue",
      "blocked because its content presents a potential",
    ],
    cause: "content-virus",
    confidence: 0.93,
    source: SMTP_ERRORS,
    example:
      "552-5.7.0 This message was blocked because its content presents a potential security issue. - gsmtp",
  },
  {
    id: "google.policy-prohibited",
    provider: "google",
    match: [
      "has a policy that prohibited the mail that you sent",
      / - gcdp /,
      /violates [a-z0-9.-]{1,100} email policy/,
    ],
    cause: "sender-policy",
    confidence: 0.9,
    source: SMTP_ERRORS,
    example:
      "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. - gsmtp",
  },
  {
    id: "google.ip-not-authorized",
    provider: "google",
    match: [
      "the ip you're using to send mail is not authorized to send email directly to our servers",
    ],
    cause: "ip-blocklisted",
    confidence: 0.85,
    source: SMTP_ERRORS,
    note: "Google keeps its own list of IP ranges (dynamic, residential) that must relay through their provider.",
    example:
      "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp",
  },
  {
    id: "google.tls-required",
    provider: "google",
    match: ["tls required for rcpt domain", "must issue a starttls command first"],
    cause: "tls-required",
    confidence: 0.95,
    source: SMTP_ERRORS,
    example: "421 4.7.0 TLS required for RCPT domain, closing connection. - gsmtp",
  },
  {
    id: "google.relay-denied",
    provider: "google",
    match: [
      "mail relay denied",
      "invalid credentials for relay",
      "mail sending denied",
      "ip not in whitelist for rcpt domain",
    ],
    cause: "relay-denied",
    confidence: 0.9,
    source: SMTP_ERRORS,
    example: "550 5.7.0 Mail relay denied. - gsmtp",
  },
  {
    id: "google.protocol",
    provider: "google",
    match: [
      "smtp protocol violation",
      "mail message is malformed",
      "too many unrecognized commands",
      "helo/ehlo argument is invalid",
    ],
    cause: "protocol-syntax",
    confidence: 0.88,
    source: SMTP_ERRORS,
    example: "554 5.6.0 Mail message is malformed. Not accepted. - gsmtp",
  },
  {
    id: "google.temporary-system-problem",
    provider: "google",
    match: [
      "temporary system problem. try again later",
      "mail server temporarily rejected message",
    ],
    cause: "remote-server-error",
    confidence: 0.8,
    source: SMTP_ERRORS,
    example: "421 4.3.0 Temporary System Problem. Try again later. - gsmtp",
  },
  {
    id: "google.groups-no-permission",
    provider: "google",
    match: [
      "may not exist, or you may not have permission to post messages to the group",
      "you don't have permission to post to this group",
      "you do not have permission to post messages to this group",
      // The same Google Groups notice in Japanese ("the group does not exist, or you have no permission to post").
      "存在しないか、グループにメッセージを投稿する権限がない",
      // Every language's version of the notice ends with the Groups help link.
      "groups.google.com/support/",
    ],
    cause: "sender-address-invalid",
    confidence: 0.85,
    source: "https://support.google.com/groups/answer/2464926",
    note: "Google Groups refuses the sender: the sender address is not allowed to post, or the group does not exist.",
    example:
      "We're writing to let you know that the group you tried to contact (group) may not exist, or you may not have permission to post messages to the group.",
  },
  {
    id: "google.remote-not-accepting-connections",
    provider: "google",
    match: ["the recipient server did not accept our requests to connect"],
    cause: "remote-unreachable",
    confidence: 0.92,
    source: SMTP_ERRORS,
    example:
      "Technical details of permanent failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720",
  },
  {
    id: "google.dns-error-no-mx",
    provider: "google",
    match: [
      /dns error: [^.]{0,120}dns type 'mx' lookup of [^\s]{1,255} (?:responded with code nxdomain|had no relevant answers)/,
      "domain name not found",
    ],
    status: ["5."],
    cause: "recipient-domain-invalid",
    confidence: 0.9,
    source: SMTP_ERRORS,
    example:
      "DNS Error: 1234 DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found",
  },
  {
    id: "google.null-mx",
    provider: "google",
    match: [
      "doesn't receive email according to the administrator: returned null mx",
      "returned null mx",
    ],
    cause: "recipient-domain-invalid",
    confidence: 0.95,
    source: "https://www.rfc-editor.org/rfc/rfc7505",
    note: "A Null MX record (RFC 7505) is the domain's own statement that it takes no mail: retrying cannot help, whatever the 4.x status.",
    example:
      "DNS Error: 1234 DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
  },
  {
    id: "google.dns-error-transient",
    provider: "google",
    match: [/dns error: [^.]{0,120}dns type 'mx' lookup of/],
    unless: ["returned null mx"],
    status: ["4."],
    cause: "remote-unreachable",
    confidence: 0.85,
    source: SMTP_ERRORS,
    note: "A temporary (4.x) DNS failure does not prove the domain is gone: Gmail keeps retrying.",
    example:
      "451 4.0.0 DNS Error: 1234 DNS type 'mx' lookup of example.com responded with code SERVFAIL",
  },
];

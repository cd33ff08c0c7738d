// Gmail / Google Workspace, from Google's own pages. The SMTP error table ("Gmail SMTP errors
// and codes") was read through a stored copy of the page and through Sisimai's Google module,
// which quotes each row of the page with its codes; the 2024 bulk-sender codes come from the
// "Email sender guidelines FAQ" table (an archived copy in a public repository).
// Google's words mislead in places: "rate limited" for a missing PTR record or a failed SPF
// check, "blocked" for an authentication requirement. The requirement the page names decides.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SMTP_ERRORS = page(
  "https://support.google.com/a/answer/3726730",
  "Gmail SMTP errors and codes",
  "stored copy (docs corpus: knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes); rows quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/google.rb",
);
const FAQ = page(
  "https://support.google.com/a/answer/14229414",
  "Email sender guidelines FAQ",
  "archived copy of the page kept in a public repository (cleaned source card of support.google.com/a/answer/14229414)",
);
const RELAY_ERRORS = page(
  "https://support.google.com/a/answer/6140680",
  "SMTP relay service error messages",
  "rows quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/google.rb",
);
const SEND_MAIL_AS = page(
  "https://support.google.com/mail/?p=CustomFromDenied",
  "Send emails from a different address or alias",
);
const GROUPS = page(
  "https://support.google.com/groups/answer/2464926",
  "Google Groups: why a message to a group bounced",
);

const { phrase, reading } = entryKit("google");

export const GOOGLE_TABLE: ProviderTable = {
  provider: "google",
  identity: {
    provider: "google",
    name: "Gmail / Google Workspace",
    hosts: ["google.com", "gmail.com", "googlemail.com"],
    markers: [" - gsmtp", " - gcdp "],
    source: SMTP_ERRORS,
  },
  phrases: [
    // 4.2.x / 5.2.x: the recipient's mailbox
    phrase({
      id: "4.2.1-receiving-too-quickly",
      cause: "rate-limited",
      match: ["is receiving mail too quickly", "is receiving email too quickly"],
      replyCode: [450],
      source: SMTP_ERRORS,
      example:
        "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
    }),
    phrase({
      id: "4.2.1-receiving-rate",
      cause: "rate-limited",
      match: [
        "receiving mail at a rate that prevents additional messages",
        "receiving email at a rate that prevents additional messages",
      ],
      source: SMTP_ERRORS,
      example:
        "450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
      note: "The recipient's mailbox takes mail too fast: a per-recipient limit, not the sender's reputation. Also sent as 550 5.2.1 once the retries run out.",
    }),
    phrase({
      id: "4.2.1-peak-relay-limit",
      cause: "rate-limited",
      match: ["peak smtp relay limit exceeded for customer"],
      source: RELAY_ERRORS,
      example:
        "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680",
    }),
    phrase({
      id: "4.2.2-over-quota",
      cause: "mailbox-full",
      match: ["the email account that you tried to reach is over quota"],
      source: SMTP_ERRORS,
      example:
        "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to Clear Google Drive space & increase storage.",
    }),
    phrase({
      id: "4.2.2-out-of-storage",
      cause: "mailbox-full",
      match: ["inbox is out of storage space"],
      source: SMTP_ERRORS,
      example:
        "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
      note: "552 5.2.2 with 'out of storage space and inactive' is the permanent form: still a full mailbox, which the recipient must clear.",
    }),
    phrase({
      id: "5.2.1-disabled",
      cause: "mailbox-disabled",
      match: [
        "the email account that you tried to reach is disabled",
        "the email account that you tried to reach is inactive",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser",
    }),
    phrase({
      id: "5.1.1-no-such-user",
      cause: "recipient-unknown",
      match: ["the email account that you tried to reach does not exist", "p=nosuchuser"],
      source: SMTP_ERRORS,
      scope: "any",
      example:
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, visit https://support.google.com/mail/answer/6596",
    }),
    phrase({
      id: "5.1.2-no-recipient-domain",
      cause: "recipient-domain-invalid",
      match: ["we weren't able to find the recipient domain", "p=badrcptdomain"],
      source: SMTP_ERRORS,
      scope: "any",
      example:
        "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
    }),
    phrase({
      id: "5.1.3-recipient-not-rfc5321",
      cause: "recipient-unknown",
      match: [/the recipient address .{1,300}? is not a valid rfc 5321 address/],
      status: ["5.1.3"],
      source: SMTP_ERRORS,
      example:
        "553 5.1.3 The recipient address <address> is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.",
      note: "The address as written cannot exist (bad syntax): the sender corrects it.",
    }),
    phrase({
      id: "5.1.7-sender-not-rfc5321",
      cause: "sender-address-invalid",
      match: [/the sender address .{1,300}? is not a valid rfc 5321 address/],
      status: ["5.1.7"],
      source: SMTP_ERRORS,
      example:
        "553 5.1.7 The sender address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.",
    }),
    // Size
    phrase({
      id: "5.2.3-size",
      cause: "message-too-large",
      match: [
        "your message exceeded google's message size limits",
        "exceeded google's message size limits of",
        "p=maxsizeerror",
      ],
      source: SMTP_ERRORS,
      example:
        "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message.",
    }),
    phrase({
      id: "5.3.4-attachments-count",
      cause: "message-too-large",
      match: [/the number of attachments \(.{1,40}\) exceeds google's limit/],
      source: SMTP_ERRORS,
      example:
        "552 5.3.4 The number of attachments (num-attachments) exceeds Google's limit of limit attachments. To view our attachment size guidelines, go to Gmail receiving limits in Google Workspace.",
    }),
    phrase({
      id: "5.3.4-header-size",
      cause: "message-too-large",
      match: [
        "per individual header size",
        "your message exceeded google's message header size limits",
      ],
      source: SMTP_ERRORS,
      example:
        "552 5.3.4 The size of the <header name> header value (size bytes) exceeds Google's limit of limit bytes per individual header size. To view our header size guidelines, go to Gmail message header limits.",
      note: "One header is over Google's size limit: the sender's software (often a long recipient list in To/Cc, or a tracking header) must shorten it.",
    }),
    // Rates and sending limits
    phrase({
      id: "4.5.3-too-many-recipients",
      cause: "rate-limited",
      match: ["your message has too many recipients"],
      source: SMTP_ERRORS,
      example:
        "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, visit https://support.google.com/mail/answer/6592",
    }),
    phrase({
      id: "4.5.3-domain-policy-size",
      cause: "rate-limited",
      match: ["domain policy size per transaction exceeded"],
      source: SMTP_ERRORS,
      example:
        "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
      note: "The recipient domain's policies are too many for one transaction: the sending server retries this recipient alone.",
    }),
    phrase({
      id: "5.4.5-daily-quota",
      cause: "rate-limited",
      match: [
        "daily sending quota exceeded",
        "daily user sending limit exceeded",
        "daily smtp relay limit exceeded for",
        "daily smtp relay sending limit exceeded for",
      ],
      source: RELAY_ERRORS,
      example:
        "550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits please contact your administrator or visit SMTP relay service error messages.",
    }),
    phrase({
      id: "4.7.0-dos-at-helo",
      cause: "rate-limited",
      match: ["try again later, closing connection"],
      status: ["4.7.0"],
      source: SMTP_ERRORS,
      example:
        "421 4.7.0 Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage.",
    }),
    phrase({
      id: "4.7.28-same-message-id",
      cause: "rate-limited",
      match: ["exceeded its quota for sending messages with the same message-id"],
      source: SMTP_ERRORS,
      example:
        "421 4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. To best protect our users, the message has been temporarily rejected. For more information, go to Why has Gmail blocked my messages?.",
      note: "Many copies carry one Message-ID: the sending software must give each message its own.",
    }),
    phrase({
      id: "4.7.0-too-many-login-attempts",
      cause: "rate-limited",
      match: ["too many login attempts, please try again later"],
      source: SMTP_ERRORS,
      example:
        "454 4.7.0 Too many login attempts, please try again later. For more information, go to Add Gmail to another email client.",
    }),
    // Reputation
    phrase({
      id: "4.7.0-unusual-rate-unsolicited",
      cause: "bad-reputation",
      match: [
        "unusual rate of unsolicited mail originating from your ip address",
        "has detected an unusual rate of unsolicited mail",
        "p=unsolicitedratelimiterror",
      ],
      source: SMTP_ERRORS,
      example:
        "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. Review our Bulk Senders Guidelines.",
      note: "Gmail's own reputation system throttles the IP: 'rate' here is the share of unwanted mail, not a volume limit.",
    }),
    phrase({
      id: "4.7.28-unusual-rate",
      cause: "bad-reputation",
      match: [
        "gmail has detected an unusual rate of mail",
        "an unusual rate of mail originating from",
      ],
      source: SMTP_ERRORS,
      example:
        "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address. To protect our users from spam, mail has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.",
      note: "Variants name the IP, its netblock, the DKIM or SPF domain or a URL domain in the mail: the reputation of that one is low.",
    }),
    phrase({
      id: "5.7.28-unusual-rate",
      cause: "bad-reputation",
      match: ["there is an unusual rate of unsolicited mail originating from your ip"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.28 There is an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. To review our bulk email senders guidelines, go to Email sender guidelines.",
    }),
    phrase({
      id: "low-reputation",
      cause: "bad-reputation",
      match: [
        "very low reputation of the sending ip address",
        "very low reputation of the sending domain",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information.",
    }),
    phrase({
      id: "4.7.0-low-reputation-temporary",
      cause: "bad-reputation",
      match: ["this message is suspicious due to the very low reputation"],
      source: SMTP_ERRORS,
      example:
        "421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to Why has Gmail blocked my messages?.",
    }),
    // Content
    phrase({
      id: "4.7.0-suspicious-content",
      cause: "content-spam",
      match: ["due to the nature of the content or the links within"],
      source: SMTP_ERRORS,
      example:
        "421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?.",
    }),
    phrase({
      id: "5.7.1-likely-unsolicited",
      cause: "content-spam",
      match: ["this message is likely unsolicited mail", "p=unsolicitedmessageerror"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, visit https://support.google.com/mail/answer/188131",
    }),
    phrase({
      id: "5.7.0-security-issue",
      cause: "content-virus",
      match: [
        "its content presents a potential security issue",
        "detected an illegal attachment on your message",
      ],
      source: SMTP_ERRORS,
      example:
        "552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines.",
    }),
    // Policy
    phrase({
      id: "5.7.1-domain-policy",
      cause: "sender-policy",
      match: ["has a policy that prohibited the mail that you sent"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.",
    }),
    phrase({
      id: "gcdp-custom-rule",
      cause: "sender-policy",
      match: [" - gcdp ", /violates [a-z0-9.-]{1,100} email policy/],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
      note: "'gcdp' marks a custom rule set by the recipient's Google Workspace administrator.",
    }),
    phrase({
      id: "4.7.0-ip-not-in-allowlist",
      cause: "sender-policy",
      match: ["ip not in whitelist for rcpt domain"],
      source: SMTP_ERRORS,
      example: "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.",
      note: "The recipient's Workspace domain accepts mail only from allowlisted IPs (the page links 'Allowlists, denylists, and approved senders'): the recipient's administrator decides.",
    }),
    phrase({
      id: "5.7.1-ip-not-authorized-direct",
      cause: "ip-blocklisted",
      match: ["is not authorized to send email directly to our servers", "p=notauthorizederror"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.",
      note: "Google lists the IP as one that should not send directly (dynamic or residential ranges): send through the provider's relay.",
    }),
    // Relay and submission (smtp-relay.gmail.com, smtp.gmail.com)
    phrase({
      id: "5.7.0-mail-relay-denied",
      cause: "relay-denied",
      match: ["mail relay denied", "invalid credentials for relay"],
      source: RELAY_ERRORS,
      example:
        "550 5.7.1 Invalid credentials for relay <ip-address>. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
    }),
    phrase({
      id: "5.7.0-mail-sending-denied",
      cause: "relay-denied",
      match: ["mail sending denied"],
      status: ["5.7.0"],
      source: RELAY_ERRORS,
      example:
        "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.",
      verbatim: false,
      note: "The page gives the reply 'Mail Sending denied' and explains it in the same row; the example joins them.",
    }),
    phrase({
      id: "5.5.1-authentication-required",
      cause: "relay-denied",
      match: ["p=wantautherror", /authentication required\.? (?:for more information|learn more)/],
      source: SMTP_ERRORS,
      example:
        "530 5.5.1 Authentication Required. For more information, visit https://support.google.com/accounts/troubleshooter/2402620",
      note: "A client sent through Gmail's submission server without logging in: configure SMTP authentication.",
    }),
    phrase({
      id: "5.7.8-bad-credentials",
      cause: "relay-denied",
      match: [
        "username and password not accepted",
        "application-specific password required",
        "please log in with your web browser",
        "please log in through your web browser",
        "p=badcredentials",
      ],
      source: SMTP_ERRORS,
      example:
        "535 5.7.8 Username and Password not accepted. For more information, visit https://support.google.com/accounts/troubleshooter/2402620",
      note: "Login to Gmail's submission server failed: the mail was never relayed. Use an app password or OAuth.",
    }),
    // TLS
    phrase({
      id: "4.7.0-tls-required",
      cause: "tls-required",
      match: ["tls required for rcpt domain"],
      source: SMTP_ERRORS,
      example: "421 4.7.0 TLS required for RCPT domain, closing connection.",
    }),
    phrase({
      id: "5.7.0-starttls-first",
      cause: "tls-required",
      match: ["must issue a starttls command first"],
      source: SMTP_ERRORS,
      scope: "any",
      example:
        "530 5.7.0 Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications.",
    }),
    phrase({
      id: "4.7.29-no-tls",
      cause: "tls-required",
      match: [
        "rate limited because you're not using a tls connection",
        "rate limited because this message wasn't sent over a tls connection",
        "wasn't sent over a tls connection",
        "senders to use tls/ssl for smtp connections",
      ],
      source: FAQ,
      example:
        "4.7.29 Your email has been rate limited because you’re not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "5.7.29-no-tls",
      cause: "tls-required",
      match: ["this message was blocked because it wasn't sent over a tls connection"],
      source: FAQ,
      example:
        "5.7.29 This message was blocked because it wasn’t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    // Reverse DNS
    phrase({
      id: "4.7.23-ptr",
      cause: "reverse-dns",
      match: [
        "doesn't have a ptr record, or the ptr record's forward dns entry doesn't match",
        /ptr record[^.]{0,80}rate limited|rate limited[^.]{0,120}ptr record/,
      ],
      source: FAQ,
      example:
        "4.7.23 The sending IP address for this message doesn’t have a PTR record, or the PTR record’s forward DNS entry doesn’t match the sending IP address. To protect users from spam, your email has been temporarily rate limited. To learn more about IP address requirements for sending to Gmail, visit the IP addresses section of our sender guidelines. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
      note: "Google says 'rate limited', but the requirement it names is a PTR record: fix the reverse DNS.",
    }),
    phrase({
      id: "4.7.0-ptr-rate-limited",
      cause: "reverse-dns",
      match: ["does not have a ptr record, or the corresponding forward dns entry does not point"],
      source: SMTP_ERRORS,
      example:
        "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.",
    }),
    phrase({
      id: "5.7.25-ptr",
      cause: "reverse-dns",
      match: [
        "does not have a ptr record setup",
        "gmail does not accept messages from ips with missing ptr records",
        "does not match the ip address of the hostname specified in the pointer (ptr) record",
        "doesn't have a ptr record, or the forwarding dns entry doesn't reference the sending ip",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to Email sender guidelines.",
    }),
    phrase({
      id: "5.7.25-ptr-faq",
      cause: "reverse-dns",
      match: ["gmail requires that sending ip addresses have a ptr record"],
      source: FAQ,
      example:
        "5.7.25 This message was blocked because the sending IP address doesn’t have a PTR record, or the forwarding DNS entry doesn’t reference the sending IP address. Gmail requires that sending IP addresses have a PTR record. Learn more about requirements for sending IP addresses. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "5.7.1-ipv6-ptr-auth",
      cause: "reverse-dns",
      match: [
        "does not meet ipv6 sending guidelines regarding ptr records and authentication",
        "p=ipv6autherror",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines.",
      note: "IPv6 senders need a PTR record and SPF or DKIM; a missing IPv6 PTR is the usual cause.",
    }),
    // Authentication
    phrase({
      id: "4.7.24-spf-suspicious",
      cause: "authentication-failure",
      match: ["the spf record of the sending domain has one or more suspicious entries"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.24 The SPF record of the sending domain has one or more suspicious entries. For more information, go to Email sender guidelines.",
    }),
    phrase({
      id: "4.7.26-unauthenticated",
      cause: "authentication-failure",
      match: [
        "has been rate limited because it is unauthenticated",
        "gmail requires all senders to authenticate with either spf or dkim",
      ],
      source: SMTP_ERRORS,
      example:
        "421 4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
    }),
    phrase({
      id: "5.7.26-unauthenticated",
      cause: "authentication-failure",
      match: [
        "this mail is unauthenticated, which poses a security risk",
        "the sender must authenticate with at least one of spf or dkim",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.",
      verbatim: false,
      note: "Carried from the first cut (lib/knowledge/signatures/google.ts); this row was not in the copies read, so the wording is not re-verified.",
    }),
    phrase({
      id: "5.7.26-no-authentication-information",
      cause: "authentication-failure",
      match: [
        "does not have authentication information or fails to pass authentication checks",
        "this message does not have authentication information",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126 for more information.",
    }),
    phrase({
      id: "5.7.26-spf-hard-fail",
      cause: "authentication-failure",
      match: [
        "fails to pass spf checks for an spf record with a hard fail policy",
        "has an spf record with a hard fail policy (-all) but it fails to pass spf checks",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). To best protect our users from spam and phishing, the message has been blocked. Please visit https://support.google.com/mail/answer/81126 for more information.",
    }),
    phrase({
      id: "5.7.26-dmarc",
      cause: "authentication-failure",
      match: ["is not accepted due to domain's dmarc policy", "p=dmarcrejection"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.26 Unauthenticated email from domain-name is not accepted due to domain's DMARC policy. Please contact the administrator of domain-name domain. If this was a legitimate mail please visit [Control unauthenticated mail from your domain] to learn about the DMARC initiative.",
      note: "The 451 4.7.26 form adds that temporary DNS failures prevented authentication: still the sender's DNS and authentication to check.",
    }),
    phrase({
      id: "4.7.27-spf",
      cause: "authentication-failure",
      match: [
        "rate limited because spf authentication didn't pass",
        "gmail requires all bulk email senders to authenticate their email with spf",
      ],
      source: FAQ,
      example:
        "4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF with IP address: = Did not pass. To set up SPF for your sending domains, visit Set up SPF. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
      note: "'Rate limited' here means SPF failed for a bulk sender: fix SPF, not the sending rate.",
    }),
    phrase({
      id: "5.7.27-spf",
      cause: "authentication-failure",
      match: [
        "this message was blocked because it didn't pass spf authentication",
        "gmail requires bulk email senders to authenticate their email with spf",
      ],
      source: FAQ,
      example:
        "5.7.27 This message was blocked because it didn’t pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with ip-address = did not pass To set up SPF for your sending domains, visit Set up SPF. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "4.7.30-dkim",
      cause: "authentication-failure",
      match: [
        "rate limited because dkim authentication didn't pass",
        "gmail requires all email bulk senders to authenticate their email with dkim",
      ],
      source: FAQ,
      example:
        "4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass. To set up DKIM for your sending domains, visit Set up DKIM. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "5.7.30-dkim",
      cause: "authentication-failure",
      match: [
        "this message was blocked because it didn't pass dkim authentication",
        "gmail requires bulk email senders to authenticate their email with dkim",
        "this mail has been blocked because dkim does not pass",
      ],
      source: FAQ,
      example:
        "5.7.30 This message was blocked because it didn’t pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass To set up DKIM for your sending domains, visit Set up DKIM. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "4.7.31-no-dmarc",
      cause: "authentication-failure",
      match: ["the sending domain doesn't have a dmarc record"],
      source: FAQ,
      example:
        "4.7.31 Your email has been rate limited because the sending domain doesn’t have a DMARC record, or the DMARC record doesn’t specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain. See Set up DMARC. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
    }),
    phrase({
      id: "4.7.32-alignment",
      cause: "authentication-failure",
      match: ["isn't aligned with either the authenticated spf or dkim organizational domain"],
      source: FAQ,
      example:
        "4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn’t aligned with either the authenticated SPF or DKIM organizational domain. See DMARC alignment. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
      note: "DMARC alignment: the From: domain must match the SPF or DKIM domain that passed.",
    }),
    // Message format (RFC 5322) and SMTP protocol
    phrase({
      id: "5.7.1-rfc5322-from",
      cause: "protocol-syntax",
      match: [
        "missing a valid address in the from: header",
        "multiple addresses in from: header are not accepted",
        "p=rfcmessagenoncompliant",
      ],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    }),
    phrase({
      id: "5.7.1-rfc5322-duplicate-headers",
      cause: "protocol-syntax",
      match: ["this message is not rfc 5322 compliant"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    }),
    phrase({
      id: "5.7.1-missing-message-id",
      cause: "protocol-syntax",
      match: ["messages missing a valid message-id: header are not accepted"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 Messages missing a valid Message-ID: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    }),
    phrase({
      id: "5.7.1-unicode-header",
      cause: "protocol-syntax",
      match: ["contains a unicode character in a disallowed header"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.",
    }),
    phrase({
      id: "5.7.1-encoded-word",
      cause: "protocol-syntax",
      match: ["encoded-word syntax is not permitted in message header"],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 Encoded-word syntax is not permitted in message header header-name. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    }),
    phrase({
      id: "5.6.0-malformed",
      cause: "protocol-syntax",
      match: ["mail message is malformed. not accepted"],
      source: SMTP_ERRORS,
      example:
        "554 5.6.0 Mail message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    }),
    phrase({
      id: "4.5.0-protocol-violation",
      cause: "protocol-syntax",
      match: [
        "smtp protocol violation, see rfc 2821",
        "smtp protocol violation, no commands allowed to pipeline after starttls",
      ],
      source: SMTP_ERRORS,
      example:
        "451 4.5.0 SMTP protocol violation, see RFC 2821. Please direct the recipient to this article.",
    }),
    phrase({
      id: "5.5.4-helo-invalid",
      cause: "protocol-syntax",
      match: ["helo/ehlo argument is invalid", "empty helo/ehlo argument not allowed"],
      source: SMTP_ERRORS,
      example: "501 5.5.4 HELO/EHLO argument is invalid. https://support.google.com/mail/?p=helo",
    }),
    phrase({
      id: "5.5.1-command-sequence",
      cause: "protocol-syntax",
      match: [
        "no data after bdat",
        "too many unrecognized commands, goodbye",
        "no identity changes permitted",
        "too many unauthenticated commands",
        "xoauth is no longer supported",
      ],
      source: SMTP_ERRORS,
      example:
        "503 5.5.1 No DATA after BDAT. A mail transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 3030 specifications.",
    }),
    phrase({
      id: "4.3.0-multiple-destination-domains",
      cause: "protocol-syntax",
      match: ["multiple destination domains per transaction is unsupported"],
      source: SMTP_ERRORS,
      example:
        "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.",
      note: "The sending server put recipients of several domains in one transaction; it retries them apart.",
    }),
    // Google's own trouble, time-outs, loops
    phrase({
      id: "4.3.0-temporary-system-problem",
      cause: "remote-server-error",
      match: [
        "temporary system problem. try again later",
        "mail server temporarily rejected message",
        "cannot authenticate due to a temporary system problem",
      ],
      source: SMTP_ERRORS,
      example: "421 4.3.0 Temporary System Problem. Try again later.",
    }),
    phrase({
      id: "4.4.5-server-busy",
      cause: "remote-server-error",
      match: ["server busy, try again later"],
      status: ["4.4.5"],
      source: SMTP_ERRORS,
      example: "421 4.4.5 Server busy, try again later.",
    }),
    phrase({
      id: "4.4.2-timeout",
      cause: "remote-unreachable",
      match: ["timeout - closing connection", "connection expired, try reconnecting"],
      source: SMTP_ERRORS,
      example: "451 4.4.2 Timeout - closing connection.",
      note: "The SMTP session timed out; the sending server retries. Only a bounce after the retry period is a delivery failure.",
    }),
    phrase({
      id: "5.4.6-mail-loop",
      cause: "remote-server-error",
      match: ["message exceeded 50 hops, this may indicate a mail loop", "p=mailloop"],
      source: SMTP_ERRORS,
      example:
        "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more information, go to Gmail Help.",
      note: "Forwarding between mailboxes loops: whoever set up the forwarding (usually the recipient's side) must break the loop.",
    }),
    // Gmail's own bounce notices (written by Gmail as the sender's provider)
    phrase({
      id: "send-mail-as-misconfigured",
      cause: "sender-address-invalid",
      match: ["using the 'send mail as' feature", "p=customfromdenied"],
      source: SEND_MAIL_AS,
      example:
        "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.",
      verbatim: false,
      note: "Gmail's own notice, carried from the first cut: Gmail could not send as the other address because that address's SMTP settings are wrong. Not re-verified on the page.",
    }),
    phrase({
      id: "groups-no-permission",
      cause: "sender-address-invalid",
      match: [
        "may not exist, or you may not have permission to post messages to the group",
        "you don't have permission to post to this group",
      ],
      source: GROUPS,
      scope: "any",
      example:
        "We're writing to let you know that the group you tried to contact (group) may not exist, or you may not have permission to post messages to the group.",
      verbatim: false,
      note: "Google Groups' notice, carried from the first cut: the sender is not allowed to post, or the group does not exist. Not re-verified on the page.",
    }),
    phrase({
      id: "recipient-server-refused-connections",
      cause: "remote-unreachable",
      match: ["the recipient server did not accept our requests to connect"],
      source: page("https://support.google.com/mail/answer/7720", "Fix bounced or rejected emails"),
      scope: "any",
      example:
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720",
      verbatim: false,
      note: "Gmail's own bounce when the recipient's server could not be reached; carried from the first cut.",
    }),
    phrase({
      id: "null-mx",
      cause: "recipient-domain-invalid",
      match: ["doesn't receive email according to the administrator: returned null mx"],
      source: page(
        "https://www.rfc-editor.org/rfc/rfc7505",
        'RFC 7505: A "Null MX" No Service Resource Record',
      ),
      scope: "any",
      example:
        "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX",
      verbatim: false,
      note: "Gmail's bounce for a domain with a Null MX record (carried from the first cut): the domain takes no mail, retrying cannot help.",
    }),
  ],
  statusReadings: [
    reading({
      status: "4.7.23",
      replyCode: 421,
      cause: "reverse-dns",
      source: FAQ,
      example:
        "4.7.23 The sending IP address for this message doesn’t have a PTR record, or the PTR record’s forward DNS entry doesn’t match the sending IP address.",
      note: "The registry's X.7.23 is an SPF failure; Gmail uses 4.7.23 for a missing or mismatched PTR record.",
    }),
    reading({
      status: "4.7.27",
      replyCode: 421,
      cause: "authentication-failure",
      source: FAQ,
      example:
        "4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message.",
      note: "RFC 7505 registers X.7.27 for a sender address with a Null MX; Gmail uses it for SPF failure.",
    }),
    reading({
      status: "5.7.27",
      replyCode: 550,
      cause: "authentication-failure",
      source: FAQ,
      example: "5.7.27 This message was blocked because it didn’t pass SPF authentication.",
      note: "RFC 7505 registers X.7.27 for a sender address with a Null MX; Gmail uses it for SPF failure.",
    }),
    reading({
      status: "4.7.28",
      replyCode: 421,
      cause: "bad-reputation",
      source: SMTP_ERRORS,
      example:
        "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address.",
      note: "The registry's X.7.28 is a mail flood; Gmail means a high rate of unwanted mail from the IP, domain or URL: its reputation.",
    }),
    reading({
      status: "5.7.28",
      replyCode: 550,
      cause: "bad-reputation",
      source: SMTP_ERRORS,
      example:
        "550 5.7.28 There is an unusual rate of unsolicited mail originating from your IP address.",
      note: "The registry's X.7.28 is a mail flood; Gmail means its reputation judgement of the sender.",
    }),
    reading({
      status: "4.7.29",
      replyCode: 421,
      cause: "tls-required",
      source: FAQ,
      example: "4.7.29 Your email has been rate limited because you’re not using a TLS connection.",
      note: "The registry's X.7.29 is an ARC failure; Gmail uses it for mail not sent over TLS.",
    }),
    reading({
      status: "5.7.29",
      replyCode: 550,
      cause: "tls-required",
      source: FAQ,
      example: "5.7.29 This message was blocked because it wasn’t sent over a TLS connection.",
      note: "The registry's X.7.29 is an ARC failure; Gmail uses it for mail not sent over TLS.",
    }),
    reading({
      status: "4.7.30",
      replyCode: 421,
      cause: "authentication-failure",
      source: FAQ,
      example:
        "4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message.",
      note: "The registry's X.7.30 is 'REQUIRETLS support required'; Gmail uses it for DKIM failure.",
    }),
    reading({
      status: "5.7.30",
      replyCode: 550,
      cause: "authentication-failure",
      source: FAQ,
      example: "5.7.30 This message was blocked because it didn’t pass DKIM authentication.",
      note: "The registry's X.7.30 is 'REQUIRETLS support required'; Gmail uses it for DKIM failure.",
    }),
    reading({
      status: "4.7.31",
      replyCode: 421,
      cause: "authentication-failure",
      source: FAQ,
      example:
        "4.7.31 Your email has been rate limited because the sending domain doesn’t have a DMARC record, or the DMARC record doesn’t specify a DMARC policy.",
      note: "Not in the registry; Gmail uses it for a missing DMARC record.",
    }),
    reading({
      status: "4.7.32",
      replyCode: 421,
      cause: "authentication-failure",
      source: FAQ,
      example:
        "4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn’t aligned with either the authenticated SPF or DKIM organizational domain.",
      note: "Not in the registry; Gmail uses it for DMARC alignment failure.",
    }),
  ],
  missingPages: [
    "support.google.com/a/answer/3726730 (English) was not stored: its rows were read from the stored Russian/Spanish copies (which keep several English reply texts) and from Sisimai's Google module, which quotes each row.",
    "support.google.com/mail/?p=CustomFromDenied and groups/answer/2464926: not found; their entries are carried from the first cut, marked verbatim: false.",
  ],
};

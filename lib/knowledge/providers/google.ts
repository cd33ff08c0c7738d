// Gmail / Google Workspace, from Google's own pages. Every row of the SMTP error table ("Gmail
// SMTP errors and codes") is an entry (./google-smtp-errors.ts, read from an archived copy of the
// page); the 2024 bulk-sender codes also come from the "Email sender guidelines FAQ" table; the
// page's earlier wordings (Gmail's replies before 2024 said "mail", not "email") are kept as
// reconstructed entries, quoted by Sisimai's Google module.
// Google's words mislead in places: "rate limited" for a missing PTR record or a failed SPF
// check, "blocked" for an authentication requirement. The requirement the page names decides.
import { entryKit, page } from "./entry-kit";
import { GMAIL_PAGE_ROWS } from "./google-smtp-errors";
import { GOOGLE_NOTICE_PHRASES } from "./google-notice";
import type { ProviderTable } from "./types";

const SMTP_ERRORS = page(
  "https://support.google.com/a/answer/3726730",
  "Gmail SMTP errors and codes",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes/html/google-3726730-smtp-errors-and-codes-2026-02-15.html",
);
const FAQ = page(
  "https://support.google.com/a/answer/14229414",
  "Email sender guidelines FAQ",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry google-14229414-email-sender-guidelines-faq.txt",
);
const RELAY_ERRORS = page(
  "https://support.google.com/a/answer/6140680",
  "SMTP relay service error messages",
  "rows quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/google.rb",
);
const EARLIER = page(
  "https://support.google.com/a/answer/3726730",
  "Gmail SMTP errors and codes (earlier wording)",
  "rows quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/google.rb",
);
const SEND_MAIL_AS = page(
  "https://support.google.com/mail/?p=CustomFromDenied",
  "Send emails from a different address or alias",
);

const SFM_452 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json",
  "SMTP Field Manual: 452 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/452.json",
);
const SFM_552 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json",
  "SMTP Field Manual: 552 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/552.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const SFM_421 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  "SMTP Field Manual: 421 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/421.json",
);

const SMTP_CODES = page(
  "https://smtp.codes/google",
  "Gmail / Google Workspace (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for Gmail / Google Workspace (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

const POLICY_RULE_BOUNCE = page(
  "https://support.google.com/a/answer/7282433",
  "Message bounced due to a policy rule (Google Workspace Admin Help)",
  "stored copies (pages corpus): the English page under ?hl=iw, and google-support.mirrorblogs.com/a/answer/7282433",
);
const { phrase, reading } = entryKit("google");

export const GOOGLE_TABLE: ProviderTable = {
  provider: "google",
  identity: {
    provider: "google",
    name: "Gmail / Google Workspace",
    hosts: ["google.com", "gmail.com", "googlemail.com"],
    // "Gmail has detected ...": only Gmail writes its own name into its rate and spam replies.
    markers: [" - gsmtp", " - gcdp ", "gmail has detected"],
    source: SMTP_ERRORS,
  },
  phrases: [
    ...GOOGLE_NOTICE_PHRASES,
    phrase({
      id: "workspace-policy-rule-default-rejection",
      cause: "sender-policy",
      match: ["rejected due to policy associated with sender"],
      scope: "any",
      source: POLICY_RULE_BOUNCE,
      example: "Rejected due to policy associated with sender",
      note: "Google Workspace's default rejection when a message breaks an administrator's routing, compliance or objectionable-content rule (credit card numbers, .zip attachments): an organisation's own policy refused it, not a spam verdict or an unknown address. The rule's admin decides; the page says to read the logs of the triggered setting.",
    }),
    phrase({
      id: "4.7.32-no-dmarc-alignment-sfm",
      cause: "authentication-failure",
      match: ["rate limited because there is no dmarc alignment"],
      source: SFM_421,
      example: "4.7.32 This mail has been rate limited because there is no DMARC alignment",
      note: "The reply as ActiveCampaign's SMTP Field Manual records it ('started appearing on January 21st'): the shorter wording of Gmail's 4.7.32, the From: domain not aligned with the SPF or DKIM domain that passed. 'Rate limited' is the consequence; the reason is DMARC alignment.",
    }),
    // Every row of the page's table.
    ...GMAIL_PAGE_ROWS.map((row) =>
      phrase({
        id: `page.${row.id}`,
        cause: row.cause,
        match: row.match,
        ...(row.exactStatus ? { status: [row.status] } : {}),
        source: SMTP_ERRORS,
        example: `${row.reply} ${row.status} ${row.text}`,
      }),
    ),
    phrase({
      id: "4.2.1-peak-relay-limit",
      cause: "rate-limited",
      match: ["peak smtp relay limit exceeded for customer"],
      source: RELAY_ERRORS,
      example:
        "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680",
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
      id: "gcdp-custom-rule",
      cause: "sender-policy",
      match: [" - gcdp ", /violates [a-z0-9.-]{1,100} email policy/],
      source: SMTP_ERRORS,
      example:
        "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
      note: "'gcdp' marks a custom rule set by the recipient's Google Workspace administrator.",
    }),
    phrase({
      id: "5.7.0-mail-relay-denied",
      cause: "relay-denied",
      match: ["mail relay denied", "invalid credentials for relay"],
      unless: ["suspended due to abuse"],
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
      id: "5.7.25-ptr-faq",
      cause: "reverse-dns",
      match: ["gmail requires that sending ip addresses have a ptr record"],
      source: FAQ,
      example:
        "5.7.25 This message was blocked because the sending IP address doesn’t have a PTR record, or the forwarding DNS entry doesn’t reference the sending IP address. Gmail requires that sending IP addresses have a PTR record. Learn more about requirements for sending IP addresses. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
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
      id: "send-mail-as-misconfigured",
      cause: "sender-address-invalid",
      match: ["using the 'send mail as' feature", "p=customfromdenied"],
      source: {
        ...SEND_MAIL_AS,
        readVia: "the line carried from the first cut of this catalogue, not re-read on the page",
      },
      example:
        "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.",
      verbatim: false,
      note: "Gmail's own notice: Gmail could not send from your other address because the outgoing-server (SMTP) settings saved for that address are wrong or out of date.",
    }),
    // Google Groups' notice ("the group you tried to contact may not exist, or you may not have
    // permission to post messages to the group") hedges between two causes: it is read as a
    // possibility (scoring/possibility-wordings.ts google.groups-missing-or-closed-to-sender).
    phrase({
      id: "recipient-server-refused-connections",
      cause: "remote-unreachable",
      match: ["the recipient server did not accept our requests to connect"],
      source: page(
        "https://support.google.com/mail/answer/7720",
        "Fix bounced or rejected emails",
        "the line carried from the first cut of this catalogue, not re-read on the page",
      ),
      scope: "any",
      example:
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720",
      verbatim: false,
      note: "Gmail's own bounce text when the recipient's mail server could not be reached.",
    }),
    phrase({
      id: "dns-error-transient",
      cause: "remote-unreachable",
      match: [/dns error: [^.]{0,120}dns type 'mx' lookup of/],
      unless: ["returned null mx", "responded with code nxdomain", "type 'a' lookup of"],
      status: ["4."],
      source: page(
        "https://support.google.com/mail/answer/7720",
        "Fix bounced or rejected emails",
        "the line carried from the first cut of this catalogue, not re-read on the page",
      ),
      scope: "any",
      example:
        "451 4.0.0 DNS Error: 1234 DNS type 'mx' lookup of example.com responded with code SERVFAIL",
      verbatim: false,
      note: "Gmail's own delay notice when looking up the recipient domain's mail servers (MX) failed for now: a temporary (4.x) DNS failure does not prove the domain is gone, and Gmail keeps retrying.",
    }),
    phrase({
      id: "dns-error-nxdomain",
      cause: "recipient-domain-invalid",
      match: [
        /dns error: [^.]{0,120}dns type 'mx' lookup of [^\s]{1,253} responded with code nxdomain/,
      ],
      source: page(
        "https://wordtothewise.com/2019/02/undelivered-mail-without-a-bounce/",
        "Word to the Wise: Undelivered mail without a bounce (NXDOMAIN: the domain does not exist in DNS)",
      ),
      scope: "any",
      example:
        "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN",
      verbatim: false,
      note: "Gmail's bounce when the recipient domain's MX lookup answered NXDOMAIN, DNS's authoritative \"this name does not exist\" (RFC 1035 section 4.1.1, RCODE 3; RFC 8020). The domain is gone or mistyped (gmal.com), whatever status Gmail gives it; a lookup that failed for now answers SERVFAIL or times out, and reads dns-error-transient. The example is the form of real Gmail bounces, not the page's words.",
    }),
    phrase({
      id: "dns-error-no-mail-host",
      cause: "recipient-domain-invalid",
      match: [/dns type 'a' lookup of [^\s]{1,253} had no relevant answers/],
      source: page(
        "https://www.rfc-editor.org/rfc/rfc5321#section-5.1",
        "RFC 5321 section 5.1: Locating the Target Host",
      ),
      scope: "any",
      example:
        "DNS Error: 16578478 DNS type 'mx' lookup of example.com responded with code NOERROR 16578478 DNS type 'mx' lookup of example.com had no relevant answers. 16578478 DNS type 'a' lookup of example.com responded with code NOERROR 16578478 DNS type 'a' lookup of example.com had no relevant answers.",
      verbatim: false,
      note: "Gmail's bounce when the recipient domain exists but names no mail host: no MX, and then (the implicit MX of RFC 5321 section 5.1) no address either, which the RFC says must be reported as an error. The domain takes no mail, as a mistyped one (gmal.com) does. The example is the form of real Gmail bounces, not the page's words.",
    }),
    phrase({
      id: "null-mx",
      cause: "recipient-domain-invalid",
      match: ["doesn't receive email according to the administrator: returned null mx"],
      source: page(
        "https://www.rfc-editor.org/rfc/rfc7505",
        'RFC 7505: A "Null MX" No Service Resource Record',
        "Gmail's wording: the line carried from the first cut of this catalogue, not re-read on the page",
      ),
      scope: "any",
      example:
        "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX",
      verbatim: false,
      note: "Gmail's bounce for a domain with a Null MX record: the domain says it takes no mail at all, so retrying cannot help.",
    }),

    // The page's earlier wordings, still seen in older bounces (quoted by Sisimai, before the
    // page said "email" for "mail"); reconstructed, so verbatim: false.
    phrase({
      id: "earlier.4.2.2-over-quota",
      cause: "mailbox-full",
      match: ["the email account that you tried to reach is over quota"],
      source: SFM_452,
      example:
        "smtp;452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
      note: `${SFM_NOTE} Earlier wording of the 4.2.2 / 5.2.2 rows.`,
    }),
    phrase({
      id: "earlier.4.7.0-unusual-rate-unsolicited",
      cause: "bad-reputation",
      match: [
        "our system has detected an unusual rate of unsolicited mail originating from your ip",
      ],
      source: EARLIER,
      example:
        "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. Review our Bulk Senders Guidelines.",
      verbatim: false,
      note: "Earlier wording: Gmail's reputation system throttles the IP; 'rate' is the share of unwanted mail, not a volume limit.",
    }),
    phrase({
      id: "earlier.5.7.26-no-authentication-information",
      cause: "authentication-failure",
      match: [
        "this message does not have authentication information or fails to pass",
        "this message does not have authentication information",
      ],
      source: EARLIER,
      example:
        "550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126 for more information.",
      verbatim: false,
      note: "Earlier wording (also sent as 550 5.7.1 and 421 4.7.0).",
    }),
    phrase({
      id: "earlier.5.7.26-this-mail-is-unauthenticated",
      cause: "authentication-failure",
      match: [
        "this mail is unauthenticated, which poses a security risk",
        "this mail has been rate limited because it is unauthenticated",
      ],
      source: {
        ...EARLIER,
        readVia: `${EARLIER.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.",
      verbatim: false,
      note: "Gmail's earlier wording of its 5.7.26 reply: the mail passed neither SPF nor DKIM.",
    }),
    phrase({
      id: "earlier.5.7.25-ptr-setup",
      cause: "reverse-dns",
      match: [
        "does not have a ptr record setup",
        "gmail does not accept messages from ips with missing ptr records",
        "does not match the ip address of the hostname specified in the pointer (ptr) record",
      ],
      source: EARLIER,
      example:
        "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.",
      verbatim: false,
      note: "Earlier wording of the 5.7.25 row.",
    }),
    phrase({
      id: "earlier.5.7.1-policy-prohibited",
      cause: "sender-policy",
      match: ["has a policy that prohibited the mail that you sent"],
      source: EARLIER,
      example:
        "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.",
      verbatim: false,
      note: "Earlier wording of the 5.7.1 policy row.",
    }),
    phrase({
      id: "earlier.5.5.4-helo-invalid",
      cause: "protocol-syntax",
      match: ["helo/ehlo argument is invalid"],
      source: EARLIER,
      example: "501 5.5.4 HELO/EHLO argument is invalid. https://support.google.com/mail/?p=helo",
      verbatim: false,
      note: "Earlier wording of the 5.5.4 row.",
    }),
    phrase({
      id: "earlier.5.7.0-illegal-attachment",
      cause: "content-virus",
      match: ["our system detected an illegal attachment on your message"],
      source: SFM_552,
      example:
        "SMTP; 552-5.7.0 Our system detected an illegal attachment on your message. Please visit http://mail.google.com/support/bin/answer.py?answer=6590 to review our attachment guidelines.",
      note: `${SFM_NOTE} Earlier wording of the 5.7.0 attachment row.`,
    }),
    phrase({
      id: "content-or-links-suspicious-variant",
      cause: "content-spam",
      match: ["suspicious due to the nature of the content and/or the links within"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "421 4.7.0 [x.xx.xx.xx] Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp",
      note: `${SMTP_CODES_NOTE} An older wording ('and/or') of the reply Google's page words 'the content or the links within': the content or its links have a poor reputation.`,
    }),
    phrase({
      id: "4.3.0-temporarily-rejected",
      cause: "remote-server-error",
      match: ["mail server temporarily rejected message"],
      scope: "any",
      source: SMTP_CODES,
      example: "451 4.3.0 Mail server temporarily rejected message. - gsmtp",
      note: `${SMTP_CODES_NOTE} A temporary failure at Gmail, not about this session or sender; the sending server retries.`,
    }),
  ],
  statusReadings: [
    reading({
      status: "4.7.40",
      replyCode: 421,
      cause: "authentication-failure",
      source: SMTP_ERRORS,
      example:
        "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy.",
      note: "Not in the registry; the SMTP error page's code for a missing DMARC record (the FAQ printed 4.7.31).",
    }),
    reading({
      status: "5.7.40",
      replyCode: 550,
      cause: "authentication-failure",
      source: SMTP_ERRORS,
      example:
        "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy.",
      note: "Not in the registry; Gmail's block for a missing DMARC record.",
    }),
    reading({
      status: "5.7.32",
      cause: "authentication-failure",
      source: SMTP_ERRORS,
      example:
        "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
      note: "Not in the registry; DMARC alignment failure (the page pairs it with 421).",
    }),
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
    // No reading of 4.7.28 alone: Gmail's own page uses it for a high rate of unwanted mail from
    // the IP, netblock, DKIM, SPF or URL domain (its reputation) and for "this sender exceeded
    // the quota for sending messages that have the same Message-ID" (a rate limit,
    // google-smtp-errors.ts 4.7.28-gmail-has-detected-this). The page's rows read the words; the
    // code alone keeps both (reply-possibilities.ts 4.7.28), where a reading of it as reputation
    // outweighed the words of the quota row wherever they were not Gmail's exact sentence.
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
    "support.google.com/a/answer/3726730 was read from an archived copy (2026-02-15, cross-checked with 2025-04-10); the page's earlier (pre-2024) wordings come from Sisimai's Google module (verbatim: false).",
    "support.google.com/mail/?p=CustomFromDenied and groups/answer/2464926: not found; their entries are carried from the first cut, marked verbatim: false.",
  ],
};

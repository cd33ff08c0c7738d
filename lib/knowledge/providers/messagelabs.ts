// Broadcom (Symantec) Email Security.cloud, formerly MessageLabs: the filtering service in front
// of many companies' mail (MX hosts under messagelabs.com). Broadcom's knowledge base describes
// each refusal in its own article; the replies below are the ones those articles print, read
// through Sisimai's MessageLabs module, which cites the article each reply comes from (readVia).
// Broadcom's article on bounces its outbound service relays (162445) was read in a stored copy:
// it lists receiving servers' refusals with what each means; those are other servers' words,
// so they count wherever they appear (scope "any") and as clear wordings, not as Symantec's own.
// Its "554 5.7.1 Recipient address rejected: No such user" is an unknown recipient although the
// status is X.7: a documented wording keeps its meaning under the X.7 status shift.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const SISIMAI = "repo sisimai/p5-sisimai lib/Sisimai/Rhost/MessageLabs.pm (quotes the article)";
const kb = (id: string, title: string): SourcePage =>
  page(
    `https://knowledge.broadcom.com/external/article/${id}`,
    `${title} (Broadcom KB ${id})`,
    SISIMAI,
  );

const CODES = page(
  "https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html",
  "Email error and bounce codes for Email Security.cloud (Broadcom KB 169652)",
  SISIMAI,
);
const OUTBOUND = page(
  "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
  "Outbound Mail returned by MAILER-DAEMON@messagelabs.com (Broadcom KB 162445)",
  "stored copy (pages corpus)",
);
const RELAYED =
  "A receiving server's refusal that Email Security.cloud relays back; Broadcom's article lists it with its meaning.";

const EXTERNAL = page(
  "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html",
  "Common external Spam Filtering Error Codes (Broadcom, Email Security.cloud)",
  "stored copy (pages corpus)",
);
const EXTERNAL_NOTE =
  "The article lists this among errors a recipient's own server or gateway returns to Email Security.cloud's delivery attempt (not Email Security.cloud's own refusal).";

const { phrase } = entryKit("messagelabs");

export const MESSAGELABS_TABLE: ProviderTable = {
  provider: "messagelabs",
  identity: {
    provider: "messagelabs",
    name: "Symantec Email Security.cloud (Broadcom, formerly MessageLabs)",
    hosts: ["messagelabs.com", "symanteccloud.com"],
    markers: [
      "messagelabs.com/support",
      "symanteccloud.com/troubleshooting",
      "this is the mail delivery agent at messagelabs.com",
    ],
    source: CODES,
  },
  phrases: [
    // Refusals by recipients' own servers and gateways that article 169925 lists as seen in
    // Email Security.cloud's delivery logs: other software's words, read wherever they appear.
    phrase({
      id: "ext-sender-on-domain-blacklist",
      cause: "sender-policy",
      match: ["sender is on domain's blacklist"],
      scope: "any",
      source: EXTERNAL,
      example: "551 Sender is on domain's blacklist",
      note: `${EXTERNAL_NOTE} The recipient's domain has blocked this sender on its own list: ask the recipient to allow it.`,
    }),
    phrase({
      id: "ext-ip-found-on-block-list",
      cause: "ip-blocklisted",
      match: ["your ip has been found on a block list"],
      scope: "any",
      source: EXTERNAL,
      example: "5.7.1 Recipient not authorized, your IP has been found on a block list",
      note: `${EXTERNAL_NOTE} The sending IP is on a blocklist the recipient's server checks.`,
    }),
    phrase({
      id: "ext-banned-content",
      cause: "content-virus",
      match: ["rejected due to banned content"],
      scope: "any",
      source: EXTERNAL,
      example: "554 Rejected due to banned content",
      note: `${EXTERNAL_NOTE} 'Banned content' is the content filter's term for a part it bans outright (a file type or name), apart from spam ('Rejected due to spam content' on the same list).`,
    }),
    phrase({
      id: "ext-unsafe-content",
      cause: "content-virus",
      match: ["message contained unsafe content"],
      scope: "any",
      source: EXTERNAL,
      example: "550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)",
      note: `${EXTERNAL_NOTE} The recipient's scanner found something harmful in the message; the name in parentheses is the scanner's signature (here ClamAV's heuristic for a phishing link whose text names another domain than it goes to).`,
    }),
    // Email Security.cloud's own refusals.
    phrase({
      id: "spf-domain-authentication-fail",
      cause: "authentication-failure",
      match: ["domain authentication fail"],
      source: kb("175407", "Email failed delivery: SPF domain authentication fail"),
      example: "553-SPF (Sender Policy Framework) domain authentication fail",
      note: "The article: the message failed delivery and Track and Trace gives the SPF record as the reason. The sending IP is not in the sender domain's SPF record.",
    }),
    phrase({
      id: "connection-rejected-by-policy",
      cause: "bad-reputation",
      match: ["connection rejected by policy"],
      source: kb("164955", "501 Connection rejected by policy"),
      example:
        '"501 Connection rejected by policy [7.7]" 20805, please visit www.messagelabs.com/support for more details about this error message.',
      note: "The article: the sending IP has a negative reputation with Symantec; its IP reputation tool (ipremoval.sms.symantec.com) checks an address and takes a request to review it.",
    }),
    phrase({
      id: "ip-in-pbl",
      cause: "ip-blocklisted",
      match: ["mail rejected because your ip is in the pbl"],
      source: kb("165165", "NDR when sending to a domain protected by Email Security.cloud"),
      example: "553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl",
      note: "The sending IP is in Spamhaus's Policy Block List (addresses that should not send mail directly): send through the provider's relay, or ask Spamhaus to remove the address.",
    }),
    phrase({
      id: "ip-address-blocked",
      cause: "ip-blocklisted",
      match: ["sorry, your ip address has been blocked"],
      source: CODES,
      example: "Sorry, your IP address has been blocked",
      note: "The page: the public IP address was put on a block list by the Spamhaus PBL; request removal at spamhaus.org/pbl and resend after an hour.",
    }),
    phrase({
      id: "tls-required",
      cause: "tls-required",
      match: ["tls/sslv3 connection required"],
      source: kb("162152", "451 TLS/SSLv3 Connection required"),
      example: "451 TLS/SSLv3 Connection required. (#4.7.1)",
      note: "The recipient's organisation enforces TLS (Boundary Encryption) with the sender: the sending server must deliver over TLS.",
    }),
    phrase({
      id: "used-as-relay",
      cause: "relay-denied",
      match: [/trying to use me \[[^\]]{1,100}\] as a relay/],
      source: kb("162137", "NDR: You are trying to use me as a relay"),
      example:
        "You are trying to use me [server-X.tower-x.messagelabs.com] as a relay, but I have not been configured to let you [IP, address] do this.",
      note: "Email Security.cloud does not accept this mail for the recipient's domain from this sender: the domain is not (or no longer) served by it, or the sending IP is not one of the customer's registered outbound routes.",
    }),
    phrase({
      id: "sender-domain-not-allowed-for-ip",
      cause: "relay-denied",
      match: ["sender envelope domain not allowed for sender ip address"],
      source: CODES,
      example: "550 sender envelope domain not allowed for sender IP address (#5.1.8)",
      note: "Sending out through Email Security.cloud: the sending domain is not registered (or inactive) in the account, or the sending IP is not among its outbound routes.",
    }),
    phrase({
      id: "badmailfrom",
      cause: "bad-reputation",
      match: ["your envelope sender is in my badmailfrom list"],
      // qmail's own words (qmail-smtpd's err_bmf), where they mean the receiving site's own
      // list of refused senders (signatures/qmail.ts): Symantec's reading holds only for its
      // service, identified by its host or its troubleshooting page.
      scope: "identified",
      source: kb("162232", "Envelope sender is in my badmailfrom list"),
      example:
        "553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1).",
      note: "The article: a user's address sent spam through Email Security.cloud and was put on its badmailfrom list.",
    }),
    phrase({
      id: "blacklisted-by-recipient",
      cause: "sender-policy",
      match: [
        "your email address has been blacklisted",
        "your domain has been blacklisted",
        "your ip address has been blacklisted",
      ],
      source: kb("173082", "Emails blocked: sender in your company's blacklist"),
      example: "553-Sorry, your email address has been blacklisted",
      note: "The recipient's company lists the sender (address, domain or IP) in its own Anti-Spam blocked senders: only the recipient's administrator can remove it.",
    }),
    phrase({
      id: "blocked-by-recipient",
      cause: "sender-policy",
      match: ["sorry, your domain has been blocked", "sorry, your email address has been blocked"],
      source: CODES,
      example: "553 Sorry, your email address has been blocked",
      note: "The page: the sender is on the recipient's private block list; ask the recipient, by other means, to add the address to their approved senders.",
    }),
    phrase({
      id: "message-filtered",
      cause: "content-spam",
      // The article's own forms. (Amazon SES's "550 5.2.0 Message Filtered" is its recipients'
      // own rules: the words alone name no cause.)
      match: ["553 - message filtered", "filtered by outbound scanning"],
      source: kb("173867", "Legitimate email flagged as spam by Email Security.cloud"),
      example: "553 - Message Filtered",
      note: "Email Security.cloud's anti-spam filter judged the message spam; a false positive can be submitted to Broadcom.",
    }),
    phrase({
      id: "message-filtered-reply",
      cause: "content-spam",
      // The reply as the service sends it names its troubleshooting page, which identifies it;
      // elsewhere "message filtered" is another server's words (see message-filtered).
      match: ["message filtered"],
      scope: "identified",
      source: kb("173867", "Legitimate email flagged as spam by Email Security.cloud"),
      example:
        "553 Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
      verbatim: false,
      note: "The reply as ActiveCampaign's SMTP Field Manual records it for Symantec's Email Security.cloud; the article calls the verdict spam.",
    }),
    phrase({
      id: "stray-linefeeds",
      cause: "protocol-syntax",
      match: ["stray linefeeds in message"],
      source: CODES,
      example: "553 Stray linefeeds in message (#5.6.2)",
      note: "The page: RFC 5322 allows CR and LF only together as CRLF; the message has a bare LF, which the service refuses.",
    }),
    phrase({
      id: "not-rfc-5322",
      cause: "protocol-syntax",
      match: ["has detected that this message is not rfc 5322"],
      source: CODES,
      example: "550 [XX.XX.XX.XX] has detected that this message is not RFC 5322",
      note: "The message does not follow the Internet Message Format (RFC 5322).",
    }),
    phrase({
      id: "invalid-recipient",
      cause: "recipient-unknown",
      match: [/invalid recipient <[^>\s]{1,254}>/],
      source: kb("165163", "NDR: invalid recipient on Email Security.cloud"),
      example: "<username@example.com>: 550-Invalid recipient <username@example.com> 550 (#5.1.1)",
      note: "The recipient's address is not a valid address of the organisation behind Email Security.cloud.",
    }),
    phrase({
      id: "recipient-mailbox-not-allowed",
      cause: "recipient-unknown",
      match: ["recipient mailbox is not allowed"],
      source: kb("175710", "Recipient mailbox is not allowed"),
      example: "Recipient mailbox is not allowed",
      note: "The article: the mail went to an invalid address in the recipient's domain; check its spelling.",
    }),

    // Receiving servers' refusals that the service relays, as its articles list them.
    phrase({
      id: "relayed.too-many-messages",
      cause: "rate-limited",
      match: ["460 too many messages"],
      scope: "any",
      strength: "strong",
      source: kb("164767", "460 too many messages"),
      example: "460 too many messages (#4.3.0)",
      note: `${RELAYED} The recipient's server limits how much it accepts; delivery is retried.`,
    }),
    phrase({
      id: "relayed.too-many-recipients-this-hour",
      cause: "rate-limited",
      match: ["too many recipients received this hour"],
      scope: "any",
      strength: "strong",
      source: kb("385809", "452 Too many recipients received this hour"),
      example: "452 Too many recipients received this hour",
      note: RELAYED,
    }),
    phrase({
      id: "relayed.size-exceeds-fixed",
      cause: "message-too-large",
      match: ["message size exceeds fixed"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "552 5.3.4 Message size exceeds fixed maximum message size",
      note: `${RELAYED} The page: the email was larger than the recipient server will accept (also "552 Message size exceeds fixed limit").`,
    }),
    phrase({
      id: "relayed.no-such-user",
      cause: "recipient-unknown",
      match: ["recipient address rejected: no such user"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "554 5.7.1 Recipient address rejected: No such user",
      note: `${RELAYED} The page: the recipient address isn't one registered on the recipient server (the X.7 status notwithstanding).`,
    }),
    phrase({
      id: "relayed.spam-by-content-filtering",
      cause: "content-spam",
      match: ["message rejected as spam by content filtering"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "550 5.7.1 Message rejected as spam by Content Filtering.",
      note: `${RELAYED} The page: the recipient server finds something suspicious in the message content.`,
    }),
    phrase({
      id: "relayed.denied-mode",
      cause: "content-spam",
      match: [/denied \(mode: [a-z]{1,20}\)/],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "554 Denied (Mode: normal)",
      note: `${RELAYED} The page lists it among refusals for suspicious message content.`,
    }),
    phrase({
      id: "relayed.vba-macros",
      cause: "content-virus",
      match: ["file containing vba macros found inside of the email"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "552 MS-Office file containing VBA macros found inside of the email",
      note: `${RELAYED} The recipient's server refuses Office attachments with macros: send the document without macros (or in another format).`,
    }),
    phrase({
      id: "relayed.content-restrictions",
      cause: "content-spam",
      match: ["message rejected due to content restrictions"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "550 5.7.1 Message rejected due to content restrictions",
      note: `${RELAYED} The page lists it among refusals for suspicious message content.`,
    }),
    phrase({
      id: "relayed.sender-denied",
      cause: "sender-address-invalid",
      match: ["554 5.1.0 sender denied"],
      scope: "any",
      strength: "weak",
      source: OUTBOUND,
      example: "554 5.1.0 Sender denied",
      note: `${RELAYED} The page: the recipient server has an issue with the sending email address; the words do not say which (a block of the address reads the same).`,
    }),
    phrase({
      id: "relayed.spf-unauthorized",
      cause: "authentication-failure",
      match: ["spf unauthorized mail is prohibited", "spf check failed. sender not authorized"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "550 5.7.1 SPF unauthorized mail is prohibited.",
      note: `${RELAYED} The page: the sending server cannot be seen as authorised for the sending domain (also "550 SPF check failed. Sender not authorized").`,
    }),
    phrase({
      id: "relayed.exceeded-max-time",
      cause: "remote-unreachable",
      match: ["exceeded max time without delivery"],
      scope: "any",
      strength: "strong",
      source: OUTBOUND,
      example: "554 5.4.7 [internal] exceeded max time without delivery",
      note: `${RELAYED} The service kept retrying and gave up: the recipient's server did not accept the message in time.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Broadcom's bounce-code article (KB 169652) and the per-error articles were not found in stored copies: their replies are as Sisimai's MessageLabs module quotes them, each with the article it cites. The old symanteccloud.com/troubleshooting page's stored copy gives its advice but not its bounce headings.",
  ],
};

// Yahoo / AOL (and the consumer domains Yahoo now receives for: AT&T, Verizon), from the Yahoo
// Sender Hub "SMTP Error Codes" page. The page, as archived from 2024 to 2026, describes the
// error families (TS* deferrals, PH* content blocks, unresolvable MAIL FROM / From domains,
// authentication failures, recipient does not exist) and prints one failure notice; it no
// longer lists the reply lines themselves. Those lines (e.g. "[TSS04] ... temporarily deferred")
// are quoted verbatim from pages and lists that print them (each cited) where found, otherwise as
// senders logged them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://senders.yahooinc.com/smtp-error-codes/",
  "SMTP Error Codes (Yahoo Sender Hub)",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry yahoo-senders-smtp-error-codes/text/yahoo-senders-smtp-error-codes-2026-02-15.txt (and 2024-02-06 .. 2025-04-11)",
);
const OLD_HELP = page(
  "http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html",
  "My email is being blocked by Yahoo! Mail. What can I do?",
  "stored copy (pages corpus)",
);
const REQUIREMENTS = page(
  "https://senders.yahooinc.com/best-practices/",
  "Sender Requirements & Recommendations (Yahoo Sender Hub)",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry yahoo-senders-best-practices/text/yahoo-senders-best-practices-2025-04-10.txt",
);

const FORTINET = page(
  "https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-How-to-resolve-421-4-7-0-TSS05-Messages-from/ta-p/380206",
  "Troubleshooting Tip: How to resolve '421 4.7.0 [TSS05] Messages from ...' (Fortinet Community)",
  "stored copy (pages corpus)",
);
const OLD_DEFERRED = page(
  "http://www.smtp-error-codes.info/bounce/yahoo/bounce_421_4.16.50.php",
  "Yahoo bounce message: 421 Temporary deferred - 4.16.50 (smtp-error-codes.info, quoting Yahoo's old help text)",
  "stored copy (pages corpus)",
);
const SZHOT_DISABLED = page(
  "http://help.szhot.com/text_show.php?id=170",
  "退信信息: disabled (szhot mail help, a real Yahoo bounce quoted)",
  "stored copy (pages corpus)",
);
const VERIZON_DD = page(
  "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-554-delivery-errors-from-verizon-and-related-domains",
  "What causes 554 delivery errors from Verizon and related domains? (Suped)",
  "stored copy (pages corpus)",
);

const VOXMAIL = page(
  "https://www.voxmail.it/blog/2025/10/22/yahoo-chiude-i-rubinetti-invii-non-autenticati-sempre-pi%C3%B9-rischio",
  "Yahoo chiude i rubinetti: invii non autenticati sempre più a rischio (VOXmail blog)",
  "stored copy (pages corpus); the post masks the domain and IP as example.com and 123.123.123.123",
);
const MAILSERVER_206 = page(
  "https://github.com/hardware/mailserver/issues/206",
  "Yahoo Server Mail rejected (hardware/mailserver #206)",
  "stored thread (issues corpus); the poster masked the IP",
);

const SFM_421 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  "SMTP Field Manual: 421 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/421.json",
);
const SFM_450 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json",
  "SMTP Field Manual: 450 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/450.json",
);
const SFM_553 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json",
  "SMTP Field Manual: 553 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/553.json",
);
const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const { phrase } = entryKit("yahoo");

const LOGGED =
  "Yahoo's reply line as senders logged it (it links the error-codes page); the page itself describes the code family but does not print the line.";

export const YAHOO_TABLE: ProviderTable = {
  provider: "yahoo",
  identity: {
    provider: "yahoo",
    name: "Yahoo / AOL",
    hosts: ["yahoodns.net", "yahoo.com", "aol.com", "yahoo.net"],
    markers: [
      "postmaster.yahooinc.com",
      "senders.yahooinc.com",
      "help.yahoo.com/kb/postmaster",
      "postmaster.yahoo.com",
      /\[(?:tss?|ph|bl|gl|mc)\d\d\]/,
    ],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "dd-no-account",
      cause: "recipient-unknown",
      match: ["dd this user doesn't have a", "delivery error: dd this user doesn't have"],
      scope: "any",
      source: CODES,
      example:
        "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
      note: "The page's own failure notice; its section 'Recipient does not exist' says not to retry and to remove the address.",
    }),
    phrase({
      id: "dd-account-disabled",
      cause: "mailbox-disabled",
      match: ["this account has been disabled or discontinued"],
      scope: "any",
      source: SZHOT_DISABLED,
      example:
        "554 delivery error:Sorry your message to ***@yahoo.com.cn cannot be delivered. This account has been disabled or discontinued.",
      note: "Yahoo's delivery error for an account that existed and was closed or suspended, as a mail host's help page quotes it; the page's own reading: the user is disabled or unusable, the account frozen or deleted. Remove the address or reach the person another way.",
    }),
    phrase({
      id: "dd-no-longer-valid",
      cause: "mailbox-disabled",
      match: [/delivery error: dd \S{1,254} is no longer valid/],
      source: VERIZON_DD,
      example: "554 delivery error: dd xx@verizon.net is no longer valid",
      note: "The reply for a verizon.net mailbox (received by Yahoo since 2017), as senders reported it: the account existed and was closed; remove the address. Yahoo's full form adds '[-20] - mta....mail....yahoo.com'.",
    }),
    phrase({
      id: "dd-over-quota",
      cause: "mailbox-full",
      match: ["cannot be delivered. this account is over quota"],
      source: OLD_HELP,
      example:
        "554 delivery error: dd Sorry, your message to ({recipients'userid}@yahoo.com) cannot be delivered. This account is over quota.",
    }),
    phrase({
      id: "aol-554.30-disabled",
      cause: "mailbox-disabled",
      match: ["this mailbox is disabled (554.30)"],
      source: SFM_554,
      example:
        "smtp;554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com",
      note: SFM_NOTE,
    }),
    phrase({
      id: "aol-554.31-over-quota",
      cause: "mailbox-full",
      match: ["this account is over quota (554.31)", "mailbox is full (554.31)"],
      source: {
        ...CODES,
        readVia: `${CODES.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "554 31 Sorry, your message to user@aol.com cannot be delivered. This account is over quota (554.31).",
      verbatim: false,
      note: "AOL's reply for a recipient mailbox over its storage quota (554.31).",
    }),
    phrase({
      id: "tss04-complaints",
      cause: "bad-reputation",
      match: [
        "[tss04]",
        "temporarily deferred due to unexpected volume or user complaints",
        "temporarily deferred due to user complaints",
      ],
      source: FORTINET,
      example:
        "421 4.7.0 [TSS05] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      note: `The reply as a FortiMail log shows it (TSS04 and TSS05 read the same). The Sender Hub page's 'Message temporarily deferred (TS* errors)': complaints, spam-like content, a poor IP or subnet reputation, unusual traffic. Yahoo's reputation judgement, not a plain volume limit.`,
    }),
    phrase({
      id: "ts01-ts02-deferred",
      cause: "bad-reputation",
      match: [
        /\[ts0[12]\] messages? from \S{1,60} temporarily deferred/,
        /temporarily deferred - 4\.16\.5\d/,
      ],
      source: OLD_DEFERRED,
      example: "421 Message from x.x.x.x temporarily deferred - 4.16.50",
      note: "Yahoo's older form of the TS deferral, as its help text gave it: mail from the server has been generating complaints from Yahoo Mail users, or shows characteristics of spam. Same family as TSS04; the newer form reads '[TS01] Messages from <ip> temporarily deferred ...'.",
    }),
    phrase({
      id: "ts03-permanently-deferred",
      cause: "bad-reputation",
      match: [/all messages from \S{1,60} will be permanently deferred/],
      source: MAILSERVER_206,
      example:
        "553 5.7.2\n    [TSS06] All messages from 62.xxx.xxx.xxxx will be permanently deferred;\n    Retrying will NOT succeed. See\n    https://help.yahoo.com/kb/postmaster/SLN3436.html",
      note: "The reply as a Postfix bounce quoted it in a public thread. TS03, TSS06, TSS09, TSS11: Yahoo refuses the IP outright for its reputation (the page's TS* family); retrying will not help, the IP's reputation must be repaired and reviewed by Yahoo.",
    }),
    phrase({
      id: "ph01-content",
      cause: "content-spam",
      match: ["[ph01]", /\[ph\d\d\] email not accepted for policy reasons/],
      source: SFM_554,
      example:
        "smtp;554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes",
      note: `${SFM_NOTE} The page's 'Content based blocks (e.g: PH* Errors)': something in the content (malware, phishing, links to them) Yahoo will not accept.`,
    }),
    phrase({
      id: "bl21-spamhaus",
      cause: "ip-blocklisted",
      match: ["because the ip is in spamhaus's list", "not accepted from ip addresses on spamhaus"],
      source: SFM_553,
      example:
        "host xx.yahoodns.net [x.xx.xx.xx] SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=2022: 553 5.7.1 [BL21] Connections will not be accepted from x.xx.xx.xx, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
      note: `${SFM_NOTE} The page: 'Your IP is listed by Spamhaus'. BL23 names the Spamhaus XBL.`,
    }),
    phrase({
      id: "5.7.9-unauthenticated",
      cause: "authentication-failure",
      match: ["yahoo requires all senders to authenticate with either spf or dkim"],
      source: VOXMAIL,
      example:
        "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF example.com with ip 123.123.123.123 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for more information.",
      note: `The reply as an ESP's blog prints it (October 2025). Yahoo's requirements page (${REQUIREMENTS.url}): all senders must authenticate with SPF or DKIM (bulk senders with both, and DMARC); here both failed.`,
    }),
    phrase({
      id: "5.7.9-policy-dmarc",
      cause: "authentication-failure",
      match: ["message not accepted for policy reasons"],
      status: ["5.7.9"],
      source: SFM_554,
      example:
        "smtp;554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
      note: `${SFM_NOTE} With 5.7.9 this is the page's 'Authentication failures': the message failed the sending domain's DMARC or DKIM policy.`,
    }),
    phrase({
      id: "unresolvable-from-domain",
      cause: "sender-address-invalid",
      match: [
        /unresolvable rfc\.?5321 (?:from )?domain/,
        /unresolvable rfc\.?5322 (?:from )?domain/,
      ],
      source: CODES,
      example:
        "451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain",
      verbatim: false,
      note: `${LOGGED} The page: the MAIL FROM or From: domain does not resolve (Yahoo checks its SOA record); 451 when DNS times out, 554 when it fails for good.`,
    }),
    phrase({
      id: "excessive-unknown-recipients",
      cause: "bad-reputation",
      match: ["excessive unknown recipients - possible open relay"],
      source: OLD_HELP,
      example: "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)",
      note: "The page: the server sends to many invalid recipients (a dirty list, or an open relay or proxy): clean the list, secure the server.",
    }),
    phrase({
      id: "resources-temporarily-unavailable",
      cause: "remote-server-error",
      match: ["resources temporarily unavailable. please try again later"],
      source: OLD_HELP,
      example: "421 Resources temporarily unavailable. Please try again later.",
      note: "Yahoo's servers were busy; it passes quickly.",
    }),
    phrase({
      id: "receiving-too-quickly",
      cause: "rate-limited",
      match: ["user is receiving mail too quickly"],
      source: SFM_450,
      example: "smtp;450 User is receiving mail too quickly",
      note: "Yahoo's reply as quoted by Sisimai; not on the page.",
    }),
    phrase({
      id: "max-messages-per-connection",
      cause: "rate-limited",
      match: ["max message per connection reached"],
      source: SFM_421,
      example: "smtp;421 Max message per connection reached, closing transmission channel",
      note: "Yahoo's reply as quoted by Sisimai; the sending server must send fewer messages per connection.",
    }),
    phrase({
      id: "headers-not-rfc-compliant",
      cause: "protocol-syntax",
      match: ["headers are not rfc compliant"],
      source: SFM_554,
      example: "smtp;554 Message not allowed - Headers are not RFC compliant[291]",
      note: "The page's 'RFC compliance failures' (duplicate or malformed headers, wrong MIME types); the reply as quoted by Sisimai.",
    }),
    phrase({
      id: "no-mx-for-domain",
      cause: "recipient-domain-invalid",
      match: ["no mx record found for domain="],
      source: page(
        "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-yahoo-09.eml",
        "A Yahoo failure notice (Sisimai set-of-emails lhost-yahoo-09.eml): real server output, the line under the failed address",
      ),
      example: "No mx record found for domain=libsisimai.org",
      note: "No Yahoo page prints this line; the source is the real notice. Yahoo's own Failure Notice when its outbound servers find no mail route for the address's domain (the line under the failed address, as Yahoo writes it). An MX lookup is the sending side's lookup of the destination; Yahoo's check of a sender's domain has its own wording, 'unresolvable RFC.5321 from domain' (an SOA lookup, the page's family above), so this line is not about the sender's domain.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The Sender Hub error-codes page as archived 2024-2026 lists no reply lines: the TSS05, TSS06, 5.7.9 unauthenticated, old 4.16.50 and 'dd ... no longer valid' lines are quoted verbatim from pages and threads that print them (Fortinet, hardware/mailserver #206, VOXmail, smtp-error-codes.info, Suped); the other TS*/PH*/BL* lines are Yahoo replies as senders logged them (verbatim: false).",
    "postmaster.yahoo.com/errors/*.html and help.yahoo.com/kb/postmaster/SLN3434 (old per-code pages): not stored.",
  ],
};

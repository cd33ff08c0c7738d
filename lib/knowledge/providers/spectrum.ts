// Charter / Spectrum (charter.net, spectrum.net, and the legacy TWC and Bright House domains),
// from Spectrum's "Understanding Email Error Codes" page, read through Sisimai's Spectrum module,
// which quotes each AUP#I (incoming) / AUP#O (outgoing) code range with its meaning. The page gives
// codes and meanings, not reply lines: the range examples are reconstructed (verbatim: false); one
// inbound reply is quoted verbatim from Spectrum's community forum.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes",
  "Understanding Email Error Codes (Spectrum)",
  "code ranges and meanings quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Spectrum.pm",
);

const FORUM_1020 = page(
  "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked",
  "I manage a domain, stovebolt.com, that is having emails to Spectum users blocked (Spectrum Community)",
  "stored copy (pages corpus); the moderator removed the IP and the URL from the quoted reply",
);
/** Inbound AUP#In-1020: Spectrum's staff answer on its forum reads it differently from the outbound range. */
const IN_1020 = /aup#in-1020\b/;
/** Inbound AUP#I-1010 / AUP#In-1010: a block on the sender, not a Spectrum account barred from sending. */
const IN_1010 = /aup#in?-1010\b/;

const CHARTER_POSTMASTER = page(
  "http://www.myaccount.charter.com/customers/support.aspx?supportarticleid=1953",
  "Charter Postmaster Services",
  "stored copy (pages corpus)",
);
const SUPED_1010 = page(
  "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-delivery-issues-with-chartertwc-spectrumroadrunner-customers-including",
  "How to troubleshoot email delivery issues with Charter/TWC (Spectrum/Roadrunner) customers, including AUP#I-1010 bounce codes? (Suped)",
  "stored copy (pages corpus); a sender's bounce quoted from the Email Geeks community",
);
const SUPED_BLOCKED = page(
  "https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-contact-spectrumcharter-to-resolve-ip-blocked-issues-for-email-sending",
  "How to contact spectrum/charter to resolve IP blocked issues for email sending? (Suped)",
  "stored copy (pages corpus); the page masks the sending IP as x.x.x.x",
);

const RR_ERRORS = page(
  "http://postmaster.rr.com/error_messages",
  "Inbound Error Messages (Road Runner Postmaster)",
  "stored copy (pages corpus)",
);
const RR_BLOCKS = page(
  "http://security.rr.com/mail_blocks.htm",
  "Road Runner Mail Blocks (security.rr.com)",
  "stored copies (pages corpus)",
);

const { phrase } = entryKit("spectrum");

// [first code, last code, cause, the page's meaning]
const RANGES: readonly (readonly [number, number, CauseId, string])[] = [
  [1000, 1000, "bad-reputation", "Your IP address has been blocked due to suspicious activity."],
  [
    1010,
    1010,
    "relay-denied",
    "This email account has been blocked from sending emails due to suspicious activity.",
  ],
  [
    1020,
    1080,
    "relay-denied",
    "This email account has limited access to send emails based on suspicious activity.",
  ],
  [
    1090,
    1090,
    "remote-server-error",
    "The email you're trying to send can't be processed. Try sending again at a later time.",
  ],
  [
    1100,
    1150,
    "reverse-dns",
    "The IP address you're trying to connect from has an issue with the Domain Name System. Spectrum requires a full circle DNS for emails to be allowed through.",
  ],
  [
    1160,
    1190,
    "sender-policy",
    "The email you tried to send goes against your domain's security policies.",
  ],
  [
    1200,
    1210,
    "ip-blocklisted",
    "The IP address you're trying to send from has been flagged by Cloudmark CSI as potential spam.",
  ],
  [1220, 1250, "ip-blocklisted", "Your IP address has been blacklisted by Spamhaus."],
  [
    1260,
    1260,
    "sender-policy",
    "Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address and try again.",
  ],
  [
    1300,
    1340,
    "rate-limited",
    "Spectrum limits the number of concurrent connections from a sender, as well as the total number of connections allowed.",
  ],
  [
    1350,
    1490,
    "rate-limited",
    "Spectrum limits emails by the number of messages sent, amount of recipients, potential for spam and invalid recipients.",
  ],
  [
    1500,
    1500,
    "sender-address-invalid",
    "Your email was rejected for attempting to send as a different email address than you signed in under.",
  ],
  [
    1520,
    1520,
    "sender-address-invalid",
    "Your email was rejected for attempting to send as a different email address than a domain that we host.",
  ],
  [
    1530,
    1530,
    "message-too-large",
    "Your email was rejected because it's larger than the maximum size of 20MB.",
  ],
  [
    1540,
    1540,
    "rate-limited",
    "Your emails were deferred for attempting to send too many in a single session.",
  ],
  [
    1550,
    1550,
    "rate-limited",
    "Your email was rejected for having too many recipients in one message.",
  ],
  [1560, 1560, "bad-reputation", "Your email was rejected for having too many invalid recipients."],
  [
    1580,
    1580,
    "rate-limited",
    "You've tried to send messages to too many recipients in a short period of time.",
  ],
];

/** A regex for "AUP#I-1234" / "AUP#O1234" codes first..last, by their first three digits. */
function aupNeedle(first: number, last: number): RegExp {
  if (first === last) return new RegExp(`aup#[a-z-]{0,3}${first}\\b`);
  const tens = new Set<string>();
  for (let c = first; c <= last; c++) tens.add(String(c).slice(0, 3));
  return new RegExp(`aup#[a-z-]{0,3}(?:${[...tens].join("|")})\\d\\b`);
}

export const SPECTRUM_TABLE: ProviderTable = {
  provider: "spectrum",
  identity: {
    provider: "spectrum",
    name: "Charter / Spectrum",
    hosts: ["charter.net", "spectrum.net", "rr.com", "twc.com", "brighthouse.com"],
    markers: [/aup#(?:in?|o|out)-?\d{4}/],
    source: CODES,
  },
  phrases: [
    ...RANGES.map(([first, last, cause, meaning]) =>
      phrase({
        id: `aup-${first}${last === first ? "" : `-${last}`}`,
        cause,
        match: [aupNeedle(first, last)],
        ...(first === 1020 ? { unless: [IN_1020] } : first === 1010 ? { unless: [IN_1010] } : {}),
        source: CODES,
        // The page's 1010 row is about Spectrum's own senders, so its line carries the outbound prefix.
        example: `554 ${meaning} AUP#${first === 1010 ? "O" : "I"}-${first}`,
        verbatim: false,
        note: "The page gives the code and its meaning; the reply line is reconstructed. AUP#I codes are for mail into Spectrum, AUP#O for mail out of it.",
      }),
    ),
    phrase({
      id: "aup-in-1020-sender-blocked",
      cause: "bad-reputation",
      match: [IN_1020],
      source: FORUM_1020,
      example:
        "Diagnostic-Code: smtp; 554 impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see\n\n\n   for more information. AUP#In-1020",
      note: "Spectrum's verified employee on the thread: AUP #1020 is a block on the sending email address due to suspicious activity, not an IP blocklisting, likely from recipients marking the mail as spam; it expires by itself.",
    }),
    phrase({
      id: "aup-i-1010-sender-blocked",
      cause: "bad-reputation",
      match: [IN_1010],
      source: SUPED_1010,
      example: "smtp;554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010",
      note: "Mail into Spectrum (AUP#I): the words say the server is unavailable, but the code is a block on the sender for suspicious activity, as Spectrum's staff read the neighbouring AUP#In-1020 on its forum (the page's 1010 row, an account barred from sending, is for Spectrum's own senders). Slow down, fix the reputation, ask unblock@charter.net.",
    }),
    phrase({
      id: "aup-in-1310-connections",
      cause: "rate-limited",
      match: [/sender rejected\. aup#in?-13[0-4]0\b/],
      source: SUPED_BLOCKED,
      example: "550 5.1.0 sender rejected. AUP#In-1310",
      note: "The words say the sender address was refused; Spectrum's page reads 1300-1340 as its limit on concurrent and total connections, set by the IP's reputation: open fewer connections and retry later.",
    }),
    phrase({
      id: "aup-in-1370-volume",
      cause: "rate-limited",
      match: [/cmsmtp \S{1,64} blocked\. aup#in?-1[34]\d0\b/],
      source: SUPED_BLOCKED,
      example: "421 cmsmtp x.x.x.x blocked. AUP#In-1370",
      note: "Spectrum's page reads 1350-1490 as its limits on messages, recipients, spam potential and invalid recipients: a deferral, slow down.",
    }),
    phrase({
      id: "charter-message-rejected-spam",
      cause: "content-spam",
      // Only the bare wording: "550 Message rejected due to ..." elsewhere names its own reason.
      match: [/\b550 message rejected(?! ?[a-z])/],
      // The words alone name no cause (issue 8: a bare "550 Rejected" is never one cause).
      scope: "identified",
      source: CHARTER_POSTMASTER,
      example: "550 Message Rejected",
      note: 'Charter\'s postmaster page: mail its anti-spam application flags as spam is dropped "on the wire" and the sender should receive "550 Message Rejected". The words alone name no cause; from a Charter server they mean the message was judged spam.',
    }),
    // Road Runner (rr.com, now Spectrum): its postmaster's list of the replies its inbound servers
    // give for the message itself, and the reply of its own IP block list.
    phrase({
      id: "rr-invalid-mailbox",
      cause: "recipient-unknown",
      match: [/5\.1\.1 - invalid mailbox: \S+@\S*rr\.com/],
      scope: "any",
      source: RR_ERRORS,
      example: "550 5.1.1 - Invalid mailbox: RECIPIENT@SOMETHING.RR.COM",
      note: "The page: the recipient address does not exist at Road Runner or is not an active account there.",
    }),
    phrase({
      id: "rr-message-too-large",
      cause: "message-too-large",
      match: ["5.3.4 - message too large; message rejected"],
      scope: "any",
      source: RR_ERRORS,
      example: "552 5.3.4 - Message too large; message rejected.",
      note: "The page: Road Runner takes inbound messages up to 30 MB.",
    }),
    phrase({
      id: "rr-message-contains-virus",
      cause: "content-virus",
      match: ["5.7.1 - message rejected; message contains virus"],
      scope: "any",
      source: RR_ERRORS,
      example: "550 5.7.1 - Message rejected; message contains virus.",
    }),
    phrase({
      id: "rr-null-sender-multiple-recipients",
      cause: "sender-address-invalid",
      match: ["null sender with multiple recipients not allowed here"],
      scope: "any",
      source: RR_ERRORS,
      example: "554 5.7.1 - Null sender with multiple recipients not allowed here",
      note: "The page: mail from the null sender (MAIL FROM:<>) is for delivery status notifications, which answer one message and so have one recipient; Road Runner takes such mail for one recipient only.",
    }),
    phrase({
      id: "rr-recipient-not-local",
      cause: "relay-denied",
      match: ["5.1.2 - recipient address not local. relaying denied"],
      scope: "any",
      source: RR_ERRORS,
      example: "553 5.1.2 - Recipient address not local. relaying denied",
    }),
    phrase({
      id: "rr-server-busy",
      cause: "remote-server-error",
      match: ["4.3.2 - connection refused. server is busy, please try back later"],
      scope: "any",
      source: RR_ERRORS,
      example: "421 4.3.2 - Connection refused. Server is busy, please try back later",
      note: "The page lists it among the replies that mean a problem with Road Runner's servers, not with the sending server or the message; retry later.",
    }),
    phrase({
      id: "rr-ip-block-list",
      cause: "bad-reputation",
      match: [/error: mail refused - \S+ - see http:\/\/security\.rr\.com\/mail_blocks\.htm/],
      scope: "any",
      source: RR_BLOCKS,
      example:
        "554 5.7.1 - ERROR: Mail Refused - <IP.ADD.RE.SS> - See http://security.rr.com/mail_blocks.htm#REASON_CODE - YYYYMMDD",
      note: "The page: Road Runner's IP address-based block list, made of addresses and networks its customers complained of spam from; a block by its own complaint count (as Spectrum's AUP 1000 reads), removal by request.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "spectrumbusiness.net 'Understanding Email Error Codes': not stored; its code ranges are read through Sisimai's quotes (reconstructed). Replies are verbatim from Road Runner's postmaster and security pages (inbound error messages, its IP block list), Charter's own Postmaster Services page ('550 Message Rejected'), Spectrum's community forum (AUP#In-1020, with its staff's reading) and senders' bounces quoted on Suped (AUP#I-1010, AUP#In-1310, AUP#In-1370).",
  ],
};

// ZoneMTA (zone-eu/zone-mta at the commit read), the outbound MTA of WildDuck and of other Node
// mail services: the refusals of its submission server (nodemailer's smtp-server underneath,
// whose enhanced codes are off by default, so the reply is the code and the text alone), of its
// core plugins (ClamAV, Rspamd, the delivery loop check), and the "Technical details" its own
// bounce (plugins/core/email-bounce.js) carries when it could not deliver. Placeholders filled:
// a 10 MB limit, an address with two dots in a row, a refused connection to 192.0.2.10.
import { sourceFile, type SourceReply } from "./types";

const REPO = "zone-eu/zone-mta/blob/cf94b992e3a5eb81f0bdf28455210227e68a44a9";

const file = sourceFile("zonemta", REPO, "");
const smtp = file("lib/smtp-interface.js");
const sizeLimiter = file("lib/size-limiter.js");
const sender = file("lib/sender.js");
const loop = file("plugins/core/delivery-loop.js");
const clamav = file("plugins/core/clamav/index.js");
const rspamd = file("plugins/core/rspamd/index.js");

export const ZONEMTA_SOURCE_REPLIES: readonly SourceReply[] = [
  smtp(
    "too-many-recipients",
    204,
    "onRcptTo",
    "let err = new Error('Too many recipients'); err.responseCode = 452;",
    "452 Too many recipients",
    "the message already has the interface's maxRecipients recipients",
    "rate-limited",
  ),
  smtp(
    "invalid-recipient",
    224,
    "onRcptTo (isemail validation)",
    "new Error('The recipient address <' + address.address + '> is not a valid RFC-5321 address.')",
    "553 The recipient address <bob..smith@example.com> is not a valid RFC-5321 address.",
    "the recipient address fails RFC 5321 syntax (isemail error level 17 or more)",
    "recipient-unknown",
  ),
  sizeLimiter(
    "too-big",
    40,
    "SizeLimiter._flush",
    "new Error('Error: message exceeds fixed maximum message size ' + this.maxSize + ' B (' + this.byteSize + ' B)')",
    "552 Error: message exceeds fixed maximum message size 10485760 B (10490000 B)",
    "the message is larger than the interface's maxSize",
    "message-too-large",
  ),
  loop(
    "delivery-loop",
    16,
    "the message:headers hook",
    "new Error(`A delivery loop was detected which causes this email which caused the email to be undeliverable (${receivedLength})`)",
    "500 A delivery loop was detected which causes this email which caused the email to be undeliverable (26)",
    "the message has more Received headers than maxHops (25): it is looping between servers",
    "remote-server-error",
  ),
  clamav(
    "virus",
    104,
    "the message:queue hook",
    "app.reject(envelope, 'virus', messageInfo, '550 This message contains a virus and may not be delivered')",
    "550 This message contains a virus and may not be delivered",
    "ClamAV found a virus in the message",
    "content-virus",
  ),
  rspamd(
    "spam",
    102,
    "the message:queue hook",
    "app.reject(envelope, 'spam', messageInfo, '550 This message was classified as SPAM and may not be delivered')",
    "550 This message was classified as SPAM and may not be delivered",
    "Rspamd's action for the message is reject (and dropSpam is off)",
    "content-spam",
  ),
  sender(
    "tls-policy",
    51,
    "POLICY_RESPONSE, the bounce's response when enforced TLS (MTA-STS or the zone's requireTLS) cannot be had (lines 1377 and 1571)",
    "const POLICY_RESPONSE = 'Failed to establish a TLS connection to the MX server as requested by policy';",
    "Policy error: Failed to establish a TLS connection to the MX server as requested by policy",
    "delivery needs TLS by policy and the MX would not do it (no STARTTLS, or a handshake or certificate failure)",
    "tls-required",
  ),
  sender(
    "connect-error",
    1386,
    "the connection's _onError: the response ZoneMTA records (and reports in its delay notice) for a connection that fails",
    "err.response = err.response || `Network error: Error connecting to ${mx.host}. ${err.message}`;",
    "Network error: Error connecting to mx.example.net. connect ECONNREFUSED 192.0.2.10:25",
    "the recipient domain's MX refused or dropped the TCP connection",
    "remote-unreachable",
  ),
];

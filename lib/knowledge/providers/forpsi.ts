// Forpsi (INTERNET CZ: hosting and mail in Czechia, Slovakia and Poland, also sold as konto.pl),
// from its support articles on the replies of its shared outgoing server smtp.forpsi.com and
// of its incoming server mxavas.forpsi.com (both Cloudmark Gateway, which puts a session id such
// as "piWs1j0010jifNx01iWsdh" before the words), read in English and Polish.
//
// Forpsi writes enhanced status 5.1.0 or 5.1.1 (address codes) on nearly every refusal, whatever
// its reason: a sending limit, a temporary block of the sender for spam-like sending, a GeoIP
// block, a recipient's personal blocklist. The words, and the support article each outgoing
// refusal links to, say the reason; the status code does not.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SMTP_CONFIG = page(
  "http://support.forpsi.com/KB/a3147/konfigurace-smtp-serveru.aspx",
  "SMTP server configuration (Forpsi support)",
  "stored copy (pages corpus)",
);

const AUTHORIZATION = page(
  "https://support.forpsi.sk/kb/a3902/smtp-server-configuration-authorization.aspx",
  "SMTP server configuration - authorization (Forpsi support)",
  "stored copy (pages corpus)",
);

const LIMITS = page(
  "http://podpora.forpsi.com/kb/a3904/smtp-server-configuration-limits.aspx",
  "SMTP server configuration - limits (Forpsi support)",
  "stored copy (pages corpus)",
);

const GEOIP = page(
  "http://podpora.forpsi.com/kb/a3153/geoip-allowed-countries.aspx",
  "GeoIP - allowed countries (Forpsi support)",
  "stored copy (pages corpus)",
);

const UNDELIVERABLE_FROM_IP = page(
  "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx",
  'Błąd "policy violation" - e-maile w kolejce z adresu IP (konto.pl / Forpsi pomoc)',
  "stored copy (pages corpus)",
);

const INVALID_RECIPIENTS_FROM_IP = page(
  "https://support.forpsi.pl/kb/a2873/blad-policy-violation-nieprawidlowe-adresy-odbiorcow-z-adresu-ip.aspx",
  "Błąd „policy violation” – nieprawidłowe adresy odbiorców z adresu IP (Forpsi pomoc)",
  "stored copy (pages corpus)",
);

const SPAM_TO_QQ_YAHOO = page(
  "http://support.konto.pl/kb/a2813/blad-policy-violation-spam-do-qq_com-yahoo_com.aspx",
  'Błąd "policy violation" - spam do qq.com, yahoo.com (konto.pl / Forpsi pomoc)',
  "stored copy (pages corpus)",
);

const SPAM_LIKE_RECIPIENTS = page(
  "https://support.forpsi.com/kb/a4656/error-policy-violation-emails-from-domain-to-addresses-similar-to-recipients-of-spams.aspx",
  'Error "policy violation" - emails from domain to addresses similar to recipients of spams (Forpsi support)',
  "stored copy (pages corpus)",
);

const INCOMING = page(
  "https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx",
  "Incoming emails limitiation on the mailserver mxavas.forpsi.com (Forpsi support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("forpsi");

/**
 * The outgoing server's "policy violation" replies name the support article that explains
 * them ("see https://support.forpsi.com/kb/a4081"): the article number is the reason.
 */
const kbLink = (article: string): RegExp =>
  new RegExp(`support\\.forpsi\\.com/kb/${article}(?![0-9])`);

/**
 * A temporary block of the sender by Forpsi's own outgoing server: what the articles share.
 * Where the article names an hourly volume threshold (more than 100 messages an hour, half of
 * them undeliverable) the reading is a sending limit, as Aruba reads the same Cloudmark
 * "policy violation" (aruba.ts); where it names the pattern of a stolen mailbox sending spam
 * (to qq.com and yahoo.com, to addresses spam goes to) it is Forpsi's distrust of the sender.
 */
const TEMPORARY_BLOCK =
  "Forpsi's outgoing server blocks SMTP for the sender (POP3, IMAP and webmail still work) and lifts the block by itself; the mail need not have come from the account itself, another user of the same public IP address may have sent it.";

export const FORPSI_TABLE: ProviderTable = {
  provider: "forpsi",
  identity: {
    provider: "forpsi",
    name: "Forpsi (smtp.forpsi.com, mxavas.forpsi.com)",
    hosts: ["forpsi.com"],
    // Only Forpsi's servers link their refusals to Forpsi's support articles.
    markers: ["support.forpsi.com/kb/"],
    source: SMTP_CONFIG,
  },
  phrases: [
    // --- smtp.forpsi.com, the outgoing server: the sender's own provider refusing to send ---
    phrase({
      id: "policy-violation-sending-limits",
      cause: "rate-limited",
      match: [kbLink("a3900")],
      scope: "any",
      source: LIMITS,
      example:
        "5.1.0 piWs1j0010jifNx01iWsdh policy violation, see https://support.forpsi.com/kb/a3900",
      note: "The article: one IP address or mail account sent more than the server allows (250 messages a minute, 1000 an hour, 20000 a day). Send fewer per unit of time, or ask Forpsi for more.",
    }),
    phrase({
      id: "too-many-recipients",
      cause: "rate-limited",
      match: ["too many recipients"],
      status: ["5.1.0"],
      source: LIMITS,
      example: "5.1.0 piWs1j0010jifNx01iWsdh too many recipients",
      note: "The article: one message may have at most 250 recipients; split it into several messages with fewer recipients.",
    }),
    phrase({
      id: "authentication-failed",
      cause: "relay-denied",
      match: [/5\.1\.0 [a-z0-9]{16,30} authentication failed/],
      scope: "any",
      source: AUTHORIZATION,
      example: "550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed",
      note: "The article (quoting Opera Mail's report of the server's reply): the mail program does not log in to smtp.forpsi.com, or logs in with a wrong user name or password; the server sends only for authenticated users. Check the account's outgoing-server settings.",
    }),
    phrase({
      id: "sender-rejected-domain-not-hosted",
      cause: "sender-address-invalid",
      match: ["> sender rejected"],
      status: ["5.1.0"],
      unless: ["geoip"],
      // "sender rejected" is a common refusal elsewhere for other reasons (a blocklisted IP, a
      // failed SPF check): Forpsi's reading holds only where its server is identified.
      scope: "identified",
      source: AUTHORIZATION,
      example: "5.1.0 <john.smith@domain.com> sender rejected",
      note: "The article: the sender address is in a domain that has no hosting at Forpsi (a Gmail or Hotmail address, say), or in another domain than the one the mail program logged in with. Send from an address of the authenticated domain (or its alias), or through the address's own provider.",
    }),
    phrase({
      id: "sender-rejected-geoip",
      cause: "relay-denied",
      match: ["sender rejected geoip"],
      scope: "any",
      source: GEOIP,
      example: "5.1.0 <jan.novak@mailtest.cz> sender rejected GeoIP mailtest.cz:112.67.35.229:CN",
      note: "The article: the mail program connected from a country whose IP addresses smtp.forpsi.com does not accept (the reply ends with the country code); the address itself is fine. Ask Forpsi support to allow the country for the account.",
    }),
    phrase({
      id: "policy-violation-undeliverable-from-ip",
      cause: "rate-limited",
      match: [kbLink("a4081"), kbLink("a4075")],
      scope: "any",
      source: UNDELIVERABLE_FROM_IP,
      example:
        "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
      note: `The article (Polish): in the last hour more than 100 messages were sent from the sender's public IP address and more than half of them could not be delivered. ${TEMPORARY_BLOCK} The block ends after 60 minutes; find why so much bounced before sending again.`,
    }),
    phrase({
      id: "policy-violation-invalid-recipients-from-ip",
      cause: "rate-limited",
      match: [kbLink("a4077")],
      scope: "any",
      source: INVALID_RECIPIENTS_FROM_IP,
      example:
        "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4077",
      note: `The article (Polish): more than 100 messages an hour from the sender's IP address, more than half of them to invalid recipients (no MX record, refused by the receiving server). ${TEMPORARY_BLOCK} The bounce reports say why those recipients were refused.`,
    }),
    phrase({
      id: "policy-violation-spam-to-qq-yahoo",
      cause: "bad-reputation",
      match: [kbLink("a4071")],
      scope: "any",
      source: SPAM_TO_QQ_YAHOO,
      example:
        "550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071",
      note: `The article (Polish; it prints the reply translated): many messages went from the account, most of them to qq.com or yahoo.com addresses, the usual pattern of a stolen mailbox sending spam. ${TEMPORARY_BLOCK} Change the account's password if the mail was not the owner's.`,
    }),
    phrase({
      id: "policy-violation-spam-like-recipients",
      cause: "bad-reputation",
      match: [kbLink("a4656")],
      scope: "any",
      source: SPAM_LIKE_RECIPIENTS,
      example:
        "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4656",
      note: `The article: more than 50 messages from the domain went to addresses like those spam is sent to, so SMTP is blocked for every account of the domain, for up to 24 hours. ${TEMPORARY_BLOCK} Forpsi lifts it sooner after an authorised support ticket.`,
    }),
    // --- mxavas.forpsi.com, the incoming server: a Forpsi customer's mailbox refusing mail ---
    phrase({
      id: "final-recipient-mailbox-full",
      cause: "mailbox-full",
      match: ["sorry, final recipient mailbox is full"],
      scope: "any",
      source: INCOMING,
      example: "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)",
      note: "The article: the recipient's mailbox is full, although the reply also carries 5.1.1 (an address code). Reach the recipient another way; Forpsi will also tell its customer on a ticket.",
    }),
    phrase({
      id: "sender-is-blacklisted",
      cause: "sender-policy",
      match: [/> sender is block ?listed/, /> sender is black ?listed/],
      status: ["5.1.1"],
      source: INCOMING,
      example: "550 5.1.1 <xxx> sender is blacklisted",
      note: "The article: the recipient put the sender (address or domain) on the personal blocklist of the mailbox; no public list is involved, whatever 5.1.1 suggests. Only the recipient can lift it; reach them another way.",
    }),
    phrase({
      id: "spam-detected",
      cause: "content-spam",
      match: [/5\.2\.0 [a-z0-9]{16,30} spam detected/],
      scope: "any",
      source: INCOMING,
      example: "552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected",
      note: "The article: the message was judged spam and the recipient has chosen to have spam refused rather than filed. Ask the recipient (another way) to allow the sender's address.",
    }),
    phrase({
      id: "blocked-by-spf",
      cause: "authentication-failure",
      match: [/5\.1\.0 [a-z0-9]{16,30} blocked by spf/],
      scope: "any",
      source: INCOMING,
      example: "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF",
      note: "The article: the sender's domain publishes SPF and the sending IP address is not in it (a hard fail), often because the mail was forwarded or sent through an ISP's server. The sending domain's SPF record must list the server that sends.",
    }),
    phrase({
      id: "dmarc-validation-failed",
      cause: "authentication-failure",
      match: [/bizsmtp [a-z0-9]{12,30} dmarc validation failed/],
      scope: "any",
      source: INCOMING,
      example: "552 cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed",
      note: "The article: the message has no valid DKIM signature of the From domain and that domain's DMARC policy is reject. Sign with DKIM for the From domain.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The configuration article's limits on authentications per IP and on messages per session were cut off in the stored copy; their replies are not entered.",
    "The same incoming list appears on ASPone's wiki (wiki.aspone.cz, in Czech); it was not entered as a second provider.",
  ],
};

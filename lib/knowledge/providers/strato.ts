// STRATO (strato.de), a German host whose help pages are in German: its FAQ lists the replies
// its mail servers give, in English, with what each means and what to do. Inbound, its filter
// answers "Refused by local policy. No SPAM please!" and names in parentheses what it found
// (B-URL, B-TEXT, B-SCORE, B-EX, B-ATTACH); outbound, its filter stops mail it reads as spam
// before it leaves ("Sending of SPAM is not permitted!").
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://strato.de/faq/mail/fehlermeldungen-bei-e-mails",
  "Warum erhalte ich Fehlermeldungen bei der Arbeit mit E-Mails? (STRATO FAQ)",
  "stored copies of this page and of https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/ (FAQ #2420) (pages corpus)",
);
const OUTBOUND_SPAM = page(
  "https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html",
  "Ich habe eine E-Mail über den Versand von Spam erhalten (STRATO FAQ)",
  "stored copy (pages corpus)",
);

const STRATO_UK = page(
  "https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered",
  "Why are my emails not being delivered? (STRATO FAQ, UK)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("strato");

export const STRATO_TABLE: ProviderTable = {
  provider: "strato",
  identity: {
    provider: "strato",
    name: "STRATO",
    hosts: ["strato.de"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "b-efrom-strato",
      cause: "sender-address-invalid",
      match: [/\(b-efrom-strato\)/],
      scope: "any",
      source: STRATO_UK,
      example: "550 Forbidden domain 'xxx' in Envelope-From (B-EFROM-STRATO)",
      verbatim: false,
      note: "The page prints the code and the reason in two columns of its table; the example joins them. The page: the envelope sender (the return address) uses a domain that belongs to STRATO itself, which customers may not send as; send from the customer's own address.",
    }),
    phrase({
      id: "no-spam-please",
      cause: "content-spam",
      match: ["refused by local policy. no spam please"],
      // B-ATTACH names an attachment, not spam (b-attach below).
      unless: [/\(b-attach\)/],
      source: ERRORS,
      example: "550 5.7.1 Refused by local policy. No SPAM please",
      note: "STRATO's filter found content it takes for spam (the page: 'Ihre E-Mail verstößt gegen die Filter- bzw. Spamregel des jeweiligen Empfängers'); the marker in parentheses, when given, names what: B-URL a suspicious link, B-TEXT/B-SCORE/B-EX suspicious text, also in a signature.",
    }),
    phrase({
      id: "b-marker",
      cause: "content-spam",
      // The page's markers for what the filter found; each only inside the reply's parentheses.
      match: [/\(b-(?:url|text|score|ex)\)/],
      source: ERRORS,
      example: "550 5.7.1 Refused by local policy. No SPAM please! (B-URL)",
      verbatim: false,
      note: "The page lists the markers as the reason in parentheses after 'Refused by local policy. No SPAM please!': B-URL 'Eine verdächtige URL wurde gefunden', B-TEXT, B-SCORE, B-EX 'Verdächtiger Text wurde gefunden'. The example joins the page's reply and one of its markers as the page describes.",
    }),
    phrase({
      id: "b-attach",
      cause: "content-virus",
      match: [/\(b-attach\)/],
      // STRATO's own marker, written by no other filter found: it counts where STRATO is not named.
      scope: "any",
      source: ERRORS,
      example: "550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)",
      verbatim: false,
      note: "B-ATTACH: 'Die Mail enthält einen Anhang (Attachment), welcher nicht versendet werden darf': remove the attachment. The example joins the page's reply and its marker as the page describes.",
    }),
    phrase({
      id: "dangerous-attachment",
      cause: "content-virus",
      match: ["message contains a dangerous attachment"],
      source: OUTBOUND_SPAM,
      example: "550 5.7.1 Refused by local policy. Message contains a dangerous attachment!",
      note: "STRATO took the attachment for malware, or its file type is not allowed (the page: .EXE, .COM): send it in another form.",
    }),
    phrase({
      id: "sending-spam-not-permitted",
      cause: "content-spam",
      match: ["sending of spam is not permitted"],
      source: OUTBOUND_SPAM,
      example: "550 5.7.1 Refused by local policy. Sending of SPAM is not permitted!",
      note: "STRATO's outbound filter read the sender's own message as spam and did not send it: check its text, links and attachments; when the mailbox sent mail its owner did not write, its password is known to someone else.",
    }),
    phrase({
      id: "recipient-address-unknown",
      cause: "recipient-unknown",
      // STRATO's own spelling of "address".
      match: ["recipient e-mail adress unknown"],
      source: ERRORS,
      example: "550 recipient e-mail adress unknown",
      note: "The page: 'Empfängeradresse ist nicht bekannt' (the recipient's address is not known).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Its 450 4.7.0 'Transmit rate limit exceed...' reply is cut off in the stored copy of FAQ 2304, and the phishing reply's full wording is not given: neither is entered. Its mail hosts (beyond strato.de) are not named on a stored page.",
  ],
};

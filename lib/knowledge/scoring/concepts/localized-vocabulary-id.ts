// Indonesian vocabulary (see ./localized-vocabulary.ts for the idea), beside the narrower
// Indonesian concepts of ./localized-address.ts and ./localized-transfer.ts (an address that "tidak
// ada", a full "kotak surat", a message "terlalu besar"): the pairings those lack. Whole words and
// phrases ("tidak dapat terhubung", not "tidak dapat"), and the sender's own identity or login
// ("pengirim", "otentikasi", "sandi") keeps them quiet.
//
// Sources: Gmail's own Indonesian help on bounces (read in a copy of the page, cited as such) and
// Thunderbird's Indonesian catalog.
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Gmail's Indonesian help on bounces (answer 6596), read in a copy of its text on a third party's page. */
const GMAIL_BOUNCE_ID_COPY = page(
  "https://adaberapa.com/kenapa-pesan-gmail-tidak-terkirim",
  "Kenapa pesan gmail tidak terkirim (a copy of Gmail's Indonesian help: Menafsirkan balasan tidak terkirim yang umum)",
);
/** Thunderbird's own Indonesian catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdId = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/id/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's id catalog, ${key})`;

export const LOCALIZED_VOCABULARY_ID_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.id.vocab.recipient-unknown",
    cause: "recipient-unknown",
    says: "the email account the message was sent to does not exist",
    // akun email (email account); tidak ada (does not exist).
    subject: ["akun email"],
    failure: ["tidak ada"],
    // The sender's own account; a domain.
    unless: ["pengirim", "akun anda", "domain"],
    weight: LESS_SURE,
    examples: [ex('"Akun email yang Anda coba hubungi" tidak ada', GMAIL_BOUNCE_ID_COPY)],
  },
  {
    id: "concept.l10n.id.vocab.content-spam",
    cause: "content-spam",
    says: "the receiving server took the message for spam (its text or links look suspicious)",
    // "spam" as a whole word ... ditandai (marked); mencurigakan (suspicious) ... teks (text). Not
    // "link": English replies about spam hold it.
    subject: ["spam", "mencurigakan"],
    failure: ["ditandai", "teks"],
    // The sender's IP or domain judged is its reputation, not the message.
    unless: ["alamat ip", "ip pengirim", "reputasi"],
    weight: LESS_SURE,
    examples: [
      ex('"Pesan ditandai sebagai spam"', GMAIL_BOUNCE_ID_COPY),
      ex("Teks atau link pesan tampak mencurigakan.", GMAIL_BOUNCE_ID_COPY),
    ],
  },
  {
    id: "concept.l10n.id.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the server accepts",
    // ukuran pesan (the message's size); melebihi (exceeds).
    subject: ["ukuran pesan"],
    failure: ["melebihi"],
    // A mailbox's storage is a full mailbox; a count of recipients is no size.
    unless: ["kotak masuk", "kotak surat", "penyimpanan", "cacah penerima", "jumlah penerima"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Ukuran pesan yang ingin Anda kirim melebihi batas maksimum ukuran global server.",
        thunderbirdId("smtpPermSizeExceeded2"),
      ),
    ],
  },
  {
    id: "concept.l10n.id.vocab.connection-failed",
    cause: "remote-unreachable",
    says: "the connection to the mail server could not be made, broke off or timed out",
    // koneksi / sambungan (connection), terhubung (connected); kehabisan waktu (timed out),
    // terputus (cut off), kegagalan (failure), tidak dapat terhubung (could not connect).
    subject: ["koneksi", "sambungan", "terhubung"],
    failure: ["kehabisan waktu", "terputus", "kegagalan", "tidak dapat terhubung"],
    // A login (otentikasi, sandi) or a secure link (tautan aman) failing is another cause.
    unless: ["otentikasi", "sandi", "tautan aman", "starttls"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Pesan tidak dapat dikirim karena koneksi ke Server keluar (SMTP) %S kehabisan waktu.",
        thunderbirdId("smtpSendTimeout"),
      ),
      ex(
        "Pesan tidak dapat dikirim karena koneksi ke Server keluar (SMTP) %S terputus di tengah transaksi.",
        thunderbirdId("smtpSendInterrupted"),
      ),
      ex(
        "Pesan tidak dapat dikirimkan karena kegagalan sambungan %S ke server pengirim (SMTP).",
        thunderbirdId("smtpSendRequestRefused"),
      ),
      ex(
        "Anda akan melihat pesan error ini jika Gmail tidak dapat terhubung ke server email penerima.",
        GMAIL_BOUNCE_ID_COPY,
      ),
    ],
  },
];

// The Indonesian vocabulary (./localized-vocabulary-id.ts): every word is in an example, new
// pairings fire, a notice's boilerplate reads nothing, its `unless` neighbours stay quiet and
// English replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

const UNKNOWN = "concept.l10n.id.vocab.recipient-unknown";
const SPAM = "concept.l10n.id.vocab.content-spam";
const TOO_LARGE = "concept.l10n.id.vocab.message-too-large";
const CONNECTION = "concept.l10n.id.vocab.connection-failed";

describe("Indonesian vocabulary", () => {
  it.each([
    ["Akun email penerima tidak ada", UNKNOWN],
    ["Email Anda ditandai sebagai spam oleh server penerima", SPAM],
    ["Ukuran pesan melebihi batas server penerima", TOO_LARGE],
    ["Sambungan ke server penerima terputus", CONNECTION],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Pesan Anda tidak dapat dikirim ke penerima berikut.",
    "Pesan tidak terkirim.",
    "Gagal mengirim pesan.",
    "Periksa kembali alamat email penerima dan coba lagi.",
    "Hubungi administrator Anda.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(ids(text).filter((id) => id.startsWith("concept.l10n."))).toEqual([]);
  });

  it.each([
    // The sender's own account.
    ["Akun email pengirim tidak ada", UNKNOWN],
    // The sending IP's reputation, not the message.
    ["Alamat IP pengirim ditandai sebagai spam", SPAM],
    // A mailbox's storage, a count of recipients: no message size.
    ["Ukuran pesan di kotak masuk melebihi penyimpanan", TOO_LARGE],
    [
      "Pesan tidak terkirim karena melebihi cacah penerima yang diizinkan; ukuran pesan normal",
      TOO_LARGE,
    ],
    // A login or a secure link failing, not the connection.
    ["Tidak dapat mengotentikasi; koneksi terputus", CONNECTION],
    ["Tidak dapat membuat tautan aman, koneksi terputus", CONNECTION],
  ])("does not fire on a misleading neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    // English spam replies with a link.
    "550 5.7.1 Message rejected as spam. See the link https://example.com/spam for details",
    "421 4.4.2 Connection timed out",
    "552 5.3.4 Message size exceeds fixed limit",
  ])("reads no Indonesian concept in an English reply: %s", (text) => {
    expect(ids(text).filter((id) => id.startsWith("concept.l10n.id."))).toEqual([]);
  });
});

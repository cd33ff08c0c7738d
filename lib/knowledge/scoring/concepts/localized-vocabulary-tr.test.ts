// The Turkish vocabulary (./localized-vocabulary-tr.ts): every word is in an example, new
// pairings fire, a notice's boilerplate and the near misses its `unless` names read nothing, and
// English replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const turkish = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.tr.vocab."));

const QUOTA = "concept.l10n.tr.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.tr.vocab.sending-limit";
const TOO_LARGE = "concept.l10n.tr.vocab.message-too-large";
const LISTED = "concept.l10n.tr.vocab.ip-blocklisted";

describe("Turkish vocabulary", () => {
  it.each([
    ["552 5.2.2 Alıcının posta kutusu kotası aşıldı", QUOTA],
    ["ALICININ POSTA KUTUSU KOTASI AŞILDI", QUOTA],
    ["Günlük gönderim sınırınıza ulaştınız, iletiniz gönderilmedi", LIMIT],
    ["552 İletinin boyutu izin verilen sınırını aşıyor", TOO_LARGE],
    ["554 Sunucunuzun IP adresi engellenenler listesinde yer alıyor", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "İletiniz aşağıdaki alıcılara teslim edilemedi.",
    "Bu ileti posta teslim sistemi tarafından otomatik olarak oluşturulmuştur.",
    "Lütfen e-posta adresini kontrol edip yeniden deneyin.",
    "Posta kutusu kotası: 2 GB, kullanılan: 1,2 GB",
    "Sunucu günlükleri incelendi.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(turkish(text)).toEqual([]);
  });

  it.each([
    // A daily sending quota exceeded is a rate limit, not a full mailbox.
    ["Posta kutusu kotası aşıldı: günlük gönderme kotası", QUOTA],
    // A storage limit reached is a full mailbox.
    ["Günlük yedekleme: depolama sınırınıza ulaştınız", LIMIT],
    // A mailbox's size over its limit is a full mailbox.
    ["Posta kutusu doldu: iletinin boyutu kota sınırını aşıyor", TOO_LARGE],
    // Not listed; a sender on the recipient's own list names no IP.
    ["IP adresi engellenenler listesinde değil", LISTED],
    ["Gönderen, alıcının engellenen gönderenler listesinde", LISTED],
    // Removed from the list.
    ["IP adresi engellenenler listesinden kaldırıldı", LISTED],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

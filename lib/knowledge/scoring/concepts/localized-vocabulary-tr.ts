// Turkish vocabulary (see ./localized-vocabulary.ts for the idea), beside the narrower Turkish
// concepts of ./localized-address.ts (an address that "yok", a "posta kutusu dolu"),
// ./localized-transfer.ts (caught by the spam filter) and ./localized-google-limits.ts (Google's
// relay limit): the ideas those lack. A mailbox over its quota ("kotası aşıldı"), a daily sending
// limit reached, a message over the size limit, a sending IP on a block list. Turkish suffixes its
// nouns ("kotası", "kotanızı", "kotasının"), so the tokens are the inflected forms the sources
// print (a subject matches as whole words), and the dotless ı is folded to i on both sides
// (text-index.ts), so "ALICI" and "alıcı" read alike.
//
// Left out: an address "devre dışı" (disabled). The one source that says so hedges it with an
// invalid address ("Geçersiz ya da devre dışı e-posta adresi"), which reads as the invalid address
// it names first, and an example must read its own cause alone.
//
// Sources: Microsoft's own Turkish help (AlchemyInsights tr-TR: its NDR articles) and
// Thunderbird's Turkish catalog.
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Turkish help (OfficeDocs-AlchemyInsights tr-TR, a public copy at a pinned commit). */
const alchemyTr = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR/blob/829935b72282a64e4ec4294adebf31fd30f93f68/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (tr-TR)`,
  );
const MS_QUOTA_TR = alchemyTr("mailbox-quota-exceeded.md", "Posta Kutusu Kotası Aşıldı");
const MS_MAILBOX_FULL_TR = alchemyTr(
  "mailbox-full-error.md",
  "Hata kodu 554 5.2.2 posta kutusu dolu OLAN NDR",
);
const MS_DAILY_LIMIT_TR = alchemyTr(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 İleti alıcıları için günlük sınırınıza ulaştığınız için iletiniz göndere alıyorum",
);
const MS_SPAMHAUS_TR = alchemyTr(
  "error-sending-email-blocked-by-spamhaus.md",
  "E-posta gönderme hatası: İstemci ana bilgisayarı Spamhaus kullanılarak engellendi",
);
/** Thunderbird's own Turkish catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdTr = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/tr/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's tr catalog, ${key})`;

export const LOCALIZED_VOCABULARY_TR_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.tr.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // posta kutusu kotası / kotanızı / kotasının (the mailbox's quota, in its cases); aşıldı (was
    // exceeded), aştı (exceeded: "aştınız"), aşılması (its being exceeded). Only the mailbox's
    // quota: a sending quota over its limit is a rate limit.
    subject: ["posta kutusu kotası", "posta kutusu kotanızı", "kutusu kotasının"],
    failure: ["aşıldı", "aştı", "aşılması"],
    unless: ["gönderme", "gönderim"],
    weight: LESS_SURE,
    examples: [
      ex("Posta Kutusu Kotası Aşıldı", MS_QUOTA_TR),
      ex("Hesabınız için posta kutusu kotanızı aştınız.", MS_QUOTA_TR),
      ex("kutusu kotasının aşılması", MS_MAILBOX_FULL_TR),
    ],
  },
  {
    id: "concept.l10n.tr.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // günlük (daily); sınırınıza ulaştı (reached your limit), sınırını aştı (exceeded its limit).
    // Not "günlük" alone with any failure: it is also a log ("sunucu günlükleri").
    subject: ["günlük"],
    failure: ["sınırınıza ulaştı", "sınırını aştı"],
    // A storage limit reached is a full mailbox; a size limit is the message's.
    unless: ["depolama", "boyut", "posta kutusu"],
    weight: LESS_SURE,
    examples: [
      ex("İleti alıcıları için günlük sınırınıza ulaştığınız için", MS_DAILY_LIMIT_TR),
      ex("10.000 iletilik günlük alıcı oranı sınırını aştı", MS_DAILY_LIMIT_TR),
    ],
  },
  {
    id: "concept.l10n.tr.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the server's size limit",
    // iletinin boyutu (the message's size); sınırını aşıyor (exceeds the limit).
    subject: ["iletinin boyutu"],
    failure: ["sınırını aşıyor"],
    // A mailbox's storage is a full mailbox.
    unless: ["posta kutusu", "depolama"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Göndermeyi denediğiniz iletinin boyutu sunucunun genel boyut sınırını aşıyor.",
        thunderbirdTr("smtpPermSizeExceeded2"),
      ),
    ],
  },
  {
    id: "concept.l10n.tr.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // engellenenler listesinde (in the list of the blocked: subjects match as whole words, and
    // "listesinden", from the list, is a removal), kullanılarak engellendi (blocked using, a list's
    // name before it); ip adresi (IP address), ana bilgisayar (host). A sender on the recipient's
    // own list ("engellenen gönderenler listesi", blocked senders) names no IP.
    subject: ["engellenenler listesinde", "kullanılarak engellendi"],
    failure: ["ip adresi", "ana bilgisayar"],
    // Not listed.
    unless: ["listesinde değil", "yer almıyor"],
    weight: LESS_SURE,
    examples: [
      ex(
        "İletiyi gönderen IP adresi Spamhaus'un engellenenler listesinde yer alıyor.",
        MS_SPAMHAUS_TR,
      ),
      ex("İstemci ana bilgisayarı Spamhaus kullanılarak engellendi", MS_SPAMHAUS_TR),
    ],
  },
];

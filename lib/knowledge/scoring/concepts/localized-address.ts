// Concepts (see ./types.ts) in languages other than English, the recipient's side, continued
// from ./localized-recipient.ts (which holds the first language of each idea): the address that
// does not exist, the full mailbox, the closed account, the domain that does not exist, in the
// languages and wordings that file lacks (Turkish, Swedish, Indonesian, Catalan; Japanese ISPs'
// "the left / right of the @ is wrong"; Chinese "disabled" and "dormant"; Czech, Spanish).
// One concept per language and idea, as there. Sources: ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import { SENDER_JA, SENDER_ZH } from "./localized-recipient";
import {
  LESS_SURE,
  HOCOROCO_JA,
  CATV_YOKOHAMA_JA,
  CHUPICOM_JA,
  FOBHOST_ZH,
  MYSDQQ_ZH,
  SH_TR,
  USEINBOX_TR,
  ASO_TR,
  CROSSNET_SV,
  WORKSPACE_SMTP_SV,
  IDG_SV,
  ANDROBUNTU_ID,
  DOSENIT_ID,
  TECNOCIENTISTA_ID,
  EABM_CS,
  RIUDOMS_CA,
  FML8_JAPANESE,
  GRHOSTING_CS,
  GODADDY_TR,
  BACKLINK_TR,
  STYRELSEPROFFSET_SV,
  EGENERATOR_SV,
  BBIQ_JA,
  GMO_JA,
  EXCHANGE_NDR_ZH_CN_3BB2,
  EXCHANGE_NDR_ZH_TW_97A4,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const UNKNOWN = "recipient-unknown" as const;
const UNKNOWN_SAYS = "the recipient's address (its user, account or mailbox) does not exist";
const FULL = "mailbox-full" as const;
const FULL_SAYS = "the recipient's mailbox is full (out of storage)";
const DOMAIN = "recipient-domain-invalid" as const;

/** Words that put a "does not exist" on the sender, the domain or a login, per language (as NOT_THE_RECIPIENT in ./shared.ts). */
export const NOT_THE_RECIPIENT_MORE = [
  // tr
  "gönderen",
  "alan adı",
  "şifre",
  "parola",
  // sv
  "avsändar",
  "domän",
  "lösenord",
  // id
  "pengirim",
  "domain",
  "kata sandi",
  // ca
  "remitent",
  "domini",
];

export const LOCALIZED_ADDRESS_CONCEPTS: readonly Concept[] = [
  // --- Japanese ISPs: which side of the @ is wrong ---
  {
    id: "concept.l10n.ja.local-part-wrong",
    cause: UNKNOWN,
    says: "the part of the address before the @ (the user) is wrong or does not exist",
    // Japanese ISPs explain "User unknown" as the left of the @ being wrong.
    subject: ["左側", "より左"],
    failure: ["間違って", "誤り", "存在しません", "存在しな"],
    examples: [
      ex("送信先メールアドレスの@マークより左側が間違っている可能性があります。", CHUPICOM_JA),
      ex("メールアドレスの「@」より左の部分に誤りがあることが考えられます。", CATV_YOKOHAMA_JA),
    ],
  },
  {
    id: "concept.l10n.ja.domain-part-wrong",
    cause: DOMAIN,
    says: "the part of the address after the @ (the domain) is wrong or does not exist",
    // ... and "Host unknown" as the right of (after: より後ろ) the @ being wrong, or its domain
    // (ドメイン) missing.
    subject: ["右側", "より右", "より後", "ドメイン"],
    // "間違" is "間違って" and "間違い" (a mistake).
    failure: ["間違", "誤り", "存在しません", "存在しな"],
    // The sender's own address ("差出人", "送信者") is another cause.
    unless: SENDER_JA,
    examples: [
      ex("送信先メールアドレスの@マークの右側が存在しません", HOCOROCO_JA),
      ex("メールアドレスの「@」より右の部分に誤りがあることが考えられます。", CATV_YOKOHAMA_JA),
      ex("送信先メールアドレスの@マークより右側が間違っている可能性があります。", CHUPICOM_JA),
      ex("メールアドレスの「@」より後ろに一致する メールアドレスが存在しない。", BBIQ_JA),
      ex("HOST unknown:@より後ろの部分(ドメイン名)の間違い", GMO_JA),
    ],
  },

  // --- Japanese: the address is not registered ---
  {
    id: "concept.l10n.ja.address-not-registered",
    cause: UNKNOWN,
    says: "the recipient's address is not registered at the receiving provider",
    subject: ["アドレス"],
    failure: ["登録されていません"],
    // A mailing list's "your address is not registered (as a member)" is the sender's.
    unless: ["あなたのアドレス", "あなたのメールアドレス", "メンバー", "会員", ...SENDER_JA],
    examples: [
      // pakeo.ne.jp's notice, the address masked as the module quotes it.
      ex("あなたが送ろうとしたアドレス「*********」は、登録されていません。", FML8_JAPANESE),
    ],
  },

  // --- Chinese: the account is disabled, frozen or dormant ---
  {
    id: "concept.l10n.zh.account-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account is disabled, frozen or dormant",
    // The mailbox too (邮箱, 信箱), as Exchange's tables write 5.2.1.
    subject: ["帐号", "账号", "帳號", "账户", "帳戶", "用户", "用戶", "邮箱", "信箱"],
    // "禁用状态" and "冻结状态" (in a disabled, a frozen state); "停用" (deactivated).
    failure: [
      "被禁用",
      "已禁用",
      "禁用状态",
      "被冻结",
      "已冻结",
      "冻结状态",
      "被凍結",
      "休眠状态",
      "休眠狀態",
      "停用",
    ],
    // The sender's own account frozen for sending spam ("您的帐号被冻结") is another cause.
    unless: ["您的", "你的", ...SENDER_ZH, "发信", "發信"],
    weight: LESS_SURE,
    examples: [
      ex("帐号被禁用(冻结或删除等)", FOBHOST_ZH),
      ex("退信原因:用户由于长时间未登录处于休眠状态。", MYSDQQ_ZH),
      // Exchange's own tables, the causes they give for 5.2.1 (mailbox cannot be accessed).
      ex("邮箱可能处于脱机或禁用状态", EXCHANGE_NDR_ZH_CN_3BB2),
      ex("信箱可能離線，停用，或已隔離郵件的規則。", EXCHANGE_NDR_ZH_TW_97A4),
      // The first half of "收件人提供的帐号不存在(或帐号为冻结状态)", a hedge that ranks both
      // (localized.test.ts).
      ex("或帐号为冻结状态", MYSDQQ_ZH),
    ],
  },

  // --- Turkish ---
  {
    id: "concept.l10n.tr.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["alıcı adresi", "alıcı", "kullanıcı", "e-posta adresi", "adres"],
    // "yok" (there is no), "bulunamadı" (not found), "mevcut değil" (not present), "bilinmeyen"
    // (unknown), "var olmayan" (non-existent).
    failure: ["yok", "bulunamadı", "mevcut değil", "bilinmeyen", "var olmayan"],
    // An unknown error is no unknown user.
    unless: [...NOT_THE_RECIPIENT_MORE, "bilinmeyen hata", "bilinmeyen bir hata"],
    weight: LESS_SURE,
    // SH's line for 550 hedges: "the recipient's address does not exist, the spam filter caught
    // it"; concept.l10n.tr.caught-by-spam-filter reads the second half, so the line ranks both.
    examples: [
      ex("Alıcı adresi yok", SH_TR),
      ex("Bilinmeyen kullanıcı.", BACKLINK_TR),
      ex("Alıcı burada mevcut değil.", BACKLINK_TR),
      ex("Geçersiz veya var olmayan e-posta adresi", GODADDY_TR),
    ],
  },
  {
    id: "concept.l10n.tr.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["posta kutusu", "mail kutusu", "e-posta kutusu", "kotası", "kota"],
    failure: ["dolu", "dolmuş", "doldu"],
    weight: LESS_SURE,
    examples: [
      // Inbox's heading over 5.2.2 Mailbox full.
      ex("E-posta kutusu dolu", USEINBOX_TR),
      ex("alıcının sunucudaki mail kutusu dolmuş demektir.", ASO_TR),
    ],
  },

  // --- Swedish ---
  {
    id: "concept.l10n.sv.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["adressen", "e-postadressen", "mottagaren", "användaren"],
    failure: ["finns inte"],
    unless: NOT_THE_RECIPIENT_MORE,
    weight: LESS_SURE,
    examples: [ex("Hård studs – adressen finns inte;", IDG_SV)],
  },
  {
    id: "concept.l10n.sv.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // "inboxen" (the inbox, Swedish form): not the English "inbox", which is no whole word in it.
    subject: [
      "e-postlådan",
      "e-postlåda",
      "brevlådan",
      "brevlåda",
      "postlådan",
      "inboxen",
      "inkorg",
    ],
    // "slut på lagringsutrymme" (out of storage space): Gmail's Swedish 452 4.2.2.
    failure: ["är full", "överskrid", "slut på lagringsutrymme"],
    examples: [
      ex("Mottagarens brevlåda är full", STYRELSEPROFFSET_SV),
      ex("studs av orsaken att inboxen hos mottagaren är full", EGENERATOR_SV),
      ex(
        "Detta händer när din e-postlåda inte kan ta mot e-post då den totala storleken på e-postlådan kommer att överskridas på servern.",
        CROSSNET_SV,
      ),
      ex("Mottagarens inkorg har slut på lagringsutrymme.", WORKSPACE_SMTP_SV),
    ],
  },

  // --- Indonesian ---
  {
    id: "concept.l10n.id.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["alamat email", "alamat e-mail", "alamat"],
    failure: ["tidak ada", "tidak ditemukan", "tidak dikenal"],
    unless: NOT_THE_RECIPIENT_MORE,
    weight: LESS_SURE,
    examples: [ex("alamat email tujuan tidak ada", ANDROBUNTU_ID)],
  },
  {
    id: "concept.l10n.id.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // The localized word is the subject, the nouns the failure: "inbox" is in English bounces too.
    subject: ["penuh"],
    failure: ["kotak surat", "kotak masuk", "inbox", "kapasitas"],
    // A full sending queue or a full server is another cause.
    unless: ["antrean", "server penuh"],
    weight: LESS_SURE,
    examples: [
      ex("Kotak Surat Penuh", TECNOCIENTISTA_ID),
      ex("Kapasitas Inbox sudah penuh", DOSENIT_ID),
    ],
  },

  // --- Czech ---
  {
    id: "concept.l10n.cs.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    // "přeplněná" (overfull), beside the "schránka" (box).
    subject: ["plnou schránku", "plná schránka", "schránka je plná", "přeplněná"],
    failure: ["příjemce", "schránk"],
    weight: LESS_SURE,
    examples: [
      ex("Příjemce má plnou schránku.", EABM_CS),
      ex("schránka příjemce je přeplněná", GRHOSTING_CS),
    ],
  },
  {
    id: "concept.l10n.cs.domain-does-not-exist",
    cause: DOMAIN,
    says: "the recipient's domain does not exist",
    subject: ["doménu", "doména", "domény"],
    failure: ["neexistující", "neexistuje"],
    unless: ["odesílatel"],
    weight: LESS_SURE,
    examples: [ex("Email byl zaslán na neexistující doménu.", EABM_CS)],
  },

  // (Spanish "a mailbox said to be full" is now concept.l10n.es.vocab.mailbox-full, in
  // ./localized-vocabulary.ts, with its examples.)

  // --- Catalan ---
  {
    id: "concept.l10n.ca.recipient-does-not-exist",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["no hi ha cap bústia", "no hi ha cap bustia", "no existeix"],
    failure: ["destinatari", "adreça", "usuari"],
    unless: NOT_THE_RECIPIENT_MORE,
    weight: LESS_SURE,
    examples: [
      ex(
        "El missatge s'ens retorna perquè no hi ha cap bústia a l'ordinador de destí amb el nom de l'adreça del destinatari.",
        RIUDOMS_CA,
      ),
    ],
  },
  {
    id: "concept.l10n.ca.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["bústia", "bustia"],
    failure: ["està plena", "es plena"],
    weight: LESS_SURE,
    examples: [ex("La bústia del destinatari està plena i no accepta més missatges.", RIUDOMS_CA)],
  },
];

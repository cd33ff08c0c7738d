// Concepts (see ./types.ts) in Japanese and Chinese that read an idea from its words, as
// ./localized-vocabulary.ts does for the European languages: the language's words for the thing
// (宛先, アドレス; 收件人, 地址) and the words for what went wrong (不明, 誤り; 地址错误), any pairing
// within the window. The pairings ./localized-recipient.ts and ./localized-address.ts already
// read ("存在しません", "不存在", "已满") stay there; these are the further ones the providers' own
// pages attest. Every word is in at least one example quoted from its page.
//
// Kana and hanzi are no word characters to the matcher (lib/classify/concept-match.ts isWordChar):
// a token is found inside any longer run, so each failure is a whole phrase ("地址错误", never a
// bare "错误") and the words that put the same failure on something else are `unless` words: the
// sender (差出人, 送信者, 发件人, 寄件者), the domain or host, an IP address.
import type { Concept, ConceptExample } from "./types";
import { NOT_THE_RECIPIENT_L10N } from "./localized-recipient";
import {
  LESS_SURE,
  CATV_YOKOHAMA_JA,
  CHUPICOM_JA,
  FML8_JAPANESE,
  GMAIL_BOUNCE_JA,
  GMO_JA,
  NTT_OCN_JA,
  MAIL263_ZH,
  WZ0733_ZH,
  NETEASE_SPAM_HELP_ZH,
  NETEASE_CODES_COPY_ZH,
  J5OM_ZH_TW,
  ARENA_JA,
  FUJIFILM_JA,
  PCDESIGNK_JA,
  CHOUWENLAO_ZH,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const UNKNOWN = "recipient-unknown" as const;
const UNKNOWN_SAYS =
  "the recipient's address is unknown or wrong (the part before the @ does not match a user)";

export const LOCALIZED_VOCABULARY_CJK_CONCEPTS: readonly Concept[] = [
  // --- ja ---
  {
    id: "concept.l10n.ja.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    // 宛先 / 送信先 (the address sent to), アドレス, ユーザ (ユーザー), より前 (before the @).
    // "e-mailアドレス" whole: the matcher takes a subject that touches a Latin letter ("Eメール",
    // "E-mailアドレス") for part of a Latin word, so "アドレス" alone is not read there.
    subject: ["宛先", "送信先", "アドレス", "e-mailアドレス", "ユーザ", "より前"],
    // 宛先不明 (address unknown: "不明" only in that compound, never bare, which "詳細は不明です"
    // (the details are unknown) holds too), 不一致 (does not match), 誤って / 誤り (wrong), 間違
    // (間違って, 間違い, 間違えた: mistaken), 入力ミス (mistyped).
    // "無効な" (invalid: before its noun; "無効です", "無効になって" are a disabled account's,
    // ./localized-recipient.ts).
    failure: ["宛先不明", "不一致", "誤って", "誤り", "間違", "入力ミス", "無効な"],
    // The domain or host after the @ (より後ろ, 右側: ./localized-address.ts), an IP address, the
    // sender's own address.
    unless: [
      ...NOT_THE_RECIPIENT_L10N,
      "ipアドレス",
      "ホスト",
      "あなたのアドレス",
      "あなたのメールアドレス",
    ],
    weight: LESS_SURE,
    examples: [
      // The ISP's words for what the notice says; "宛先不明" is the notice's own label.
      ex(
        "メールサーバから「宛先不明」や「受信不可」などを通知するエラーメールが返送されます。",
        CATV_YOKOHAMA_JA,
      ),
      // jp-r.ne.jp's notice, as fml8's bounce parser quotes it.
      ex("送信先E-mailアドレスの不一致です", FML8_JAPANESE),
      ex("メールアドレスの「@」より左の部分に誤りがあることが考えられます。", CATV_YOKOHAMA_JA),
      ex(
        "宛先として入力したメールアドレスが誤っている場合は、正しく入力しなおしてください。",
        NTT_OCN_JA,
      ),
      ex("■送信先メールアドレスが間違っている", CHUPICOM_JA),
      ex("User unknown:@より前の部分(ユーザー名)の間違い", GMO_JA),
      ex("宛先のメールアドレスが存在しない、または入力ミスがある場合に届きます。", GMO_JA),
      ex("または、メールアドレスの入力を間違えた可能性もあります。", GMAIL_BOUNCE_JA),
      ex("メール送信後に「無効なメールアドレスです」などとエラーが返ってきます。", PCDESIGNK_JA),
    ],
  },

  // --- zh (Simplified and Traditional) ---
  {
    id: "concept.l10n.zh.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: "the recipient's address is wrong (mistyped)",
    subject: ["收件人", "地址"],
    // 地址错误 (the address is wrong), 输入错误 (mistyped).
    failure: ["地址错误", "输入错误"],
    // An IP address, the sender's, the domain or host: NOT_THE_RECIPIENT_L10N.
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    examples: [ex("收件人信箱地址错误", MAIL263_ZH), ex("电子邮件地址输入错误", WZ0733_ZH)],
  },

  // --- the sender's side ---
  {
    id: "concept.l10n.ja.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending server's IP address is on a blacklist",
    // "ipアドレス" whole: the matcher reads "アドレス" after Latin letters as part of their word.
    subject: ["ipアドレス"],
    failure: ["ブラックリスト"],
    // Not listed.
    unless: ["登録されていない", "登録されていません", "掲載されていません"],
    weight: LESS_SURE,
    examples: [
      ex(
        "お客さまのIPアドレスが、インターネット上の迷惑メール対策機関のブラックリストに登録された場合",
        ARENA_JA,
      ),
      ex(
        "メールサーバーのIPアドレスが、インターネット上の迷惑メール対策組織のブラックリストに登録され",
        FUJIFILM_JA,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP is on a blocklist (an RBL, or the receiver's own blacklist)",
    // "发信ip" (the sending IP) whole, for the reason "ipアドレス" is above.
    subject: ["发信ip", "發信ip"],
    // "rbl", "黑名單" (blacklist, as the reseller's Traditional page writes it).
    failure: ["rbl", "黑名單"],
    unless: ["不在黑名单", "不在黑名單"],
    weight: LESS_SURE,
    examples: [
      // NetEase's 450 DT:RBL.
      ex("发信IP位于一个或多个RBL里。", NETEASE_CODES_COPY_ZH),
      ex("導致命中收件方的反垃圾黑名單,導致發信IP被臨時禁用。", J5OM_ZH_TW),
    ],
  },
  {
    id: "concept.l10n.zh.vocab.content-spam",
    cause: "content-spam",
    says: "the message's content was judged to be spam",
    // "邮件内容", "邮件正文" (the message's content, its body).
    subject: ["邮件内容", "邮件正文", "郵件內容"],
    // "未被网易许可" (not permitted by NetEase: its spam rejection), "垃圾邮件特征" (spam's traits).
    failure: ["未被网易许可", "垃圾邮件特征", "垃圾郵件特徵"],
    // A content that holds none ("不包含", "不含").
    unless: ["不包含", "未包含", "不含"],
    weight: LESS_SURE,
    examples: [
      ex("发送的邮件内容包含了未被网易许可的信息", NETEASE_SPAM_HELP_ZH),
      // NetEase's 451 DT:SPM.
      ex("邮件正文带有垃圾邮件特征或发送环境缺乏规范性,被临时拒收。", NETEASE_CODES_COPY_ZH),
      ex("如果原始郵件內容的確包含垃圾郵件特徵", J5OM_ZH_TW),
    ],
  },
  {
    id: "concept.l10n.ja.vocab.server-unreachable",
    cause: "remote-unreachable",
    says: "the receiving mail server could not be connected to",
    subject: ["メールサーバー", "メールサーバ"],
    // "接続できない" (cannot connect).
    failure: ["接続できない"],
    weight: LESS_SURE,
    examples: [
      ex(
        "このエラー メッセージは、Gmail が受信側のメールサーバーに接続できない場合に表示されま",
        GMAIL_BOUNCE_JA,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.vocab.retries-failed",
    cause: "remote-unreachable",
    says: "the sending server tried many times and could not deliver to the receiving side",
    // "多次嘗試" (tried many times), beside "無法投遞" (cannot be delivered): the Traditional forms
    // the registrar's page writes.
    subject: ["多次嘗試"],
    failure: ["無法投遞"],
    weight: LESS_SURE,
    examples: [ex("退信原因:多次嘗試,但郵件無法投遞到接收方。", CHOUWENLAO_ZH)],
  },
];

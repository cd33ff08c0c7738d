// Concepts (see ./types.ts) in languages other than English, the message and its transfer,
// continued from ./localized-delivery.ts: a message too large, a message judged to be spam or
// to carry a virus, a receiving server that does not answer, a sender sending too often, in the
// languages and wordings that file lacks. One concept per language and idea, as there. Sources:
// ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import {
  LESS_SURE,
  HOCOROCO_JA,
  CATV_YOKOHAMA_JA,
  PCSEIKATSU_JA,
  JINBO_KO,
  OLIVEIT_KO,
  FOBHOST_ZH,
  MYSDQQ_ZH,
  WZ0733_ZH,
  GXWH_ZH,
  XIAYUYUN_ZH,
  SH_TR,
  ANDROBUNTU_ID,
  EABM_CS,
  RIUDOMS_CA,
  MS_QUEUE_EXPIRED_DE,
  MS_QUEUE_EXPIRED_ES,
  MS_QUEUE_EXPIRED_PT,
  MS_QUEUE_EXPIRED_IT,
  MS_QUEUE_EXPIRED_JA,
  EXO_NDR_TABLE_DE,
  EXCHANGE_NDR_ES,
  EXCHANGE_NDR_PT,
  EXCHANGE_NDR_IT,
  EXCHANGE_NDR_JA,
  EXCHANGE_NDR_KO,
  ERRORSMASTER_RU,
  TENCENT_EXMAIL_FORUM_ZH,
  TENCENT_EXMAIL_RESELLER_ZH_TW,
  NETEASE_CODES_COPY_ZH,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const TOO_LARGE = "message-too-large" as const;
const TOO_LARGE_SAYS = "the message is larger than the receiver accepts";
const UNREACHABLE = "remote-unreachable" as const;
const EXPIRED_SAYS =
  "the sending server gave up: the message expired in its queue before the receiving server took it";
const NO_ANSWER_SAYS = "the recipient's mail server did not answer (the connection timed out)";

export const LOCALIZED_TRANSFER_CONCEPTS: readonly Concept[] = [
  // --- the message is too large ---
  {
    id: "concept.l10n.ja.mail-volume-exceeded",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    // "メールの容量" is one message's size; a mailbox's is "メールボックスの容量" (mailbox-full).
    subject: ["メールの容量", "メール容量"],
    failure: ["超えて", "大きすぎ"],
    unless: ["メールボックス", "受信トレイ", "保存容量", "空き容量"],
    examples: [
      ex(
        "送信したメールの容量が送信先のメールサーバの容量を超えている為メール送信出来ません",
        HOCOROCO_JA,
      ),
      ex("先方が受信できるメール容量を超えているため受け入れられない状態です。", CATV_YOKOHAMA_JA),
      ex("「メールの容量が大きすぎる」", PCSEIKATSU_JA),
    ],
  },
  {
    id: "concept.l10n.zh.message-size-exceeded",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["邮件大小", "郵件大小", "邮件太大", "郵件太大"],
    failure: ["超过", "超過", "超出", "太大"],
    // A count of messages or recipients over a limit is a rate or a list, not a size.
    unless: ["数量", "數量"],
    weight: LESS_SURE,
    examples: [
      ex("如果邮件大小超过了限制,邮件就会被退回。", GXWH_ZH),
      ex("这封邮件太大了,超过了对方的邮件服务商针对一封邮件大小的限制。", WZ0733_ZH),
    ],
  },
  {
    id: "concept.l10n.id.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    // The localized words are the subject, the nouns the failure ("email" is in English bounces too).
    subject: ["terlalu besar"],
    failure: ["email", "pesan", "lampiran", "ukuran"],
    weight: LESS_SURE,
    examples: [ex("Email yang Dikirim Terlalu Besar", ANDROBUNTU_ID)],
  },
  {
    id: "concept.l10n.cs.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    // Whole words: "příliš velkou přílohou", "zpráva je příliš velká".
    subject: ["příliš velkou", "příliš velká", "příliš velký", "příliš velké"],
    failure: ["přílo", "zpráv", "email", "e-mail"],
    // Too many recipients is another limit.
    unless: ["příjemců"],
    weight: LESS_SURE,
    examples: [ex("V tomto případě se snažíte poslat email s příliš velkou přílohou.", EABM_CS)],
  },
  {
    id: "concept.l10n.ca.message-too-large",
    cause: TOO_LARGE,
    says: TOO_LARGE_SAYS,
    subject: ["massa gran"],
    failure: ["adjunt", "missatge"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Hem enviat un correu amb algun fitxer adjunt massa gran, que supera el màxim tamany permès a la bustia del destinatari.",
        RIUDOMS_CA,
      ),
    ],
  },

  // --- the message was judged to be spam, or to carry a virus ---
  {
    id: "concept.l10n.ja.judged-spam",
    cause: "content-spam",
    says: "the message was judged to be spam",
    // "と判定" (judged as): not "迷惑メール対策" (the recipient's own filtering settings).
    subject: ["スパム", "迷惑メール"],
    failure: ["と判定", "と判断"],
    weight: LESS_SURE,
    examples: [ex("「Message content rejected」:スパムメールと判定された場合。", PCSEIKATSU_JA)],
  },
  {
    id: "concept.l10n.ja.virus-found",
    cause: "content-virus",
    says: "the receiving server found a virus in the message",
    subject: ["ウイルス", "ウィルス"],
    failure: ["に感染", "が検出され"],
    // A scanner's footer that found nothing.
    unless: ["検出されませんでした", "検出されていません", "感染していません"],
    weight: LESS_SURE,
    examples: [
      ex("このメールがウイルスに感染していると相手側のサーバーが判断している", PCSEIKATSU_JA),
    ],
  },
  {
    id: "concept.l10n.zh.judged-spam",
    cause: "content-spam",
    says: "the message was judged to be spam",
    subject: ["垃圾邮件", "垃圾郵件"],
    failure: ["认定为", "判定为", "判别为", "認定為", "判定為"],
    // The sending IP or the sender judged a spammer is a reputation, not this message's content.
    unless: ["ip被", "ip地址", "发送者", "發送者"],
    weight: LESS_SURE,
    examples: [ex("退信原因:邮件被反垃圾系统认定为垃圾邮件,无法继续发送。", MYSDQQ_ZH)],
  },
  {
    id: "concept.l10n.ru.judged-spam",
    cause: "content-spam",
    says: "the message was marked as spam by the receiver's filters",
    subject: ["как спам"],
    failure: ["отмечено", "отмечен", "помечен", "признан"],
    // "не было отмечено как спам": not marked.
    unless: ["не было отмечено", "не отмечен", "не помечен", "не признан"],
    weight: LESS_SURE,
    examples: [
      ex(
        "вы автоматически отправляете нам оригинал письма, которое было отмечено нашими антиспам-фильтрами как спам.",
        ERRORSMASTER_RU,
      ),
    ],
  },
  {
    id: "concept.l10n.tr.caught-by-spam-filter",
    cause: "content-spam",
    says: "the receiver's spam filter caught the message",
    subject: ["spam filtresine", "spam filtresi"],
    failure: ["takıldı", "takılmış"],
    weight: LESS_SURE,
    examples: [ex("spam filtresine takıldı", SH_TR)],
  },

  // --- the message expired in the sending server's queue (Exchange's 4.4.7, translated) ---
  {
    id: "concept.l10n.de.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["warteschlange", "nachricht ist abgelaufen"],
    failure: ["abgelaufen"],
    examples: [
      ex("550 4.4.7 WARTESCHLANGE.Abgelaufen ist; Nachricht ist abgelaufen.", MS_QUEUE_EXPIRED_DE),
      ex("Die Nachricht in der Warteschlange ist abgelaufen.", EXO_NDR_TABLE_DE),
    ],
  },
  {
    id: "concept.l10n.es.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["cola", "mensaje"],
    failure: ["caducado", "ha expirado"],
    examples: [
      ex("COLA DE 550 4.4.7.Ha caducado; mensaje caducado.", MS_QUEUE_EXPIRED_ES),
      ex(
        "Este problema se produce porque el mensaje de correo electrónico en la cola ha expirado.",
        MS_QUEUE_EXPIRED_ES,
      ),
      ex("El mensaje de la cola ha expirado.", EXCHANGE_NDR_ES),
    ],
  },
  {
    id: "concept.l10n.pt.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["fila", "mensagem"],
    failure: ["expirou", "expirado"],
    // A password or a certificate that expired is another matter.
    unless: ["senha", "certificado"],
    examples: [
      ex("FILA DE 550 4.4.7.Expirado; mensagem expirou.", MS_QUEUE_EXPIRED_PT),
      ex(
        "Este problema ocorre porque a mensagem de correio electrónico na fila expirou.",
        MS_QUEUE_EXPIRED_PT,
      ),
      ex("A mensagem na fila expirou.", EXCHANGE_NDR_PT),
    ],
  },
  {
    id: "concept.l10n.it.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["coda", "messaggio"],
    failure: ["scaduto"],
    unless: ["password", "certificato"],
    examples: [
      ex("CODA 550 4.4.7.Scaduto; messaggio scaduto.", MS_QUEUE_EXPIRED_IT),
      ex(
        "Questo problema si verifica perché il messaggio di posta elettronica nella coda è scaduto.",
        MS_QUEUE_EXPIRED_IT,
      ),
      ex("Il messaggio nella coda è scaduto.", EXCHANGE_NDR_IT),
    ],
  },
  {
    id: "concept.l10n.ja.queue-expired",
    cause: UNREACHABLE,
    says: EXPIRED_SAYS,
    subject: ["キュー", "メッセージの有効期限", "メッセージの期限"],
    failure: ["期限切れ", "期限が切れ"],
    // A password's or a certificate's expiry is another matter.
    unless: ["パスワード", "証明書"],
    examples: [
      ex(
        "550 4.4.7 キューです。期限切れです。メッセージの期限が切れてください。",
        MS_QUEUE_EXPIRED_JA,
      ),
      ex(
        "この問題は、メール キュー内のメッセージの有効期限が切れて場合に発生します。",
        MS_QUEUE_EXPIRED_JA,
      ),
      ex("キューのメッセージの有効期限が切れました。", EXCHANGE_NDR_JA),
    ],
  },

  // --- the receiving server did not answer ---
  {
    id: "concept.l10n.ko.server-not-answering",
    cause: UNREACHABLE,
    says: NO_ANSWER_SAYS,
    subject: ["서버"],
    failure: [
      "응답이 없",
      "응답시간이 초과",
      "응답 시간이 초과",
      "응답을 못",
      "응답 하지 않",
      "응답하지 않",
    ],
    weight: LESS_SURE,
    examples: [
      // Explaining "441 4.4.1 No answer from host" and "451 4.4.2 Bad connection (io timeout)".
      ex("수신측 서버의 응답이 없어서 리턴된 메시지.", JINBO_KO),
      ex("수신 서버의 응답이 없어서 응답시간이 초과 되어 리턴된 메시지.", JINBO_KO),
      ex("메일 수신 서버가 응답을 못하는 상황입니다.", OLIVEIT_KO),
      // Exchange's documentation on 4.4.1 Connection timed out.
      ex("대상 서버 응답 하지 않습니다.", EXCHANGE_NDR_KO),
    ],
  },
  {
    id: "concept.l10n.zh.connection-timed-out",
    cause: UNREACHABLE,
    says: "the connection to the recipient's mail server timed out or could not be made",
    // "SMTP连接" too: the matcher takes "连接" after the Latin "SMTP" as part of one word.
    subject: ["连接", "連接", "連線", "smtp连接", "smtp連線"],
    failure: ["超时", "超時", "逾時", "无法建立", "無法建立"],
    weight: LESS_SURE,
    examples: [
      ex("连接超时", FOBHOST_ZH),
      ex("退信原因:无法建立SMTP连接或者对方服务器忙。", FOBHOST_ZH),
    ],
  },
  {
    id: "concept.l10n.ca.server-not-answering",
    cause: UNREACHABLE,
    says: NO_ANSWER_SAYS,
    subject: ["no respon"],
    failure: ["ordenador", "ordinador", "servidor"],
    weight: LESS_SURE,
    examples: [ex("L’ordenador de destí no respon.", RIUDOMS_CA)],
  },

  // --- the sender sends too often or too much ---
  {
    id: "concept.l10n.zh.sending-too-often",
    cause: "rate-limited",
    says: "the sender has sent too much or too often and is held back for a while",
    // The volume sent (发信量, 發信量, 发信数量) and the connections open at once (并发连接数).
    subject: [
      "发送太过频繁",
      "发送过于频繁",
      "发信频率",
      "发信量",
      "發信量",
      "发信数量",
      "并发连接数",
    ],
    // "上限" (the upper limit, reached), "过大" (too many).
    failure: ["频繁", "超过", "超限", "过高", "上限", "过大"],
    weight: LESS_SURE,
    examples: [
      ex("邮件发送太过频繁,被系统临时禁止发信;", XIAYUYUN_ZH),
      ex("1、发信量已达当日上限,建议您隔天再发。", TENCENT_EXMAIL_FORUM_ZH),
      ex("如果頻發出現提示說發信量達到上限無法往外發信", TENCENT_EXMAIL_RESELLER_ZH_TW),
      // NetEase's 421 HL:ICC and 451 MI:SFQ.
      ex("该IP同时并发连接数过大,超过了网易的限制,被临时禁止连接。", NETEASE_CODES_COPY_ZH),
      ex("发信人在15分钟内的发信数量超过限", NETEASE_CODES_COPY_ZH),
    ],
  },
];

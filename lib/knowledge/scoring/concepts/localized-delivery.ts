// Concepts (see ./types.ts) in languages other than English, the message and the sending side:
// a message too large, a message judged to be spam, a sending or receiving rate over a limit, a
// receiver that requires TLS. One concept per language and idea, as in ./localized-recipient.ts;
// sources in ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import {
  LESS_SURE,
  GMAIL_BOUNCE_DE,
  BYTECAMP_DE,
  GMAIL_BOUNCE_DE_2,
  GMAIL_BOUNCE_ES,
  GMAIL_LIMITS_FR,
  WORKSPACE_SMTP_DE,
  WORKSPACE_SMTP_DE_NEW,
  WORKSPACE_SMTP_JA,
  WORKSPACE_SMTP_ZH_CN,
  WORKSPACE_SMTP_PT_BR,
  EMAILHOST_ZH,
  SCHIEB_DE,
  TECNOBITS_FR,
  GODADDY_IT,
  WP_PL,
  GMAIL_BOUNCE_IT,
  GMAIL_SMTP_IT_COPY,
  BBIQ_JA,
  GMAIL_TLS_JA_BLOG,
  GMAIL_SMTP_ZH_CN_BLOG,
  GMAIL_SMTP_ZH_TW_COPY,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const TOO_LARGE_SAYS = "the message is larger than the receiver accepts";
const SPAM_SAYS = "the message was judged to be spam";
const RATE_SAYS = "mail is arriving or being sent faster than a limit allows";
const SEND_LIMIT_SAYS = "the sender has reached a limit on how much mail it may send";

export const LOCALIZED_DELIVERY_CONCEPTS: readonly Concept[] = [
  // --- the message is too large ---
  {
    id: "concept.l10n.de.message-too-large",
    cause: "message-too-large",
    says: TOO_LARGE_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["ist zu groß", "ist zu gross"],
    failure: ["e-mail", "nachricht", "anhang"],
    // "Die Anzahl der Empfänger ist zu groß" counts recipients.
    unless: ["anzahl", "zahl der"],
    examples: [
      ex("Die E-Mail ist zu groß für den Posteingang des Empfängers.", GMAIL_BOUNCE_DE),
      ex("5.3.4 – Die E-Mail ist zu groß.", SCHIEB_DE),
    ],
  },
  {
    id: "concept.l10n.fr.message-too-large",
    cause: "message-too-large",
    says: TOO_LARGE_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["trop volumineux", "trop volumineuse"],
    failure: ["e-mail", "email", "message", "pièce jointe"],
    weight: LESS_SURE,
    examples: [ex("L'e-mail est trop volumineux.", TECNOBITS_FR)],
  },
  {
    id: "concept.l10n.ja.message-too-large",
    cause: "message-too-large",
    says: TOO_LARGE_SAYS,
    subject: ["メールサイズ"],
    // "超過" (exceeding).
    failure: ["大きすぎ", "超過"],
    examples: [
      ex("送信したメールサイズが大きすぎる。", BBIQ_JA),
      // The third cause of BBIQ's hedge over a wrong address, a full mailbox and a size
      // (localized.test.ts).
      ex("送信メールサイズの超過", BBIQ_JA),
    ],
  },
  {
    id: "concept.l10n.zh.message-too-large",
    cause: "message-too-large",
    says: TOO_LARGE_SAYS,
    subject: ["邮件", "郵件"],
    failure: ["过大", "過大"],
    // "发送邮件的频率过大" is a rate.
    unless: ["频率", "頻率", "数量", "數量"],
    examples: [ex("[退信] 邮件过大:exceeded mailsize limit", EMAILHOST_ZH)],
  },

  // --- the message was judged to be spam ---
  {
    id: "concept.l10n.de.judged-spam",
    cause: "content-spam",
    says: SPAM_SAYS,
    // "als Spam": the verdict on the message. (Not "Spam" alone: "um unsere Nutzer vor Spam zu
    // schützen, wurden E-Mails von Ihrer IP-Adresse vorübergehend blockiert" is the IP's.)
    subject: ["als spam"],
    // "eingestuft" (classified) and "erkannt" (detected): a German host's own reply and its
    // reading of it (BYTECAMP_DE).
    failure: ["markiert", "eingestuft", "erkannt"],
    // Not classified as spam ("nicht als Spam erkannt", a filter's footer).
    unless: ["nicht als spam"],
    examples: [
      ex("Ihre E-Mail wird als Spam markiert oder vorübergehend abgelehnt", GMAIL_BOUNCE_DE),
      ex("571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)", BYTECAMP_DE),
      ex("Die E-Mail wurde von unserem System als Spam erkannt und abgewiesen.", BYTECAMP_DE),
    ],
  },
  {
    id: "concept.l10n.fr.judged-spam",
    cause: "content-spam",
    says: SPAM_SAYS,
    subject: ["comme spam"],
    failure: ["marqué"],
    weight: LESS_SURE,
    examples: [ex("Votre email a été marqué comme spam.", TECNOBITS_FR)],
  },
  {
    id: "concept.l10n.es.judged-spam",
    cause: "content-spam",
    says: SPAM_SAYS,
    subject: ["como spam"],
    failure: ["marcó"],
    examples: [
      ex(
        "Tu correo electrónico se marcó como spam o se rechazó de forma temporal",
        GMAIL_BOUNCE_ES,
      ),
    ],
  },
  {
    id: "concept.l10n.it.judged-spam",
    cause: "content-spam",
    says: SPAM_SAYS,
    subject: ["come spam"],
    failure: ["contrassegnat"],
    examples: [ex("L'email è stata contrassegnata come spam", GODADDY_IT)],
  },

  {
    id: "concept.l10n.pl.refused-by-antispam",
    cause: "content-spam",
    says: "the receiver's anti-spam system refused the message",
    subject: ["system antyspamowy", "systemu antyspamowego"],
    failure: ["odrzucen", "odrzucon"],
    examples: [ex("odrzucenie wiadomości przez system antyspamowy Wirtualnej Polski", WP_PL)],
  },

  // --- a rate or a sending limit ---
  {
    id: "concept.l10n.de.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["zu schnell", "zu rasch"],
    failure: ["e-mails", "nachrichten"],
    examples: [
      ex(
        "450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, erhält zu schnell E-Mails. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal.",
        WORKSPACE_SMTP_DE_NEW,
      ),
      ex(
        '450, "4.2.1" – Der Nutzer, den Sie kontaktieren möchten, erhält zu rasch E-Mails.',
        WORKSPACE_SMTP_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.de.sending-limit-reached",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["erreicht"],
    failure: ["limit", "sendelimit", "versandlimit"],
    // A storage limit is a full mailbox, a size limit a message too large.
    unless: ["speicher", "größe", "groesse"],
    examples: [
      // The page writes "E‑Mails" with a non-breaking hyphen (U+2011).
      ex("Sie haben das Limit zum Senden von E‑Mails erreicht.", GMAIL_BOUNCE_DE_2),
    ],
  },
  {
    id: "concept.l10n.fr.sending-limit-reached",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    subject: ["limite d'envoi"],
    failure: ["atteint"],
    examples: [ex("Vous avez atteint la limite d'envoi d'e-mails", GMAIL_LIMITS_FR)],
  },
  {
    id: "concept.l10n.fr.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    subject: ["rythme"],
    failure: ["empêche la distribution"],
    examples: [
      ex(
        "L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message.",
        GMAIL_LIMITS_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.es.sending-limit-reached",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    subject: ["límite", "limite"],
    failure: ["alcanzaste"],
    unless: ["tamaño", "almacenamiento", "espacio"],
    examples: [ex("Alcanzaste el límite para enviar correos electrónicos", GMAIL_BOUNCE_ES)],
  },
  {
    id: "concept.l10n.pt.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["muito rápido", "a uma taxa que impede"],
    failure: ["e-mails"],
    examples: [
      ex(
        "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde.",
        WORKSPACE_SMTP_PT_BR,
      ),
      ex(
        "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede a entrega de outras mensagens.",
        WORKSPACE_SMTP_PT_BR,
      ),
    ],
  },
  {
    id: "concept.l10n.ja.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    subject: ["速いペース"],
    failure: ["受信"],
    examples: [
      ex(
        "宛先のユーザーが、非常に速いペースでメールを受信しようとしています。後でそのユーザー宛にメールをもう一度送信してください。",
        WORKSPACE_SMTP_JA,
      ),
    ],
  },
  {
    id: "concept.l10n.zh.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    subject: ["频率", "頻率", "接收电子邮件", "接收郵件"],
    failure: ["过高", "過高", "过于频繁", "過於頻繁"],
    examples: [
      ex("您尝试联系的用户接收电子邮件的频率过高。请稍后重发您的邮件。", WORKSPACE_SMTP_ZH_CN),
      ex(
        "您尝试联系的用户目前接收电子邮件过于频繁,因此系统无法递送更多邮件。",
        WORKSPACE_SMTP_ZH_CN,
      ),
    ],
  },

  {
    id: "concept.l10n.it.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["troppo rapidamente"],
    failure: ["email"],
    weight: LESS_SURE,
    examples: [
      ex(
        "L'utente che stai tentando di contattare sta ricevendo email troppo rapidamente.",
        GMAIL_SMTP_IT_COPY,
      ),
    ],
  },

  // --- the receiving server could not be reached ---
  {
    id: "concept.l10n.it.server-did-not-accept-connection",
    cause: "remote-unreachable",
    says: "the sending server could not connect to the recipient's mail server",
    // Gmail's Italian heading for the bounce it sends when it cannot connect to the
    // recipient's server (the page explains it so).
    subject: ["server del destinatario"],
    failure: ["non ha accettato le nostre richieste"],
    examples: [
      ex("Il server del destinatario non ha accettato le nostre richieste", GMAIL_BOUNCE_IT),
    ],
  },

  // --- the receiver requires TLS ---
  {
    id: "concept.l10n.tls-required",
    cause: "tls-required",
    says: "the receiving server requires an encrypted (TLS) connection",
    // "TLS" is the same word in every language; only the verb is translated (de, it, ja, zh).
    // The localized words are the subject, the common noun the failure: a subject that English bounces also hold ("mailbox", "e-mail", "tls") would be looked for, and its neighbours read, in every English bounce.
    subject: ["erforderlich", "richiesta", "が必要", "需要"],
    failure: ["tls"],
    examples: [
      ex(
        '421, "4.7.0" – TLS für RCPT-Domain erforderlich, Verbindung wird beendet.',
        WORKSPACE_SMTP_DE,
      ),
      ex(
        "Crittografia TLS richiesta per il dominio RCPT. Chiusura connessione",
        GMAIL_SMTP_IT_COPY,
      ),
      ex('421, "4.7.0", RCPT ドメインには TLS が必要です。接続を閉じます。', GMAIL_TLS_JA_BLOG),
      ex("421, “4.7.0”, RCPT 网域需要 TLS,正在断开连接。", GMAIL_SMTP_ZH_CN_BLOG),
      ex("RCPT 網域需要使用 TLS,正在關閉連線。", GMAIL_SMTP_ZH_TW_COPY),
    ],
  },
];

// Concepts (see ./types.ts) read from mail programs' own localized message catalogs: Thunderbird's
// error for a message the server refuses as larger than its size limit (composeMsgs.properties,
// smtpPermSizeExceeded2) and Roundcube's for the same (messages.inc, smtpsizeerror) and for an
// address it cannot use (emailformaterror), in each language's catalog. The words before each
// template's placeholder are the examples; the placeholder's text is not. One concept per
// language and idea, where no concept of the language reads these words already (the Japanese,
// Korean and Russian size wordings are examples in ./localized-exchange.ts).
import type { Concept, ConceptExample } from "./types";
import { thunderbirdComposeMsgs as tb, roundcubeMessages as rc } from "./localized-sources";
import { NOT_THE_RECIPIENT_L10N } from "./localized-recipient";
import { NOT_THE_RECIPIENT_MORE } from "./localized-address";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const size = (lang: string) => rc(lang, "smtpsizeerror");
const format = (lang: string) => rc(lang, "emailformaterror");

/**
 * A size concept of one language: its size words as subject, its "exceeds" words as failure;
 * `unless`, that language's words for a mailbox (a mailbox over its size limit is full).
 */
const sizeLimit = (
  lang: string,
  subject: readonly string[],
  failure: readonly string[],
  examples: readonly ConceptExample[],
  unless?: readonly string[],
): Concept => ({
  id: `concept.l10n.${lang}.message-over-server-size-limit`,
  cause: "message-too-large",
  says: "the message is larger than the server's size limit",
  subject,
  failure,
  ...(unless ? { unless } : {}),
  examples,
});

/** An IP address is the sending host's, not the recipient's ("adresse IP invalide"). */
const IP_ADDRESS = [
  "ip address",
  "adresse ip",
  "ip-adresse",
  "dirección ip",
  "endereço ip",
  "indirizzo ip",
  "ip地址",
  "ip 地址",
  "ip位址",
  "ip 주소",
  "ip-адрес",
  "ip adresi",
  "adres ip",
  "ip adresa",
  "ip-adres",
  "ip-adress",
  "alamat ip",
];
const NOT_THE_RECIPIENTS = [...NOT_THE_RECIPIENT_L10N, ...NOT_THE_RECIPIENT_MORE, ...IP_ADDRESS];

/**
 * An "invalid address" concept of one language: the address words as subject, "invalid" as
 * failure. The project reads a malformed recipient address as one that does not exist (X.1.3 in
 * enhanced-status-codes.ts): the fix is the same, correct the address.
 */
const invalidAddress = (
  lang: string,
  subject: readonly string[],
  failure: readonly string[],
  example: string,
  catalog: string,
): Concept => ({
  id: `concept.l10n.${lang}.invalid-address`,
  cause: "recipient-unknown",
  says: "the recipient's address is invalid (malformed or not a usable address)",
  subject,
  failure,
  unless: NOT_THE_RECIPIENTS,
  examples: [ex(example, format(catalog))],
});

export const LOCALIZED_CLIENT_CONCEPTS: readonly Concept[] = [
  // --- the message is over the server's size limit ---
  sizeLimit(
    "de",
    ["größenlimit", "nachrichtengröße"],
    ["übersteigt", "überschreitet"],
    [
      ex(
        "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers.",
        tb("de"),
      ),
      ex("SMTP-Fehler: Nachrichtengröße übersteigt die Servergrenze", size("de_DE")),
    ],
    ["postfachs", "speicherplatz"],
  ),
  sizeLimit(
    "fr",
    ["taille globale limite", "taille limite", "taille du courriel", "taille du message"],
    ["excède", "dépasse"],
    [
      ex(
        "Le message que vous essayez d’envoyer excède la taille globale limite du serveur.",
        tb("fr"),
      ),
      ex("Erreur SMTP : la taille du courriel dépasse la limite du serveur", size("fr_FR")),
    ],
    ["boîte aux lettres", "boîte de réception"],
  ),
  sizeLimit(
    "es",
    ["límite global de tamaño", "tamaño del mensaje", "tamaño de mensaje"],
    ["excede"],
    [
      ex(
        "El tamaño del mensaje que está intentando enviar excede el límite global de tamaño del servidor.",
        tb("es-ES"),
      ),
      ex("Error SMTP: El tamaño de mensaje excede el límite del servidor", size("es_ES")),
    ],
    ["buzón"],
  ),
  sizeLimit(
    "pt",
    ["tamanho da mensagem"],
    ["excede"],
    [
      ex(
        "O tamanho da mensagem que você quer enviar excede o limite global do servidor.",
        tb("pt-BR"),
      ),
      ex("Erro de SMTP: Tamanho da mensagem excede o limite do servidor", size("pt_BR")),
    ],
    ["caixa postal", "caixa de entrada"],
  ),
  sizeLimit(
    "it",
    ["dimensione del messaggio"],
    ["supera il limite"],
    [
      ex(
        "La dimensione del messaggio che si sta tentando di inviare supera il limite globale del server.",
        tb("it"),
      ),
      ex("Errore SMTP: La dimensione del messaggio supera il limite del server", size("it_IT")),
    ],
    ["casella"],
  ),
  sizeLimit(
    "zh",
    ["消息大小", "消息长度", "大小限制", "大小上限"],
    ["超过", "超過"],
    [
      ex("您尝试发送的消息大小超过了全局大小限制。", tb("zh-CN")),
      ex("SMTP 错误：消息长度超过服务器能接受的长度", size("zh_CN")),
    ],
    ["邮箱", "信箱", "配额", "配額"],
  ),
  sizeLimit(
    "tr",
    ["boyut sınırını", "boyut sınırı", "sunucu sınırlamasını"],
    ["aşıyor", "aştı", "aşıldı"],
    [
      ex("Göndermeyi denediğiniz iletinin boyutu sunucunun genel boyut sınırını aşıyor.", tb("tr")),
      ex("SMTP hatası: İleti boyutu sunucu sınırlamasını aşıyor", size("tr_TR")),
    ],
    ["posta kutusu"],
  ),
  sizeLimit(
    "pl",
    ["limit rozmiaru", "rozmiar wiadomości", "rozmiar wysyłanej wiadomości"],
    ["przekracza", "przekroczon"],
    [
      ex(
        "Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru wiadomości na serwerze.",
        tb("pl"),
      ),
      ex("Błąd SMTP: Rozmiar wiadomości przekracza limit", size("pl_PL")),
    ],
    ["skrzynk"],
  ),
  sizeLimit(
    "cs",
    ["velikostní limit", "velikost odesílané zprávy", "velikost zprávy", "limit serveru"],
    ["překročil"],
    [
      ex(
        "Velikost odesílané zprávy překročila na serveru nastavený globální velikostní limit.",
        tb("cs"),
      ),
      ex("Chyba SMTP: Zpráva překročila limit serveru", size("cs_CZ")),
    ],
    ["schránk"],
  ),
  sizeLimit(
    "nl",
    ["grootte van het bericht", "berichtgrootte"],
    ["overschrijdt", "overschreden"],
    [
      ex(
        "De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server.",
        tb("nl"),
      ),
      ex("SMTP-fout: berichtgrootte overschrijdt de serverlimit", size("nl_NL")),
    ],
    ["mailbox", "postvak"],
  ),
  sizeLimit(
    "sv",
    ["storleken på meddelandet", "storleksgränsen"],
    ["överskrider"],
    [
      ex(
        "Storleken på meddelandet du försöker skicka överskrider den globala storleksgränsen för servern.",
        tb("sv-SE"),
      ),
    ],
    ["brevlåd", "postlåd", "e-postlåd"],
  ),
  {
    id: "concept.l10n.sv.message-too-large",
    cause: "message-too-large",
    says: "the message is too large",
    subject: ["för stort", "för stor"],
    failure: ["meddelandet", "brevet", "bilagan"],
    examples: [ex("SMTP-fel: Meddelandet är för stort", size("sv_SE"))],
  },
  sizeLimit(
    "id",
    ["ukuran pesan", "batas maksimum ukuran"],
    ["melebihi", "melampaui"],
    [
      ex(
        "Ukuran pesan yang ingin Anda kirim melebihi batas maksimum ukuran global server.",
        tb("id"),
      ),
      ex("Galat SMTP: Ukuran pesan melampaui batas server", size("id_ID")),
    ],
    ["kotak surat", "kotak masuk"],
  ),

  // --- the address is invalid ---
  invalidAddress(
    "de",
    ["e-mail-adresse", "adresse"],
    ["ungültige", "ungültig"],
    "Ungültige E-Mail-Adresse",
    "de_DE",
  ),
  invalidAddress(
    "fr",
    ["adresse courriel", "adresse e-mail", "adresse"],
    ["invalide"],
    "Adresse courriel invalide",
    "fr_FR",
  ),
  invalidAddress(
    "es",
    ["dirección de correo", "dirección"],
    ["incorrecta", "no válida"],
    "Dirección de correo incorrecta",
    "es_ES",
  ),
  invalidAddress(
    "pt",
    ["endereço de e-mail", "endereço"],
    ["inválido"],
    "Endereço de e-mail inválido",
    "pt_BR",
  ),
  invalidAddress(
    "it",
    ["indirizzo email", "indirizzo"],
    ["non valido"],
    "Indirizzo email non valido",
    "it_IT",
  ),
  invalidAddress(
    "ja",
    ["電子メールアドレス", "メールアドレス"],
    ["誤った"],
    "誤った電子メールアドレス",
    "ja_JP",
  ),
  invalidAddress(
    "zh",
    ["电子邮件地址", "邮件地址", "電郵位址", "位址"],
    ["无效", "無效"],
    "无效的电子邮件地址",
    "zh_CN",
  ),
  invalidAddress("ko", ["이메일 주소"], ["유효하지 않은"], "유효하지 않은 이메일 주소", "ko_KR"),
  invalidAddress("ru", ["адрес"], ["неверный"], "Неверный адрес", "ru_RU"),
  invalidAddress("tr", ["e-posta adresi"], ["geçersiz"], "E-posta adresi geçersiz", "tr_TR"),
  invalidAddress("pl", ["adres e-mail", "adres"], ["błędny"], "Błędny adres e-mail", "pl_PL"),
  invalidAddress(
    "cs",
    ["e-mailová adresa", "adresa"],
    ["neplatná"],
    "Neplatná e-mailová adresa",
    "cs_CZ",
  ),
  invalidAddress("nl", ["e-mailadres"], ["ongeldig"], "Ongeldig e-mailadres", "nl_NL"),
  invalidAddress("sv", ["adress"], ["ogiltig"], "Ogiltig adress", "sv_SE"),
  invalidAddress("id", ["alamat email"], ["tidak valid"], "Alamat email tidak valid", "id_ID"),
];

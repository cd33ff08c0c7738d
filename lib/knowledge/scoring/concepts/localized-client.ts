// Concepts (see ./types.ts) read from a mail program's own localized message catalog:
// Thunderbird's error for a message the server refuses as larger than its size limit
// (composeMsgs.properties, smtpPermSizeExceeded2, in each language's catalog). The words before
// the placeholder for the server's reply are the examples; the reply itself is not. One concept
// per language where no size concept of the language reads these words already (the Japanese,
// Korean and Russian ones are examples in ./localized-exchange.ts).
import type { Concept, ConceptExample } from "./types";
import { thunderbirdComposeMsgs as tb } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const TOO_LARGE = "message-too-large" as const;
const SAYS = "the message is larger than the server's size limit";

/**
 * A size concept of one language: its size words as subject, its "exceeds" words as failure;
 * `unless`, that language's words for a mailbox (a mailbox over its size limit is full).
 */
const sizeLimit = (
  lang: string,
  subject: readonly string[],
  failure: readonly string[],
  example: string,
  catalog: string,
  unless?: readonly string[],
): Concept => ({
  id: `concept.l10n.${lang}.message-over-server-size-limit`,
  cause: TOO_LARGE,
  says: SAYS,
  subject,
  failure,
  ...(unless ? { unless } : {}),
  examples: [ex(example, tb(catalog))],
});

export const LOCALIZED_CLIENT_CONCEPTS: readonly Concept[] = [
  sizeLimit(
    "de",
    ["größenlimit"],
    ["übersteigt", "überschreitet"],
    "Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers.",
    "de",
    ["postfachs", "speicherplatz"],
  ),
  sizeLimit(
    "fr",
    ["taille globale limite", "taille limite"],
    ["excède", "dépasse"],
    "Le message que vous essayez d’envoyer excède la taille globale limite du serveur.",
    "fr",
    ["boîte aux lettres", "boîte de réception"],
  ),
  sizeLimit(
    "es",
    ["límite global de tamaño", "tamaño del mensaje"],
    ["excede"],
    "El tamaño del mensaje que está intentando enviar excede el límite global de tamaño del servidor.",
    "es-ES",
    ["buzón"],
  ),
  sizeLimit(
    "pt",
    ["tamanho da mensagem"],
    ["excede"],
    "O tamanho da mensagem que você quer enviar excede o limite global do servidor.",
    "pt-BR",
    ["caixa postal", "caixa de entrada"],
  ),
  sizeLimit(
    "it",
    ["dimensione del messaggio"],
    ["supera il limite"],
    "La dimensione del messaggio che si sta tentando di inviare supera il limite globale del server.",
    "it",
    ["casella"],
  ),
  sizeLimit(
    "zh",
    ["消息大小", "大小限制", "大小上限"],
    ["超过", "超過"],
    "您尝试发送的消息大小超过了全局大小限制。",
    "zh-CN",
    ["邮箱", "信箱", "配额", "配額"],
  ),
  sizeLimit(
    "tr",
    ["boyut sınırını", "boyut sınırı"],
    ["aşıyor", "aştı", "aşıldı"],
    "Göndermeyi denediğiniz iletinin boyutu sunucunun genel boyut sınırını aşıyor.",
    "tr",
    ["posta kutusu"],
  ),
  sizeLimit(
    "pl",
    ["limit rozmiaru", "rozmiar wiadomości", "rozmiar wysyłanej wiadomości"],
    ["przekracza", "przekroczon"],
    "Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru wiadomości na serwerze.",
    "pl",
    ["skrzynk"],
  ),
  sizeLimit(
    "cs",
    ["velikostní limit", "velikost odesílané zprávy", "velikost zprávy"],
    ["překročil"],
    "Velikost odesílané zprávy překročila na serveru nastavený globální velikostní limit.",
    "cs",
    ["schránk"],
  ),
  sizeLimit(
    "nl",
    ["grootte van het bericht", "berichtgrootte"],
    ["overschrijdt", "overschreden"],
    "De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server.",
    "nl",
    ["mailbox", "postvak"],
  ),
  sizeLimit(
    "sv",
    ["storleken på meddelandet", "storleksgränsen"],
    ["överskrider"],
    "Storleken på meddelandet du försöker skicka överskrider den globala storleksgränsen för servern.",
    "sv-SE",
    ["brevlåd", "postlåd", "e-postlåd"],
  ),
  sizeLimit(
    "id",
    ["ukuran pesan", "batas maksimum ukuran"],
    ["melebihi"],
    "Ukuran pesan yang ingin Anda kirim melebihi batas maksimum ukuran global server.",
    "id",
    ["kotak surat", "kotak masuk"],
  ),
];

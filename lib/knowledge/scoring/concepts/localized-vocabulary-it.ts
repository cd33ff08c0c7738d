// Italian vocabulary in Microsoft's own Italian (see ./localized-vocabulary.ts for the idea),
// beside the Italian concepts of ./localized-vocabulary.ts, ./localized-exchange.ts and
// ./localized-refusals.ts (an unknown or disabled recipient, Exchange's "quota di archiviazione",
// Outlook.com's "quota di invio" and its list of banned senders): the ideas those lack. A mailbox
// over its quota ("quota della cassetta postale"), a daily limit reached ("limite giornaliero"), a
// sending IP or host on a block list ("elenco di blocco", not Outlook.com's "elenco dei mittenti
// bloccati", which concept.l10n.it.banned-sending-ip reads).
//
// Source: Microsoft's own Italian help (AlchemyInsights it-IT: its NDR articles).
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Italian help (OfficeDocs-AlchemyInsights it-IT, a public copy at a pinned commit). */
const alchemyIt = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.it-IT/blob/fc53f2b99aa5bf746f7b56299e858835418f815d/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (it-IT)`,
  );
const MS_QUOTA_IT = alchemyIt("mailbox-quota-exceeded.md", "Quota della cassetta postale superata");
const MS_DAILY_LIMIT_IT = alchemyIt(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 Il messaggio non può essere inviato perché è stato raggiunto il limite giornaliero per i destinatari del messaggio",
);
const MS_SPAMHAUS_IT = alchemyIt(
  "error-sending-email-blocked-by-spamhaus.md",
  "Errore durante l'invio della posta elettronica: host client bloccato tramite Spamhaus",
);

export const LOCALIZED_VOCABULARY_IT_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.it.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // quota della cassetta postale (the mailbox's quota); superat- (exceeded: "superata").
    subject: ["quota della cassetta postale"],
    failure: ["superat"],
    // A sending quota ("quota di invio") is a rate limit.
    unless: ["invio"],
    weight: LESS_SURE,
    examples: [
      ex("Quota della cassetta postale superata", MS_QUOTA_IT),
      ex("È stata superata la quota della cassetta postale per l'account.", MS_QUOTA_IT),
    ],
  },
  {
    id: "concept.l10n.it.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // limite giornaliero (daily limit); raggiunto (reached), superato (exceeded).
    subject: ["limite giornaliero"],
    failure: ["raggiunto", "superato"],
    // A mailbox's storage or a message's size is another limit; not reached.
    unless: ["archiviazione", "dimensioni", "cassetta postale", "non è stato raggiunto"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Il messaggio non può essere inviato perché è stato raggiunto il limite giornaliero per i destinatari del messaggio",
        MS_DAILY_LIMIT_IT,
      ),
      ex(
        "Il mittente ha superato il limite giornaliero di frequenza dei destinatari",
        MS_DAILY_LIMIT_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.it.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // elenco di blocco (block list), bloccato tramite (blocked using, a list's name after it);
    // indirizzo ip (IP address), host client (the client host).
    subject: ["elenco di blocco", "bloccato tramite"],
    failure: ["indirizzo ip", "host client"],
    // Not on the list.
    unless: ["non si trova", "non è in", "non e in", "non è presente", "non risulta"],
    weight: LESS_SURE,
    examples: [
      ex(
        "L'indirizzo IP che ha inviato il messaggio si trova in un elenco di blocco",
        MS_SPAMHAUS_IT,
      ),
      ex("host client bloccato tramite Spamhaus", MS_SPAMHAUS_IT),
    ],
  },
];

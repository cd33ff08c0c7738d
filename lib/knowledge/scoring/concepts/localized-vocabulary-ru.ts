// Concepts (see ./types.ts) in Russian that read an idea from its words, as
// ./localized-vocabulary.ts does for the other European languages: the words for the thing
// (адрес, пользователь, получатель; почтовый ящик) and for what went wrong (несуществующий,
// неправильный, неверный; отключен), any pairing within the window. The pairings
// ./localized-recipient.ts and ./localized-exchange.ts already read ("не существует",
// "переполнен", "превысил квоту") stay there. Every word is in at least one example quoted from
// its page.
//
// Cyrillic letters are no word characters to the matcher (lib/classify/concept-match.ts
// isWordChar): a token is found inside any longer word, so the tokens are stems ("несуществующ"
// is "несуществующий" and "несуществующих"), and the words that put the same failure on the
// sender (отправитель), an IP address, a domain or a server's configuration are `unless` words.
import type { Concept, ConceptExample } from "./types";
import { SENDER_RU } from "./localized-recipient";
import { LESS_SURE, MAILOUT_RU, PLESK_RU, EXCHANGE_NDR_RU_05DF } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

/** Words that put a wrong or missing address on the sender, a host or a configuration. */
const NOT_THE_RECIPIENT_RU = [
  ...SENDER_RU,
  "ip-адрес",
  "ip адрес",
  "домен",
  "парол",
  // "настроен" (configured): a server set up wrong is not an address that is.
  "настро",
];

export const LOCALIZED_VOCABULARY_RU_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.ru.vocab.recipient-unknown",
    cause: "recipient-unknown",
    says: "the recipient's address is wrong or does not exist",
    subject: ["адрес", "пользовател", "получател"],
    // "несуществующ" (non-existent), "неправильн" (wrong), "неверн" (incorrect), "больше не
    // принимает" (no longer accepts).
    failure: ["несуществующ", "неправильн", "неверн", "больше не принимает"],
    unless: NOT_THE_RECIPIENT_RU,
    weight: LESS_SURE,
    examples: [
      // Exchange's own table, the cause it gives for 5.1.3.
      ex(
        "Это сообщение означает, что в сообщении указан неправильный адрес получателя.",
        EXCHANGE_NDR_RU_05DF,
      ),
      // Plesk's mail server, for mail to an address that does not exist on the domain.
      ex("«этот адрес больше не принимает писем»", PLESK_RU),
      ex("поступающей на адреса несуществующих пользователей", PLESK_RU),
      ex("Возможно Вы неверно указали адрес получателя.", MAILOUT_RU),
    ],
  },
  {
    id: "concept.l10n.ru.vocab.mailbox-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's mailbox is disabled",
    subject: ["ящик"],
    // "отключен" (disabled, switched off).
    failure: ["отключен"],
    // The sender's own mailbox ("ваш ящик"), sending (отправка) turned off.
    unless: ["отправк", "ваш ящик", "вашего ящика", "ваш почтовый", "вашего почтового"],
    weight: LESS_SURE,
    // Exchange's reading of 5.2.1 (the mailbox cannot be accessed).
    examples: [
      ex(
        "Возможно, почтовый ящик переведен в автономном режиме или отключен",
        EXCHANGE_NDR_RU_05DF,
      ),
    ],
  },
];

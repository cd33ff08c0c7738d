// Concepts (see ./types.ts) from Google's own localized help on Gmail's sending limits and on its
// SMTP relay service, for cells of the language x cause matrix still empty or only half read:
// the sender over Gmail's sending limit in German, French and Russian (rate-limited), Google's
// SMTP relay over its limit in Portuguese and Turkish (rate-limited), and the relay refused in
// Turkish (relay-denied).
//
// Which words are sent: the sending-limit sentences are the messages Gmail itself gives a user in
// the user's own language (the page: "if your users exceed a limit, they'll get an error message,
// such as"), so they are what a user sees. The SMTP relay wordings are the page's translation of
// English replies ("Peak SMTP relay limit exceeded for customer", "Daily SMTP relay limit exceeded
// for customer", "Mail relay denied"): Google's relay answers in English, so these reach the tool
// only as the page's words or a translated bounce. Sources: ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import {
  WORKSPACE_LIMITS_DE,
  WORKSPACE_LIMITS_FR,
  WORKSPACE_LIMITS_FR_GSUITE,
  WORKSPACE_LIMITS_RU,
  WORKSPACE_RELAY_ERRORS_TR,
  WORKSPACE_SMTP_PT_BR,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const SEND_LIMIT_SAYS =
  "the sender reached the mail service's limit on how many messages it may send in a day, and cannot send until it resets";
const RELAY_LIMIT_SAYS =
  "the organisation went over the sending limit of Google's SMTP relay service (a limit per day or at peak)";

export const LOCALIZED_GOOGLE_LIMIT_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.de.gmail-sending-limit",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    // "Sendebeschränkung" (sending restriction) is the noun of this wording; the other one ("das
    // Limit zum Senden ... erreicht") is concept.l10n.de.sending-limit-reached's.
    subject: ["sendebeschränkung"],
    failure: ["erreicht"],
    // A limit not reached is no refusal.
    unless: ["nicht erreicht", "noch nicht"],
    examples: [ex("Sie haben die Gmail-Sendebeschränkung erreicht.", WORKSPACE_LIMITS_DE)],
  },
  {
    id: "concept.l10n.fr.gmail-sending-limits",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    // The plural "une des limites d'envoi" (one of the sending limits), which
    // concept.l10n.fr.sending-limit-reached's "limite d'envoi" does not meet.
    subject: ["limites d'envoi", "limites relatives à l'envoi"],
    failure: ["atteint"],
    unless: ["pas atteint"],
    examples: [
      ex("Vous avez atteint une des limites d'envoi Gmail.", WORKSPACE_LIMITS_FR),
      ex(
        "Vous avez atteint une des limites relatives à l'envoi d'e-mails.",
        WORKSPACE_LIMITS_FR_GSUITE,
      ),
    ],
  },
  {
    id: "concept.l10n.ru.sending-limit-exceeded",
    cause: "rate-limited",
    says: SEND_LIMIT_SAYS,
    // "ограничение на отправку" (the limit on sending); "превышено" (exceeded).
    subject: ["ограничение на отправку"],
    failure: ["превышено", "превышен"],
    examples: [
      ex("Превышено ограничение на отправку сообщений.", WORKSPACE_LIMITS_RU),
      ex("Превышено ограничение на отправку сообщений Gmail.", WORKSPACE_LIMITS_RU),
    ],
  },
  {
    id: "concept.l10n.pt.relay-limit-exceeded",
    cause: "rate-limited",
    says: RELAY_LIMIT_SAYS,
    // The page's Portuguese for "Peak SMTP relay limit exceeded for customer": "redirecionamento
    // SMTP" is its word for the relay service, so this is a sending limit, not a refused relay.
    subject: ["redirecionamento smtp"],
    failure: ["excedido", "excedeu"],
    examples: [
      ex(
        "450 4.2.1 Limite máximo de redirecionamento SMTP excedido para o cliente. Esse erro é temporário.",
        WORKSPACE_SMTP_PT_BR,
      ),
    ],
  },
  {
    id: "concept.l10n.tr.relay-limit-exceeded",
    cause: "rate-limited",
    says: RELAY_LIMIT_SAYS,
    // "SMTP geçiş sınırı" (SMTP relay limit), daily or at peak ("aynı anda en fazla"); "aşıldı"
    // (was exceeded). The dotless ı is folded to i on both sides.
    subject: ["smtp geçiş sınırı", "smtp geçişi sınırı"],
    failure: ["aşıldı"],
    examples: [
      ex("Müşteri için günlük SMTP geçiş sınırı aşıldı", WORKSPACE_RELAY_ERRORS_TR),
      ex("Müşteri için aynı anda en fazla SMTP geçişi sınırı aşıldı", WORKSPACE_RELAY_ERRORS_TR),
    ],
  },
  {
    id: "concept.l10n.tr.relay-denied",
    cause: "relay-denied",
    says: "the server refused to relay this sender's mail: the sending IP or domain is not one the relay service was set up for",
    // "Posta geçişi" (mail relay) with "reddedildi" (denied): the page's heading for "Mail relay
    // denied". A relay over its limit is concept.l10n.tr.relay-limit-exceeded's.
    subject: ["posta geçişi"],
    failure: ["reddedildi"],
    unless: ["sınırı"],
    examples: [ex("Posta geçişi reddedildi", WORKSPACE_RELAY_ERRORS_TR)],
  },
];

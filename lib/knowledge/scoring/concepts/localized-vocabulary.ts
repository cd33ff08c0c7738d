// Concepts (see ./types.ts) in languages other than English that read an idea from its words
// rather than from one provider's sentence: per language and idea, the language's words for the
// thing (address, recipient, user, mailbox) and its words for what went wrong (unknown,
// nonexistent, wrong; full; inactive, disabled), so that any pairing of the two within the window
// reads the idea ("Usuario inexistente", "Dirección desconocida", "correo lleno"). Every word is
// in at least one example, quoted from a real bounce or a page that prints the server's words
// (./localized-sources.ts). Next to the narrower concepts of ./localized-recipient.ts.
//
// Where a language writes its mailbox with the English word ("mailbox", "account"), the localized
// failure is the subject and the nouns the failure (as ./localized-recipient.ts does for Italian):
// a subject English bounces also hold would be looked for, and its neighbours read, in every one.
// A phrase naming two causes ("Destinatario sconosciuto o mailbox disatttivata") fires a concept of
// each, so that it ranks both rather than deciding one.
import type { Concept, ConceptExample } from "./types";
import { NOT_THE_RECIPIENT_L10N } from "./localized-recipient";
import {
  LESS_SURE,
  NODE_BOUNCE_HANDLER,
  OUTLOOK_SUPPORT_IT,
  OUTLOOK_DELIVERY_IT,
  ALEXBORRAS_ES,
  LATINMAIL_ES,
  CLAVEWEB_ES,
  AROBASE_FR,
  SITEPACKAGE_DE,
  MAILFR_DE,
  PROPPIT_ES,
  SILVERPC_ES,
  ENVIA_ES,
  ASSISTANCE_EMAIL_FR,
  SARE_PL,
  TURBOLAB_IT,
  UNIROMA3_IT,
  EXCHANGE_NDR_ES_E6E7,
  EXCHANGE_NDR_IT_926F,
  EXCHANGE_NDR_PT_6B85,
  EXCHANGE_NDR_FR_918F,
  IONOS_DE,
  STRATO_DE,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const UNKNOWN = "recipient-unknown" as const;
const UNKNOWN_SAYS = "the recipient's address (its user or mailbox) is unknown or does not exist";
const FULL = "mailbox-full" as const;
const FULL_SAYS = "the recipient's mailbox is full";
const DISABLED = "mailbox-disabled" as const;
const DISABLED_SAYS = "the recipient's mailbox or account is inactive or disabled";

/** "Unknown" about an error or a cause, not about an address. */
const UNKNOWN_ERROR_ES = ["error desconocido", "motivo desconocido", "causa desconocida"];
const UNKNOWN_ERROR_FR = ["erreur inconnue", "raison inconnue", "cause inconnue"];
const UNKNOWN_ERROR_DE = ["unbekannter fehler", "unbekannten fehler", "unbekannte ursache"];

export const LOCALIZED_VOCABULARY_CONCEPTS: readonly Concept[] = [
  // --- es ---
  {
    id: "concept.l10n.es.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    // "destinatario": the recipient, the word Spanish bounces use most for it.
    subject: ["dirección", "direccion", "usuario", "destino", "destinatario"],
    // Stems: "desconocid" is "desconocido" and "desconocida", "erróne" "errónea" and "erróneo".
    failure: ["inexistente", "desconocid", "erróne", "errone"],
    // An unknown destination host or server is no unknown user.
    unless: [
      ...NOT_THE_RECIPIENT_L10N,
      ...UNKNOWN_ERROR_ES,
      "host de destino",
      "servidor de destino",
      "servidor del destinatario",
      "dominio del destinatario",
    ],
    weight: LESS_SURE,
    examples: [
      ex("Usuario inexistente", ALEXBORRAS_ES),
      ex("destino errónea", ALEXBORRAS_ES),
      ex("Dirección desconocida/inexistente", CLAVEWEB_ES),
      // The first half of "Destinatario desconocido o mailbox lleno" (unknown, or full), a hedge
      // that ranks both (localized.test.ts).
      ex("Destinatario desconocido", LATINMAIL_ES),
    ],
  },
  {
    // Spanish with the English word for the mailbox ("mailbox lleno"): the Spanish "full" is the
    // subject and "mailbox" the failure, as the Italian concepts do (see the file's head). The
    // same phrase names an unknown recipient too ("Destinatario desconocido o mailbox lleno"):
    // each concept fires, and the two rank together.
    id: "concept.l10n.es.vocab.mailbox-full-english-noun",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["lleno", "llena"],
    failure: ["mailbox"],
    unless: ["rellen", "tamaño"],
    weight: LESS_SURE,
    // The second half of "Destinatario desconocido o mailbox lleno".
    examples: [ex("mailbox lleno", LATINMAIL_ES)],
  },
  {
    // Lotus Domino's Spanish "not listed in the (public Name & Address Book | Domino Directory)".
    id: "concept.l10n.es.vocab.not-in-directory",
    cause: UNKNOWN,
    says: "the recipient is not listed in the receiving server's directory of users (its address book)",
    subject: ["libreta", "directorio"],
    failure: ["no se encuentra"],
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    examples: [
      ex("no se encuentra en la Libreta", ALEXBORRAS_ES),
      ex("no se encuentra en el Directorio de Domino", ALEXBORRAS_ES),
    ],
  },
  {
    id: "concept.l10n.es.vocab.mailbox-full",
    cause: FULL,
    says: FULL_SAYS,
    subject: ["correo", "buzón", "buzon", "casilla", "bandeja"],
    // "lleno" and "llena" (full).
    failure: ["lleno", "llena"],
    // "relleno" (filled in) and one message's size (tamaño) are not a full mailbox.
    unless: ["rellen", "tamaño"],
    weight: LESS_SURE,
    examples: [
      ex("correo lleno", ALEXBORRAS_ES),
      ex("Cuando el buzón del destinatario está lleno:", CLAVEWEB_ES),
      // Folded in from concept.l10n.es.mailbox-said-full (its two examples).
      ex("casilla de correo llena", PROPPIT_ES),
      ex("552 (Mailbox full): Literalmente, tu bandeja de entrada está llena", SILVERPC_ES),
      ex("la bandeja de correo del destinatario estaba llena", ENVIA_ES),
    ],
  },
  {
    id: "concept.l10n.es.vocab.mailbox-disabled",
    cause: DISABLED,
    says: DISABLED_SAYS,
    subject: ["usuario", "casilla", "buzón", "buzon"],
    // "deshabilitad": "deshabilitado" and "deshabilitada" (disabled), Exchange's word.
    failure: ["inactivo", "expirado por falta de uso", "deshabilitad"],
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    examples: [
      ex("El usuario esta en estado: inactivo", NODE_BOUNCE_HANDLER),
      ex("Esta casilla ha expirado por falta de uso", ALEXBORRAS_ES),
      // Exchange's documentation, what to check for 5.2.1 ("Mailbox cannot be accessed").
      ex("si el buzón del mismo está deshabilitado", EXCHANGE_NDR_ES_E6E7),
    ],
  },

  // --- it (its bounces write "mailbox" and "account" too: the localized failure is the subject) ---
  {
    id: "concept.l10n.it.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["inesistente", "sconosciuto", "errato", "non valida"],
    failure: [
      "indirizzo",
      "destinatario",
      "destin.",
      "utente",
      "cassetta postale",
      "mailbox",
      "account",
    ],
    // A wrong IP address or password is no unknown recipient.
    unless: [...NOT_THE_RECIPIENT_L10N, "indirizzo ip", "password"],
    weight: LESS_SURE,
    examples: [
      ex("Indirizzo inesistente", NODE_BOUNCE_HANDLER),
      ex("Destinatario errato", NODE_BOUNCE_HANDLER),
      ex("destin. Sconosciuto", NODE_BOUNCE_HANDLER),
      ex("Cassetta postale non trovata o non valida oppure utente sconosciuto", OUTLOOK_SUPPORT_IT),
      ex("Mailbox non trovata, Mailbox non valida o Utente sconosciuto", OUTLOOK_DELIVERY_IT),
      ex("Indirizzo di posta del destinatario errato", UNIROMA3_IT),
      ex("ho ricevuto una risposta di account sconosciuto (550 unknown user account)", TURBOLAB_IT),
    ],
  },
  {
    id: "concept.l10n.it.vocab.mailbox-disabled",
    cause: DISABLED,
    says: DISABLED_SAYS,
    // "disatttivata" is the table's own spelling of "disattivata" (deactivated); the word's
    // usual spellings read alike, or the hedge below would read one cause where the same words
    // are spelt right ("Destinatario sconosciuto o mailbox disattivata").
    subject: ["disatttivata", "disattivata", "disattivato", "bloccato per inutilizzo"],
    failure: ["indirizzo", "mailbox", "cassetta postale"],
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    examples: [
      ex("Questo indirizzo e' bloccato per inutilizzo", NODE_BOUNCE_HANDLER),
      // The second half of "Destinatario sconosciuto o mailbox disatttivata" (unknown, or
      // disabled), a hedge that ranks both (localized.test.ts).
      ex("mailbox disatttivata", NODE_BOUNCE_HANDLER),
      // Exchange's documentation, what to check for 5.2.1 ("Mailbox cannot be accessed").
      ex("se la cassetta postale è disattivata", EXCHANGE_NDR_IT_926F),
    ],
  },

  // --- fr ---
  {
    id: "concept.l10n.fr.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["destinataire", "utilisateur"],
    // "inconnu" is "inconnue" too.
    failure: ["inconnu"],
    unless: [...NOT_THE_RECIPIENT_L10N, ...UNKNOWN_ERROR_FR],
    // Its pairing beyond "Utilisateur inconnu" (concept.l10n.fr.recipient-does-not-exist) rests on
    // the collected table only.
    weight: LESS_SURE,
    examples: [
      ex("Utilisateur inconnu", AROBASE_FR),
      // The first half of "Destinataire inconnu ou boite aux lettres desactivee", a hedge that
      // ranks both (localized.test.ts).
      ex("Destinataire inconnu", NODE_BOUNCE_HANDLER),
    ],
  },
  {
    id: "concept.l10n.fr.vocab.mailbox-disabled",
    cause: DISABLED,
    says: DISABLED_SAYS,
    // The table writes the words without accents; French writes them with ("boîte aux lettres
    // désactivée"), and both read alike. "desactive" is "desactivee" too.
    subject: ["boite aux lettres", "boîte aux lettres"],
    failure: ["desactive", "désactivé"],
    unless: NOT_THE_RECIPIENT_L10N,
    weight: LESS_SURE,
    // The second half of "Destinataire inconnu ou boite aux lettres desactivee", a hedge that
    // ranks both (localized.test.ts).
    examples: [
      ex("boite aux lettres desactivee", NODE_BOUNCE_HANDLER),
      // Exchange's documentation, what to check for 5.2.1 ("Mailbox cannot be accessed").
      ex("que la boîte aux lettres du destinataire est désactivée", EXCHANGE_NDR_FR_918F),
    ],
  },

  // --- pt ---
  {
    id: "concept.l10n.pt.vocab.mailbox-disabled",
    cause: DISABLED,
    says: DISABLED_SAYS,
    subject: ["caixa de correio"],
    // "desabilitad": "desabilitada" and "desabilitado" (disabled), Exchange's word.
    failure: ["desabilitad"],
    unless: NOT_THE_RECIPIENT_L10N,
    examples: [
      // Exchange's documentation, what to check for 5.2.1 ("Mailbox cannot be accessed").
      ex("a caixa de correio do destinatário está desabilitada", EXCHANGE_NDR_PT_6B85),
    ],
  },

  {
    id: "concept.l10n.fr.vocab.domain-not-found",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain could not be found",
    subject: ["domaine"],
    failure: ["introuvable"],
    // The user or the address missing on a domain that exists; the sender's domain.
    unless: ["destinataire", "utilisateur", "boîte", "boite", "expéditeur"],
    weight: LESS_SURE,
    examples: [ex("Domaine introuvable", ASSISTANCE_EMAIL_FR)],
  },
  {
    id: "concept.l10n.fr.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is too large",
    // The French words are the subject: "message" is an English word too.
    subject: ["trop grande"],
    failure: ["taille du message"],
    // A count ("nombre de destinataires") too large is no message size.
    unless: ["nombre de"],
    weight: LESS_SURE,
    examples: [ex("Taille du message trop grande", ASSISTANCE_EMAIL_FR)],
  },

  // --- pl ---
  {
    id: "concept.l10n.pl.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message (its text or attachments) is larger than the recipient's server accepts",
    subject: ["zbyt długa", "zbyt duże załączniki"],
    failure: ["wiadomość", "wiadomości", "przesłana"],
    weight: LESS_SURE,
    examples: [
      ex("523 – Wiadomość zbyt długa", SARE_PL),
      ex("przesłana wiadomość jest dłuższa (zbyt duże załączniki lub bardzo dużo treści)", SARE_PL),
    ],
  },

  // --- ko: ./localized-vocabulary-ko.ts ---

  // --- de ---
  {
    id: "concept.l10n.de.vocab.recipient-unknown",
    cause: UNKNOWN,
    says: UNKNOWN_SAYS,
    subject: ["adressat", "benutzer", "empfänger", "adresse", "e-mail-adresse", "empfängeradresse"],
    failure: ["unbekannt", "nicht bekannt"],
    // An IP address or a server's address that is not known is the sending side's or the route's.
    unless: [
      ...NOT_THE_RECIPIENT_L10N,
      ...UNKNOWN_ERROR_DE,
      "ip-adresse",
      "server-adresse",
      "serveradresse",
    ],
    examples: [
      ex("550 Benutzer nicht bekannt/User unknown", SITEPACKAGE_DE),
      // IONOS's reading of "550 Unknown User", its own doubled word as printed.
      ex("Die E-Mail-Adresse ist ist nicht bekannt.", IONOS_DE),
      // STRATO's reading of "550 recipient e-mail adress unknown".
      ex("Empfängeradresse ist nicht bekannt", STRATO_DE),
      ex("Empfänger ist unbekannt oder existiert nicht mehr", SITEPACKAGE_DE),
      ex("Empfänger unbekannt / Adresse existiert nicht", MAILFR_DE),
      // The first half of "Adressat unbekannt oder Mailbox deaktiviert", a hedge that ranks
      // both (localized.test.ts).
      ex("Adressat unbekannt", NODE_BOUNCE_HANDLER),
    ],
  },
];

// Concepts (see ./types.ts) for the commonest localized reading of an unknown recipient: the
// address (or the recipient) "was not found" / "could not be found" / "is non-existent", in the
// words Microsoft's own localized help gives for NDR 5.1.10 ("The email address you sent your
// message to doesn't exist or couldn't be found") and mailbox providers' own pages use. The
// concepts of ./localized-recipient.ts read "does not exist" in each language; these read the
// "not found" half, which has more neighbours that are not a recipient (a server, a host, a
// domain, a certificate, an IP address), hence their `unless` words and their lower weight.
// Sources: ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import { NOT_THE_RECIPIENT_L10N } from "./localized-recipient";
import {
  LESS_SURE,
  MS_5110_DE,
  MS_5110_DE_LEARN,
  MS_5110_IT,
  MS_5110_NL,
  MS_5110_PL,
  GMX_NEWSROOM_DE,
  LWS_DE,
  MS_5110_SV,
  MS_5110_CS,
  MS_5110_NB,
  MS_5110_HU,
  MS_5110_ET,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const UNKNOWN = "recipient-unknown" as const;
const SAYS =
  "the recipient's address could not be found (it does not exist on the receiving system)";

/**
 * "Not found" of something that is no recipient, near an address word: a server or host (the
 * recipient's domain or the route to it, ./localized-address.ts), a connecting host's IP address,
 * a certificate. Phrases, not the bare "server": Exchange's German NDR names its "Generierender
 * Server" a few lines below the reason it gives.
 */
const NOT_FOUND_ELSEWHERE = [
  // de
  "ip-adresse",
  "server wurde nicht gefunden",
  "server nicht gefunden",
  "servers wurde nicht gefunden",
  "servers nicht gefunden",
  "server des empfängers wurde nicht",
  "server des empfängers konnte nicht",
  "server des empfängers nicht gefunden",
  "server für",
  "hostname",
  "host nicht gefunden",
  "zertifikat",
  // it
  "indirizzo ip",
  "server non è stato trovato",
  "indirizzo del server",
  "certificato",
  // nl
  "ip-adres",
  "ip adres",
  "server kan niet worden gevonden",
  "certificaat",
  // pl
  "adres ip",
  "serwer",
  "certyfikat",
  // sv, cs
  "ip-adress",
  "servern kunde inte hittas",
  "ip adresa",
];

const UNLESS = [...NOT_THE_RECIPIENT_L10N, ...NOT_FOUND_ELSEWHERE];

export const LOCALIZED_NOT_FOUND_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.de.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    // "empfängers" on its own: subjects are whole words, and "empfänger" is not one in it.
    subject: ["e-mail-adresse", "adresse", "empfänger", "empfängers", "benutzer"],
    // "nicht gefunden" is "konnte nicht gefunden werden" and "wurde nicht gefunden" too;
    // "nicht existent" is "nicht existente" and "nicht existenten".
    failure: ["nicht gefunden", "nicht existent"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, ist nicht vorhanden oder konnte nicht gefunden werden.",
        MS_5110_DE,
      ),
      ex("eine Nachricht an einen nicht existenten Empfänger gesendet", MS_5110_DE_LEARN),
      ex("eine nicht existente Empfänger-Adresse", GMX_NEWSROOM_DE),
      // LWS's German reading of "User not found".
      ex("Benutzer nicht gefunden.", LWS_DE),
    ],
  },
  {
    id: "concept.l10n.it.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    // Italian's own noun for the address (not "account" or "mailbox", which English bounces hold
    // too). "non trovat" is "non trovato" and "non trovata" ("Mailbox non trovata", Outlook's
    // Italian help; concept.l10n.it.recipient-does-not-exist).
    subject: ["indirizzo"],
    failure: ["non è stato trovato", "non trovat"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "L'indirizzo di posta elettronica a cui è stato inviato il messaggio non esiste o non è stato trovato.",
        MS_5110_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.nl.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["e-mailadres", "emailadres", "adres"],
    // "kan niet worden gevonden" (cannot be found).
    failure: ["niet worden gevonden"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "Het e\u2011mailadres waarnaar u uw bericht hebt verzonden, bestaat niet of kan niet worden gevonden.",
        MS_5110_NL,
      ),
    ],
  },
  {
    id: "concept.l10n.pl.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["adres e-mail", "adres"],
    // "nie można go było odnaleźć" (it could not be found).
    failure: ["nie można go było odnaleźć", "nie można go odnaleźć"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "Adres e-mail, na który wysłano wiadomość, nie istnieje lub nie można go było odnaleźć.",
        MS_5110_PL,
      ),
    ],
  },
  {
    id: "concept.l10n.sv.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["e-postadressen"],
    // "kunde inte hittas" (could not be found).
    failure: ["kunde inte hittas"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "E-postadressen du skickade meddelandet till finns inte eller kunde inte hittas.",
        MS_5110_SV,
      ),
    ],
  },
  {
    id: "concept.l10n.cs.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["e-mailová adresa", "adresa"],
    // "se nedá najít" (cannot be found).
    failure: ["se nedá najít"],
    unless: UNLESS,
    weight: LESS_SURE,
    examples: [
      ex(
        "E-mailová adresa, na kterou jste poslali zprávu, neexistuje nebo se nedá najít.",
        MS_5110_CS,
      ),
    ],
  },

  // Norwegian, Hungarian, Estonian: languages no other localized concept reads. Each is
  // Microsoft's "does not exist or cannot be found"; a server, a domain, an IP address or a
  // certificate in the same language is no recipient.
  {
    id: "concept.l10n.nb.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["e-postadressen", "e-postadresse", "mottakeren", "mottakerens"],
    // "eksisterer ikke" (does not exist), "ble ikke funnet" (was not found).
    failure: ["eksisterer ikke", "ble ikke funnet", "finnes ikke"],
    unless: [...UNLESS, "serveren", "domenet", "ip-adressen", "sertifikat", "avsender"],
    weight: LESS_SURE,
    examples: [
      ex(
        "E-postadressen som du sendte meldingen til, eksisterer ikke eller ble ikke funnet.",
        MS_5110_NB,
      ),
    ],
  },
  {
    id: "concept.l10n.hu.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["e-mail-cím", "e-mail cím", "címzett"],
    // "nem létezik" (does not exist), "nem található" (cannot be found).
    failure: ["nem létezik", "nem található"],
    unless: [...UNLESS, "kiszolgáló", "szerver", "tartomány", "ip-cím", "tanúsítvány", "feladó"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Az e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található.",
        MS_5110_HU,
      ),
    ],
  },
  {
    id: "concept.l10n.et.recipient-not-found",
    cause: UNKNOWN,
    says: SAYS,
    subject: ["meiliaadress", "meiliaadressi", "adressaat", "adressaadi"],
    // "pole olemas" (does not exist), "ei suudetud seda leida" (could not be found).
    failure: ["pole olemas", "ei suudetud seda leida", "ei leitud"],
    unless: [...UNLESS, "server", "domeen", "ip-aadress", "sertifikaat", "saatja"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Meiliaadressi, millele sõnumi saatsite, pole olemas või ei suudetud seda leida.",
        MS_5110_ET,
      ),
    ],
  },
];

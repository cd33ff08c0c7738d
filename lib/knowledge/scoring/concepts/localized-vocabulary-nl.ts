// Dutch vocabulary (see ./localized-vocabulary.ts for the idea), beside the narrower Dutch
// concepts of ./localized-recipient.ts (an address that "bestaat niet", a mailbox that "is vol"),
// ./localized-not-found.ts, ./localized-refusals.ts (relaying refused, STRATO's spam reading): the
// ideas those lack. A mailbox over its quota ("postvakquotum overschreden"), a daily limit
// reached, a message over the size limit, a sending IP on a block list, the message refused as
// spam, a domain that does not exist. Dutch writes compounds as one word ("postvakquotum",
// "bloklijst"), and a subject matches as whole words, so "verzendquotum" (a sending quota) is no
// mailbox quota.
//
// Sources: Microsoft's own Dutch help (AlchemyInsights nl-NL: its NDR articles), Thunderbird's
// Dutch catalog, Yourhosting's own support article, and Dutch pages of third parties (Weboke's and
// Dation's, already cited, and Carerix's help), weighed as what they are.
import type { Concept, ConceptExample } from "./types";
import { DATION_NL, LESS_SURE, WEBOKE_NL } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Dutch help (OfficeDocs-AlchemyInsights nl-NL, a public copy at a pinned commit). */
const alchemyNl = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL/blob/3ac9621b1324fce87e8c9e694eed039a2ba7ecfe/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (nl-NL)`,
  );
const MS_QUOTA_NL = alchemyNl("mailbox-quota-exceeded.md", "Postvakquotum overschreden");
const MS_DAILY_LIMIT_NL = alchemyNl(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 Uw bericht kan niet worden verzonden omdat u uw dagelijkse limiet voor geadresseerden van berichten hebt bereikt",
);
const MS_SPAMHAUS_NL = alchemyNl(
  "error-sending-email-blocked-by-spamhaus.md",
  "Fout bij het verzenden van e-mail: Clienthost geblokkeerd met Spamhaus",
);
/** Yourhosting, a Dutch web host: its own support article on bounces. */
const YOURHOSTING_NL = page(
  "https://support.yourhosting.nl/support/solutions/articles/80001083637-als-je-mail-bij-de-heeg-niet-aankomt",
  "Als je mail bij De Heeg niet aankomt, Yourhosting support (a Dutch web host)",
);
/** Carerix, a Dutch recruitment software vendor: its help article on bounce messages. */
const CARERIX_NL = page(
  "http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce",
  "E-mail bounce, Carerix helpcentrum (a software vendor's help)",
);
/** Thunderbird's own Dutch catalog (thunderbird/thunderbird-l10n at a pinned commit), composeMsgs.properties. */
const thunderbirdNl = (key: string) =>
  `https://github.com/thunderbird/thunderbird-l10n/blob/09e987749e000af2404ea1e3e666c75dc3eb16ff/nl/mail/chrome/messenger/messengercompose/composeMsgs.properties (Thunderbird's nl catalog, ${key})`;

export const LOCALIZED_VOCABULARY_NL_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.nl.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // postvakquotum / quotum (the mailbox's quota); overschreden (exceeded).
    subject: ["postvakquotum", "quotum"],
    failure: ["overschreden"],
    // A sending quota ("quotum voor verzenden") is a rate limit.
    unless: ["verzend"],
    weight: LESS_SURE,
    examples: [
      ex("Postvakquotum overschreden", MS_QUOTA_NL),
      ex("U hebt uw postvakquotum voor uw account overschreden.", MS_QUOTA_NL),
    ],
  },
  {
    id: "concept.l10n.nl.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // dagelijkse limiet (daily limit); bereikt (reached), overschreden (exceeded).
    subject: ["dagelijkse limiet"],
    failure: ["bereikt", "overschreden"],
    // Not reached; a storage limit is a full mailbox, a size limit the message's.
    unless: ["niet bereikt", "niet is bereikt", "opslag", "grootte"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Uw bericht kan niet worden verzonden omdat u uw dagelijkse limiet voor geadresseerden van berichten hebt bereikt",
        MS_DAILY_LIMIT_NL,
      ),
      ex(
        "De afzender heeft de dagelijkse limiet voor het aantal geadresseerden van 10.000 berichten overschreden",
        MS_DAILY_LIMIT_NL,
      ),
    ],
  },
  {
    id: "concept.l10n.nl.vocab.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the server's size limit",
    // grootte van het bericht (the message's size); overschrijdt (exceeds).
    subject: ["grootte van het bericht"],
    failure: ["overschrijdt"],
    // A mailbox's size or storage is a full mailbox.
    unless: ["postvak", "mailbox", "opslag"],
    weight: LESS_SURE,
    examples: [
      ex(
        "De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server.",
        thunderbirdNl("smtpPermSizeExceeded2"),
      ),
    ],
  },
  {
    id: "concept.l10n.nl.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // bloklijst (block list), spam lijst (spam list), geblokkeerd met (blocked with, a list's name
    // after it), op een blacklist (on a blacklist, the Dutch phrase around the borrowed word);
    // ip-adres / ip adres (IP address), clienthost (the client host), versturende mailserver (the
    // sending mail server). An address on a recipient's blacklist names neither.
    subject: ["bloklijst", "spam lijst", "geblokkeerd met", "op een blacklist"],
    failure: ["ip-adres", "ip adres", "clienthost", "versturende mailserver"],
    // Not listed.
    unless: ["niet in een bloklijst", "niet op een spam lijst", "staat niet"],
    weight: LESS_SURE,
    examples: [
      ex("Het IP-adres dat het bericht heeft verzonden, staat in een bloklijst", MS_SPAMHAUS_NL),
      ex("Clienthost geblokkeerd met Spamhaus", MS_SPAMHAUS_NL),
      // The second half of Dation's reading of a 5.7.1 that quotes the sending IP: "the user may
      // have blocked it, or this IP address is on a spam list".
      ex("dit IP adres op een spam lijst staat", DATION_NL),
      ex("wanneer de versturende mailserver op een blacklist staat", YOURHOSTING_NL),
    ],
  },
  {
    id: "concept.l10n.nl.vocab.content-spam",
    cause: "content-spam",
    says: "the receiving server took the message for spam and refused it",
    // als spam (as spam); weigert (refuses). Not "gemarkeerd als spam" (marked as spam): a
    // recipient's complaint, no refusal.
    subject: ["als spam"],
    failure: ["weigert"],
    unless: ["niet als spam", "gemarkeerd", "markeren"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Dit betekent dat de ontvangende server uw bericht als spam ziet en daarom het bericht weigert.",
        CARERIX_NL,
      ),
    ],
  },
  {
    id: "concept.l10n.nl.vocab.domain-not-found",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist or publishes no valid mail server",
    // domein (domain); niet bestaat (does not exist), geen geldige mailservers (no valid mail servers).
    subject: ["domein"],
    failure: ["niet bestaat", "geen geldige mailservers"],
    // The address or user on a domain that exists; the sender's own domain.
    unless: ["mailadres", "gebruiker", "afzender"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Dit betekent meestal dat je mail hebt gestuurd aan een domein dat (nog) niet bestaat",
        WEBOKE_NL,
      ),
      ex(
        "Het domein waar je mail aan stuurt heeft geen geldige mailservers in zijn DNS staan.",
        WEBOKE_NL,
      ),
    ],
  },
];

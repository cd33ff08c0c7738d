// Concepts (see ./types.ts) for the sender's side in German, as German-speaking hosts explain
// their own refusals on their help pages (the English reply, then what it means in German): the
// sending server has no reverse DNS, opens more connections than allowed, gives a sender whose
// domain does not exist, or sits on a blocklist. No other localized concept reads these cells
// (reverse-dns and sender-address-invalid had none in any language). Sources:
// ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import { BYTECAMP_DE, ONESYSTEMS_DE, PGA_IT_DE, LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

export const LOCALIZED_HOST_FAQ_DE_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.de.reverse-dns-missing",
    cause: "reverse-dns",
    says: "the sending server's IP address has no reverse DNS name, or a wrong one",
    // "reversen DNS-Eintrag" (reverse DNS record); "Domain-Namensdienst" is the DNS that maps the
    // IP address back to a name ("ist kein oder ein falscher Domainname ... zugeordnet").
    subject: ["reversen dns", "reverse-dns", "reverse dns", "domain-namensdienst"],
    failure: ["keinen", "kein oder ein falscher", "fehlt", "fehlenden"],
    examples: [
      ex("Ihr Mailserver hat keinen reversen DNS-Eintrag.", BYTECAMP_DE),
      ex(
        "Der IP-Adresse des von Ihnen verwendeten E-Mail-Servers ist kein oder ein falscher Domainname im Domain-Namensdienst (DNS) zugeordnet.",
        ONESYSTEMS_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.de.connection-limit-exceeded",
    cause: "rate-limited",
    says: "the sending server opened more connections at once than the receiver allows",
    subject: ["verbindungen"],
    // "das Limit der erlaubten Verbindungen ... überschritten". Not "überschritten" alone: a
    // connection's time limit exceeded ("Zeitlimit der Verbindung überschritten") is a server
    // that did not answer.
    failure: ["limit der erlaubten", "anzahl der erlaubten"],
    examples: [
      ex(
        "Der einliefernde Mailserver hat das Limit der erlaubten Verbindungen zu unserem Mailserver überschritten.",
        BYTECAMP_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.de.sender-domain-does-not-exist",
    cause: "sender-address-invalid",
    says: "the domain of the sender's address does not exist",
    subject: ["absender-adresse", "absenderadresse", "absender-domain", "absenderdomain"],
    failure: ["nicht existiert", "existiert nicht"],
    examples: [
      ex(
        "Ihre E-Mail wurde abgewiesen, da Ihre Absender-Adresse eine Domain enthält (das ist der Teil rechts vom @-Zeichen), die nicht existiert.",
        ONESYSTEMS_DE,
      ),
    ],
  },
  {
    id: "concept.l10n.de.sending-server-on-blocklist",
    cause: "ip-blocklisted",
    says: "the sending mail server is on a blocklist",
    subject: ["sperrliste"],
    failure: ["mailserver", "ip-adresse"],
    // The recipient's own list of blocked senders is the recipient's policy, not a blocklist of
    // servers.
    unless: ["des empfängers", "e-mail-adresse", "absenderadresse"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Die E-Mail wurde beim Empfänger nicht angenommen, da der eigene Mailserver auf einer Sperrliste steht.",
        PGA_IT_DE,
      ),
    ],
  },
];

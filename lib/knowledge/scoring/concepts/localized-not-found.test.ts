// The "not found" and "unknown" wordings of an unknown recipient (./localized-not-found.ts and
// the words added beside it to ./localized-vocabulary.ts and ./localized-recipient.ts): the
// everyday wordings read the idea, their hedges stay hedges, and first-party sentences that are
// no unknown recipient (an out-of-office or delivery report, a retry, a domain, a certificate, a
// sender, an IP address) do not read one. Each example alone reading its cause is
// concepts.test.ts's.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_NOT_FOUND_CONCEPTS } from "./localized-not-found";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

describe("localized 'not found' concepts", () => {
  it("keeps ids in the localized namespace", () => {
    for (const c of LOCALIZED_NOT_FOUND_CONCEPTS)
      expect(c.id.startsWith("concept.l10n.")).toBe(true);
  });

  it.each([
    // The wordings session 19 measured as unknown with no possible causes.
    "Die Adresse wurde nicht gefunden",
    "Empfänger nicht gefunden",
    "Adresse unbekannt",
    // Inside a longer reply, with the code before it.
    "550 5.1.1 <bob@example.de>: Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.",
    "550 5.1.1 Empfängeradresse unbekannt",
    "Indirizzo non trovato",
    "E-postadressen kunde inte hittas",
    "E-mailová adresa se nedá najít",
    // Norwegian, Hungarian, Estonian (Microsoft's 5.1.10 help), inside a reply.
    "550 5.1.10 E-postadressen eksisterer ikke",
    "550 5.1.1 A címzett e-mail-címe nem található",
    "550 5.1.1 Meiliaadressi pole olemas",
  ])("reads an unknown recipient in: %s", async (text) => {
    expect((await read(text)).cause).toBe("recipient-unknown");
  });

  it.each([
    // Gmail's own German help: deactivated, or no longer there.
    [
      "Die E-Mail-Adresse des Empfängers wurde möglicherweise deaktiviert oder ist nicht mehr vorhanden.",
      ["recipient-unknown", "mailbox-disabled"],
    ],
    // A Swiss host's reading of "User unknown": does not exist, or its mailbox is deactivated.
    [
      "Ihre E-Mail konnte nicht zugestellt werden, da die Empfänger-Adresse nicht existiert. Überprüfen Sie bitte, ob sich vielleicht ein Tippfehler in die E-Mail-Adresse eingeschlichen hat. Es kann aber auch sein, dass das entsprechende Postfach für den Empfang von E-Mails deaktiviert wurde.",
      ["recipient-unknown", "mailbox-disabled"],
    ],
  ])("keeps a hedge a hedge: %s", async (text, causes) => {
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    for (const c of causes) expect(r.possible).toContain(c);
  });

  it.each([
    // Out-of-office and delivery reports, as Exchange's own German documentation describes them.
    "Dieser Bericht zeigt an, dass der Empfänger nicht auf E-Mail-Nachrichten antwortet.",
    "In diesem Bericht wird der Status einer Nachricht beschrieben, nachdem sie einem Empfänger erfolgreich zugestellt wurde.",
    // Libero's and Virgilio's own reading of "Action: delivered".
    "Il messaggio inviato è stato recapitato a destinazione.",
    // A retry (Exchange's 4.4.1 row): delivery goes on.
    "Der Exchange-Server versucht automatisch erneut einen Verbindungsaufbau mit dem Server, um die Nachricht zu übermitteln.",
    // A domain not found (Exchange's 5.0.0 row), and an attribute not found in the directory
    // service (its 5.1.0 "Sender denied" row): "not found" of no recipient.
    "DNS gibt einen autoritativen Host zurück, der für die Domäne nicht gefunden wurde.",
    "Eine E-Mail-Adresse oder ein anderes Attribut kann in Active Directory-Domänendiensten nicht gefunden werden.",
    // A certificate not found on a server (Exchange's health-set documentation).
    "Dieser Fehler deutet darauf hin, dass das zum Integrieren von Lync 2013 und Outlook Web App verwendete Zertifikat auf dem Postfachserver nicht gefunden wird.",
    // The sender's own address (a Swiss host's reading of "Sender address rejected").
    "Ihre E-Mail wurde abgewiesen, da Ihre Absender-Adresse eine Domain enthält (das ist der Teil rechts vom @-Zeichen), die nicht existiert.",
    // The sending server's IP address blocked for mail to addresses that do not exist (IONOS).
    "Aufgrund einer schlechten Zustellquote durch den Versand an zu viele nicht existente E-Mail-Adressen ist die IP-Adresse Ihres E-Mail-Servers für E-Mails an IONOS-Kunden gesperrt.",
    // Thunderbird's own German messages (composeMsgs.properties, its placeholders filled in): an
    // unknown SMTP server, the sender's own invalid address, a file that does not exist.
    "Fehler beim Senden der Nachricht: SMTP-Server smtp.example.de ist unbekannt. Der Server ist eventuell falsch konfiguriert.",
    "Fehler beim Senden der Nachricht: Die Absenderadresse (Von:) ist ungültig. Bitte überprüfen Sie, ob Ihre E-Mail-Adresse korrekt ist, und wiederholen Sie den Vorgang.",
    "Die Datei brief.pdf existiert nicht, deshalb kann sie nicht an die Nachricht angehängt werden.",
    // A heading about undeliverable mail in general (GMX's newsroom).
    "Unzustellbar: Was tun, wenn E-Mails beim Empfänger nicht ankommen?",
  ])("reads no unknown recipient in: %s", async (text) => {
    expect((await read(text)).cause).not.toBe("recipient-unknown");
    expect(ids(text).filter((id) => id.includes("recipient-not-found"))).toEqual([]);
  });

  it.each([
    // A server not found, the recipient's or the address's: the route, not the user.
    ["Der Server des Empfängers wurde nicht gefunden", "concept.l10n.de.recipient-not-found"],
    ["Die Adresse des Servers wurde nicht gefunden", "concept.l10n.de.recipient-not-found"],
    ["Die IP-Adresse ist unbekannt", "concept.l10n.de.vocab.recipient-unknown"],
    ["Indirizzo IP non trovato", "concept.l10n.it.recipient-not-found"],
    ["Indirizzo del server non trovato", "concept.l10n.it.recipient-not-found"],
    ["Ihre E-Mail-Adresse wurde deaktiviert", "concept.l10n.de.mailbox-disabled"],
    // nb, hu, et: a server, a domain or an IP address not found is no recipient.
    ["Serveren for e-postadressen ble ikke funnet", "concept.l10n.nb.recipient-not-found"],
    ["Domenet til mottakeren eksisterer ikke", "concept.l10n.nb.recipient-not-found"],
    ["A címzett kiszolgálója nem található", "concept.l10n.hu.recipient-not-found"],
    ["Az e-mail-cím tartománya nem létezik", "concept.l10n.hu.recipient-not-found"],
    ["Meiliaadressi server ei leitud", "concept.l10n.et.recipient-not-found"],
  ])("does not fire on a misleading neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

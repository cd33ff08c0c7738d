// The German hosts' readings of the sender's side (./localized-host-faqs-de.ts) and of a full
// mailbox (./localized-recipient.ts): each reads its cause after the English reply it explains,
// and the near misses in German do not fire it.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_HOST_FAQ_DE_CONCEPTS } from "./localized-host-faqs-de";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function read(text: string) {
  const d = classify(await parseBounce(text));
  return (d.recipients[0] ?? d.overall).cause;
}

describe("German hosts' readings of their refusals", () => {
  it("keeps ids in the localized namespace", () => {
    for (const c of LOCALIZED_HOST_FAQ_DE_CONCEPTS)
      expect(c.id.startsWith("concept.l10n.de.")).toBe(true);
  });

  it.each([
    ["550 Ihr Mailserver hat keinen reversen DNS-Eintrag.", "reverse-dns"],
    ["550 5.7.1 Für Ihre IP-Adresse fehlt der Reverse-DNS-Eintrag", "reverse-dns"],
    [
      "421 Der einliefernde Mailserver hat das Limit der erlaubten Verbindungen überschritten.",
      "rate-limited",
    ],
    ["550 5.1.8 Absenderdomain existiert nicht", "sender-address-invalid"],
    ["554 Ihr Mailserver steht auf einer Sperrliste", "ip-blocklisted"],
    ["452 4.2.2 Der Speicherplatz des Postfachs ist ausgeschöpft", "mailbox-full"],
  ])("reads %s as %s", async (text, cause) => {
    expect(await read(text)).toBe(cause);
  });

  it.each([
    // A reverse DNS that is in order.
    ["Der Reverse-DNS-Eintrag ist korrekt", "concept.l10n.de.reverse-dns-missing"],
    // A connection that timed out, not too many of them.
    ["Zeitlimit der Verbindung überschritten", "concept.l10n.de.connection-limit-exceeded"],
    // The recipient's domain (concept.l10n.de.domain-does-not-exist reads it).
    ["Die Domain des Empfängers existiert nicht", "concept.l10n.de.sender-domain-does-not-exist"],
    // The recipient's own list of blocked senders: the recipient's policy.
    [
      "Ihre Adresse steht auf der Sperrliste des Empfängers",
      "concept.l10n.de.sending-server-on-blocklist",
    ],
    [
      "Ihre E-Mail-Adresse steht auf einer Sperrliste",
      "concept.l10n.de.sending-server-on-blocklist",
    ],
  ])("does not fire on a neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

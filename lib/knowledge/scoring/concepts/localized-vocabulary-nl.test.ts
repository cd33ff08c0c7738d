// The Dutch vocabulary (./localized-vocabulary-nl.ts): every word is in an example, new pairings
// fire, a notice's boilerplate and the near misses its `unless` names read nothing, and English
// replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const dutch = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.nl.vocab."));

const QUOTA = "concept.l10n.nl.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.nl.vocab.sending-limit";
const TOO_LARGE = "concept.l10n.nl.vocab.message-too-large";
const LISTED = "concept.l10n.nl.vocab.ip-blocklisted";
const DOMAIN = "concept.l10n.nl.vocab.domain-not-found";
const SPAM = "concept.l10n.nl.vocab.content-spam";

describe("Dutch vocabulary", () => {
  it.each([
    ["552 5.2.2 Het quotum van de ontvanger is overschreden", QUOTA],
    ["De dagelijkse limiet voor verzonden berichten is bereikt", LIMIT],
    ["552 De grootte van het bericht overschrijdt de limiet van de ontvangende server", TOO_LARGE],
    ["554 Uw IP-adres staat op een bloklijst (zen.spamhaus.org)", LISTED],
    ["Uw bericht is gestuurd aan een domein dat niet bestaat", DOMAIN],
    ["550 De server ziet uw bericht als spam en weigert het", SPAM],
    ["Uw mailserver staat op een blacklist: ip-adres 192.0.2.1", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Uw bericht kon niet worden bezorgd bij de volgende ontvangers.",
    "Dit is een automatisch gegenereerd bericht van het e-mailsysteem.",
    "Controleer het adres en probeer het opnieuw.",
    "Postvakquotum: 2 GB, gebruikt: 1,2 GB",
    "Outlook.com heeft een dagelijkse limiet voor het verzenden van e-mail.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(dutch(text)).toEqual([]);
  });

  it.each([
    // A sending quota exceeded is a rate limit, and "verzendquotum" is no mailbox quota.
    ["Het quotum voor verzenden is overschreden", QUOTA],
    ["Verzendquotum overschreden", QUOTA],
    // A daily limit not reached; a storage limit.
    ["De dagelijkse limiet is nog niet bereikt", LIMIT],
    ["De dagelijkse limiet voor opslag is bereikt", LIMIT],
    // Too many recipients, in Thunderbird's words, holds no size.
    [
      "Het bericht is niet verzonden, omdat het toegestane aantal ontvangers wordt overschreden.",
      TOO_LARGE,
    ],
    // A mailbox's size.
    ["De grootte van het bericht overschrijdt de ruimte in het postvak", TOO_LARGE],
    // Not listed.
    ["Uw IP-adres staat niet in een bloklijst", LISTED],
    // A recipient's complaint; not spam.
    [
      "Een eerdere e-mail aan de ontvanger is gemarkeerd als spam; verzendingen zijn geweigerd",
      SPAM,
    ],
    ["De server ziet het bericht niet als spam en weigert het niet", SPAM],
    // An address on the recipient's blacklist names no IP or server.
    ["Uw e-mailadres staat op een blacklist van de ontvanger", LISTED],
    // An address that does not exist on a domain that does; the sender's domain.
    ["Het domein bestaat wel, maar het e-mailadres niet bestaat", DOMAIN],
    ["Het domein van de afzender bestaat niet", DOMAIN],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

// The Czech vocabulary (./localized-vocabulary-cs.ts): every word is in an example, new pairings
// fire, a notice's boilerplate and the near misses its `unless` names read nothing, and English
// replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const czech = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.cs.vocab."));

const QUOTA = "concept.l10n.cs.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.cs.vocab.sending-limit";
const SPAM = "concept.l10n.cs.vocab.content-spam";
const SPF = "concept.l10n.cs.vocab.spf-refused";
const BLACKLISTED = "concept.l10n.cs.vocab.sender-blacklisted";
const LISTED = "concept.l10n.cs.vocab.ip-blocklisted";

describe("Czech vocabulary", () => {
  it.each([
    ["552 Kvóta poštovní schránky příjemce byla překročena", QUOTA],
    ["Dosáhli jste denního limitu pro odesílání zpráv", LIMIT],
    ["554 Vaše zpráva byla vyhodnocena jako spam a odmítnuta", SPAM],
    ["550 Zpráva odmítnuta z důvodu SPF", SPF],
    ["550 Odesílatel je na blacklistu příjemce", BLACKLISTED],
    ["554 Hostitel klienta [192.0.2.1] je zablokovaný pomocí zen.spamhaus.org", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Vaše zpráva nemohla být doručena následujícím příjemcům.",
    "Tato zpráva byla vytvořena automaticky systémem pro doručování pošty.",
    "Zkontrolujte adresu příjemce a zkuste to znovu.",
    "Kvóta poštovní schránky: 2 GB, využito 1,2 GB",
    "Pokud zpráva není spam, klikněte na Označit jako spam.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(czech(text)).toEqual([]);
  });

  it.each([
    // A quota for sending.
    ["Kvóta poštovní schránky pro odesílání byla překročena", QUOTA],
    // A mailbox's storage.
    ["Denní limit velikosti schránky překročil", LIMIT],
    // Not refused; identified (Microsoft's words for a check, no refusal).
    ["Zpráva nebyla odmítnuta jako spam", SPAM],
    ["odchozí zpráva nebyla společností Microsoft identifikována jako spam", SPAM],
    ["Zpráva nebyla odmítnuta z důvodu SPF", SPF],
    // A sending IP on a public list is the IP's listing, not the recipient's own blacklist.
    ["Odesílatel je na blacklistu: IP adresa 192.0.2.1 (zen.spamhaus.org)", BLACKLISTED],
    // rev24: "the sender is not on the blacklist, the message was refused for SPF".
    ["550 5.7.1 Odesílatel není na blacklistu, zpráva byla odmítnuta z důvodu SPF.", BLACKLISTED],
    // Not on the list.
    ["IP adresa není v seznamu blokových bloků", LISTED],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

// The Polish vocabulary (./localized-vocabulary-pl.ts): every word is in an example, new pairings
// fire, a notice's boilerplate and the near misses its `unless` names read nothing, and English
// replies are untouched (each example alone reading its cause is concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const polish = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.pl.vocab."));

const QUOTA = "concept.l10n.pl.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.pl.vocab.sending-limit";
const LISTED = "concept.l10n.pl.vocab.ip-blocklisted";

describe("Polish vocabulary", () => {
  it.each([
    ["552 5.2.2 Przekroczono przydział skrzynki pocztowej odbiorcy", QUOTA],
    ["Osiągnięto dzienny limit wiadomości dla tego konta", LIMIT],
    ["554 Adres IP 192.0.2.1 znajduje się na liście zablokowanych (zen.spamhaus.org)", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Wiadomość nie została dostarczona do następujących adresatów.",
    "Ta wiadomość została wygenerowana automatycznie.",
    "Przydział skrzynki pocztowej: 2 GB, wykorzystano 1,2 GB",
    "Dzienny limit wysyłania wynosi 500 wiadomości.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(polish(text)).toEqual([]);
  });

  it.each([
    // A sending allotment.
    ["Przekroczono przydział skrzynki pocztowej do wysyłania", QUOTA],
    // A mailbox's space.
    ["Osiągnięto dzienny limit miejsca w skrzynce", LIMIT],
    // The recipient's list of blocked senders; not on the list.
    ["Adres IP nadawcy jest na liście zablokowanych nadawców odbiorcy", LISTED],
    ["Adres IP nie znajduje się na liście zablokowanych", LISTED],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

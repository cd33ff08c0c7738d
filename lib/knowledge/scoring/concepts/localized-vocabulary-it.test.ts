// The Italian vocabulary in Microsoft's words (./localized-vocabulary-it.ts): every word is in an
// example, new pairings fire, a notice's boilerplate and the near misses its `unless` names read
// nothing, and English replies are untouched (each example alone reading its cause is
// concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const italian = (text: string) => ids(text).filter((id) => id.startsWith("concept.l10n.it.vocab."));

const QUOTA = "concept.l10n.it.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.it.vocab.sending-limit";
const LISTED = "concept.l10n.it.vocab.ip-blocklisted";

describe("Italian vocabulary (Microsoft's words)", () => {
  it.each([
    ["552 5.2.2 La quota della cassetta postale del destinatario è stata superata", QUOTA],
    ["Hai raggiunto il limite giornaliero di messaggi inviati", LIMIT],
    ["554 L'indirizzo IP 192.0.2.1 si trova in un elenco di blocco (zen.spamhaus.org)", LISTED],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Impossibile recapitare il messaggio ai seguenti destinatari.",
    "Questo messaggio è stato generato automaticamente.",
    "Quota della cassetta postale: 2 GB, utilizzati 1,2 GB",
    "Il limite giornaliero di invio è di 500 messaggi.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(italian(text)).toEqual([]);
  });

  it.each([
    // A sending quota.
    ["La quota della cassetta postale di invio è stata superata", QUOTA],
    // A mailbox's storage; not reached.
    ["È stato raggiunto il limite giornaliero di archiviazione", LIMIT],
    ["Il limite giornaliero non è stato raggiunto", LIMIT],
    // Not on the list.
    ["L'indirizzo IP non si trova in un elenco di blocco", LISTED],
    // rev24: "is not in a block list".
    ["550 5.7.1 Il tuo indirizzo IP non è in un elenco di blocco.", LISTED],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

// The concepts of ./localized-microsoft-support.ts read their German wordings inside an NDR's line,
// and the near misses (a blocked sender's "Zugriff verweigert", a recipient refused for another
// reason, forwarding, an access to something else denied, English boilerplate) do not fire them.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_MICROSOFT_SUPPORT_CONCEPTS } from "./localized-microsoft-support";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const OURS = new Set(LOCALIZED_MICROSOFT_SUPPORT_CONCEPTS.map((c) => c.id));
const ours = (text: string) => ids(text).filter((id) => OURS.has(id));

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return r.cause;
}

describe("Microsoft Support's German 5.4.1 and relay-access wordings", () => {
  it.each([
    [
      "Remoteserver hat '550 5.4.1 Empfängeradresse abgelehnt: Zugriff verweigert' zurückgegeben",
      "concept.l10n.de.recipient-rejected-access-denied",
      "recipient-unknown",
    ],
    [
      "<bob@example.com>: Remoteserver meldet 554 5.7.1 <bob@example.com>: Relay-Zugriff verweigert",
      "concept.l10n.de.relay-access-denied",
      "relay-denied",
    ],
  ])("reads %s", async (text, id, cause) => {
    expect(ours(text)).toContain(id);
    expect(await read(text)).toBe(cause);
  });

  it.each([
    // The 5.1.8 of a sender blocked for spam, and an access denied to a mailbox or a share.
    "550 5.1.8 Zugriff verweigert, ungültiger ausgehender Absender",
    "Zugriff verweigert: Sie haben keine Berechtigung für dieses Postfach.",
    // A recipient refused for another reason (a full mailbox, a policy).
    "Empfängeradresse abgelehnt: Postfach voll",
    "Empfängeradresse abgelehnt, weil die Nachricht zu groß ist",
    // Relay as a word for a server or a connector, with nothing denied.
    "Der Relay-Zugriff ist für authentifizierte Benutzer erlaubt.",
    "Relay-Server nicht erreichbar, Verbindung verweigert",
    // English boilerplate (the English tables' to read).
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    "554 5.7.1 <bob@example.com>: Relay access denied",
  ])("fires none on: %s", (text) => {
    expect(ours(text)).toEqual([]);
  });
});

// Concepts (see ./types.ts) from Microsoft Support's German articles on two Exchange Online
// refusals that the German concepts did not read: Directory-Based Edge Blocking's 5.4.1
// "Recipient address rejected: Access denied" (the recipient does not exist in the receiving
// tenant) and a server's "Relay access denied" (relay-denied).
//
// Which words are sent: both are the articles' German for English replies (Exchange Online and
// the Postfix-style relay answer in English); they reach the tool as the article's words or a
// translated bounce, never from the server. Hence both halves of each phrase are required.
// Sources: ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import { MS_KB_2603474_DE, MS_SUPPORT_541_DE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

export const LOCALIZED_MICROSOFT_SUPPORT_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.de.recipient-rejected-access-denied",
    cause: "recipient-unknown",
    says: "the receiving organisation does not know the recipient's address, and its edge refused the message for that reason",
    // The article: the NDR comes when Directory-Based Edge Blocking refuses a message because the
    // recipient's address is not valid. "Zugriff verweigert" alone is any refusal (the 5.1.8 of a
    // blocked sender), so the recipient's address must be the one refused.
    subject: ["empfängeradresse abgelehnt"],
    failure: ["zugriff verweigert"],
    examples: [ex("550 5.4.1 Empfängeradresse abgelehnt: Zugriff verweigert", MS_SUPPORT_541_DE)],
  },
  {
    id: "concept.l10n.de.relay-access-denied",
    cause: "relay-denied",
    says: "the server refused to relay: it will not pass this sender's mail on to a domain it does not handle",
    // "Relay-Zugriff" (relay access); the article's form of "Relay access denied".
    subject: ["relay-zugriff"],
    failure: ["verweigert"],
    examples: [ex("5.71 554client_email_address>: Relay-Zugriff verweigert", MS_KB_2603474_DE)],
  },
];

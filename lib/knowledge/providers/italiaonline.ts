// Italiaonline's mailboxes: Libero Mail and Virgilio Mail (libero.it, virgilio.it, inwind.it,
// iol.it, blu.it, giallo.it). Their help centres carry the same page on the delivery reports
// users get most often, naming each by its words (in capitals, as the reports print them) and
// saying what it means. The page was read from its start to "DELIVERY TIME EXPIRED".
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email",
  "Messaggi di errore più frequenti dopo invio email (Libero Aiuto)",
  "stored copy (pages corpus); the same text at aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/",
);

const { phrase } = entryKit("italiaonline");

export const ITALIAONLINE_TABLE: ProviderTable = {
  provider: "italiaonline",
  identity: {
    provider: "italiaonline",
    name: "Libero Mail / Virgilio Mail (Italiaonline)",
    hosts: ["libero.it", "virgilio.it", "inwind.it", "iol.it", "blu.it", "giallo.it"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "mailbox-full-user-quota",
      cause: "mailbox-full",
      match: ["mailbox full (user quota exceeded)"],
      source: ERRORS,
      example: "MAILBOX FULL (User quota exceeded)",
      note: "The page: the mailbox you write to has reached its size limit and takes no more mail until it is at least partly emptied.",
    }),
    phrase({
      id: "relay-disabled",
      cause: "relay-denied",
      match: ["550 relay disabled", "relaying not allowed (550"],
      source: ERRORS,
      example: "RELAYING NOT ALLOWED (550 Relay Disabled)",
      note: "The page: the mail client's outgoing (SMTP) server is not set up right: use the SMTP server your own provider gives you.",
    }),
    phrase({
      id: "routing-server-failure",
      cause: "recipient-domain-invalid",
      match: ["routing server failure"],
      strength: "strong",
      source: ERRORS,
      example: "ROUTING SERVER FAILURE",
      note: "The page: the domain (after the @) does not exist or was mistyped, e.g. liberoo.it for libero.it. (RFC 3463's X.4.3 text, which can also be a passing DNS failure.)",
    }),
    phrase({
      id: "delivery-time-expired",
      cause: "remote-unreachable",
      match: ["delivery time expired"],
      strength: "strong",
      source: ERRORS,
      example: "DELIVERY TIME EXPIRED",
      note: "The page: the destination could not receive the message despite repeated attempts.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The rest of Libero's page (after DELIVERY TIME EXPIRED) was not in its stored copies; the page's other headings are RFC 3463's generic status texts and the reports' Action: lines.",
  ],
};

// Mittwald (German hosting company), from its FAQ "Was bedeutet meine E-Mail-Fehlermeldung?",
// which explains the replies its own mail system gives on receiving, temporary and permanent.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERROR_MESSAGES = page(
  "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung",
  "Was bedeutet meine E-Mail-Fehlermeldung? (Mittwald FAQ)",
  "stored copy (pages corpus), read in excerpts",
);

const { phrase } = entryKit("mittwald");

export const MITTWALD_TABLE: ProviderTable = {
  provider: "mittwald",
  identity: {
    provider: "mittwald",
    name: "Mittwald",
    hosts: ["mittwald.de"],
    source: ERROR_MESSAGES,
  },
  phrases: [
    phrase({
      id: "sender-domain-not-found",
      cause: "sender-address-invalid",
      match: ["sender address rejected: domain not found"],
      scope: "any",
      source: ERROR_MESSAGES,
      example: "4.1.8 <*@*.*>: Sender address rejected: Domain not found",
      note: "The FAQ: the domain of the sender address does not exist or is not found in DNS for the moment (perhaps a recent DNS change not yet propagated).",
    }),
    phrase({
      id: "too-many-recipients-300",
      cause: "rate-limited",
      match: ["4.5.3 error: too many recipients"],
      scope: "any",
      source: ERROR_MESSAGES,
      example: "4.5.3 Error: too many recipients",
      note: "The FAQ: the message is addressed to more than 300 recipients (To, Cc, Bcc together).",
    }),
    phrase({
      id: "cannot-find-your-hostname",
      cause: "reverse-dns",
      match: ["client host rejected: cannot find your hostname"],
      scope: "any",
      source: ERROR_MESSAGES,
      example: "4.7.25 Client host rejected: cannot find your hostname, [192.168.1.1]",
      note: "The FAQ: the PTR record of the sending mail server must name a host whose A record points back to the same IP; it does not, and the operator of the sending server must be contacted.",
    }),
    phrase({
      id: "user-unknown-virtual-alias",
      cause: "recipient-unknown",
      match: ["user unknown in virtual alias table"],
      scope: "any",
      source: ERROR_MESSAGES,
      example: "5.1.1 <*@*.*>: Recipient address rejected: User unknown in virtual alias table",
      note: "The FAQ: the address does not exist or is mistyped.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'4.7.1 Docking request denied, first time visit, you have been greylisted, try again later' is a greylisting deferral (no cause of the vocabulary); the FAQ's later permanent and sending-side entries were cut off in the stored copy.",
  ],
};

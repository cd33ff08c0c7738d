// Kerio Connect (GFI), from its support article on outbound delivery, which opens with the two
// replies its admins meet: the relay refusal ("Relaying is denied", Kerio's wording, which the
// catalog's "relaying denied" does not reach) and the delayed delivery of a host that cannot be
// reached. Kerio's "SMTP Status and Reply codes" page lists only the RFC codes' meanings.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const OUTBOUND = page(
  "https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article",
  "Outbound Email Delivery Troubleshooting Article (Kerio Connect support)",
  "stored copy (pages corpus), read from the top",
);

const { phrase } = entryKit("kerio");

export const KERIO_TABLE: ProviderTable = {
  provider: "kerio",
  identity: { provider: "kerio", name: "Kerio Connect", hosts: [], source: OUTBOUND },
  phrases: [
    phrase({
      id: "relaying-is-denied",
      cause: "relay-denied",
      match: ["relaying is denied"],
      scope: "any",
      source: OUTBOUND,
      example: "550 5.7.1 Relaying is denied",
      note: "The page lists it as a symptom of outbound delivery ('When sending out messages, you are receiving \"550 5.7.1 Relaying is denied\"') and starts from the SMTP relay settings: the server (or the relay it sends through) does not let this client send to outside domains; authenticate, or allow the client's address in the relay settings.",
    }),
    phrase({
      id: "cannot-connect-to-host",
      cause: "remote-unreachable",
      match: ["4.4.1 cannot connect to host"],
      scope: "any",
      source: OUTBOUND,
      example: "Result: delayed, Status: 4.4.1 Cannot connect to host",
      note: "Kerio's log line for a message it could not hand on: the receiving host did not answer (the page goes on to MX records, blocklisting, the recipient domain's connectivity, firewalls). Kerio retries until the message expires.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Kerio Connect's manual page 'SMTP Status and Reply codes' (manuals.gfi.com) lists RFC 3463 / RFC 5321 codes with their standard meanings only: nothing of Kerio's own to enter.",
  ],
};

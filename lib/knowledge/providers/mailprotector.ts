// Mailprotector (US hosted email filtering and security), from its support article on the
// address verification it does for the domains it serves, and the two errors it gives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const INVALID_ADDRESS = page(
  "https://support.mailprotector.com/hc/en-us/articles/201413130-Invalid-Mailprotector-Sender-Recipient",
  "Invalid Mailprotector Sender/Recipient (Mailprotector support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("mailprotector");

export const MAILPROTECTOR_TABLE: ProviderTable = {
  provider: "mailprotector",
  identity: {
    provider: "mailprotector",
    name: "Mailprotector",
    hosts: ["mailprotector.com"],
    // Both errors name the service itself.
    markers: ["mailprotector"],
    source: INVALID_ADDRESS,
  },
  phrases: [
    phrase({
      id: "invalid-recipient",
      cause: "recipient-unknown",
      match: ["invalid mailprotector recipient"],
      scope: "any",
      source: INVALID_ADDRESS,
      example: "Invalid Mailprotector Recipient",
      note: "The article: the address sent to is not recognised as a valid user by Mailprotector; a user of a Mailprotector domain must be listed in its Console to receive mail.",
    }),
    phrase({
      id: "invalid-sender",
      cause: "sender-address-invalid",
      match: ["invalid mailprotector sender"],
      scope: "any",
      source: INVALID_ADDRESS,
      example: "Invalid Mailprotector Sender",
      note: "The article: the address sent from is not recognised as a valid user by Mailprotector; to send through its outbound relay (or between two Mailprotector domains) the sending address must be listed in the Console.",
    }),
  ],
  statusReadings: [],
};

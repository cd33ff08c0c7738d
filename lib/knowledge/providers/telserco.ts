// Telserco (hosting), from its hosting notice on throttled sending: the reply its servers give a
// customer past the new sending thresholds.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const NOTICE = page(
  "https://www.telserco.com/hosting-notices/throttling-sending/",
  "Throttling Sending (Telserco hosting notices)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("telserco");

export const TELSERCO_TABLE: ProviderTable = {
  provider: "telserco",
  identity: {
    provider: "telserco",
    name: "Telserco",
    hosts: ["telserco.com"],
    source: NOTICE,
  },
  phrases: [
    phrase({
      id: "restricted-heavy-usage",
      cause: "rate-limited",
      match: ["restricted due to heavy usage"],
      scope: "any",
      source: NOTICE,
      example: "Your IP address has been restricted due to heavy usage.",
      note: "The notice: customers who pass the sending thresholds get this reply; turning on SMTP authentication in the mail client lets them send.",
    }),
  ],
  statusReadings: [],
};

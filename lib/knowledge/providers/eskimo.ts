// Eskimo North (a Seattle ISP, eskimo.com), from its announcement on spam filtering, which gives
// the reply its mail servers send to relays listed as open in the ORBS database.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FILTERING = page(
  "http://www.eskimo.com/eskimo-announce/msg00033.html",
  "Spam Filtering (eskimo-announce)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("eskimo");

export const ESKIMO_TABLE: ProviderTable = {
  provider: "eskimo",
  identity: {
    provider: "eskimo",
    name: "Eskimo North",
    hosts: ["eskimo.com"],
    source: FILTERING,
  },
  phrases: [
    phrase({
      id: "refused-open-relay",
      cause: "ip-blocklisted",
      match: ["refused - open relay see"],
      scope: "any",
      source: FILTERING,
      example: "refused - open relay see",
      note: "The announcement: mail from relay hosts that the ORBS database lists as open (relaying from anywhere to anywhere) is refused with this message; the relay's admin must close it and have it removed from ORBS.",
    }),
  ],
  statusReadings: [],
};

// Harbour City Security (a New Zealand IT company that runs mail for its customers), from its
// support page on the refusal its mail system gives a connection whose IP has no PTR record.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const INVALID_PTR = page(
  "http://harbourcitysecurity.co.nz/support/invalid-ptr-record.php",
  "Invalid PTR record (Harbour City Security support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("harbour-city-security");

export const HARBOUR_CITY_SECURITY_TABLE: ProviderTable = {
  provider: "harbour-city-security",
  identity: {
    provider: "harbour-city-security",
    name: "Harbour City Security",
    hosts: ["harbourcitysecurity.co.nz"],
    source: INVALID_PTR,
  },
  phrases: [
    phrase({
      id: "connecting-ip-valid-ptr",
      cause: "reverse-dns",
      match: ["connecting ip must have valid ptr record"],
      scope: "any",
      source: INVALID_PTR,
      example: "Connecting IP must have valid PTR record",
      note: "The page: the internet IP the mail is sent from has no PTR (reverse DNS) record, which only the sender's ISP can fix.",
    }),
  ],
  statusReadings: [],
};

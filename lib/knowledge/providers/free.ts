// Free (free.fr, aliceadsl.fr; Proxad), from Free's postmaster page (postmaster.free.fr, stored
// copy). The page lists the errors Free's MX servers return, each with an explanation; blocks of
// an IP are based on Free's real-time statistics of spam and errors and last at most 24 hours.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "http://postmaster.free.fr/",
  "Bienvenue sur postmaster.free.fr",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("free");

export const FREE_TABLE: ProviderTable = {
  provider: "free",
  identity: {
    provider: "free",
    name: "Free (France)",
    hosts: ["free.fr", "proxad.net", "aliceadsl.fr"],
    markers: ["postmaster.free.fr"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "550-spam-detected",
      cause: "content-spam",
      match: ["550 spam detected"],
      source: POSTMASTER,
      example: "550 spam detected",
      note: "Free's anti-spam filter judged the message spam at reception (or someone forged the sender address on spam).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy was read in an excerpt: only the first of the page's listed errors ('550 spam detected') is entered.",
  ],
};

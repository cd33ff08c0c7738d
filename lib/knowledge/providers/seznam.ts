// Seznam.cz Email (seznam.cz, email.cz, post.cz), the largest Czech mailbox provider. Its help
// centre explains its bounce for a recipient that does not exist, printing the bounce it sends;
// Seznam's refusals carry "szn;" before the reason. No other Seznam bounce page was found.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const NO_USER = page(
  "https://napoveda.seznam.cz/uzivatel-neexistuje",
  "Uživatel neexistuje (Seznam Nápověda: the user does not exist)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("seznam");

export const SEZNAM_TABLE: ProviderTable = {
  provider: "seznam",
  identity: {
    provider: "seznam",
    name: "Seznam.cz Email",
    hosts: ["seznam.cz", "email.cz", "post.cz"],
    markers: [/\bszn; /],
    source: NO_USER,
  },
  phrases: [
    phrase({
      id: "service-not-mapped",
      cause: "recipient-unknown",
      match: ["user hasn't got the service mapped"],
      source: NO_USER,
      example: "5.1.1 szn; User hasn't got the service mapped",
      note: 'The page: the recipient does not exist ("Permanent Failure - Bad destination mailbox address"); check the address, and if it is right, contact the recipient\'s server administrators.',
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Only Seznam's help page for a non-existent recipient was found (stored copy); postmaster.seznam.cz's own pages were not.",
  ],
};

// Oakland University (Michigan), from its help-desk solution on mail its servers refuse from
// a connecting host whose reverse and forward DNS are missing or do not match.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS_SENDING = page(
  "https://www.oakland.edu/helpdesk/documents/errors-sending-e-mail-to-oakland-university/",
  "Errors Sending E-mail to Oakland University (Oakland University help desk)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("oakland-university");

export const OAKLAND_UNIVERSITY_TABLE: ProviderTable = {
  provider: "oakland-university",
  identity: {
    provider: "oakland-university",
    name: "Oakland University mail",
    hosts: ["oakland.edu"],
    source: ERRORS_SENDING,
  },
  phrases: [
    phrase({
      id: "cannot-find-your-hostname",
      cause: "reverse-dns",
      match: ["client host rejected: cannot find your hostname"],
      scope: "any",
      source: ERRORS_SENDING,
      example: '"450 Client host rejected: cannot find your hostname, []"',
      note: "The page: the host connecting to Oakland's mail server must have reverse and forward DNS entries that match; the remote mail server's administrators must fix its DNS.",
    }),
  ],
  statusReadings: [],
};

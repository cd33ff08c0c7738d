// Andrews & Arnold (AAISP, a UK ISP), from its support wiki page "Sending Email Errors", which
// its outgoing mail servers (smtp.aa.net.uk) point to and which explains each of their error
// codes (CA1, CA2, CA3, BO1). Only CA2 is entered: the stored copies give its whole reply line.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://support.aa.net.uk/Sending_Email_Errors",
  "Sending Email Errors (AAISP Support Site)",
  "stored revisions and diffs of the page (pages corpus: support.aa.net.uk/index.php?title=Sending_Email_Errors&…)",
);

const { phrase } = entryKit("aaisp");

export const AAISP_TABLE: ProviderTable = {
  provider: "aaisp",
  identity: {
    provider: "aaisp",
    name: "Andrews & Arnold (AAISP)",
    hosts: ["aa.net.uk"],
    // Its replies name the page on the older wiki host.
    markers: ["wiki.aa.org.uk/sending_email_errors"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "ca2-ip-blocked",
      cause: "bad-reputation",
      match: [/error ca2 see: \S+ \S+ is blocked from sending/],
      scope: "any",
      source: ERRORS,
      example:
        "Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors x.x.x.x is blocked from sending. Probably due to sending spam messages.",
      note: "The page: AAISP's outgoing servers blocked the sending IP after it sent many high spam-scoring messages (around 20 an hour) or many messages to invalid addresses in a short time; often a compromised machine or account. A block from AAISP's own count, no list named.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "CA1 (an authenticated account blocked for sending to many invalid addresses), CA3 (a mailbox blocked for spam over hours) and BO1 (a bounce message refused) are explained, but the stored copies did not keep their reply lines; not entered.",
  ],
};

// Tufts University's mail service, from its "Bounced Message Documentation" page, which shows the
// bounces its users meet with an example of each and what it means. Only the bounces its own
// servers write are entered (the "Illegal Attachment" example is a remote host's reply, and the
// page's explanation of it was not in the stored copy).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "http://uit.tufts.edu/?pid=548",
  "Bounced Message Documentation (Tufts University Information Technology)",
  "stored copies (pages corpus; also uit.tufts.edu/print.php?pid=548)",
);

const { phrase } = entryKit("tufts");

export const TUFTS_TABLE: ProviderTable = {
  provider: "tufts",
  identity: {
    provider: "tufts",
    name: "Tufts University mail",
    hosts: ["tufts.edu"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "unknown-or-illegal-alias",
      cause: "recipient-unknown",
      match: ["unknown or illegal alias"],
      scope: "any",
      source: BOUNCES,
      example: "550 5.1.1 unknown or illegal alias: user@host.tufts.edu",
      note: "The page: the address is not a valid one; it does not exist or was misspelled (search the Tufts directory for the right one).",
    }),
    phrase({
      id: "reason-over-quota",
      cause: "mailbox-full",
      // The Messaging Server's own report ("Recipient address: user@ims-ms-daemon"), beside the
      // reason: the two together are this page's bounce.
      match: ["reason: over quota"],
      also: ["ims-ms-daemon"],
      scope: "any",
      source: BOUNCES,
      example:
        "Recipient address: user@ims-ms-daemon\nOriginal address: user@host.tufts.edu\nReason: Over quota",
      note: "The page: the recipient's inbox is full and cannot take mail for now; resend later or reach them another way.",
    }),
  ],
  statusReadings: [],
};

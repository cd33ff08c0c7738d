// spampd (Debian 12 packages 2.53-1.2), the SMTP proxy that runs SpamAssassin between two mail
// servers, defers a message it could not test when told to (--dose, die on SpamAssassin errors):
// its one reply of its own (spampd.pl line 657 at upstream 2.53, the file Debian installs as
// /usr/sbin/spampd). The words are the proxy's own: the trouble is the receiving site's
// scanner, not the message or the sender.
import type { Signature } from "./types";

export const SPAMPD_SIGNATURES: Signature[] = [
  {
    id: "spampd.temporary-failure-processing",
    provider: "spampd",
    match: ["temporary failure processing message"],
    cause: "remote-server-error",
    confidence: 0.7,
    source:
      "https://github.com/mpaperno/spampd/blob/c8a7c29aeb5fbc5939f6060a7a593bd532b9defe/spampd.pl#L657",
    example: "450 Temporary failure processing message, please try again later",
    note: "A spam-scanning proxy at the receiving site (spampd) could not check the message and deferred it: the receiving side's trouble, which the sending server's retries ride out.",
  },
];

// postfwd (the Postfix policy server, Debian package postfwd 1.35) has no refusal texts of its
// own: each reply is the action text of the site's rule. Sites copy the examples of its manual
// (doc/postfwd.txt, shipped as /usr/share/doc/postfwd/postfwd.txt.gz and `postfwd -m`), and
// the real-MTA lab ran them as written (lib/knowledge/lab/fixtures/postfwd). Only the rate()
// and size() examples are here: the manual's rcpt() example and its RBL and HELO examples are
// read right by the general knowledge already.
import type { Signature } from "./types";

const MANUAL =
  "https://github.com/postfwd/postfwd/blob/b525dc41ab8fd415dede6a17e102eb7c255e0baa/doc/postfwd.txt";

export const POSTFWD_SIGNATURES: Signature[] = [
  {
    // The manual's rate() and size() examples: "action=rate(client_address/3/300/450 4.7.1
    // sorry, max 3 requests per 5 minutes)", "...sorry, max 30 requests per hour", "action=size(
    // client_address/1572864/3600/450 4.7.1 sorry, max 1.5mb per hour)": a counter per client
    // (or sender) over a time window. A "request" is each policy query, so a site's limit on
    // them is a limit on messages and recipients per period from that client.
    id: "postfwd.manual-rate-limit",
    provider: "postfwd",
    match: [
      /\bsorry, max [\d.]{1,12} ?(?:requests|recipients|mb|kb) per (?:\d{1,4} )?(?:seconds?|minutes?|hours?|days?)\b/,
    ],
    cause: "rate-limited",
    confidence: 0.8,
    source: `${MANUAL}#L530`,
    example: "450 4.7.1 sorry, max 3 requests per 5 minutes",
    note: "The receiving server counts what each sending client sends in a time window (the example rules of postfwd's manual): the sender went over it and should retry later or send more slowly.",
  },
];

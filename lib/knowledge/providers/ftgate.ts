// FTGate (a Windows mail server), from its documentation's "Service Error Messages", which lists
// each reply with the reference code FTGate puts at the end of the line ("(#1.04)") and what it
// means. The security-policy rows print only the code in the message column; their examples put
// a reply code before it (verbatim: false). The rows that read right unaided (mailbox disabled or
// full, storage exceeded, invalid EHLO) are not repeated.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/",
  "Service Error Messages (FTGate documentation)",
  "stored copy (pages corpus), read from the top",
);

const { phrase } = entryKit("ftgate");

/** [code, cause, example, the page's note, verbatim]. */
const ROWS: readonly (readonly [string, CauseId, string, string, boolean])[] = [
  [
    "1.03",
    "remote-server-error",
    "451 Out of disk space (#1.03)",
    "The receiving server has run out of disk space: a matter for its administrator; the sending server retries.",
    false,
  ],
  [
    "1.04",
    "rate-limited",
    "451 4.5.1 [%s] Max concurrent sessions (#1.04)",
    "Too many simultaneous connections from the sender's address ('Too many connections from your address'): connect less often at once.",
    true,
  ],
  [
    "2.01",
    "bad-reputation",
    "550 (#2.01)",
    "The page: 'address has been temp blacklisted': FTGate's security policy has put the sending address on its temporary block list.",
    false,
  ],
  [
    "2.02",
    "sender-policy",
    "550 (#2.02)",
    "The page: 'address has either BL or no PA': the sending address is on the server's block list, or lacks the permitted access its policy requires; the receiving side's rule.",
    false,
  ],
  [
    "2.03",
    "ip-blocklisted",
    "550 (#2.03)",
    "The page: 'RBL hit': the sending IP is on a DNS blocklist the server checks.",
    false,
  ],
];

export const FTGATE_TABLE: ProviderTable = {
  provider: "ftgate",
  identity: {
    provider: "ftgate",
    name: "FTGate mail server",
    hosts: ["ftgate.com"],
    markers: [/\(#[1-3]\.\d{2}\)/],
    source: ERRORS,
  },
  phrases: ROWS.map(([code, cause, example, note, verbatim]) =>
    phrase({
      id: `code-${code}`,
      cause,
      match: [`(#${code})`],
      scope: "any",
      source: ERRORS,
      example,
      verbatim,
      note: verbatim
        ? note
        : `${note} The page prints the code${code.startsWith("2") ? " alone in its message column" : " and the words"}; the reply code before them is put back.`,
    }),
  ),
  statusReadings: [],
  missingPages: [],
};

// Czech Technical University in Prague, Department of Mathematics (FEL), from its page for
// senders whose mail to the department was returned, which lists its mail server's refusals
// in order of likelihood and says whose configuration is at fault.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const UNDELIVERED = page(
  "https://math.fel.cvut.cz/0misc/undelivered.html",
  "Was your e-mail returned to you? (Department of Mathematics, FEL CTU)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("ctu-math");

export const CTU_MATH_TABLE: ProviderTable = {
  provider: "ctu-math",
  identity: {
    provider: "ctu-math",
    name: "CTU Department of Mathematics (FEL) mail",
    hosts: ["math.fel.cvut.cz"],
    source: UNDELIVERED,
  },
  phrases: [
    phrase({
      id: "cannot-find-your-hostname",
      cause: "reverse-dns",
      match: ["client host rejected: cannot find your hostname"],
      scope: "any",
      source: UNDELIVERED,
      example: "550 Client host rejected: cannot find your hostname, [xxx.xxx.xxx.xxx]",
      note: "The page: the department's server will not talk to an SMTP client whose domain name it cannot resolve from its IP address; the sender's administrator must register the client in DNS, forward and reverse.",
    }),
    phrase({
      id: "blocked-using-sorbs",
      cause: "ip-blocklisted",
      match: ["blocked using dnsbl.sorbs.net"],
      // Postfix's DNSBL form, shared by a list's own error answers: in full only where the
      // refusal is the department's.
      scope: "provider",
      source: UNDELIVERED,
      example:
        "554 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using dnsbl.sorbs.net; See: http://www.dnsbl.sorbs.net/lookup.shtml",
      note: "The page: the sending SMTP client is on a blocklist (dnsbl.sorbs.net, or list.dsbl.org); the sender's administrator must have it removed.",
    }),
    phrase({
      id: "blocked-using-ordb-open-relay",
      cause: "ip-blocklisted",
      match: ["blocked using relays.ordb.org"],
      scope: "provider",
      source: UNDELIVERED,
      example:
        "554 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using relays.ordb.org; This mail was handled by an open relay - please visit http://ORDB.org/lookup",
      note: "The page: the mail passed an open relay listed by ORDB; the sender's administrator must close the relay and then have the client removed from the list.",
    }),
  ],
  statusReadings: [],
};

// host2u.sk (Slovak hosting company), from its FAQ on the refusal its mail servers give to
// mail from a server listed on a spam-server database.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED_USING = page(
  "https://www.host2u.sk/faq/ked-mi-niekto-chce-poslat-mail-zobrai-sa-hlasenie-client-host-x-x-x-x-blocked-using-co-to-znamena-a-co-s-tym/",
  "Ked mi niekto chce poslať mail, zobraí sa hlásenie „Client host [x.x.x.x] blocked using …“. Čo to znamená a čo s tým? (host2u.sk FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("host2u");

export const HOST2U_TABLE: ProviderTable = {
  provider: "host2u",
  identity: {
    provider: "host2u",
    name: "host2u.sk",
    hosts: ["host2u.sk"],
    source: BLOCKED_USING,
  },
  phrases: [
    phrase({
      id: "client-host-blocked-using",
      cause: "ip-blocklisted",
      match: [/client host \[[^\]]{1,64}\] blocked using/],
      // Postfix's default DNSBL reply, which the general knowledge already reads; Spamhaus's
      // error returns (an excessive-queries answer, not a listing) come in the same form, so the
      // entry counts only where the refusal is host2u's own.
      scope: "identified",
      source: BLOCKED_USING,
      example: "Client host [x.x.x.x] blocked using …",
      note: "The FAQ: the sender's SMTP server is on a list of spam servers that host2u's mail servers consult; the sender must ask the administrator of that server to have it removed from the list.",
    }),
  ],
  statusReadings: [],
};

// KEI.pl (Polish hosting company), from its help article on bounce messages ("Wiadomość
// zwrotna – Mailer Daemon"), which quotes a bounce from its own servers for a full mailbox.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "https://www.kei.pl/pomoc/wiadmosc-zwrotna/",
  "Wiadomość zwrotna – Mailer Daemon (KEI.pl Pomoc)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("kei");

export const KEI_TABLE: ProviderTable = {
  provider: "kei",
  identity: {
    provider: "kei",
    name: "KEI.pl",
    hosts: ["kei.pl"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "maildir-over-quota",
      cause: "mailbox-full",
      match: ["maildir over quota"],
      scope: "any",
      source: BOUNCES,
      example: "maildrop: maildir over quota.",
      note: "The article ('Za mało miejsca na koncie adresata'): the recipient's account is full and takes no more messages; only the recipient can act, by deleting mail or enlarging the account.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article's other examples (550 No Such User Here, Gmail's 550-5.7.1 unsolicited mail) are other providers' replies, already read from their own pages.",
  ],
};

// National Capital FreeNet (NCF, Ottawa community ISP), from its help wiki page on emails not
// delivered, which quotes a refusal its mail server gives and explains it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const NOT_DELIVERED = page(
  "https://help.ncf.ca/Email_messages_rejected",
  "Emails not delivered (NCF HelpWiki)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("ncf");

export const NCF_TABLE: ProviderTable = {
  provider: "ncf",
  identity: {
    provider: "ncf",
    name: "National Capital FreeNet",
    hosts: ["ncf.ca"],
    source: NOT_DELIVERED,
  },
  phrases: [
    phrase({
      id: "spf-fail-not-authorized",
      cause: "authentication-failure",
      match: ["message rejected due to: spf fail - not authorized"],
      scope: "any",
      source: NOT_DELIVERED,
      example:
        ">>> recipient@ncf.ca (Undelivered): 550 5.7.23 <recipient@ncf.ca>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sender@somewhere.ca;ip=12.34.56.78;r=;",
      note: "The page: the message came from a mail server (the IP in the link) that the SPF record of the sender's domain does not allow to send its mail.",
    }),
  ],
  statusReadings: [],
};

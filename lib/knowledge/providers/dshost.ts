// DSHost (Australian hosting company), from its knowledge-base article on the errors its
// servers send mail back with.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SENT_BACK = page(
  "https://support.dshost.com.au/knowledgebase.php?action=displayarticle&id=70",
  "My email was sent back with an error, what does it mean? (DSHost knowledgebase)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("dshost");

export const DSHOST_TABLE: ProviderTable = {
  provider: "dshost",
  identity: {
    provider: "dshost",
    name: "DSHost",
    hosts: ["dshost.com.au"],
    source: SENT_BACK,
  },
  phrases: [
    phrase({
      id: "spf-lookup-failure",
      cause: "authentication-failure",
      match: ["451 spf lookup failure"],
      scope: "any",
      source: SENT_BACK,
      example: "451 SPF lookup failure (#4.3.0)",
      note: "The article: the receiving server checks SPF, and the originating side needs a matching SPF record listing every IP address that sends mail for the domain (in cPanel, under Email Authentication).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'Mail rejected due to RBL' is described without the reply text the servers give.",
  ],
};

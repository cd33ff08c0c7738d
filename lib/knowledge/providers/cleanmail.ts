// Cleanmail (a Swiss spam-filtering service, cleanmail.ch), from its notice "Stricter rules for
// accepting mail with sender bluewin.ch", which gives the rejection it writes when mail from a
// bluewin.ch sender did not come from Bluewin's servers as Bluewin's SPF record lists them.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLUEWIN_RULES = page(
  "https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en",
  "Stricter rules for accepting mail with sender bluewin.ch (Cleanmail)",
  "stored copies (pages corpus; also support.cleanmail.ch/category/uncategorized/?lang=en)",
);

const { phrase } = entryKit("cleanmail");

export const CLEANMAIL_TABLE: ProviderTable = {
  provider: "cleanmail",
  identity: {
    provider: "cleanmail",
    name: "Cleanmail",
    hosts: ["cleanmail.ch"],
    source: BLUEWIN_RULES,
  },
  phrases: [
    phrase({
      id: "forged-sender-domain",
      cause: "authentication-failure",
      match: ["forged sender domain from this server"],
      scope: "any",
      source: BLUEWIN_RULES,
      example: "Forged sender domain from this server",
      note: "The notice: the message was not sent through the servers the sender domain's SPF record names (Bluewin's official servers for bluewin.ch); the recipient cannot allow-list it, the sender must use the right outgoing servers.",
    }),
  ],
  statusReadings: [],
};

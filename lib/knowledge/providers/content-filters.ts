// Content filters that sit beside a mail server (milters) and refuse a message at the end of
// DATA with words of their own, cited to the filters' source (the reply is a string constant
// there); the example is a receiver's refusal in those words, as a public page quotes it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const AMAVIS_MILTER = page(
  "https://www.ijs.si/software/amavisd/",
  "amavisd-new: amavis-milter.c (mlfi_eom, REJECT handling)",
  'amavis-milter.c in a public repository (find_string \'Message content rejected\'): smfi_setreply(ctx, "550", "5.7.1", "Message content rejected")',
);

const GADZ_WIKI = page(
  "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015",
  "Gadz.org documentation: examples of refusals by French providers' filters (page diff)",
  "stored copy (pages corpus); the page cuts the line before the closing parenthesis",
);

const { phrase } = entryKit("content-filter");

export const CONTENT_FILTERS_TABLE: ProviderTable = {
  provider: "content-filter",
  identity: {
    provider: "content-filter",
    name: "A content filter (milter)",
    hosts: [],
    source: AMAVIS_MILTER,
  },
  phrases: [
    phrase({
      id: "message-content-rejected",
      cause: "content-spam",
      match: ["message content rejected"],
      scope: "any",
      // The filter's own string constant: its words name the refusal's reason, whatever reply
      // and status codes the server around it sends (Amazon SES receiving: "500 5.6.1").
      source: GADZ_WIKI,
      example:
        "host smtp-in.sfr.fr[93.17.128.123] said: 550 5.7.1 Message content rejected (in reply to end of DATA command",
      note: `SFR's MX refusing a message, as a user wiki lists it under spam or virus. The words are a content filter's: amavisd's milter answers them when the content check says reject (spam, or a banned or infected part) (${AMAVIS_MILTER.url}); rmilter writes the same words when DCC finds bulk mail. The content was refused, not the sender or the address.`,
    }),
  ],
  statusReadings: [],
};

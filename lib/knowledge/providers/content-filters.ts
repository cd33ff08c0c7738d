// Content filters that sit beside a mail server (milters) and refuse a message at the end of
// DATA with words of their own. Cited to the filters' source: the reply is a string constant
// there, so the example is that string with the reply and status codes the same call sets.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const AMAVIS_MILTER = page(
  "https://www.ijs.si/software/amavisd/",
  "amavisd-new: amavis-milter.c (mlfi_eom, REJECT handling)",
  'amavis-milter.c in a public repository (find_string \'Message content rejected\'): smfi_setreply(ctx, "550", "5.7.1", "Message content rejected")',
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
      source: AMAVIS_MILTER,
      example: "550 5.7.1 Message content rejected",
      verbatim: false,
      note: "amavisd's milter answers this when the content check says reject (spam, or a banned or infected part); rmilter writes the same words when DCC finds bulk mail. The content was refused, not the sender or the address.",
    }),
  ],
  statusReadings: [],
};

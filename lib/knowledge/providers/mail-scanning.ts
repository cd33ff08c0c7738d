// Mail-Scanning.com (hosted spam filtering service), from its blog post introducing the
// rejection notices its servers give, which quotes one in full.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTIONS = page(
  "http://blog.mail-scanning.com/tags/rejections",
  "Better Rejection Messages (Mail-Scanning blog, entries tagged rejections)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("mail-scanning");

export const MAIL_SCANNING_TABLE: ProviderTable = {
  provider: "mail-scanning",
  identity: {
    provider: "mail-scanning",
    name: "Mail-Scanning.com",
    hosts: ["mail-scanning.com"],
    markers: ["mail-scanning.com/reject"],
    source: REJECTIONS,
  },
  phrases: [
    phrase({
      id: "not-a-valid-user",
      cause: "recipient-unknown",
      match: [/552 not a valid user: \S/],
      scope: "any",
      source: REJECTIONS,
      example:
        "PERM_FAILURE: SMTP Error (state 16): 552 not a valid user: test See http://mail-scanning.com/reject/for details. ID: MSG-678956",
      note: "The post's example of its rejection notice: the address test@test.org is not a valid user at the filtered domain (the notice links its rejection page and carries a message ID for senders who ask for a resend).",
    }),
  ],
  statusReadings: [],
};

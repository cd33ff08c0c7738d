// University at Buffalo (UBIT), from its page for senders whose mail to a buffalo.edu address
// was refused, which quotes the reply and says what stands behind it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED_EMAIL = page(
  "http://www.buffalo.edu/ubit/service-guides/email/email-allow-list.html",
  "About Your Blocked Email to UB (UBIT)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("university-at-buffalo");

export const UNIVERSITY_AT_BUFFALO_TABLE: ProviderTable = {
  provider: "university-at-buffalo",
  identity: {
    provider: "university-at-buffalo",
    name: "University at Buffalo (UBIT) mail",
    hosts: ["buffalo.edu"],
    source: BLOCKED_EMAIL,
  },
  phrases: [
    phrase({
      id: "service-unavailable-4-whitelist",
      cause: "ip-blocklisted",
      // The reply's own pointer to UB's form: "Service unavailable" alone says nothing.
      match: ["buffalo.edu/ubit/forms/email-whitelist"],
      scope: "any",
      source: BLOCKED_EMAIL,
      example:
        "Remote host said: 554 5.7.1 Service unavailable(4); See http://www.buffalo.edu/ubit/forms/email-whitelist.html",
      note: "The page: reputation services have reported that the sender's ISP mail server sends spam, and UB has temporarily blocked it; the server is accepted again once it is off the real-time block lists it appears on.",
    }),
  ],
  statusReadings: [],
};

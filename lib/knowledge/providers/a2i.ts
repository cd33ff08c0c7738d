// a2i communications (rahul.net, a Californian ISP), from its page explaining the errors its
// mail software gives when it refuses incoming mail whose sender address it cannot verify.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAIL_ERRORS = page(
  "http://www.rahul.net/howto/mailerrors.html",
  "a2i communications explanation of mail errors",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("a2i");

export const A2I_TABLE: ProviderTable = {
  provider: "a2i",
  identity: {
    provider: "a2i",
    name: "a2i communications (rahul.net)",
    hosts: ["rahul.net"],
    source: MAIL_ERRORS,
  },
  phrases: [
    phrase({
      id: "cannot-route-to-sender",
      cause: "sender-address-invalid",
      match: ["rejected: cannot route to sender"],
      scope: "any",
      source: MAIL_ERRORS,
      example: "rejected: cannot route to sender",
      note: "The page: the sender address is invalid, usually a domain that does not exist (or an 'antispam' fragment such as REMOVETHIS in the domain part); the sender's ISP must make outgoing mail carry a valid sender address.",
    }),
    phrase({
      id: "unable-to-verify-sender",
      cause: "sender-address-invalid",
      match: ["temporarily unable to verify sender address"],
      scope: "any",
      source: MAIL_ERRORS,
      example: "temporarily unable to verify sender address (try again later)",
      note: "The page: like 'cannot route to sender' but temporary; the sender's domain seems to exist but its name servers do not answer, and the sending site keeps the mail queued.",
    }),
  ],
  statusReadings: [],
};

// backschues.net's mail service, from the information page its mail servers' replies point to
// (mx0.backschues.net), which prints each refusal in English and German.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const INFO = page(
  "https://mx0.backschues.net",
  "Email service information (backschues.net)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("backschues");

export const BACKSCHUES_TABLE: ProviderTable = {
  provider: "backschues",
  identity: {
    provider: "backschues",
    name: "backschues.net mail",
    hosts: ["backschues.net"],
    source: INFO,
  },
  phrases: [
    phrase({
      id: "sender-must-match-login",
      cause: "sender-address-invalid",
      match: ["sender and authenticated user must be the same"],
      scope: "any",
      source: INFO,
      example:
        "While relaying an email to our email server sender and authenticated user must be the same.",
      note: "The page (German text beside it): the sender address must be the user the mail program logged in as.",
    }),
    phrase({
      id: "attachment-type-rejected",
      cause: "content-virus",
      match: ["the attachment file type (such as files ending in"],
      scope: "any",
      source: INFO,
      example:
        'For security reasons (e.g. malware) the attachment file type (such as files ending in ".exe") or email format has been rejected.',
      note: "The page: an attachment type that can carry malware (.exe, also renamed or archived) was refused; send a plain PDF instead.",
    }),
    phrase({
      id: "identified-as-spam",
      cause: "content-spam",
      match: ["your email was identified as spam. the most common issue is"],
      scope: "any",
      source: INFO,
      example:
        "Your email was identified as spam. The most common issue is that a message has been send to a large number of recipients. Please decrease the recipients.",
      note: "The page (German: 'aufgrund ihres Inhaltes als Spam eingestuft'): the message's content was classified as spam, often because it had many recipients.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'Your client host is not allowed to send any email directly to our mail services (e.g. dynamic IP address or listed in a DNS RBL) or has a missing DNS configuration (e.g. invalid or missing DNS PTR)' is not entered: the page gives three causes for it.",
  ],
};

// MailEnable (a Windows mail server): texts its SMTP service returns, as MailEnable's own
// knowledge base prints them.
import type { Signature } from "./types";

const KB = "https://www.mailenable.com/kb/content/article.asp?ID=";

export const MAILENABLE_SIGNATURES: Signature[] = [
  {
    // ME020219: mail for a domain MailEnable hosts, to an address no mailbox's address map holds
    // (and no catch-all): the address does not exist there.
    id: "mailenable.recipient-not-in-address-map",
    provider: "mailenable",
    match: ["is locally serviced, but recipient is not defined in address map"],
    cause: "recipient-unknown",
    confidence: 0.85,
    source: `${KB}ME020219`,
    example:
      "Domain for ([SMTP:mailbox@domain]) is locally serviced, but recipient is not defined in address map",
    note: "The domain is hosted on this MailEnable server, but no mailbox has this address: it is misspelled or no longer exists.",
  },
];

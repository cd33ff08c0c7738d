// Non-delivery report texts of Microsoft Exchange Server on premises, older versions (5.5, 2000,
// 2003): the reason line under "The following recipient(s) could not be reached", as Microsoft's
// own Knowledge Base articles print it. Exchange Online and current Exchange Server read in
// providers/microsoft.ts; these are the same provider's, so they carry its name and a
// leave-one-out of Microsoft leaves them out too. The articles were read in an archive of
// Microsoft's Knowledge Base (mskb.pkisolutions.com; the KB number is in each note).
import type { Signature } from "./types";

const KB = "https://mskb.pkisolutions.com/kb";

export const EXCHANGE_SERVER_SIGNATURES: Signature[] = [
  {
    // KB258678: Exchange 5.5 returns it for a recipient its directory does not resolve.
    id: "microsoft.legacy-ndr.recipient-name-not-recognized",
    provider: "microsoft",
    match: ["the recipient name is not recognized"],
    cause: "recipient-unknown",
    confidence: 0.8,
    source: `${KB}/258678`,
    example: "The recipient name is not recognized.",
    note: "Exchange found no recipient of that name in its directory (KB258678): the address is wrong or no longer exists.",
  },
  {
    // KB817425: Exchange 2000/2003 with a delivery restriction on the recipient (only members of
    // a group may send to it); the article gives this as the report such a sender should get.
    id: "microsoft.legacy-ndr.no-permission-to-send",
    provider: "microsoft",
    match: ["you do not have permission to send to this recipient"],
    cause: "sender-policy",
    confidence: 0.8,
    source: `${KB}/817425`,
    example: "You do not have permission to send to this recipient.",
    note: "The recipient accepts mail only from senders its administrator allowed (a delivery restriction, KB817425): the recipient's side must allow this sender.",
  },
];

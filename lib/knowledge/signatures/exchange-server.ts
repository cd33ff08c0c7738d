// Non-delivery report texts of Microsoft Exchange Server on premises, older versions (5.5, 2000,
// 2003): the reason line under "The following recipient(s) could not be reached", as Microsoft's
// own Knowledge Base articles print it. Exchange Online and current Exchange Server read in
// providers/microsoft.ts; these are the same provider's, so they carry its name and a
// leave-one-out of Microsoft leaves them out too. The articles were read in an archive of
// Microsoft's Knowledge Base (mskb.pkisolutions.com; the KB number is in each note).
import type { Signature } from "./types";

const KB = "https://mskb.pkisolutions.com/kb";

// Microsoft's Knowledge Base article Q304897 (Exchange 2000), as archived in jeffpar/kbarchive:
// its sample reports end each recipient's reason with the reporting server's name and the
// enhanced status code in angle brackets, "<server.northwindtraders.com #5.1.1>".
const KB_Q304897 =
  "https://github.com/jeffpar/kbarchive/blob/9d07a0fcc690dab7a3f5416a3054f4562d804b69/kb/304/Q304897/README.md";

export const EXCHANGE_SERVER_SIGNATURES: Signature[] = [
  {
    // The "<host #x.y.z>" trailer with a network status RFC 3463 reads as a failed connection:
    // X.4.1 "No answer from host", X.4.2 "Bad connection", X.4.7 "Delivery time expired". A
    // relay that passes the report on may put its own catch-all status before it, as in the
    // example (forwardemail/free-email-forwarding#115: "nothing else"): the trailer's code is the
    // one that says what failed. Not qmail's form: qmail writes "(#4.4.1)" after its own sentence
    // (qmail-remote.c, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)").
    id: "microsoft.legacy-ndr.trailer-no-connection",
    provider: "microsoft",
    match: [/<[a-z0-9][a-z0-9.-]{0,252} #[45]\.4\.[127]>/],
    cause: "remote-unreachable",
    confidence: 0.8,
    source: `${KB_Q304897}; https://github.com/forwardemail/free-email-forwarding/issues/115`,
    example: "554 5.4.0 <ms1.forwardemail.net #4.4.1>",
    note: "The server named in the brackets gave the status after it: no answer from the next host (X.4.1), a connection that broke (X.4.2), or retries that ran out (X.4.7), per RFC 3463. The recipient's mail host did not take the connection: its MX records or its server are the first things to check.",
  },
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

// Zimbra Collaboration's mailbox server (Zimbra/zm-mailbox at the commit read): replies of its
// LMTP server that source-replies/zimbra.ts holds as measures, read here where their words
// alone do not say what the code that sends them means.
import type { Signature } from "./types";

const ZM =
  "https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver";

export const ZIMBRA_SIGNATURES: Signature[] = [
  {
    // LmtpReply.MAILBOX_NOT_ON_THIS_SERVER (450 4.2.0), sent where the account exists but no
    // mailbox server is known for it (ZimbraLmtpBackend.java#L160): a fault of the recipient's
    // own installation, retried, not a missing or full mailbox.
    id: "zimbra.mailbox-not-on-this-server",
    provider: "zimbra",
    match: ["mailbox is not on this server"],
    cause: "remote-server-error",
    confidence: 0.75,
    source: `${ZM}/ZimbraLmtpBackend.java#L160`,
    example: "450 4.2.0 Mailbox is not on this server",
    note: "The recipient's Zimbra could not find which of its own servers holds the mailbox: its administrator must fix the account's mail host; the sending server retries.",
  },
];

// Zimbra Collaboration's mailbox server (Zimbra/zm-mailbox at the commit read): the replies its
// LMTP server gives the Postfix in front of it (LmtpReply.java's table, "code enhanced-code
// detail"), which that Postfix writes into its bounce. The TLS refusal uses 4.2.2, RFC 3463's
// code for a full mailbox.
import { sourceFile, type SourceReply } from "./types";

const REPO = "Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72";

const file = sourceFile("zimbra", REPO, "store/src/java/com/zimbra/cs/lmtpserver/");

const reply = file("LmtpReply.java");

export const ZIMBRA_SOURCE_REPLIES: readonly SourceReply[] = [
  reply(
    "no-such-user",
    53,
    "LmtpReply.NO_SUCH_USER",
    'NO_SUCH_USER(550, "5.1.1", "No such user here")',
    "550 5.1.1 No such user here",
    "the recipient has no account on the Zimbra server",
    "recipient-unknown",
  ),
  reply(
    "over-quota",
    40,
    "LmtpReply.TEMPORARY_FAILURE_OVER_QUOTA (ZimbraLmtpBackend.deliverMessageToLocalMailboxes)",
    'TEMPORARY_FAILURE_OVER_QUOTA(452, "4.2.2", "Over quota")',
    "452 4.2.2 Over quota",
    "the recipient's mailbox (or its domain) is over its quota; temporary unless the server is set to fail permanently",
    "mailbox-full",
  ),
  reply(
    "over-quota-permanent",
    55,
    "LmtpReply.PERMANENT_FAILURE_OVER_QUOTA (zimbraLmtpPermanentFailureWhenOverQuota)",
    'PERMANENT_FAILURE_OVER_QUOTA(552, "5.2.2", "Over quota")',
    "552 5.2.2 Over quota",
    "the recipient's mailbox is over its quota and the server makes that a permanent failure",
    "mailbox-full",
  ),
  reply(
    "mailbox-disabled",
    35,
    "LmtpReply.MAILBOX_DISABLED",
    'MAILBOX_DISABLED(450, "4.2.1", "Mailbox disabled, not accepting messages")',
    "450 4.2.1 Mailbox disabled, not accepting messages",
    "the recipient's account is in maintenance or locked and does not take mail",
    "mailbox-disabled",
  ),
  reply(
    "tls-required",
    39,
    "LmtpReply.TLS_REQUIRED (LmtpHandler, LHLO and MAIL without TLS)",
    'TLS_REQUIRED(451, "4.2.2", "Server accepts messages only on TLS connection")',
    "451 4.2.2 Server accepts messages only on TLS connection",
    "the LMTP server requires TLS and the client did not start it",
    "tls-required",
  ),
  reply(
    "sieve-refused",
    54,
    "LmtpReply.PERMANENT_MESSAGE_REFUSED (a DeliveryServiceException: the recipient's Sieve filter rejected it, ZimbraLmtpBackend.java line 759)",
    'PERMANENT_MESSAGE_REFUSED(550, "5.7.1", "Message rejected")',
    "550 5.7.1 Message rejected",
    "a filter rule of the recipient (Sieve reject) refused the message: the words do not say so",
    "unknown",
    ["sender-policy"],
  ),
];

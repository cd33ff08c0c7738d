// Cyrus IMAP 3.6.1 (tag cyrus-imapd-3.6.1, the release Debian 12 packages): the replies lmtpd
// gives the MTA that hands it a message. send_lmtp_error() (imap/lmtpengine.c) picks an LMTP
// format from imap/lmtp_err.et by the IMAP error and fills it with that error's text from
// imap/imap_err.et; the long "550-" lines come first where configure set LMTP_LONG_ERROR_MSGS
// (its default). A multi-line reply is written as Postfix writes it into a bounce, the lines
// joined. Placeholders filled: session cyrus-12345-1700000000-1-1234567890, size 52428800,
// postmaster postmaster@example.com.
import { sourceFile, type SourceReply } from "./types";

const REPO = "cyrusimap/cyrus-imapd/blob/6309cd0f35e0875ebbcca7fe07ec032610d5dd24";

const file = sourceFile("cyrus", REPO, "imap/");

const engine = file("lmtpengine.c");
const errors = file("lmtp_err.et");

export const CYRUS_SOURCE_REPLIES: readonly SourceReply[] = [
  engine(
    "user-unknown",
    201,
    "send_lmtp_error (IMAP_MAILBOX_NONEXISTENT)",
    'LMTP_USER_UNKNOWN_LONG "550-Mailbox unknown.  Either there is no mailbox associated with this\\r\\n550-name or you do not have authorization to see it.\\r\\n", then LMTP_USER_UNKNOWN "550 5.1.1 User unknown" (lmtp_err.et lines 72, 75)',
    "550-Mailbox unknown. Either there is no mailbox associated with this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown",
    "the recipient has no mailbox on the server (IMAP_MAILBOX_NONEXISTENT)",
    "recipient-unknown",
  ),
  errors(
    "user-unknown-short",
    75,
    "send_lmtp_error (IMAP_MAILBOX_NONEXISTENT), built without LMTP_LONG_ERROR_MSGS",
    '"550 5.1.1 User unknown"',
    "550 5.1.1 User unknown",
    "the recipient has no mailbox on the server",
    "recipient-unknown",
  ),
  engine(
    "over-quota",
    172,
    "send_lmtp_error (IMAP_QUOTA_EXCEEDED)",
    'LMTP_MAILBOX_FULL "452 4.2.2 %s SESSIONID=<%s>" (lmtp_err.et line 66) with IMAP_QUOTA_EXCEEDED "Over quota" (imap_err.et line 63)',
    "452 4.2.2 Over quota SESSIONID=<cyrus-12345-1700000000-1-1234567890>",
    "the recipient's mailbox is over its quota (temporary: lmtp_over_quota_perm_failure is off by default)",
    "mailbox-full",
  ),
  engine(
    "over-quota-perm",
    172,
    "send_lmtp_error (IMAP_QUOTA_EXCEEDED, lmtp_over_quota_perm_failure: yes)",
    'LMTP_MAILBOX_FULL_PERM "552 5.2.2 %s SESSIONID=<%s>" (lmtp_err.et line 87) with "Over quota" (imap_err.et line 63)',
    "552 5.2.2 Over quota SESSIONID=<cyrus-12345-1700000000-1-1234567890>",
    "the recipient's mailbox is over its quota and the site makes that a permanent failure",
    "mailbox-full",
  ),
  engine(
    "mailbox-disabled",
    189,
    "send_lmtp_error (IMAP_MAILBOX_DISABLED, MOVED, RESERVED)",
    'LMTP_MAILBOX_DISABLED "451 4.2.1 %s" (lmtp_err.et line 54) with IMAP_MAILBOX_DISABLED "Delivery to mailbox is disabled" (imap_err.et line 114)',
    "451 4.2.1 Delivery to mailbox is disabled",
    "the administrator has disabled delivery to the recipient's mailbox",
    "mailbox-disabled",
  ),
  engine(
    "permission-denied",
    164,
    "send_lmtp_error (IMAP_PERMISSION_DENIED)",
    'LMTP_NOT_AUTHORIZED_LONG "550-You do not have permission to post a message to this mailbox.\\r\\n550-Please contact the owner of this mailbox in order to submit\\r\\n550-your message, or %s if you believe you\\r\\n550-received this message in error.\\r\\n", then LMTP_NOT_AUTHORIZED "550 5.7.1 %s" with "Permission denied" (lmtp_err.et lines 78, 81)',
    "550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit 550-your message, or postmaster@example.com if you believe you 550-received this message in error. 550 5.7.1 Permission denied",
    "the mailbox's access list does not give the sender (or anyone) the post right: the recipient's side decides who may write to it",
    "sender-policy",
  ),
  engine(
    "server-full",
    160,
    "send_lmtp_error (IMAP_NOSPACE)",
    'LMTP_SERVER_FULL "451 4.3.1 %s" (lmtp_err.et line 60) with IMAP_NOSPACE "mail system storage has been exceeded" (imap_err.et line 57)',
    "451 4.3.1 mail system storage has been exceeded",
    "the server's own disk (its partition) is full, whatever the recipient's quota",
    "remote-server-error",
  ),
  engine(
    "bad-header",
    196,
    "send_lmtp_error (IMAP_MESSAGE_BADHEADER)",
    'LMTP_MESSAGE_INVALID "554 5.6.0 %s" (lmtp_err.et line 90) with IMAP_MESSAGE_BADHEADER "Message contains invalid header" (imap_err.et line 141)',
    "554 5.6.0 Message contains invalid header",
    "a header line of the message does not parse (no colon, a bad character in its name)",
    "protocol-syntax",
  ),
  engine(
    "bare-newlines",
    194,
    "send_lmtp_error (IMAP_MESSAGE_CONTAINSNL)",
    'LMTP_MESSAGE_INVALID "554 5.6.0 %s" (lmtp_err.et line 90) with IMAP_MESSAGE_CONTAINSNL "Message contains bare newlines" (imap_err.et line 135)',
    "554 5.6.0 Message contains bare newlines",
    "the message has a line ending in LF without CR",
    "protocol-syntax",
  ),
  engine(
    "8bit-headers",
    194,
    "send_lmtp_error (IMAP_MESSAGE_CONTAINS8BIT)",
    'LMTP_MESSAGE_INVALID "554 5.6.0 %s" (lmtp_err.et line 90) with IMAP_MESSAGE_CONTAINS8BIT "Message contains non-ASCII characters in headers" (imap_err.et line 138)',
    "554 5.6.0 Message contains non-ASCII characters in headers",
    "a header holds raw 8-bit characters and the server is set to refuse them (reject8bit)",
    "protocol-syntax",
  ),
  engine(
    "size",
    1153,
    "lmtpmode (DATA)",
    '"552 5.2.3 Message size (%d) exceeds fixed " "maximum message size (%d)\\r\\n"',
    "552 5.2.3 Message size (52428801) exceeds fixed maximum message size (52428800)",
    "the message is larger than the server's maxmessagesize",
    "message-too-large",
  ),
];

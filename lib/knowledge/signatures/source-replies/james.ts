// Apache James (apache/james-project at the commit read): the refusals of its SMTP server's
// fast-fail handlers (protocols/smtp/.../core/fastfail), each a HookResult with its reply code
// (554 for a DENY that names none) and a description that starts with the DSNStatus it
// builds. Java's own string forms stay as James sends them: an InetAddress prints
// "/192.0.2.25", an Optional "Optional[...]", a MaybeSender "MaybeSender{mailAddress=...}".
import { sourceFile, type SourceReply } from "./types";

const REPO = "apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a";

const file = sourceFile(
  "james",
  REPO,
  "protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/",
);

const validRcpt = file("AbstractValidRcptHandler.java");
const dnsrbl = file("DNSRBLHandler.java");
const greylist = file("AbstractGreylistHandler.java");
const maxRcpt = file("MaxRcptHandler.java");
const helo = file("ResolvableEhloHeloHandler.java");
const senderDomain = file("ValidSenderDomainHandler.java");

export const JAMES_SOURCE_REPLIES: readonly SourceReply[] = [
  validRcpt(
    "unknown-user",
    62,
    "AbstractValidRcptHandler.doRcpt",
    '.smtpReturnCode(SMTPRetCode.MAILBOX_PERM_UNAVAILABLE) .smtpDescription(DSNStatus.getStatus(DSNStatus.PERMANENT, DSNStatus.ADDRESS_MAILBOX) + " Unknown user: " + rcpt.asString())',
    "550 5.1.1 Unknown user: bob@example.com",
    "the recipient is in a local domain and no user, alias or mapping has it",
    "recipient-unknown",
  ),
  dnsrbl(
    "blocklisted",
    194,
    "DNSRBLHandler.doCheck (no TXT detail from the list)",
    'DSNStatus.getStatus(DSNStatus.PERMANENT, DSNStatus.SECURITY_AUTH) + " Rejected: unauthenticated e-mail from " + session.getRemoteAddress().getAddress() + " is restricted.  Contact the postmaster for details."',
    "554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.25 is restricted.  Contact the postmaster for details.",
    "the client's IP address is listed on a configured DNS blocklist (rblservers) and the client did not authenticate",
    "ip-blocklisted",
  ),
  greylist(
    "greylisted",
    54,
    "AbstractGreylistHandler (TEMPORARY_REJECT)",
    '.smtpReturnCode(SMTPRetCode.LOCAL_ERROR) .smtpDescription(DSNStatus.getStatus(DSNStatus.TRANSIENT, DSNStatus.NETWORK_DIR_SERVER) + " Temporary rejected: Please try again later")',
    "451 4.4.3 Temporary rejected: Please try again later",
    "greylisting: the first attempt of this client, sender and recipient is deferred (the status 4.4.3, directory server failure, is James's choice). Expected: the knowledge's greylisting reading today (rate-limited); greylisting's own cause is another helper's design",
    "rate-limited",
  ),
  maxRcpt(
    "max-recipients",
    38,
    "MaxRcptHandler (MAX_RCPT)",
    '.smtpReturnCode(SMTPRetCode.SYSTEM_STORAGE_ERROR) .smtpDescription(DSNStatus.getStatus(DSNStatus.NETWORK, DSNStatus.DELIVERY_TOO_MANY_REC) + " Requested action not taken: max recipients reached")',
    "452 4.5.3 Requested action not taken: max recipients reached",
    "the message has more recipients than maxRcpt allows",
    "rate-limited",
  ),
  helo(
    "helo-unresolvable",
    78,
    "ResolvableEhloHeloHandler.doRcpt",
    '.smtpReturnCode(SMTPRetCode.SYNTAX_ERROR_ARGUMENTS) .smtpDescription(DSNStatus.getStatus(DSNStatus.PERMANENT, DSNStatus.DELIVERY_INVALID_ARG) + " Provided EHLO/HELO " + session.getAttachment(SMTPSession.CURRENT_HELO_NAME, State.Connection) + " can not resolved.")',
    "501 5.5.4 Provided EHLO/HELO Optional[mail.example.net] can not resolved.",
    "the HELO/EHLO name does not resolve in DNS",
    "reverse-dns",
  ),
  senderDomain(
    "sender-no-mx",
    38,
    "ValidSenderDomainHandler.doMail",
    '.smtpReturnCode(SMTPRetCode.SYNTAX_ERROR_ARGUMENTS) .smtpDescription(DSNStatus.getStatus(DSNStatus.PERMANENT,DSNStatus.ADDRESS_SYNTAX_SENDER) + " sender " + sender + " contains a domain with no valid MX records")',
    "501 5.1.7 sender MaybeSender{mailAddress=Optional[alice@example.net]} contains a domain with no valid MX records",
    "the sender address's domain has no usable MX record",
    "sender-address-invalid",
  ),
];

// aiosmtpd (aio-libs/aiosmtpd at the commit read), the asyncio SMTP server that Mailman 3 and many
// Python services run: the replies its SMTP class writes itself (aiosmtpd/smtp.py, each pushed
// as a whole line; some with an enhanced code, some without).
import { sourceFile, type SourceReply } from "./types";

const REPO = "aio-libs/aiosmtpd/blob/44c0159d77719ffc38696f166b49c5edc013560a";

const smtp = sourceFile("aiosmtpd", REPO, "aiosmtpd/")("smtp.py");

export const AIOSMTPD_SOURCE_REPLIES: readonly SourceReply[] = [
  smtp(
    "too-much-data",
    1485,
    "SMTP.smtp_DATA",
    "await self.push('552 Error: Too much mail data')",
    "552 Error: Too much mail data",
    "the message data is longer than the server's data_size_limit (32 MiB by default)",
    "message-too-large",
  ),
  smtp(
    "starttls-first",
    724,
    "SMTP._handle_client",
    "await self.push('530 Must issue a STARTTLS command first')",
    "530 Must issue a STARTTLS command first",
    "the server requires STARTTLS (require_starttls) and the client sent another command on a plain connection",
    "tls-required",
  ),
  smtp(
    "auth-required",
    820,
    "SMTP.check_auth_needed",
    "await self.push('530 5.7.0 Authentication required')",
    "530 5.7.0 Authentication required",
    "the server requires AUTH (auth_required) and the client has not logged in",
    "relay-denied",
  ),
  smtp(
    "auth-invalid",
    974,
    "SMTP.smtp_AUTH",
    'CODE_INVALID = "535 5.7.8 Authentication credentials invalid"',
    "535 5.7.8 Authentication credentials invalid",
    "the authenticator rejected the client's AUTH credentials",
    "relay-denied",
  ),
  smtp(
    "malformed-recipient",
    1367,
    "SMTP.smtp_RCPT",
    'await self.push("553 5.1.3 Error: malformed address")',
    "553 5.1.3 Error: malformed address",
    "the RCPT TO address cannot be parsed as an address",
    "recipient-unknown",
  ),
  smtp(
    "line-too-long",
    1483,
    "SMTP.smtp_DATA",
    'await self.push("500 Line too long (see RFC5321 4.5.3.1.6)")',
    "500 Line too long (see RFC5321 4.5.3.1.6)",
    "a line of the message data is longer than RFC 5321's 1000 octets",
    "protocol-syntax",
  ),
  smtp(
    "strict-ascii",
    1512,
    "SMTP.smtp_DATA",
    "await self.push('500 Error: strict ASCII mode')",
    "500 Error: strict ASCII mode",
    "the message has 8-bit data and the server did not offer SMTPUTF8 (decode_data in strict ASCII)",
    "protocol-syntax",
  ),
];

// OpenSSL's reason strings, which the sending programs built on it pass on inside their own
// messages (Node's TLS errors under Nodemailer, Python's ssl.SSLError under smtplib, PHP's
// stream_socket_enable_crypto() under PHPMailer and Symfony Mailer, Postfix's own TLS log lines).
// Only the one that says what went wrong with the connection is read here: the certificate
// failures ("certificate verify failed", "self-signed certificate") already read as such.
import type { Signature } from "./types";

const SSL_ERR =
  "https://github.com/openssl/openssl/blob/018e57c74d9dc6b5676aead4be11cd28a8617ea4/ssl/ssl_err.c";

export const OPENSSL_SIGNATURES: Signature[] = [
  {
    // SSL_R_WRONG_VERSION_NUMBER: the first bytes back were no TLS record of a version OpenSSL
    // speaks, because the other end answered in plain text: implicit TLS (Nodemailer secure:
    // true, Python SMTP_SSL, PHP ssl://) used on a port that speaks plain SMTP and offers
    // STARTTLS (587, 25). The program's TLS setting does not match the port.
    id: "openssl.wrong-version-number",
    provider: "openssl",
    match: ["wrong version number", "wrong_version_number"],
    also: [/ssl|tls/],
    cause: "tls-required",
    confidence: 0.7,
    source: SSL_ERR,
    example: "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
    note: "The TLS handshake met plain text: TLS from the start (port 465's implicit TLS) was used on a port that speaks plain SMTP and offers STARTTLS (587 or 25). Use STARTTLS on 587, or implicit TLS on 465.",
  },
];

// emersion/go-smtp (at the commit read), the Go SMTP server library under maddy and many Go mail
// services: the replies the library itself writes (conn.go's writeResponse, with the reply code
// and the enhanced code before the text) and its exported errors (backend.go, data.go) that
// backends return as they are. Placeholder filled: a MaxRecipients of 50.
import { sourceFile, type SourceReply } from "./types";

const REPO = "emersion/go-smtp/blob/ab24fe7cbe995d404af3b1c093195f2f43b94688";

const file = sourceFile("go-smtp", REPO, "");
const conn = file("conn.go");
const backend = file("backend.go");
const data = file("data.go");

export const GO_SMTP_SOURCE_REPLIES: readonly SourceReply[] = [
  data(
    "data-too-large",
    44,
    "ErrDataTooLarge, returned by the DATA reader past Server.MaxMessageBytes",
    'var ErrDataTooLarge = &SMTPError{Code: 552, EnhancedCode: EnhancedCode{5, 3, 4}, Message: "Maximum message size exceeded"}',
    "552 5.3.4 Maximum message size exceeded",
    "the message data is longer than the server's MaxMessageBytes",
    "message-too-large",
  ),
  conn(
    "size-param",
    361,
    "Conn.handleMail (the SIZE parameter)",
    'c.writeResponse(552, EnhancedCode{5, 3, 4}, "Max message size exceeded")',
    "552 5.3.4 Max message size exceeded",
    "the MAIL command's SIZE is over the server's MaxMessageBytes",
    "message-too-large",
  ),
  conn(
    "max-recipients",
    696,
    "Conn.handleRcpt",
    'c.writeResponse(452, EnhancedCode{4, 5, 3}, fmt.Sprintf("Maximum limit of %v recipients reached", c.server.MaxRecipients))',
    "452 4.5.3 Maximum limit of 50 recipients reached",
    "the message already has the server's MaxRecipients recipients",
    "rate-limited",
  ),
  conn(
    "auth-needs-tls",
    835,
    "Conn.handleAuth",
    'c.writeResponse(523, EnhancedCode{5, 7, 10}, "TLS is required")',
    "523 5.7.10 TLS is required",
    "the client tried AUTH on a plain connection and the server allows it only under TLS",
    "tls-required",
  ),
  backend(
    "auth-required",
    15,
    "ErrAuthRequired, which backends return from Mail or Rcpt for a client that has not logged in",
    'ErrAuthRequired = &SMTPError{Code: 502, EnhancedCode: EnhancedCode{5, 7, 0}, Message: "Please authenticate first"}',
    "502 5.7.0 Please authenticate first",
    "the backend accepts mail only from logged-in clients (submission) and the client has not logged in",
    "relay-denied",
  ),
  backend(
    "auth-failed",
    10,
    "ErrAuthFailed, which backends return when AUTH credentials do not match",
    'ErrAuthFailed = &SMTPError{Code: 535, EnhancedCode: EnhancedCode{5, 7, 8}, Message: "Authentication failed"}',
    "535 5.7.8 Authentication failed",
    "the client's AUTH user name or password is wrong",
    "relay-denied",
  ),
];

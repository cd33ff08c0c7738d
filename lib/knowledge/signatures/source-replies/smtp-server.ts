// nodemailer's smtp-server (at the commit read), the Node SMTP and LMTP server library under
// ZoneMTA, WildDuck's LMTP and many Node mail services: the replies the library writes itself.
// Its enhanced status codes are off unless the application turns them on
// (hideENHANCEDSTATUSCODES defaults to true, lib/smtp-server.js line 44), so the reply is the
// code and the text. Placeholders: a size option of 10485760, server name mx.example.com.
import { sourceFile, type SourceReply } from "./types";

const REPO = "nodemailer/smtp-server/blob/58af498bd8aa112df521278adfb305bb5d812940";

const file = sourceFile("smtp-server", REPO, "lib/");
const connection = file("smtp-connection.js");
const sasl = file("sasl.js");

export const SMTP_SERVER_SOURCE_REPLIES: readonly SourceReply[] = [
  connection(
    "size-param",
    1633,
    "SMTPConnection.handler_MAIL (the SIZE parameter)",
    "this.send(552, 'Error: message exceeds fixed maximum message size ' + this._server.options.size, 'SYSTEM_FULL');",
    "552 Error: message exceeds fixed maximum message size 10485760",
    "the MAIL command's SIZE is over the server's size option",
    "message-too-large",
  ),
  connection(
    "auth-required",
    641,
    "SMTPConnection._onCommand: MAIL, RCPT or DATA before AUTH when authentication is not optional",
    "typeof this._server.options.authRequiredMessage === 'string' ? this._server.options.authRequiredMessage : 'Error: authentication Required'",
    "530 Error: authentication Required",
    "the server offers AUTH without authOptional and the client has not logged in",
    "relay-denied",
  ),
  sasl(
    "auth-failed",
    367,
    "the SASL handlers' reply when onAuth gives no user",
    "this.send(535, 'Error: Username and Password not accepted');",
    "535 Error: Username and Password not accepted",
    "the application's onAuth handler refused the client's user name and password",
    "relay-denied",
  ),
  connection(
    "starttls-first",
    1499,
    "SMTPConnection.handler_AUTH",
    "this.send(538, 'Error: Must issue a STARTTLS command first');",
    "538 Error: Must issue a STARTTLS command first",
    "the client tried AUTH on a plain connection while the server offers STARTTLS (and allowInsecureAuth is off)",
    "tls-required",
  ),
  connection(
    "too-many-clients",
    211,
    "SMTPConnection.init, when the server's maxClients is exceeded",
    "return this.send(421, this.name + ' Too many connected clients, try again in a moment', false);",
    "421 mx.example.com Too many connected clients, try again in a moment",
    "more clients are connected than the server's maxClients",
    "rate-limited",
  ),
];

// SwiftMailer (the mailer of Laravel up to 8 and of older Symfony; Symfony Mailer replaced it,
// signatures/symfony-mailer.ts) and sSMTP (a minimal sendmail that hands every message to one
// mail hub, common in Docker images and on small servers). Both quote the server's reply in
// their messages where there is one ('Expected response code 250 but got code "550", with
// message "550 5.1.1 ..."', "ssmtp: Authorization failed (535 5.7.8 ...)", "ssmtp: RCPT
// TO:<...> (550 5.1.1 ...)"), and those read right through the reply. These entries are their
// own words where no reply said why.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const SWIFT = "https://github.com/swiftmailer/swiftmailer/blob";
const AUTH_HANDLER = `${SWIFT}/7bee6564c10d6487eb09f4ad281ba59a0e3cced5/lib/classes/Swift/Transport/Esmtp/AuthHandler.php`;
const ABSTRACT_SMTP = `${SWIFT}/2e84127c561a3bb0de6f9757ed679653bb63aa50/lib/classes/Swift/Transport/AbstractSmtpTransport.php`;
const SSMTP =
  "https://github.com/TheJonny/debian-ssmtp/blob/529385699fdd86c45f1e4ae4fdd32d9ebe5c4fbc/ssmtp.c";

const NO_GREETING = 'Expected response code 220 but got code "", with message ""';
const NO_GREETING_NEEDLE = 'expected response code 220 but got code "", with message ""';

export const SWIFTMAILER_SSMTP_SIGNATURES: Signature[] = [
  {
    // AuthHandler::afterEhlo(): every authenticator the server offered was refused. Later
    // versions append each authenticator's reply ("Authenticator LOGIN returned Expected
    // response code 235 but got code "535", ..."), which then decides.
    id: "swiftmailer.auth-failed",
    provider: "swiftmailer",
    match: [
      /failed to authenticate on smtp server with username "[^"]{0,320}" using \d{1,2} possible authenticators/,
    ],
    replyCode: "none",
    cause: "relay-denied",
    confidence: 0.8,
    source: AUTH_HANDLER,
    example:
      'Failed to authenticate on SMTP server with username "me@example.com" using 2 possible authenticators',
    note: "The SMTP server refused the application's login (MAIL_USERNAME / MAIL_PASSWORD in Laravel): a wrong password, or an account that needs an app password or OAuth, or that may not log in over SMTP.",
  },
  // assertResponseCode() for the greeting: the server sent nothing, most often a plain
  // connection to an implicit-TLS port (port 465 wants the ssl encryption setting), else a server
  // or network that holds the connection. The parser takes the expected 220 for a reply, so
  // these read the whole text (scope "text"); hints: they rank the two, never decide.
  {
    id: "swiftmailer.no-greeting.tls",
    provider: "swiftmailer",
    match: [NO_GREETING_NEEDLE],
    scope: "text",
    hint: true,
    cause: "tls-required",
    confidence: 0.6,
    source: ABSTRACT_SMTP,
    example: NO_GREETING,
    note: "The application's mailer (SwiftMailer) got no greeting from its SMTP server: most often port 465 used without the ssl encryption setting, which wants TLS from the start.",
  },
  {
    id: "swiftmailer.no-greeting.unreachable",
    provider: "swiftmailer",
    match: [NO_GREETING_NEEDLE],
    scope: "text",
    hint: true,
    cause: "remote-unreachable",
    confidence: 0.5,
    source: ABSTRACT_SMTP,
    example: NO_GREETING,
    note: "The application's mailer (SwiftMailer) got no greeting from its SMTP server: a server, or a network device in between, that holds the connection without answering.",
  },
];

export const SWIFTMAILER_SSMTP_WORDINGS: readonly PossibilityWording[] = [
  {
    // ssmtp(): die("Cannot open %s:%d", mailhost, port) when smtp_open() fails, which it does
    // for a TCP connection that failed and, with UseTLS, for a TLS handshake that failed alike.
    id: "ssmtp.cannot-open",
    match: [/ssmtp: cannot open [^\s:]{1,253}:\d{1,5}/],
    causes: ["remote-unreachable", "tls-required"],
    says: "sSMTP could not open its connection to the mail hub it is set to send through (mailhub in ssmtp.conf): the connection, or its TLS (UseTLS, UseSTARTTLS)",
    examples: [{ text: "ssmtp: Cannot open smtp.example.com:587", source: SSMTP }],
  },
];

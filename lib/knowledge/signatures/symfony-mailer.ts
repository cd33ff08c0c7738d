// Symfony Mailer (the mail component of Symfony and, since Laravel 9, of Laravel; SwiftMailer
// before it) throws TransportException texts from Transport/Smtp. Most carry what the server or
// the socket said: 'Expected response code "250/251/252" but got code "550", with message "550
// 5.1.1 ..."' (SmtpTransport::assertResponseCode), 'Failed to authenticate on SMTP server with
// username "..." using the following authenticators: ... Authenticator "LOGIN" returned
// "Expected response code "235" but got code "535", ..."' (EsmtpTransport), 'Connection could not
// be established with host "...": stream_socket_client(): ... (Connection timed out)'
// (Stream/SocketStream.php), 'Unable to connect with STARTTLS: stream_socket_enable_crypto(): ...
// certificate verify failed'. Those read right through the reply or the system's reason. These
// entries are its words where neither came.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const MAILER = "https://github.com/symfony/mailer/blob/eb0c3187c7ddfde12d8aa0e1fa5fb29e730a41e0";
const ESMTP = `${MAILER}/Transport/Smtp/EsmtpTransport.php`;
const SMTP = `${MAILER}/Transport/Smtp/SmtpTransport.php`;

const NO_GREETING = 'Expected response code "220" but got empty code.';
const NO_GREETING_NEEDLE = 'expected response code "220" but got empty code';

export const SYMFONY_MAILER_SIGNATURES: Signature[] = [
  // SmtpTransport::assertResponseCode() for the greeting: the server sent nothing, most often a
  // plain connection to an implicit-TLS port (port 465 wants the smtps:// scheme), else a server
  // or network that holds the connection. The parser takes the expected "220" for a reply, so
  // these read the whole text (scope "text"); hints: they rank the two, never decide.
  {
    id: "symfony-mailer.no-greeting.tls",
    provider: "symfony-mailer",
    match: [NO_GREETING_NEEDLE],
    scope: "text",
    hint: true,
    cause: "tls-required",
    confidence: 0.6,
    source: SMTP,
    example: NO_GREETING,
    note: "The application's mailer (Symfony Mailer) got no greeting from its SMTP server: most often the DSN uses smtp:// on port 465, which wants TLS from the start (smtps://).",
  },
  {
    id: "symfony-mailer.no-greeting.unreachable",
    provider: "symfony-mailer",
    match: [NO_GREETING_NEEDLE],
    scope: "text",
    hint: true,
    cause: "remote-unreachable",
    confidence: 0.5,
    source: SMTP,
    example: NO_GREETING,
    note: "The application's mailer (Symfony Mailer) got no greeting from its SMTP server: a server, or a network device in between, that holds the connection without answering.",
  },
  {
    // EsmtpTransport::doHeloCommand(): 'Unable to connect with STARTTLS.' when the socket could
    // not be switched to TLS after the server's 220 to STARTTLS (the socket's own reason, where
    // PHP gives one, comes as 'Unable to connect with STARTTLS: ...' from SocketStream).
    id: "symfony-mailer.starttls-failed",
    provider: "symfony-mailer",
    match: ["unable to connect with starttls"],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: ESMTP,
    example: "Unable to connect with STARTTLS.",
    note: "The SMTP server accepted STARTTLS but the TLS handshake failed: PHP does not trust the server's certificate (or its name does not match the host in MAILER_DSN), or they share no TLS version.",
  },
];

export const SYMFONY_MAILER_WORDINGS: readonly PossibilityWording[] = [
  {
    // EsmtpTransport::handleAuth(): no authenticator of Symfony's matches what the server's EHLO
    // offered (none at all, where the server offers AUTH only after STARTTLS or not on that
    // port).
    id: "symfony-mailer.no-authenticator",
    match: ["failed to find an authenticator supported by the smtp server"],
    causes: ["tls-required", "relay-denied"],
    says: "the application's mailer (Symfony Mailer) found no login method offered by its SMTP server: servers commonly offer it only after STARTTLS, or on the submission port",
    examples: [
      {
        text: 'Failed to find an authenticator supported by the SMTP server, which currently supports: "".',
        source: ESMTP,
      },
    ],
  },
];

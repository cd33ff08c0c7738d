// Postal (postalserver/postal at the commit read), a mail delivery platform for web applications:
// the replies of its SMTP server (app/lib/smtp_server/client.rb), which takes both mail that an
// application submits and mail that arrives for a route (an address Postal receives for) or
// for a return path. Each reply is a literal string with its code; the message limit is the
// default smtp_server.max_message_size, 14 MB.
import { sourceFile, type SourceReply } from "./types";

const REPO = "postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2";

const client = sourceFile("postal", REPO, "app/lib/smtp_server/")("client.rb");

export const POSTAL_SOURCE_REPLIES: readonly SourceReply[] = [
  client(
    "too-large",
    469,
    "Client#finished",
    'return format("552 Message too large (maximum size %dMB)", Postal::Config.smtp_server.max_message_size)',
    "552 Message too large (maximum size 14MB)",
    "the message is larger than smtp_server.max_message_size",
    "message-too-large",
  ),
  client(
    "loop",
    476,
    "Client#finished",
    'return "550 Loop detected"',
    "550 Loop detected",
    "the message has passed through this Postal more than four times (Received headers naming its hostname)",
    "remote-server-error",
  ),
  client(
    "route-rejects",
    384,
    "Client#rcpt_to (incoming mail for a route)",
    '"550 Route does not accept incoming messages"',
    "550 Route does not accept incoming messages",
    "the recipient address is a route whose mode is Reject: the address exists and refuses all mail",
    "mailbox-disabled",
  ),
  client(
    "server-suspended",
    381,
    "Client#rcpt_to (incoming mail for a route)",
    '"535 Mail server has been suspended"',
    "535 Mail server has been suspended",
    "the recipient route belongs to a Postal mail server that its operator has suspended; the same words answer an application whose own sending server is suspended (line 369)",
    "unknown",
    ["mailbox-disabled", "relay-denied"],
  ),
  client(
    "auth-required",
    404,
    "Client#rcpt_to",
    '"530 Authentication required"',
    "530 Authentication required",
    "the recipient is no route Postal receives for and the client has neither logged in nor an IP credential: a relay attempt",
    "relay-denied",
  ),
  client(
    "invalid-credential",
    240,
    "Client#authenticate",
    '"535 Invalid credential"',
    "535 Invalid credential",
    "the SMTP AUTH password is no SMTP credential of any Postal mail server",
    "relay-denied",
  ),
  client(
    "from-not-authenticated",
    486,
    "Client#finished (authenticated submission)",
    'return "530 From/Sender name is not valid"',
    "530 From/Sender name is not valid",
    "the From (or Sender) domain of submitted mail is no verified domain of the credential's mail server: the words name neither the domain nor the check",
    "unknown",
    ["relay-denied"],
  ),
  client(
    "invalid-server-token",
    341,
    "Client#rcpt_to (mail to a return path address)",
    '"550 Invalid server token"',
    "550 Invalid server token",
    "the return-path address's token names no Postal mail server: the address does not exist, which the words leave to Postal's own vocabulary",
    "unknown",
    ["recipient-unknown"],
  ),
];

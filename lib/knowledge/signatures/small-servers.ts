// Default reply texts of small SMTP servers (test servers, Rust, Go, Java and Python servers), each read in the
// server's own source at the commit cited: words whose meaning only the code that sends them
// shows. Like an MTA's default text, any site running the server sends them, so they are read
// by the stage they answered, as postfix.ts and its neighbours are (MTA_DEFAULT_PROVIDERS).
import type { Signature } from "./types";

const INBUCKET =
  "https://github.com/inbucket/inbucket/blob/e56c6d5f837b350089305690c80377ceba024989/pkg/server/smtp/handler.go";
const SALMON =
  "https://github.com/moggers87/salmon/blob/94f0ed3414357b7f4d7cf3089a7241db981ebe2d/salmon/server.py";
const SUBETHASMTP =
  "https://github.com/davidmoten/subethasmtp/blob/7a3e7cc8e839692bea129c2f2317130f0fde15f2/src/main/java/org/subethamail/smtp/internal/command/MailCommand.java";
const VSMTP =
  "https://github.com/viridIT/vSMTP/blob/7121d6a7d6a7f7084a67626afb6eb1b6a67c6f3a/src/vsmtp/vsmtp-config/src/default.rs";

export const SMALL_SERVER_SIGNATURES: Signature[] = [
  {
    // Inbucket answers MAIL FROM in a domain its rejectOriginDomains setting lists (the address's
    // ShouldAccept false) with "501 Unauthorized domain"; a recipient domain it does not take
    // gets "550 Relay not permitted" (line 518). At MAIL FROM the words are the site's policy on
    // the sender's domain, whatever the 501 says of syntax.
    id: "inbucket.unauthorized-origin-domain",
    provider: "inbucket",
    match: ["unauthorized domain"],
    commands: ["MAIL"],
    cause: "sender-policy",
    confidence: 0.8,
    source: `${INBUCKET}#L470`,
    example:
      "<bob@example.com>: host mx.example.com[192.0.2.1] said: 501 Unauthorized domain (in reply to MAIL FROM command)",
    note: "The receiving server refuses mail from the sender's domain by its own setting (Inbucket's rejected origin domains): only its administrator can allow it.",
  },
  {
    // Salmon (a Python mail server framework) delivers as it receives, without a queue, so it
    // defers every RCPT after the first of a transaction: one recipient per transaction, the
    // rest to be sent again, as a limit on recipients asks (RFC 5321 section 4.5.3.1.10).
    id: "salmon.one-recipient-per-transaction",
    provider: "salmon",
    match: ["will not accept multiple recipients"],
    cause: "rate-limited",
    confidence: 0.8,
    source: `${SALMON}#L179`,
    example: "451 Will not accept multiple recipients in one transaction",
    note: "The receiving server takes one recipient per transaction: the sending server must send the message again for each further recipient, which it does when it retries.",
  },
  {
    // SubEthaSMTP refuses a MAIL FROM address its fromAddressValidator finds malformed with
    // "553 <address> Invalid email address.": the sender's address.
    id: "subethasmtp.invalid-sender-address",
    provider: "subethasmtp",
    match: ["invalid email address"],
    commands: ["MAIL"],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source: `${SUBETHASMTP}#L77`,
    example:
      "<bob@example.com>: host mx.example.com[192.0.2.1] said: 553 <alice@@example.net> Invalid email address. (in reply to MAIL FROM command)",
    note: "The receiving server found the sender address malformed: the address the message is sent from must be corrected.",
  },
  {
    // vSMTP's CodeID::ConnectionMaxReached: the server already serves client_count_max clients
    // and turns the new connection away.
    id: "vsmtp.connection-max-reached",
    provider: "vsmtp",
    match: ["cannot process connection, closing"],
    cause: "rate-limited",
    confidence: 0.8,
    source: `${VSMTP}#L386`,
    example: "554 Cannot process connection, closing",
    note: "The receiving server had as many connections open as it allows and refused another: connect later, or open fewer connections at once.",
  },
];

// Citadel (its SMTP server module, citadel/modules/smtp/serv_smtp.c, read from the
// mingodad/citadel mirror of Citadel's repository at the commit read, 2016): each reply is a
// cprintf with its code. A recipient that validate_recipients refuses comes back as
// "Invalid recipient: <address>" (internet_addressing.c line 745) under 550.
import { sourceFile, type SourceReply } from "./types";

const REPO = "mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b";

const file = sourceFile("citadel", REPO, "citadel/");
const smtp = file("modules/smtp/serv_smtp.c");
const addressing = file("internet_addressing.c");

export const CITADEL_SOURCE_REPLIES: readonly SourceReply[] = [
  addressing(
    "invalid-recipient",
    745,
    "validate_recipients, answered by smtp_rcpt (serv_smtp.c line 768) as 550",
    'snprintf(append, sizeof append, "Invalid recipient: %s", this_recp);',
    "550 Invalid recipient: bob@example.com",
    "the recipient matches no Citadel user, room or alias",
    "recipient-unknown",
  ),
  smtp(
    "relaying-denied",
    787,
    "smtp_rcpt",
    'cprintf("551 <%s> - relaying denied\\r\\n", ChrPtr(sSMTP->OneRcpt));',
    "551 <bob@example.net> - relaying denied",
    "the recipient is on the Internet and the message did not originate locally (no login, no local sender)",
    "relay-denied",
  ),
  smtp(
    "local-sender-must-log-in",
    700,
    "smtp_mail (c_allow_spoofing off)",
    'cprintf("550 You must log in to send mail from %s\\r\\n", node);',
    "550 You must log in to send mail from example.com",
    "an unauthenticated client gives a sender in one of the server's own domains",
    "relay-denied",
  ),
  smtp(
    "no-internet-permission",
    776,
    "smtp_rcpt, for a logged-in user",
    'cprintf("551 <%s> - you do not have permission to send Internet mail\\r\\n", ChrPtr(sSMTP->OneRcpt));',
    "551 <bob@example.net> - you do not have permission to send Internet mail",
    "the logged-in user's account may not send mail off the system",
    "relay-denied",
  ),
  smtp(
    "too-many-connections",
    184,
    "smtp_greeting, when the server's session limit is reached",
    'cprintf("451 Too many connections are already open; please try again later.\\r\\n");',
    "451 Too many connections are already open; please try again later.",
    "the server already has its maximum number of sessions",
    "rate-limited",
  ),
  smtp(
    "save-failed",
    864,
    "smtp_data",
    'cprintf("550 Unable to save message: internal error.\\r\\n");',
    "550 Unable to save message: internal error.",
    "Citadel could not store the message",
    "remote-server-error",
  ),
  smtp(
    "invalid-from",
    906,
    "smtp_data, for a logged-in user (c_rfc822_strict_from set to reject)",
    "cprintf(\"550 Invalid sender '%s' - rejecting this message.\\r\\n\", msg->cm_fields[erFc822Addr]);",
    "550 Invalid sender 'alice@example.com' - rejecting this message.",
    "the From header of the logged-in user's message is none of the user's own addresses",
    "sender-address-invalid",
  ),
];

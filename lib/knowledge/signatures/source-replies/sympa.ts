// Sympa (sympa-community/sympa at the commit read), the mailing list manager: the delivery status
// notification it mails a poster whose post it will not distribute (default/mail_tt2/
// delivery_status_notification.tt2, one paragraph per status), with an authorization refusal's
// reason from report.tt2 (report_type 'auth', the scenario's reject reason). Placeholders:
// list "test" at lists.example.com, poster alice@example.net.
import { sourceFile, type SourceReply } from "./types";

const REPO = "sympa-community/sympa/blob/1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de";

const file = sourceFile("sympa", REPO, "default/mail_tt2/");
const dsn = file("delivery_status_notification.tt2");
const report = file("report.tt2");

const OPENING = "This is an automatic response sent by Sympa Mailing Lists Manager.";
const impossible = (body: string): string =>
  `${OPENING}\nImpossible to distribute your message for list 'test@lists.example.com' for the following reason:\n\n${body}`;
const authReject = (reason: string): string =>
  impossible(
    `Your message for list 'test' (attached below) was rejected.\nYou are not allowed to send this message for the following reason:\n\n ${reason}\n\nFor further information, please contact test-request@lists.example.com`,
  );

export const SYMPA_SOURCE_REPLIES: readonly SourceReply[] = [
  report(
    "send-subscriber",
    151,
    "report.tt2 'send_subscriber', in the 5.7.1 notice (delivery_status_notification.tt2 line 111)",
    "Message distribution in the list is restricted to list subscribers.",
    authReject(
      "Message distribution in the list is restricted to list subscribers.\nIf you are subscribed to the list with a different email address, you should either use that other email address or update your list membership with the new email address.",
    ),
    "the list's send scenario admits subscribers only and the poster is not one",
    "sender-policy",
  ),
  report(
    "send-editor",
    142,
    "report.tt2 'send_editor', in the 5.7.1 notice",
    "Message distribution for this list is restricted to list moderators.",
    authReject("Message distribution for this list is restricted to list moderators."),
    "the list's send scenario admits its moderators only",
    "sender-policy",
  ),
  report(
    "send-closed",
    132,
    "report.tt2 'send_closed', in the 5.7.1 notice",
    "Message distribution in this list is not allowed.",
    authReject("Message distribution in this list is not allowed."),
    "the list's send scenario is closed: nobody may post",
    "sender-policy",
  ),
  dsn(
    "too-large",
    63,
    "the 5.2.3 paragraph",
    "Your message could not be sent because its size (%1 kB) was over the maximum size (%2 kB) allowed on this list.",
    impossible(
      "Your message could not be sent because its size (12000 kB) was over the maximum size (5120 kB) allowed on this list.",
    ),
    "the post is larger than the list's max_size",
    "message-too-large",
  ),
  dsn(
    "no-such-list",
    60,
    "the 5.1.2 paragraph",
    "List '%1' does not exist.",
    impossible("List 'test@lists.example.com' does not exist."),
    "the address names no list on this Sympa",
    "recipient-unknown",
  ),
  dsn(
    "virus",
    102,
    "the 5.7.0 paragraph (the virus alert)",
    "Our viruschecker found a virus named %1 in a message addressed to %2 and that seems to be yours (From: %3).",
    impossible(
      "    ***** V I R U S    A L E R T *****\n\nOur viruschecker found a virus named Eicar-Signature in a message addressed to test@lists.example.com and that seems to be yours (From: alice@example.net).\n\nDelivery of this message has been blocked.",
    ),
    "Sympa's antivirus found a virus in the post",
    "content-virus",
  ),
];

// Concepts that read an idea several mail servers word differently (concept.mx-points-to-self,
// concept.no-usable-login-mechanism, concept.recipient-domain-missing,
// concept.delivery-program-died, concept.local-lookup-failed, concept.line-too-long, and the
// wordings added to concept.delivery-window-passed, concept.delivery-attempts-exhausted,
// concept.local-delivery-fault, concept.attachment-refused and concept.tls-required): each
// server's wording reads its cause with that server's own entries left out (as
// eval:provider-docs and eval:source-replies --leave-one-out read them), and the neighbours that
// share their words read none of them.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

afterEach(() => leaveOutProvidersForEvaluation([]));

async function causeWithout(writer: string, text: string): Promise<string> {
  leaveOutProvidersForEvaluation([writer]);
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
}

describe("concepts for ideas worded differently by each server", () => {
  it.each([
    [
      "sendmail",
      "554 5.0.0 MX list for example.com. points back to mx.example.com",
      "remote-server-error",
    ],
    ["exim", "lowest numbered MX record points to local host", "remote-server-error"],
    ["exim", "remote host address is the local host", "remote-server-error"],
    ["opensmtpd", "AUTH not advertised", "relay-denied"],
    ["opensmtpd", "no supported AUTH method", "relay-denied"],
    [
      "postfix",
      "SASL authentication failed; cannot authenticate to server mx.example.com[192.0.2.25]: no mechanism available",
      "relay-denied",
    ],
    ["au-kddi", "As the remote domain doesnt exist", "recipient-domain-invalid"],
    [
      "elastic-email",
      "The domain part of the email address does not exist or could not be resolved.",
      "recipient-domain-invalid",
    ],
    ["sendmail", "Cannot send message for 5 days", "remote-unreachable"],
    [
      "microsoft",
      "The server has tried to deliver this message, without success, and has stopped trying. Please try sending this message again.",
      "remote-unreachable",
    ],
    ["sendmail", "451 4.3.0 mailer local died with signal 9", "remote-server-error"],
    ["opensmtpd", "mda exited prematurely", "remote-server-error"],
    ["postfix", "alias database loop for bob", "remote-server-error"],
    ["opensmtpd", "Temporary failure in user lookup", "remote-server-error"],
    ["exim", "delivery to file forbidden", "remote-server-error"],
    ["microsoft", "5.0.350 x-dg-ref header is too long", "protocol-syntax"],
    [
      "sendmail",
      "421 4.7.0 mx.example.com Command too long, possible attack client.example.net [192.0.2.1]",
      "protocol-syntax",
    ],
    ["sendmail", "454 4.7.0 other side does not support STARTTLS", "tls-required"],
    ["sendmail", "454 4.7.0 encryption too weak 0 less than 128", "tls-required"],
    [
      "content-filter",
      "554 5.7.0 Reject, id=31368-05 - BANNED: application/octet-stream,.exe,.exe-ms,invoice.exe",
      "content-virus",
    ],
  ])("without %s's own entries, reads %s as %s", async (writer, text, cause) => {
    expect(await causeWithout(writer, text)).toBe(cause);
  });

  it.each([
    // A domain with no usable MX at all is the recipient's domain (concept.no-mail-host).
    ["concept.mx-points-to-self", "no valid MX hosts found"],
    // The login's mechanism refused by the server (a reply code's reading), or a login refused.
    ["concept.no-usable-login-mechanism", "504 5.7.4 Unrecognized authentication type"],
    ["concept.no-usable-login-mechanism", "535 5.7.8 Error: authentication failed"],
    // STARTTLS not offered is a TLS requirement, whatever AUTH beside it.
    [
      "concept.no-usable-login-mechanism",
      "STARTTLS not advertised by mx.example.com: AUTH needs TLS here",
    ],
    // The sender's domain, a user the domain lacks, and a hedge.
    [
      "concept.recipient-domain-missing",
      "553 5.1.8 Sender address rejected: the domain part of the address does not exist",
    ],
    ["concept.recipient-domain-missing", "550 Recipient domain example.com: user does not exist"],
    [
      "concept.recipient-domain-missing",
      "The remote domain may not exist, or its mail server may be down",
    ],
    // Sendmail's delay warning: the attempts go on.
    ["concept.delivery-window-passed", "Warning: could not send message for past 4 hours"],
    // Gmail opens every refusal it reports with "tried to deliver".
    [
      "concept.delivery-attempts-exhausted",
      "Delivery to the following recipient failed permanently: bob@example.com Technical details of permanent failure: Google tried to deliver your message, but it was rejected by the server for the recipient domain example.com",
    ],
    // A refused SMTP command and a connection the timeout ended are no delivery program.
    ["concept.delivery-program-died", "550 5.7.1 Command rejected"],
    [
      "concept.delivery-program-died",
      "421 4.4.2 mx.example.com Error: timeout exceeded: connection terminated",
    ],
    // A lookup that found no such user says nothing of the tables' health.
    ["concept.local-lookup-failed", "Permanent failure in user lookup"],
    // A client that waited too long is a timeout, not a line too long.
    [
      "concept.line-too-long",
      "421 4.4.2 mx.example.com Error: timeout exceeded: client took too long to send a command",
    ],
    // A server whose own TLS is down (RFC 3207), and an extension not supported beside a TLS word.
    ["concept.tls-required", "454 TLS not available due to temporary reason"],
    ["concept.tls-required", "502 5.5.1 PIPELINING not supported; TLS session resumed"],
    // An attachment over a size limit is the size (concept.message-too-large).
    ["concept.attachment-refused", "552 Attachment size exceeds the limit: invoice.exe"],
  ])("%s does not read: %s", (id, text) => {
    expect(ids(text)).not.toContain(id);
  });
});

// Wordings from the held-out part of Sisimai's set-of-emails (issue 8) that the classifier read
// wrong or not at all, each fixed by its writer's own source (cited where the wording lives).
// The replies are minimal messages written here; the quoted strings are real server output.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("held-out wordings", () => {
  // sid-milter's refusal when the headers give no single Purported Responsible Address (RFC
  // 4407's From/Sender/Resent-* walk): the message's sender headers are at fault. Real server
  // output in sisimai/set-of-emails maildir/bsd/lhost-courier-03.eml.
  it("reads sid-milter's missing Purported Responsible Address as the sender address", async () => {
    expect(await causeOf("550 5.7.1 can't determine Purported Responsible Address")).toBe(
      "sender-address-invalid",
    );
  });

  // qmail-send's expiry line follows whatever temporary failure came last; a remote's quoted
  // 4xx is the reason (the 421 line is real Yahoo output in sisimai/set-of-emails
  // maildir/bsd/lhost-qmail-19.eml), the expiry line only when nothing else is said.
  const qmailExpiry = (said: string) =>
    [
      "From: MAILER-DAEMON@mx.example.net",
      "To: alice@example.net",
      "Subject: failure notice",
      "",
      "Hi. This is the qmail-send program at mx.example.net.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      "",
      "<bob@example.com>:",
      said,
      "I'm not going to try again; this message has been in the queue too long.",
      "",
    ].join("\n");

  it("reads the remote's reply before qmail's expiry line, not the expiry", async () => {
    const said =
      "Connected to 192.0.2.7 but sender was rejected.\nRemote host said: 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes";
    expect(await causeOf(qmailExpiry(said))).toBe("bad-reputation");
  });

  it("still reads qmail's expiry after a failed connection as unreachable", async () => {
    expect(
      await causeOf(qmailExpiry("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)")),
    ).toBe("remote-unreachable");
    expect(
      await causeOf("I'm not going to try again; this message has been in the queue too long."),
    ).toBe("remote-unreachable");
  });

  // qmail-ldap's qmail-lspawn writes its LDAP failure with no line end, so qmail-send's expiry
  // runs on in the same line (real output in sisimai/set-of-emails maildir/bsd/lhost-qmail-05.eml).
  it("reads qmail-ldap's unreachable directory as the receiving server's own failure", async () => {
    expect(
      await causeOf(
        qmailExpiry("Unable to contact LDAP server. (#4.4.3)").replace(
          "(#4.4.3)\nI'm",
          "(#4.4.3)I'm",
        ),
      ),
    ).toBe("remote-server-error");
    expect(await causeOf("Timeout while performing search on LDAP server. (#4.4.3)")).toBe(
      "remote-server-error",
    );
  });

  // Sendmail's collect() past MaxHeadersLength: a size limit on the header section (real
  // output in sisimai/set-of-emails maildir/bsd/lhost-sendmail-44.eml), read as a size refusal.
  it("reads Sendmail's headers-too-large refusal as a size limit", async () => {
    expect(await causeOf("552 5.6.0 Headers too large (3 max)")).toBe("message-too-large");
  });

  // Yahoo's own Failure Notice names the domain its outbound servers found no MX for, the
  // failed address's domain (real output in sisimai/set-of-emails maildir/bsd/lhost-yahoo-09.eml).
  it("reads Yahoo's no-MX notice as the recipient's domain, not the sender's", async () => {
    const bounce = [
      "From: MAILER-DAEMON@yahoo.com",
      "To: alice@example.net",
      "Subject: Failure Notice",
      "",
      "Sorry, we were unable to deliver your message to the following address.",
      "",
      "<bob@example.org>:",
      "No mx record found for domain=example.org",
      "",
      "--- Below this line is a copy of the message.",
      "",
    ].join("\n");
    expect(await causeOf(bounce)).toBe("recipient-domain-invalid");
  });
});

import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

const postfixText = (body: string) =>
  [
    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: anna@example.org",
    "",
    "This is the mail system at host mail.example.org.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    body,
    "",
  ].join("\n");

describe("the recipient is named as the sender wrote it (review 26 finding 8)", () => {
  it("takes Postfix's '(expanded from <...>)' over the forward target", async () => {
    const p = await parseBounce(
      postfixText(
        "<bob.fwd@example.net> (expanded from <bob@example.com>): host mx.example.net[192.0.2.25]\n    said: 550 5.7.1 The message was rejected (in reply to end of DATA command)",
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["bob@example.com", "bob.fwd@example.net"],
    ]);
    const span = p.recipients[0]!.spans.address!;
    expect(p.text.slice(span.start, span.end)).toBe("bob@example.com");
    expect(p.recipients[0]!.diagnostic).toMatch(/The message was rejected/);
  });

  it("takes sendmail's '(expanded from: ...)' line under the address", async () => {
    const p = await parseBounce(
      [
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>",
        "Subject: Returned mail: see transcript for details",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        "box@mail.example.net",
        "    (expanded from: user@example.net)",
        "",
        "   ----- Transcript of session follows -----",
        "554 5.4.6 Too many hops 26 (25 max): from <anna@example.org> via localhost, to <box@mail.example.net>",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["user@example.net", "box@mail.example.net"],
    ]);
  });

  it("takes sendmail's note under its '(reason: ...)' line (rev26 bp-spf-fail-553's layout)", async () => {
    const p = await parseBounce(
      [
        "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>",
        "Subject: Returned mail: see transcript for details",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        "gail@example.com",
        "    (reason: 553 Sender Policy Framework (SPF) fail)",
        "    (expanded from: <Gail@example.net>)",
        "",
        "   ----- Transcript of session follows -----",
        "... while talking to mx.example.com.:",
        ">>> DATA",
        "<<< 553 Sender Policy Framework (SPF) fail",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["Gail@example.net", "gail@example.com"],
    ]);
  });

  it("keeps each target where several were expanded from one address (a list)", async () => {
    const p = await parseBounce(
      postfixText(
        [
          "<one@example.net> (expanded from <team@example.com>): host mx.example.net[192.0.2.25]",
          "    said: 550 5.1.1 unknown user (in reply to RCPT TO command)",
          "",
          "<two@example.net> (expanded from <team@example.com>): host mx.example.net[192.0.2.25]",
          "    said: 550 5.1.1 unknown user (in reply to RCPT TO command)",
        ].join("\n"),
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["one@example.net", "two@example.net"]);
    expect(p.recipients.every((r) => r.finalAddress === undefined)).toBe(true);
  });
});

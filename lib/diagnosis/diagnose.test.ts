import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";

describe("diagnose", () => {
  it("parses and classifies a bounce", async () => {
    const d = await diagnose(
      "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table",
    );
    expect(d.version).toBe(1);
    expect(d.parsed.recipients[0]?.status).toBe("5.1.1");
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]!.cause).toBe("recipient-unknown");
    expect(d.overall.cause).toBe("recipient-unknown");
    expect(d.messages).toEqual([]);
  });

  it("says plainly when the input is empty", async () => {
    const d = await diagnose("  \n ");
    expect(d.parsed.format).toBe("empty");
    expect(d.messages.join(" ")).toMatch(/Nothing to diagnose/);
  });

  it("says plainly when the text has no SMTP code", async () => {
    const d = await diagnose("Hi, my mail to my aunt did not arrive, why?");
    expect(d.recipients).toEqual([]);
    expect(d.messages.join(" ")).toMatch(/No SMTP reply code/);
  });

  it("asks for the whole bounce when a text's words gave nothing", async () => {
    const d = await diagnose("hello");
    expect(d.overall.cause).toBe("unknown");
    expect(d.messages).toContain(
      "No SMTP reply code (such as 550) or status code (such as 5.1.1) was found in this text. Paste the whole bounce message, including the lines from the receiving server.",
    );
  });

  it("does not ask again for the whole bounce when the whole notice was pasted", async () => {
    // Google Groups' notice, with the returned message below its marker: it quotes no server.
    const d = await diagnose(
      [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Subject: Delivery Status Notification (Failure)",
        "X-Failed-Recipients: group@googlegroups.com",
        "",
        "We're writing to let you know that the group you tried to contact (group) may not exist, or you may not have permission to post messages to the group.",
        "",
        "----- Original message -----",
        "From: sender@example.jp",
        "To: group@googlegroups.com",
        "Subject: hello",
        "",
        "hello",
      ].join("\n"),
    );
    expect(d.messages.join(" ")).not.toMatch(/whole bounce/);
    expect(d.messages.join(" ")).toMatch(/it quotes no reply from a receiving server/);
  });

  // GNU Mailman 3's rejection notice (templates/en/list:user:notice:rejected.txt) around its
  // MaximumSize rule's reason (rules/max_size.py), as Debian 12's mailman3 3.3.8 writes them.
  const MAILMAN_TOO_BIG = [
    "Your message to the Test mailing-list was rejected for the following",
    "reasons:",
    "",
    "The message is larger than the 40 KB maximum size",
    "",
    "The original message as received by Mailman is attached.",
  ].join("\n");

  it("does not call a notice without codes too little when its words gave the cause", async () => {
    const d = await diagnose(MAILMAN_TOO_BIG);
    expect(d.overall.cause).toBe("message-too-large");
    const said = d.messages.join(" ");
    expect(said).not.toMatch(/Paste the whole bounce/);
    expect(d.messages).toContain(
      "No SMTP reply code (such as 550) or status code (such as 5.1.1) was found in this text. The cause was read from the notice's own words.",
    );
  });

  it("says the possible causes came from the words when the words left several", async () => {
    // RFC 5321's own words for 550 without the code: no one cause, but not nothing either.
    const d = await diagnose("mailbox unavailable");
    expect(d.overall.cause).toBe("unknown");
    expect(d.overall.possible?.length).toBeGreaterThan(0);
    expect(d.messages.join(" ")).toMatch(
      /The possible causes were read from the notice's own words/,
    );
    expect(d.messages.join(" ")).not.toMatch(/Paste the whole bounce message/);
  });

  it("asks for no more text when a whole report names the recipient and what happened", async () => {
    const d = await diagnose(`This is the mail system at host mail.contoso.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<jane@example.net>: connect to mx.example.net[198.51.100.25]:25: Connection
    timed out
`);
    expect(d.messages.join(" ")).not.toMatch(/No SMTP reply code/);
    // Postfix's own words say it is a delay warning: the message is still queued, and the
    // reason it gives (the connection timed out) is the cause.
    expect(d.recipients[0]?.cause).toBe("remote-unreachable");
    expect(d.recipients[0]?.delayNotice).toBeDefined();
    expect(d.parsed.recipients[0]?.action).toBe("delayed");
  });

  it("reads a reply copied with hard line breaks as one reply", async () => {
    const d = await diagnose(
      "550 5.7.1 Message rejected\nbecause the SPF check failed for example.com\n",
    );
    expect(d.recipients[0]?.cause).toBe("authentication-failure");
    // Lines that are replies of their own are not joined to the first.
    const two = await diagnose("550 5.1.1 User unknown\n452 4.2.2 Mailbox full\n");
    expect(two.recipients[0]?.refusal?.words).toBe("550 5.1.1 User unknown");
  });

  it("passes on a binary input's warning", async () => {
    const d = await diagnose(new Uint8Array(2048).map((_, i) => i % 32));
    expect(d.messages.join(" ")).toMatch(/binary/);
  });

  it("gives the same answer for text and for its UTF-8 bytes", async () => {
    const text =
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
    expect(await diagnose(new TextEncoder().encode(text))).toEqual(await diagnose(text));
  });
});

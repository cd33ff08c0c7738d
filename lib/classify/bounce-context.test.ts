// The facts read around a reply: the SMTP command it answered, the host that answered, who
// wrote the bounce, and a Sendmail transcript's own reply line.
import { describe, expect, it } from "vitest";
import { parseBounce, textGramsOf } from "@/lib/bounce/parse";
import type { RecipientReport } from "@/lib/bounce/types";
import { bounceWriters, commandFromText, remoteHost, transcriptReply } from "./bounce-context";

function recipientAt(
  text: string,
  diagnostic: string,
  extra: Partial<RecipientReport> = {},
): RecipientReport {
  const start = text.indexOf(diagnostic);
  return {
    address: null,
    action: "failed",
    replyCode: 550,
    status: null,
    diagnostic,
    remoteMta: null,
    smtpCommand: null,
    spans: { diagnostic: { start, end: start + diagnostic.length } },
    ...extra,
  };
}

describe("commandFromText", () => {
  it("reads Postfix's note after the reply", () => {
    const t =
      "<a@example.org>: host mx.example.org[192.0.2.1] said: 550 User unknown (in reply to end of DATA command)";
    expect(commandFromText(t, recipientAt(t, "550 User unknown"))).toBe("DATA");
  });
  it("reads Exim's and DragonFly's lead-in and the nearest Sendmail transcript command", () => {
    const exim =
      "  a@example.org\n    SMTP error from remote mail server after RCPT TO:<a@example.org>:\n    550 5.1.1 No such user";
    expect(commandFromText(exim, recipientAt(exim, "550 5.1.1 No such user"))).toBe("RCPT");
    const dma =
      "mx.example.org [192.0.2.2] did not like our MAIL FROM:\n553 5.1.8 Sender domain does not exist";
    expect(commandFromText(dma, recipientAt(dma, "553 5.1.8 Sender domain does not exist"))).toBe(
      "MAIL",
    );
    const sm =
      ">>> MAIL From:<s@example.jp>\n<<< 501 refused\n554 <a@example.org>... Remote protocol error\n>>> RCPT To:<b@example.org>\n<<< 550 User unknown\n550 <b@example.org>... User unknown";
    expect(
      commandFromText(sm, recipientAt(sm, "554 <a@example.org>... Remote protocol error")),
    ).toBe("MAIL");
    expect(commandFromText(sm, recipientAt(sm, "550 <b@example.org>... User unknown"))).toBe(
      "RCPT",
    );
  });
  it("reads Postfix's refused greeting (or HELO) as the connection stage", () => {
    // smtp_proto.c writes "host %s refused to talk to me: %s"; older releases "connect to
    // %s: server refused to talk to me: %s".
    const t = "<a@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 554 Rejected";
    expect(commandFromText(t, recipientAt(t, "554 Rejected"))).toBe("CONN");
    const old =
      "delivery temporarily suspended: connect to mx.example.org[192.0.2.1]: server refused to talk to me: 421 Service not available";
    expect(commandFromText(old, recipientAt(old, "421 Service not available"))).toBe("CONN");
    // The words of a reply are no lead-in: a server saying it "refused to talk to me" is not
    // Postfix's report.
    const words = "Reason: 554 the host refused to talk to me: 554 Rejected";
    expect(commandFromText(words, recipientAt(words, "554 Rejected"))).toBeNull();
  });
  it("says nothing when the text does not", () => {
    const t = "Reason: 550 User unknown";
    expect(commandFromText(t, recipientAt(t, "550 User unknown"))).toBeNull();
  });
});

describe("transcriptReply", () => {
  it("gives the server's <<< line right before a summary line, and nothing across a blank line", () => {
    const t =
      ">>> MAIL From:<s@example.jp>\n<<< 550 Insecure Mail Relay\n554 <a@example.org>... Remote protocol error\n\n550 <b@example.org>... User unknown";
    expect(transcriptReply(t, recipientAt(t, "554 <a@example.org>... Remote protocol error"))).toBe(
      "550 Insecure Mail Relay",
    );
    expect(transcriptReply(t, recipientAt(t, "550 <b@example.org>... User unknown"))).toBeNull();
  });

  it("gives a local delivery agent's own line, only where a line starts with it", () => {
    const t =
      "----- Transcript of session follows -----\nmail.local: unknown user: bob\n550 5.1.1 <bob@example.org>... User unknown";
    expect(transcriptReply(t, recipientAt(t, "550 5.1.1 <bob@example.org>... User unknown"))).toBe(
      "mail.local: unknown user: bob",
    );
    const inLine =
      "----- Transcript of session follows -----\nsaid mail.local: unknown user: bob\n550 5.1.1 <bob@example.org>... User unknown";
    expect(
      transcriptReply(inLine, recipientAt(inLine, "550 5.1.1 <bob@example.org>... User unknown")),
    ).toBeNull();
  });

  it("gives the reply to the summary right under it, not to another recipient's below that", () => {
    // Sendmail's transcript (the v5 sendmail bounce of the dev corpus, shortened): the 501 is
    // kijitora's; mikeneko's line has its own reason, "Host unknown", after another summary.
    const t = [
      "While talking to mailin1.example.org:",
      ">>> MAIL From:<s@example.co.jp>",
      "<<< 501 <s@example.co.jp>... no access from mail server [192.0.2.55] which is an open relay.",
      "554 <a@example.org>... Remote protocol error",
      "550 example.org (smtp)... 550 Host unknown",
      "554 <b@example.org>... 550 Host unknown (Authoritative answer from name server)",
    ].join("\n");
    const a = "554 <a@example.org>... Remote protocol error";
    const b = "554 <b@example.org>... 550 Host unknown (Authoritative answer from name server)";
    expect(transcriptReply(t, recipientAt(t, a, { address: "a@example.org" }))).toContain(
      "open relay",
    );
    expect(transcriptReply(t, recipientAt(t, b, { address: "b@example.org" }))).toBeNull();
  });

  it("passes over the host's own summary line of the same session", () => {
    const t = [
      "While talking to example.edu:",
      ">>> DATA",
      "<<< 550 Your E-Mail is redundant.  You cannot send E-Mail to yourself (s@example.jp).",
      "421 example.edu (smtp)... Deferred: Connection reset by peer during result wait with example.edu",
      "554 <a@example.edu>... Remote protocol error: Connection reset by peer during result wait with example.edu",
    ].join("\n");
    const a =
      "554 <a@example.edu>... Remote protocol error: Connection reset by peer during result wait with example.edu";
    expect(transcriptReply(t, recipientAt(t, a, { address: "a@example.edu" }))).toContain(
      "You cannot send E-Mail to yourself",
    );
  });

  it("shares one refusal among recipients whose summaries give the same words", () => {
    const t =
      ">>> MAIL From:<s@example.jp>\n<<< 553 5.7.1 Sender rejected\n554 <a@example.org>... Service unavailable\n554 <b@example.org>... Service unavailable";
    const b = "554 <b@example.org>... Service unavailable";
    expect(transcriptReply(t, recipientAt(t, b, { address: "b@example.org" }))).toBe(
      "553 5.7.1 Sender rejected",
    );
  });
});

describe("remoteHost", () => {
  it("takes the host name from a Remote-MTA value with comments", () => {
    expect(
      remoteHost(
        recipientAt("x", "x", {
          remoteMta: "lsean.ezweb.ne.jp. (192.0.2.3, the server for the domain ezweb.ne.jp.)",
        }),
      ),
    ).toBe("lsean.ezweb.ne.jp");
    expect(
      remoteHost(recipientAt("x", "x", { remoteMta: "mx.example.org (tcp|192.0.2.4|25)" })),
    ).toBe("mx.example.org");
  });
});

describe("bounceWriters", () => {
  it("names a writer by its first sentence", async () => {
    const p = await parseBounce(
      "This is the mail delivery agent at messagelabs.com.\n\nI was unable to deliver your message to the following addresses:\n\na@example.org\n\nReason: 550 a@example.org... No such user\n",
    );
    expect(bounceWriters(p).has("messagelabs")).toBe(true);
    const other = await parseBounce("550 a@example.org... No such user");
    expect(bounceWriters(other).has("messagelabs")).toBe(false);
  });

  it("names it by the same sentence whether the parser's grams are still loaded or not", async () => {
    const text =
      "Subject: Undeliverable\n\nTHIS IS THE MAIL DELIVERY AGENT AT MESSAGELABS.COM.\n\n550 a@example.org... No such user\n";
    const p = await parseBounce(text);
    // Right after its parse the grams of its text's start are there to ask.
    expect(textGramsOf(p, 6000)).not.toBeNull();
    expect(bounceWriters(p).has("messagelabs")).toBe(true);
    // Another parse loads other grams: they say nothing about this text, and are not asked.
    const other = await parseBounce("550 a@example.org... No such user");
    expect(textGramsOf(p, 6000)).toBeNull();
    expect(bounceWriters(p).has("messagelabs")).toBe(true);
    expect(bounceWriters(other).has("messagelabs")).toBe(false);
    // Nor about more of the text than the parser read.
    expect(textGramsOf(other, 6001)).toBeNull();
  });
});

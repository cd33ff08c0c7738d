// Who wrote a bounce is read from the bounce's own sender and first words, not from a domain
// anywhere in it: a recipient at yahoo.com, or the returned message's own From and Received
// fields, named Yahoo or Apple the writer of other servers' bounces (flufl.bounce's
// netscape_01.txt, a Netscape Messaging Server notice; dsn_02.txt, whose original From was at
// home.com, read as Apple's me.com).
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

const notice = (from: string, original: string) =>
  [
    `From: ${from}`,
    "Subject: Mail System Error - Returned Mail",
    "",
    "This Message was undeliverable due to the following reason:",
    "",
    "Your message was not delivered within 2 days.",
    "Host example.com is not responding.",
    "",
    "The following recipients did not receive your message:",
    "",
    "     <someone@example.com>",
    "",
    "--- original message follows",
    "",
    "Received: from smtp.mail.yahoo.com ([192.0.2.1]) by mx.example.net",
    `From: ${original}`,
    "Subject: hello",
    "",
    "hi",
  ].join("\n");

describe("the bounce's writer", () => {
  it("is not Yahoo for a Yahoo user's returned message", async () => {
    const p = await parseBounce(
      notice("Mail Administrator <Postmaster@nsmail.example.net>", "A <a@yahoo.com>"),
    );
    expect(p.generator).not.toBe("yahoo");
  });

  it("is not Apple for a returned message from home.com", async () => {
    const p = await parseBounce(
      notice("postmaster@example.ac.uk", "Tim <tim@home.com>").replace(
        "smtp.mail.yahoo.com",
        "relay.example.org",
      ),
    );
    expect(p.generator).not.toBe("icloud");
  });

  it("is Yahoo when Yahoo's daemon sends it, at a country domain too", async () => {
    const es = await parseBounce(
      [
        "From: <MAILER-DAEMON@yahoo.es>",
        "Subject: Delivery failure",
        "",
        "Message from yahoo.es.",
        "Unable to deliver message to the following address(es).",
        "",
        "<someone@yahoo.es>:",
        "Sorry, your message to someone@yahoo.es cannot be delivered.  This account is over quota.",
      ].join("\n"),
    );
    expect(es.generator).toBe("yahoo");
    const jp = await parseBounce(
      notice("MAILER-DAEMON@yahoo.co.jp", "b@example.org").replace(
        "smtp.mail.yahoo.com",
        "relay.example.org",
      ),
    );
    expect(jp.generator).toBe("yahoo");
  });
});

// The server's words say what the status code beside them does not: a filtering relay's
// "554 5.7.7 too many equal X-headers (...)" refuses a repeated header (it read
// authentication-failure by the registry's X.7.7), and Zoho Mail's "554 5.2.3 MailPolicy
// violation" is any rule of the recipient organisation's email policy (it read
// message-too-large by X.2.3 alone).
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("words over the status code", () => {
  it("a repeated header field reads protocol-syntax, bare and in a Postfix bounce", async () => {
    const line = "554 5.7.7 too many equal X-headers (X-Original-Authentication-Results:)";
    expect((await readFirst(line)).cause).toBe("protocol-syntax");
    const bounce = [
      "This is the mail system at host mailer.example.com.",
      "",
      "<nick@example.nl>: host spamrelay.example.nl[192.0.2.21] said: 554 5.7.7 too",
      "    many equal X-headers (X-Original-Authentication-Results:) (in reply to end",
      "    of DATA command)",
    ].join("\n");
    expect((await readFirst(bounce)).cause).toBe("protocol-syntax");
  });

  it("Zoho's MailPolicy violation is unknown, the recipient's policy first", async () => {
    const r = await readFirst("554 5.2.3 MailPolicy violation Error delivering to mailboxes");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["sender-policy", "message-too-large"]);
  });

  it("Trend Micro DDEI's 521 sender-filtering block is no host that takes no mail", async () => {
    const r = await readFirst("521 Block permanently (Sender Filtering/Authentication)");
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("authentication-failure");
    expect(r.possible).not.toContain("recipient-domain-invalid");
  });

  it("a connection refused by a milter ranks the sending host's listing first", async () => {
    const r = await readFirst("554 mx.example.com ESMTP not accepting connections");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["ip-blocklisted", "bad-reputation"]);
  });

  it("Mail.ru's disabled sending is the sender's account, not a disabled mailbox", async () => {
    const r = await readFirst("550 message sending for this account is disabled");
    expect(r.cause).toBe("bad-reputation");
  });

  it("Apple's private relay: an unauthorized sender is no unknown recipient", async () => {
    const r = await readFirst(
      "550 5.1.1 <bounces+ded1e8e71ae3e839@bitstock.example.com>: unauthorized sender",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("sender-policy");
  });
});

// Provider readings that hold only where the refusal is that provider's own: the same words
// from another server keep their ordinary reading. Each case reads the reply inside a bounce
// from the provider's host, then from an unrelated host, and must differ.
import { describe, expect, it } from "vitest";
import { postfixBounce, readFirst } from "@/lib/classify/test-reading";

const OTHER_HOST = "mx.unrelated.example";

describe("provider readings scoped to the provider's own host", () => {
  it.each([
    // note.com/sendmagic (docomo): a full mailbox, though the words name the message's size.
    ["mfsmax.docomo.ne.jp", "552 Too much mail data bob@docomo.ne.jp", "mailbox-full", "DATA"],
    // note.com/sendmagic (au): a malformed or foreign recipient address, not a relay setting.
    [
      "lsean.ezweb.ne.jp",
      "554 <bob@@ezweb.ne.jp>: Relay access denied",
      "recipient-unknown",
      "RCPT TO",
    ],
    // help.url.com.tw: sending too often, though the words speak of spam.
    ["ms1.url.com.tw", "550 no spam mail.", "rate-limited", "RCPT TO"],
  ])("%s: '%s' reads %s", async (host, reply, cause, stage) => {
    expect((await readFirst(postfixBounce(host, reply, stage))).cause).toBe(cause);
    expect((await readFirst(postfixBounce(OTHER_HOST, reply, stage))).cause).not.toBe(cause);
  });

  it("SoftBank's '<domain> does not exist' names the sender's domain only from SoftBank", async () => {
    const reply = "553 sender.example does not exist";
    const own = await readFirst(postfixBounce("mx.softbank.ne.jp", reply, "MAIL FROM"));
    expect(own.cause).toBe("sender-address-invalid");
    const other = await readFirst(postfixBounce(OTHER_HOST, reply, "MAIL FROM"));
    expect(other.evidence.join(" ")).not.toContain("softbank.");
  });
});

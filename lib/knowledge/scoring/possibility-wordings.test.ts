// Families of words that leave several causes possible (./possibility-wordings.ts), read through
// the classifier: alone they name no cause and rank the ones they leave; a reason written after
// them still decides (a possibility never outweighs a stated reason).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

describe("possibility wordings: HELO refused", () => {
  it("ranks the HELO name's form, its DNS and a list of names where no reason follows", async () => {
    const r = await reading("550 5.7.1 HELO command rejected");
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 3)).toEqual(["protocol-syntax", "reverse-dns", "sender-policy"]);
  });

  it.each([
    ["450 4.7.1 <foo.example>: Helo command rejected: Host not found", "reverse-dns"],
    [
      "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
      "protocol-syntax",
    ],
    [
      "554 5.7.1 <taj-co.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (taj-co.com)",
      "bad-reputation",
    ],
  ])("leaves the reason after the words to decide: %s", async (text, cause) => {
    expect((await reading(text)).cause).toBe(cause);
  });
});

describe("possibility wordings: a session's error limit", () => {
  it.each([
    "421 4.5.0 Too many errors, bye",
    "451 4.3.0 Too many errors, disconnecting.",
    "451 Too many errors from the client",
  ])("ranks bad commands, then refused recipients: %s", async (text) => {
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["protocol-syntax", "recipient-unknown"]);
  });

  it("leaves Postfix's own reading of its error limit to decide", async () => {
    // postfix.ts reads smtpd's "Error: too many errors" (smtpd_hard_error_limit) itself.
    expect((await reading("421 4.7.0 mx.example.com Error: too many errors")).cause).toBe(
      "protocol-syntax",
    );
  });
});

describe("possibility wordings: sending restricted for suspicious activity", () => {
  it.each([
    "554 Email sending limited due to suspicious account activity",
    "554 This email account has limited access to send emails based on suspicious activity",
  ])("names no rate limit, ranks the account's relay first: %s", async (text) => {
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked[0]).toBe("relay-denied");
    expect(r.ranked.slice(0, 3)).toContain("bad-reputation");
  });
});

describe("possibility wordings: a recipient rejected", () => {
  it("ranks its causes where no reason follows, an address after the colon being none", async () => {
    for (const text of [
      "550 5.0.1 Recipient rejected",
      "550 5.1.0 Recipient rejected: <bob@example.com>",
    ]) {
      const r = await reading(text);
      expect(r.cause).toBe("unknown");
      expect(r.ranked[0]).toBe("recipient-unknown");
    }
  });

  it.each([
    // Sisimai's collected wordings (Suspend.pm, MailboxFull.pm) and an account closed by its host.
    [
      "550 5.1.1 bob@example.com recipient rejected, account administratively disabled",
      "mailbox-disabled",
    ],
    ["552 recipient rejected: mailbox would exceed maximum allowed storage", "mailbox-full"],
  ])("leaves the reason after the words to decide: %s", async (text, cause) => {
    expect((await reading(text)).cause).toBe(cause);
  });
});

describe("possibility wordings: 'Invalid recipient' as the whole reply", () => {
  // OpenSMTPD (lka_session.c) and Trellix's error codes (ETP100 against ETP101/ETP102) say
  // these words for a relay refusal as well as for an unknown user.
  it.each([
    "550 Invalid recipient",
    "550 Invalid recipient: <bob@example.com>",
    "Invalid recipient",
  ])("ranks an unknown user, then a relay refusal: %s", async (text) => {
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-unknown", "relay-denied"]);
  });

  it.each([
    // The enhanced code says the mailbox is unknown.
    "550 5.1.1 Invalid recipient",
    "550 5.1.1 <bob@example.com>: Invalid recipient",
    // Other words follow: the generic reading stays (signatures/generic.ts).
    "550 Invalid recipient - user unknown",
    "553 Invalid recipient bob@example.com (Mode: normal)",
    // Citadel's "Invalid recipient: %s" (internet_addressing.c), no brackets: no such user.
    "550 Invalid recipient: bob@example.com",
  ])("leaves a status code or more words to decide: %s", async (text) => {
    expect((await reading(text)).cause).toBe("recipient-unknown");
  });

  it("is not the count of invalid recipients, a sender's reputation", async () => {
    expect((await reading("550 too many invalid recipients")).cause).not.toBe("unknown");
  });
});

describe("possibility wordings: a domain not found, not saying whose", () => {
  // Postfix writes "Domain not found" of the sender's domain (4.1.8) and the recipient's (4.1.2)
  // alike (smtpd_check.c reject_unknown_address).
  it("names neither domain where the reply keeps neither the class nor the subject's status", async () => {
    const r = await reading("550 Domain not found");
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-domain-invalid", "sender-address-invalid"]);
  });

  it("does not read the sender's domain by its status (X.1.8) as the recipient's", async () => {
    const r = await reading("553 5.1.8 <alice@example.invalid>... Domain not found");
    expect(r.cause).not.toBe("recipient-domain-invalid");
  });

  it.each([
    [
      "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found",
      "recipient-domain-invalid",
    ],
    [
      "450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found",
      "sender-address-invalid",
    ],
    ["550 5.1.2 Domain not found", "recipient-domain-invalid"],
  ])("leaves the class or the status to decide: %s", async (text, cause) => {
    expect((await reading(text)).cause).toBe(cause);
  });
});

describe("possibility wordings: an address that could not be found", () => {
  it.each([
    // (Exchange's own NDR sentence is its table's: providers/microsoft-ndr.ts.)
    "Delivery failed: the e-mail address couldn't be found.",
    "Your message wasn't delivered to bob@example.net because the recipient address couldn't be found.",
  ])("ranks an unknown recipient first and decides nothing: %s", async (text) => {
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked[0]).toBe("recipient-unknown");
  });

  it.each([
    "The server address couldn't be found.",
    "The IP address couldn't be found",
    "The host address couldn't be found",
  ])("reads no recipient in an address that is a server's or a network's: %s", async (text) => {
    expect((await reading(text)).ranked).not.toContain("recipient-unknown");
  });

  it("leaves the server's reply after the notice to decide", async () => {
    const r = await reading(
      "The e-mail address you entered couldn't be found. 550 5.7.1 Message rejected as spam by Content Filtering",
    );
    expect(r.cause).toBe("content-spam");
  });
});

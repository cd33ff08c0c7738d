// Postfix's reject_unlisted_sender answers "<%s>: Sender address rejected: User unknown%s"
// (smtpd_check.c check_rcpt_maps): the user that is unknown is the sender. Sendmail's
// "User unknown" wording (sendmail.ts) reads a recipient's, so it must not fire there, with or
// without Postfix's own table (what the rest of the knowledge makes of a server it never read).
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { readFirst } from "@/lib/classify/test-reading";

const SENDER_UNKNOWN = [
  "550 5.1.0 <bounce@example.net>: Sender address rejected: User unknown in local recipient table",
  "550 5.1.0 <bounce@example.net>: Sender address rejected: User unknown in virtual mailbox table",
];

describe("a sender's 'User unknown'", () => {
  afterEach(() => leaveOutProvidersForEvaluation([]));

  it.each(SENDER_UNKNOWN)(
    "reads no unknown recipient without Postfix's table: %s",
    async (text) => {
      leaveOutProvidersForEvaluation(["postfix"]);
      const r = await readFirst(text);
      expect(r.evidence).not.toContain("sendmail.user-unknown");
      expect(r.cause).toBe("sender-address-invalid");
    },
  );

  it("still reads Sendmail's own recipient 'User unknown'", async () => {
    const r = await readFirst("550 5.1.1 <someone@example.com>... User unknown");
    expect(r.cause).toBe("recipient-unknown");
  });
});

describe("'Unknown user' worded by a server whose own table is left out", () => {
  afterEach(() => leaveOutProvidersForEvaluation([]));

  it.each([
    ["exim", "550 Unknown user"],
    ["courier", "550 User <nosuch@example.com> unknown"],
  ])("%s: %s reads recipient-unknown from the generic wording", async (mta, text) => {
    leaveOutProvidersForEvaluation([mta]);
    const r = await readFirst(text);
    expect(r.cause).toBe("recipient-unknown");
    expect(r.evidence.some((id) => id.startsWith("generic.recipient-unknown."))).toBe(true);
  });

  it.each([
    // An SMTP AUTH login's user, and the sender's.
    "535 5.7.8 Error: authentication failed: unknown user",
    "553 5.1.8 <bounce@example.net>: Sender address rejected: unknown user",
  ])("reads no unknown recipient in: %s", async (text) => {
    const r = await readFirst(text);
    expect(r.evidence).not.toContain("generic.recipient-unknown.unknown-user");
    expect(r.cause).not.toBe("recipient-unknown");
  });
});

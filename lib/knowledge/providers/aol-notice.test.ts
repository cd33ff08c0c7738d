// AOL's failure notices copied from their top (AOL's sentence, without the DSN or the receiving
// server's reply): the sentences that name one cause decide it (./aol-notice.ts); the one that
// stands for several ranks them (scoring/notice-wordings.ts).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

const EMAIL_RETURNED = (because: string) =>
  `Email Returned Something went wrong.\n\nWe were unable to deliver your message to the following address\n\nkijitora@example.jp\n\nbecause: ${because}`;

describe("AOL's notice, its top only", () => {
  it("reads 'User name of email address not valid' as an address that does not exist", async () => {
    expect((await reading(EMAIL_RETURNED("User name of email address not valid"))).cause).toBe(
      "recipient-unknown",
    );
  });

  it("reads a recipient who does not accept mail from the sender as the recipient's block", async () => {
    const r = await reading(
      "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.xxx.com:\n\tscreenname",
    );
    expect(r.cause).toBe("sender-policy");
  });

  it("reads a recipient who takes no attachments or images as a refused attachment", async () => {
    const r = await reading(
      "Sorry address@example.com. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:\n\tmykewlaolacct",
    );
    expect(r.cause).toBe("content-virus");
  });

  it("ranks the recipient's domain first for a routing issue, and decides nothing", async () => {
    const r = await reading(
      `${EMAIL_RETURNED("Email routing issue due to network")}\n\nYour mail provider is working on the network related issues.`,
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-domain-invalid", "remote-unreachable"]);
  });

  it("leaves a mailbox-full notice to the existing reading", async () => {
    expect((await reading(EMAIL_RETURNED("Mailbox is full"))).cause).toBe("mailbox-full");
  });

  it("does not read the generic opening alone", async () => {
    const r = await reading(
      "Email Returned Something went wrong.\n\nWe were unable to deliver your message to the following address\n\nkijitora@example.jp",
    );
    expect(r.cause).toBe("unknown");
  });
});

// A provider's documented wording read where its server is not identified (the line pasted
// alone): it still counts, for less, unless the words only restate the refusal.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function first(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? null;
}

describe("provider wordings away from their server", () => {
  it("reads a provider's specific wording pasted alone, naming no provider", async () => {
    const r = await first(
      "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.",
    );
    expect(r?.cause).toBe("authentication-failure");
    expect(r?.refusal?.providers).toEqual([]);
  });

  it("keeps RFC 5321's 'mailbox unavailable' unknown when no provider's server gave it", async () => {
    const r = await first("550 Requested action not taken: mailbox unavailable");
    expect(r?.cause).toBe("unknown");
    expect((r?.possible ?? []).map((p) => p.cause)).toContain("recipient-unknown");
  });

  it("keeps a provider's reading of its own status code (not in the IANA registry) from status shifts", async () => {
    // Exchange Online's 5.7.504: the recipient is not valid. A generic "recipient rejected" at a
    // registered X.7 status reads as a policy refusal; the provider's own code says more.
    const r = await first("550 5.7.504 Recipient address rejected: Access denied");
    expect(r?.cause).toBe("recipient-unknown");
    const generic = await first("550 5.7.1 Recipient address rejected: Access denied");
    expect(generic?.cause).not.toBe("recipient-unknown");
  });

  it("lets a status the provider pairs with the words keep its reading", async () => {
    const r = await first("550 5.5.0 Requested action not taken: mailbox unavailable");
    expect(r?.cause).toBe("recipient-unknown");
  });

  it("reads words scoped 'identified' only from their provider's server (Postfix's milter text is iCloud's throttling)", async () => {
    const line = "451 4.7.1 Service unavailable - try again later";
    const alone = await first(line);
    expect(alone?.cause).not.toBe("rate-limited");
    expect(alone?.evidence.map((e) => e.ruleId)).not.toContain(
      "apple.service-unavailable-try-later",
    );
    const atIcloud = await first(
      `<jo@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: ${line} (in reply to MAIL FROM command)`,
    );
    expect(atIcloud?.cause).toBe("rate-limited");
    expect(atIcloud?.refusal?.providers[0]?.provider).toBe("apple");
  });
});

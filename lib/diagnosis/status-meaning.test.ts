// The status line's meaning: a provider's own where the classifier read the code by that
// provider's entry, the registry's otherwise (review 26, finding 13: Yahoo's 5.7.9).
import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { providerStatusMeaning } from "./status-meaning";
import { statusMeaningWords } from "./recipient-details";

const dsn = (address: string, status: string, mta: string, words: string) =>
  [
    `Final-Recipient: rfc822; ${address}`,
    "Action: failed",
    `Status: ${status}`,
    `Remote-MTA: dns; ${mta}`,
    `Diagnostic-Code: smtp; ${words}`,
  ].join("\n");

const first = async (text: string) => (await diagnose(text)).recipients[0]!;

describe("the status code's meaning as shown", () => {
  it("Yahoo's 554 5.7.9 reads as its DMARC refusal, not RFC 4954's weak AUTH mechanism", async () => {
    const r = await first(
      dsn(
        "someone@yahoo.com",
        "5.7.9",
        "mta7.am0.yahoodns.net",
        "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
      ),
    );
    expect(r.cause).toBe("authentication-failure");
    expect(r.statusMeaning).toContain("sender authentication");
    expect(r.statusMeaning).toContain("5.7.9 with these words");
    // The registry's reading is named only as not applying.
    expect(r.statusMeaning).not.toContain("weaker than the server allows");
    expect(r.statusMeaning).toMatch(/Authentication mechanism is too weak.*does not apply here/);
    expect(r.statusMeaningFrom).toMatchObject({
      provider: "yahoo",
      ruleId: "yahoo.5.7.9-policy-dmarc",
    });
    expect(statusMeaningWords(r)).toContain(`Source: ${r.statusMeaningFrom!.source}`);
  });

  it("a row of Gmail's page that prints the code with its words gives Gmail's meaning", async () => {
    const r = await first(
      dsn(
        "someone@gmail.com",
        "5.7.27",
        "gmail-smtp-in.l.google.com",
        "550 5.7.27 This message was blocked because it didn't pass SPF authentication. - gsmtp",
      ),
    );
    expect(r.statusMeaning).toContain("sender authentication");
    expect(r.statusMeaning).not.toMatch(/^[^(]*null MX/);
    expect(r.statusMeaningFrom?.source).toContain("https://support.google.com/a/answer/3726730");
  });

  it("where the registry agrees, no 'does not apply' is said", async () => {
    const r = await first(
      dsn(
        "someone@gmail.com",
        "5.1.1",
        "gmail-smtp-in.l.google.com",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
      ),
    );
    expect(r.statusMeaningFrom?.provider).toBe("google");
    expect(r.statusMeaning).not.toContain("does not apply");
  });

  it("keeps the registry's meaning where no provider's entry read the code", async () => {
    const r = await first(
      dsn(
        "bob@example.net",
        "5.1.1",
        "mx.example.net",
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table",
      ),
    );
    expect(r.statusMeaningFrom).toBeUndefined();
    expect(r.statusMeaning).toContain("RFC 3463");
  });

  it("never gives a provider's reading of another cause than the recipient's", () => {
    const r = {
      recipient: { status: "5.7.9" } as never,
      cause: "content-spam" as const,
      evidence: [{ ruleId: "yahoo.5.7.9-policy-dmarc", note: "", source: "", spans: [] }],
    };
    expect(providerStatusMeaning(r)).toBeNull();
    expect(providerStatusMeaning({ ...r, cause: "authentication-failure" })).not.toBeNull();
    // Nor of another code than the one the recipient carries.
    expect(
      providerStatusMeaning({
        ...r,
        cause: "authentication-failure",
        recipient: { status: "5.7.1" } as never,
      }),
    ).toBeNull();
  });
});

// The five defects of issue 8, through the real parser and classifier, answering as the
// providers' documentation says.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function causeOf(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? null;
}

const GMAIL_527 = "550 5.7.27 This message was blocked because it didn't pass SPF authentication";

describe("classify: the issue's defects", () => {
  it("reads an unknown user the same with or without an address before it", async () => {
    expect((await causeOf("550 <a@example.com>: User unknown"))?.cause).toBe("recipient-unknown");
    expect((await causeOf("550 User unknown"))?.cause).toBe("recipient-unknown");
  });

  it("reads Gmail's 5.7.27 as an SPF failure, with or without its closing sentence", async () => {
    expect((await causeOf(GMAIL_527))?.cause).toBe("authentication-failure");
    const long = `${GMAIL_527}. To best protect our users from spam, the message has been blocked.`;
    expect((await causeOf(long))?.cause).toBe("authentication-failure");
  });

  it("uses Gmail's own reading of 5.7.27 when Gmail's server answered", async () => {
    const r = await causeOf(`550-5.7.27 The message was blocked. a1si123 - gsmtp`);
    expect(r?.cause).toBe("authentication-failure");
    expect(r?.evidence[0]?.ruleId).toBe("google.5.7.27");
    expect(r?.refusal?.providers[0]).toMatchObject({ provider: "google", by: "marker" });
  });

  it("keeps the registry's null-MX reading of X.7.27 for a server that is not Gmail", async () => {
    const r = await causeOf("550 5.7.27 Sender address has null MX");
    expect(r?.evidence.some((e) => e.ruleId === "google.5.7.27")).toBe(false);
  });

  it("says a reason beats a verb: rate limited because SPF did not pass", async () => {
    const r = await causeOf(
      "421 4.7.27 This message was rate limited because it didn't pass SPF authentication",
    );
    expect(r?.cause).toBe("authentication-failure");
  });

  it.each(["550 mail refused", "550 Rejected", "554 5.7.1 rejected"])(
    "answers unknown for %s, with the causes that remain possible",
    async (text) => {
      const r = await causeOf(text);
      expect(r?.cause).toBe("unknown");
      expect(r?.possible?.length ?? 0).toBeGreaterThanOrEqual(3);
    },
  );

  it("ranks the article's five for a bare 550", async () => {
    const r = await causeOf("550 mail refused");
    expect(r?.possible?.map((p) => p.cause)).toEqual([
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "recipient-unknown",
      "mailbox-full",
    ]);
  });
});

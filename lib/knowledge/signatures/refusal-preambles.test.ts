// "Service currently unavailable" / "Service not available" under a permanent code is a refusal of the sending server,
// ranked above a fault of the receiving server; under a 4xx the server's own state still leads.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

describe("refusal preambles", () => {
  it("ranks block readings above the receiver's own failure for a bare 5xx, deciding nothing", async () => {
    for (const text of [
      "recipient@example.net: [192.0.2.50], 554 Service currently unavailable",
      "550 5.3.2 Service currently unavailable",
      "554 Service not available",
    ]) {
      const r = await reading(text);
      expect(r.cause, text).toBe("unknown");
      expect(r.ranked[0], text).toBe("ip-blocklisted");
      expect(r.ranked.indexOf("remote-server-error"), text).toBeGreaterThan(0);
    }
  });

  it("keeps the receiving server's state first for the same words under a 4xx", async () => {
    const r = await reading("421 4.3.2 Service currently unavailable");
    expect(r.ranked[0]).toBe("remote-server-error");
  });

  it("leaves the decision to a reason stated after the words", async () => {
    const r = await reading(
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    );
    expect(r.cause).toBe("ip-blocklisted");
  });
});

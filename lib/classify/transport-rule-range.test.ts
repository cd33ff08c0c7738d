// Exchange's transport-rule reading holds for its own codes only (5.7.900-5.7.999, Microsoft's
// "DSNs and NDRs in Exchange Server"): the same words are RFC 3463's X.7.1 text, which
// OpenSMTPD writes before the reason of a malformed message (smtp_session.c, TX_ERROR_MALFORMED).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0]!;
  return { cause: r.cause, rules: r.evidence.map((e) => e.ruleId) };
}

describe("ex2019.5.7.900-transport-rule", () => {
  it("reads Exchange's transport-rule codes as the recipient's policy", async () => {
    for (const code of ["5.7.900", "5.7.950", "5.7.999"]) {
      const r = await read(`550 ${code} Delivery not authorized, message refused`);
      expect(r.cause).toBe("sender-policy");
      expect(r.rules).toContain("microsoft.ex2019.5.7.900-transport-rule");
    }
  });

  it("does not read OpenSMTPD's malformed-message refusal as a policy", async () => {
    const r = await read(
      "550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant",
    );
    expect(r.rules).not.toContain("microsoft.ex2019.5.7.900-transport-rule");
    expect(r.cause).toBe("protocol-syntax");
  });
});

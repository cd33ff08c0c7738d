import { describe, expect, it } from "vitest";
import { maskNameFields } from "./name-fields";
import { redactText } from "./redact";

// The per-recipient group of an Exchange delivery report, as rjbs/Mail-DeliveryStatus-
// BounceParser t/corpus/message-too-large-5.msg has it (names and domains our own).
const EXCHANGE_GROUP = [
  "Final-Recipient: rfc822;jane.roe@example.net",
  "Action: failed",
  "Status: 5.2.3",
  "Diagnostic-Code: smtp;550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization",
  "X-Display-Name: Jane Roe",
  "",
].join("\n");

describe("maskNameFields", () => {
  it("masks the name Exchange writes for the failed recipient", () => {
    const out = maskNameFields(EXCHANGE_GROUP);
    expect(out).toContain("X-Display-Name: J***");
    expect(out).not.toContain("Jane Roe");
    expect(out).toContain("Status: 5.2.3");
  });

  it("leaves a text without such a field as it is, and a masked value alone", () => {
    expect(maskNameFields("550 5.1.1 User unknown")).toBe("550 5.1.1 User unknown");
    expect(maskNameFields("X-Display-Name: J***")).toBe("X-Display-Name: J***");
  });

  it("is masked in a shared text with the addresses", () => {
    const out = redactText(EXCHANGE_GROUP, { maskLocalParts: true, dropOriginalMessage: true });
    expect(out).not.toContain("Jane Roe");
    expect(out).not.toContain("jane.roe");
  });

  it("reads a hostile line in linear time", () => {
    const long = `X-Display-Name: ${"a ".repeat(200_000)}`;
    const started = performance.now();
    maskNameFields(long);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

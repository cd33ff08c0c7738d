// Barricade MX's smtpf (./smtpf.ts): its access-map refusals, read by their reply number. Before
// the table, a host or host-and-sender refusal was "not enough to tell" among 5.7.1's usual causes.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function cause(text: string): Promise<string> {
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
}

describe("smtpf's replies", () => {
  it.each([
    // 2.1.56's words, and 2.3's, where the admin's own text for the entry replaces them.
    "550 5.7.1 host mail.example.net [192.0.2.1] black listed #120",
    "550 5.7.1 host mail.example.net [192.0.2.1] no mail from this host #120",
    "550 5.7.1 host mail.example.net [192.0.2.1] sender <bob@example.net> black listed #125",
    "host mx.example.org[198.51.100.2] said: 550 5.7.1 sender <bob@example.net> black listed #127 (in reply to MAIL FROM command)",
  ])("reads an access-map refusal as the site's own rule: %s", async (text) => {
    expect(await cause(text)).toBe("sender-policy");
  });

  it("reads a routed address as relaying refused", async () => {
    expect(await cause("550 5.7.1 routed address relaying denied #131")).toBe("relay-denied");
  });

  it("reads no other reply number as an access-map entry", async () => {
    expect(await cause("550 5.7.1 host mail.example.net [192.0.2.1] black listed #999")).not.toBe(
      "sender-policy",
    );
  });
});

// The server's words keep what the same server wrote before its code on the code's line (a
// provider's code, a greeting's host tag), however the reply was pasted, while the reporting
// MTA's wrappers around them ("host X said:", "Remote Server returned '", "<addr>:",
// "(in reply to ... command)") are still cut (lib/bounce/smtp-reply.ts serverLead).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";
import { pastes } from "./invariance";

// Postfix quoting La Poste's refusal after its greeting's continuation mark, as Sisimai's
// set-of-emails rhost-franceptt-11.eml holds it (https://github.com/sisimai/set-of-emails).
const LAPOSTE =
  "220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107";
// EarthLink's reply with its Vade code before it. The page (lib/knowledge/providers/vade.ts,
// ELNK_IN) prints the code and the reply line apart and says only that "the SMTP response you
// received contains a unique code starting with ELNK_": this order is one the code may take.
const ELNK = "ELNK_105 550 5.7.1 Connection refused";

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0]!;
  return {
    cause: r.cause,
    words: r.refusal?.words ?? "",
    diagnostic: r.recipient.diagnostic ?? "",
  };
}

describe("the words keep what the server wrote before its code", () => {
  for (const [name, reply, lead] of [
    ["La Poste's greeting mark", LAPOSTE, "220-laposte 421 4.2.1"],
    ["a Vade code", ELNK, "ELNK_105 550 5.7.1"],
  ] as const)
    it(`keeps ${name} in every paste, and the cause with it`, async () => {
      const bare = await read(reply);
      expect(bare.words.startsWith(lead)).toBe(true);
      for (const p of pastes(reply)) {
        const got = await read(p.text);
        expect(got.words, p.name).toContain(lead);
        // The reporting MTA's own words are not the server's.
        expect(got.words, p.name).not.toMatch(/said:|returned|in reply to|someone@example\.com/i);
        expect(got.cause, p.name).toBe(bare.cause);
      }
    });

  it("reads Vade's code before the reply as it reads it after (the evidence holds the code)", async () => {
    const d = classify(await parseBounce(ELNK));
    expect(d.recipients[0]!.cause).toBe("reverse-dns");
    const spans = d.recipients[0]!.evidence.flatMap((e) => e.spans);
    expect(spans.some((s) => d.parsed.text.slice(s.start, s.end) === "ELNK_105")).toBe(true);
  });

  it("puts the code's lead inside the diagnostic's span", async () => {
    const text = `<x@example.net>: host mx.example.net[192.0.2.1] said: ${ELNK} (in reply to RCPT TO command)`;
    const p = await parseBounce(text);
    const r = p.recipients[0]!;
    expect(r.diagnostic).toBe(`${ELNK} (in reply to RCPT TO command)`);
    expect(text.slice(r.spans.diagnostic!.start, r.spans.diagnostic!.start + 8)).toBe("ELNK_105");
  });

  it("keeps no wrapper word, address, field, date or bracket as a lead", async () => {
    for (const line of [
      "Error 550 5.1.1 User unknown",
      "ResponseCode 550 5.1.1 User unknown",
      "<<< 550 5.1.1 User unknown",
      "2026-12-04 10:00:00 550 5.1.1 User unknown",
      "user@example.org 550 5.1.1 User unknown",
      "[192.0.2.1] 550 5.1.1 User unknown",
      "T=remote_smtp 550 5.1.1 User unknown",
    ]) {
      const p = await parseBounce(line);
      expect(p.recipients[0]!.diagnostic, line).toBe("550 5.1.1 User unknown");
    }
  });
});

// RFC 3463 gives every X.n.0 as "Other or undefined ... status": the code narrows the subject
// (protocol, mailbox, address...) and names no cause. Outlook.com answers 5.5.0 for an unknown
// mailbox and for a domain it cannot reach alike (providers/microsoft.ts; the dev corpus's
// lhost-outlook-03 and rhost-outlook-09): words that no table reads leave the answer open.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function first(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? null;
}

describe("catch-all status codes", () => {
  it.each([
    "550 5.5.0 domain [example.com] mismatches client ip 192.0.2.225.",
    "550 5.2.0 Mailbox unavailable",
  ])("%s: unknown, with the code's reading ranked", async (line) => {
    const r = await first(line);
    expect(r?.cause).toBe("unknown");
    expect(r?.possible?.length ?? 0).toBeGreaterThan(0);
  });

  it("a specific code of the same subject still decides", async () => {
    expect((await first("550 5.5.2 Syntax error, command unrecognized"))?.cause).toBe(
      "protocol-syntax",
    );
    expect((await first("550 5.2.2 Mailbox full"))?.cause).toBe("mailbox-full");
  });
});

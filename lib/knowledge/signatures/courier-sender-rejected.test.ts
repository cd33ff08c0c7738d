// Courier's submit.C writes "517 Sender rejected: <sender>" and nothing more for a sender on the
// site's badfrom list (a block by the receiving site), and the same words followed by "can be
// accepted only from <domain>'s mail relays" for a forged free-mail sender. Courier's own 517
// tells the badfrom line from other servers' "sender rejected" (Cox: the sender's domain fails).
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";

describe("Courier's 'Sender rejected'", () => {
  it.each([
    "517 Sender rejected: alice@example.net",
    "<bob@example.org>: host mail.example.org[192.0.2.1] said: 517 Sender rejected: alice@example.net (in reply to MAIL FROM command)",
  ])("badfrom: %s reads sender-policy", async (text) => {
    expect((await readFirst(text)).cause).toBe("sender-policy");
  });

  it("the freemail refusal reads sender-address-invalid", async () => {
    const text =
      "517-Sender rejected: alice@example.net can be accepted only from 517 example.net's mail relays.";
    expect((await readFirst(text)).cause).toBe("sender-address-invalid");
  });

  it("another server's 550 'sender rejected' is not Courier's badfrom", async () => {
    // Other servers give the bare words several reasons (possibility-wordings.ts).
    const r = await readFirst("550 sender rejected");
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("sender-address-invalid");
    expect(r.evidence).not.toContain("courier.badfrom");
  });
});

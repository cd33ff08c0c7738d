// Words that say the reason lies elsewhere rank over a reply code's reading where the knowledge
// says so, as data: a possibility wording (possibility-wordings.ts) and the shift that moves the
// code's own reading once those words are found (stage-shifts.ts, `wording` and `codes`).
// Postal's "535 Mail server has been suspended" borrows SMTP AUTH's 535 (RFC 4954: credentials
// invalid) for a suspended server, the sender's or the recipient's
// (https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2/app/lib/smtp_server/client.rb#L369, #L381).
import { describe, expect, it } from "vitest";
import { readFirst as read } from "./test-reading";
import { POSSIBILITY_WORDINGS } from "@/lib/knowledge/scoring/possibility-wordings";
import { STAGE_SHIFTS } from "@/lib/knowledge/scoring/stage-shifts";
import { KNOWN_MISREADS } from "@/lib/knowledge/signatures/source-replies/misreads";

const SUSPENDED = "535 Mail server has been suspended";

describe("a wording that explains its reply code away", () => {
  it("is data: the wording and the shift that names it", () => {
    expect(POSSIBILITY_WORDINGS.some((w) => w.id === "postal.server-suspended")).toBe(true);
    const shift = STAGE_SHIFTS.find((s) => s.wording === "postal.server-suspended");
    expect(shift?.codes).toBe(true);
    expect(shift?.to).toBeUndefined();
    expect(KNOWN_MISREADS["postal.client.server-suspended"]).toBeUndefined();
  });

  it("reads Postal's suspension as unknown, both suspended servers possible, bare or wrapped", async () => {
    for (const text of [
      SUSPENDED,
      `<bob@example.com>: host postal.example.com[192.0.2.1] said: ${SUSPENDED} (in reply to RCPT TO command)`,
    ]) {
      const r = await read(text);
      expect(r.cause, text).toBe("unknown");
      expect(r.possible.slice(0, 2), text).toEqual(["mailbox-disabled", "relay-denied"]);
    }
  });

  it("leaves the code's reading to decide where no such wording explains it", async () => {
    // RFC 4954 section 6's own text for 535.
    const r = await read("535 5.7.8 Authentication credentials invalid");
    expect(r.cause).not.toBe("unknown");
    expect(r.evidence).toContain("rfc5321.535");
  });
});

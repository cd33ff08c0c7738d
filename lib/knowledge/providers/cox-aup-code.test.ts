// Cox's replies carry the rule that refused as an AUP# code after their words; the code's row on
// Cox's error-code page says why, over the generic "sender rejected" row (cox.ts).
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";

describe("Cox's AUP# code after 'sender rejected'", () => {
  it("reads the code's meaning, and the generic row only without a code", async () => {
    const withCode = await readFirst(
      "550 5.1.0 <bounce@example.net> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
    );
    expect(withCode.cause).toBe("bad-reputation");
    const fromCox = await readFirst(
      "<bob@cox.net>: host mx.east.cox.net[192.0.2.1] said: 550 sender rejected (in reply to MAIL FROM command)",
    );
    expect(fromCox.cause).toBe("sender-address-invalid");
    expect(fromCox.evidence).toContain("cox.sender-rejected");
    // Alone, the words are not Cox's: other servers give them other reasons.
    expect((await readFirst("550 sender rejected")).cause).toBe("unknown");
  });
});

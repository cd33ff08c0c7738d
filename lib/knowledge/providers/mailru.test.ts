// Mail.ru's submission server refusing a sender address that is not the logged-in account's
// (review 31 finding 6 part i), bare and as a mail library quotes it.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

describe("Mail.ru's 'not local sender over smtp'", () => {
  it.each([
    "550 not local sender over smtp",
    // Nodemailer's wording around the MAIL FROM reply.
    "Mail command failed: 550 not local sender over smtp",
  ])("reads %s as a sender address the account may not use", async (text) => {
    const d = await diagnose(text);
    expect(d.overall.cause).toBe("sender-address-invalid");
    expect(d.recipients[0]?.evidence.map((e) => e.ruleId)).toContain(
      "mailru.not-local-sender-over-smtp",
    );
  });
});

// Openwave InterMail's own notice (./intermail.ts): a phone's text-message address whose owner
// turned e-mail off is refused by the recipient's own setting.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

describe("InterMail's notice", () => {
  it("reads a text-message address that takes no e-mail as the recipient side's policy", async () => {
    const d = await diagnose(
      [
        "This Message was undeliverable due to the following reason:",
        "",
        "<5135550100@example.net> has restricted SMS e-mail",
        "",
        "Please reply to <Postmaster@example.net>",
        "if you feel this message to be in error.",
      ].join("\n"),
    );
    expect(d.overall.cause).toBe("sender-policy");
  });
});

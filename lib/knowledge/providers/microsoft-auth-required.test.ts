// Exchange's RESOLVER.RST.AuthRequired: the recipient (a mail-enabled public folder, a group that
// requires authenticated senders) takes mail only from inside its organisation. Microsoft's "Fix
// NDR error 550 5.7.1 in Exchange Online" and KB 2773786 give the two lines below; the fix is the
// recipient admin's, so it reads sender-policy, not relay-denied (the sender did not try to relay)
// nor authentication-failure (no SPF, DKIM or DMARC check is named).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("Exchange's RESOLVER.RST.AuthRequired", () => {
  it.each([
    "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
    "Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'",
    [
      "Delivery has failed to these recipients or groups:",
      "",
      "team@example.org",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: mail.example.org",
      "",
      "team@example.org",
      "#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##",
      "",
    ].join("\n"),
  ])("%s reads sender-policy", async (text) => {
    expect(await causeOf(text)).toBe("sender-policy");
  });
});

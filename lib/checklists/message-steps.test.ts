import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";

function readyTexts(cause: CauseId, o: Parameters<typeof makeDiagnosis>[0] = {}, codes = false) {
  const diagnosis = makeDiagnosis({ cause, from: "Alice <alice@acme.test>", ...o });
  if (codes)
    diagnosis.parsed.providerCodes = [
      {
        provider: "microsoft",
        code: "RESOLVER.RST.RestrictedToRecipientsPermission",
        span: { start: 0, end: 1 },
      },
    ];
  const list = buildChecklist(makeFacts({ diagnosis }), [{ cause, confidence: 0.9 }]);
  return list.causes.flatMap((s) => s.items).flatMap((i) => (i.message ? [i.message.body] : []));
}

describe("allow-list ready texts", () => {
  // An allow entry for a sender domain lets through anything that claims it; the fix for these
  // causes is on the sender's side (or the listing's), never the receiver's allow-list.
  it.each<CauseId>([
    "content-spam",
    "domain-blocklisted",
    "relay-denied",
    "sender-address-invalid",
  ])("%s hands over no allow-list request", (cause) => {
    for (const body of readyTexts(cause)) expect(body).not.toMatch(/allow|accept mail from/i);
  });

  it("sender-policy asks to allow the sender's address, never a domain", () => {
    const [body] = readyTexts("sender-policy");
    expect(body).toContain("add my address, alice@acme.test, to the senders they accept mail from");
    expect(body).not.toMatch(/allow mail from|my domain|acme\.test \(/);
  });

  it("Microsoft's 5.7.129 asks to be put on the recipient's list of accepted senders", () => {
    const [body] = readyTexts("sender-policy", { recipient: "team@contoso.test" }, true);
    expect(body).toContain(
      "add my address, alice@acme.test, to the list of senders team@contoso.test accepts mail from",
    );
  });

  it("with no sender address known it never writes a placeholder", () => {
    const [body] = readyTexts("sender-policy", { from: null });
    expect(body).toContain("the address my message came from");
    expect(body).not.toMatch(/my domain|your domain/);
  });
});

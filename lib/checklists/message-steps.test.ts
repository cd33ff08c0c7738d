import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { done, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist, buildConclusionChecklist } from "./build";

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

describe("the address-confirmation text where no server answered (M8)", () => {
  const delayed = () => {
    const diagnosis = makeDiagnosis({
      cause: "remote-unreachable",
      recipient: "bob@remote.test",
      replyCode: null,
    });
    diagnosis.overall.delayNotice = {
      ruleId: "test.delay",
      note: "The server is still trying.",
      source: "RFC 3464",
      spans: [],
      until: null,
    };
    return diagnosis;
  };

  it("a delay notice hands over no 'came back as undeliverable' text", () => {
    const list = buildChecklist(makeFacts({ diagnosis: delayed() }), [
      { cause: "remote-unreachable", confidence: 0.7 },
    ]);
    const items = list.causes.flatMap((s) => s.items);
    expect(items.find((i) => i.id.endsWith(".message-address"))).toBeUndefined();
    for (const i of items) expect(i.message?.body ?? "").not.toContain("undeliverable");
  });

  it("an unreachable server whose domain takes mail: no address to confirm", () => {
    const diagnosis = makeDiagnosis({
      cause: "remote-unreachable",
      recipient: "bob@remote.test",
      replyCode: null,
    });
    const facts = makeFacts({
      diagnosis,
      checks: { "recipient-domain:remote.test": done("remote.test", "domain", ["mx.ok"]) },
    });
    const items = buildChecklist(facts, [
      { cause: "remote-unreachable", confidence: 0.9 },
    ]).causes.flatMap((s) => s.items);
    expect(items.find((i) => i.id.endsWith(".message-address"))).toBeUndefined();
    // Without the check, the address may be what is wrong: the text stays.
    const unchecked = buildChecklist(makeFacts({ diagnosis }), [
      { cause: "remote-unreachable", confidence: 0.9 },
    ]).causes.flatMap((s) => s.items);
    expect(unchecked.find((i) => i.id.endsWith(".message-address"))).toBeDefined();
  });

  it("tell-apart steps speak of no refusal when no server answered", () => {
    const diagnosis = delayed();
    const held = (cause: CauseId, confidence: number) =>
      ({ cause, confidence, support: "bounce", why: "" }) as const;
    const list = buildConclusionChecklist(makeFacts({ diagnosis }), [
      held("remote-unreachable", 0.4),
      held("ip-blocklisted", 0.3),
      held("sender-policy", 0.3),
    ]);
    const first = list.causes
      .flatMap((s) => s.items)
      .filter((i) => i.id.startsWith("unknown.first."));
    expect(first.map((i) => i.id)).toEqual(
      expect.arrayContaining(["unknown.first.ip-blocklisted", "unknown.first.sender-policy"]),
    );
    for (const i of first) expect(i.detail).not.toMatch(/explains the refusal|refuses it\b/);
  });
});

describe("the remote-server-error step, also a tell-apart step (M3)", () => {
  it("words the server's fault as a condition, never as what the server reported", () => {
    const items = buildChecklist(makeFacts({ diagnosis: makeDiagnosis({ cause: "unknown" }) }), [
      { cause: "remote-server-error", confidence: 0.2 },
    ]).causes.flatMap((s) => s.items);
    const retry = items.find((i) => i.id === "remote-server-error.retry");
    expect(retry?.detail).toMatch(/^If the receiving server had a temporary fault/);
    expect(retry?.detail).not.toMatch(/reported its own failure/);
  });
});

describe("a recipient the bounce does not name (W1)", () => {
  it("steps say 'the recipient's address', never 'your address'", () => {
    const items = buildChecklist(
      makeFacts({ diagnosis: makeDiagnosis({ cause: "recipient-unknown", recipient: null }) }),
      [{ cause: "recipient-unknown", confidence: 0.9 }],
    ).causes.flatMap((s) => s.items);
    const compare = items.find((i) => i.id === "recipient-unknown.compare");
    expect(compare?.detail).toMatch(/^Check the recipient's address against/);
    for (const i of items) expect(`${i.title} ${i.detail}`).not.toMatch(/your address\b(?! book)/);
  });
});

describe("a host name on a sending domain nobody named", () => {
  it("never reads 'mail.your domain'", () => {
    const items = buildChecklist(
      makeFacts({ diagnosis: makeDiagnosis({ cause: "reverse-dns", ips: ["192.0.2.1"] }) }),
      [{ cause: "reverse-dns", confidence: 0.9 }],
    ).causes.flatMap((s) => s.items);
    const forward = items.find((i) => i.id === "reverse-dns.forward");
    expect(forward?.detail).toContain("(say mail. followed by your domain)");
    for (const i of items) expect(i.detail).not.toMatch(/\.your domain/);
  });
});

describe("who acts on a complaint report (M12)", () => {
  it("names the sender, who must stop mailing that address; a delivery report stays 'Nobody'", () => {
    const arf = makeDiagnosis({ cause: "not-a-bounce" });
    arf.overall.evidence = [
      { ruleId: "format.arf", note: "A feedback report.", source: "RFC 5965", spans: [] },
    ];
    const [section] = buildChecklist(makeFacts({ diagnosis: arf }), [
      { cause: "not-a-bounce", confidence: 0.97 },
    ]).causes;
    expect(section?.actorLabel).toBe("You (the sender): stop mailing that address");
    const [plain] = buildChecklist(
      makeFacts({ diagnosis: makeDiagnosis({ cause: "not-a-bounce" }) }),
      [{ cause: "not-a-bounce", confidence: 0.97 }],
    ).causes;
    expect(plain?.actorLabel).toBe("Nobody");
  });
});

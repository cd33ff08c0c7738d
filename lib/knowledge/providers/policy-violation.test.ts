// Cloudmark Gateway's "<session id> policy violation" from a provider's own outgoing server: Aruba
// reads it as a sending limit (aruba.ts), Forpsi's articles as a sending limit for some blocks and
// as distrust of the sender for others (forpsi.ts). Alone it leaves both possible
// (scoring/possibility-wordings.ts cloudmark.policy-violation); the provider's host or Forpsi's
// article link decides.
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

/** A Postfix bounce quoting the reply of a host of `domain`. */
const bounceFrom = (domain: string, reply: string) =>
  [
    "This is the mail system at host mail.sender.example.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    `<bob@recipient.example>: host smtp.${domain}[192.0.2.25] said: ${reply} (in reply to MAIL FROM command)`,
  ].join("\n");

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("Cloudmark's policy violation", () => {
  it.each([
    "X.X.X iemL1p01Z0hMcT901emQ77 policy violation",
    "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation",
  ])("alone names neither reading and ranks both: %s", async (text) => {
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["rate-limited", "bad-reputation"]);
  });

  it("from Aruba's own server reads Aruba's sending limit", async () => {
    const r = await reading(
      bounceFrom("aruba.it", "550 5.7.0 iemL1p01Z0hMcT901emQ77 policy violation"),
    );
    expect(r.cause).toBe("rate-limited");
  });

  it.each([
    ["a3900", "rate-limited"],
    ["a4656", "bad-reputation"],
  ])("with Forpsi's article %s reads the article's reason", async (article, cause) => {
    const r = await reading(
      `550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/${article}`,
    );
    expect(r.cause).toBe(cause);
  });

  it("without Forpsi's tables, Forpsi's spam-pattern block is not read as a sending limit", async () => {
    leaveOutProvidersForEvaluation(["forpsi"]);
    const r = await reading(
      "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4656",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toContain("bad-reputation");
  });
});

describe("Cox's too many bad commands", () => {
  it("reads the client's bad commands, with Cox's table and without it", async () => {
    const text = "421 cox too many bad commands from 192.0.2.1";
    expect((await reading(text)).cause).toBe("protocol-syntax");
    leaveOutProvidersForEvaluation(["cox"]);
    expect((await reading(text)).cause).toBe("protocol-syntax");
  });
});

// Words that providers' tables read differently. Cloudmark Gateway's "<session id> policy
// violation" from a provider's own outgoing server: Aruba reads it as a sending limit (aruba.ts),
// Forpsi's articles as a sending limit for some blocks and as distrust of the sender for others
// (forpsi.ts). "The very low reputation of the sending domain": Gmail's own judgement
// (bad-reputation), ImprovMX's "(Code 2)" listing on a domain blocklist (domain-blocklisted). Alone,
// such words leave both readings possible (scoring/possibility-wordings.ts); the provider's host,
// code or article link decides. Cox's "too many bad commands" is no disagreement: Cox's page gives
// the client's bad commands as the reason, as every server writing the words means.
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

describe("the sending domain's very low reputation", () => {
  const GMAIL =
    "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.";
  const IMPROVMX =
    "551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2).";

  it("reads each provider's own reading where its table applies", async () => {
    expect((await reading(GMAIL)).cause).toBe("bad-reputation");
    expect((await reading(IMPROVMX)).cause).toBe("domain-blocklisted");
  });

  it.each([
    ["google", GMAIL],
    ["improvmx", IMPROVMX],
  ])("without %s's table leaves the judgement and the listing ranked", async (provider, text) => {
    leaveOutProvidersForEvaluation([provider]);
    const r = await reading(text);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["bad-reputation", "domain-blocklisted"]);
  });

  it("still reads the sending IP's low reputation as the receiver's judgement", async () => {
    leaveOutProvidersForEvaluation(["google"]);
    const r = await reading(
      "421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
    );
    expect(r.cause).toBe("bad-reputation");
  });
});

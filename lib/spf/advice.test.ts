// The advice a user follows must never make mail that passes (or is let through) today fail:
// each case below is a record the fixture DNS really serves, evaluated as receivers would.
import { describe, expect, it } from "vitest";
import { evaluateSpf } from "./evaluate";
import { withSpfFixtureDns } from "./testing/spf-fixture-dns";

const dns = withSpfFixtureDns();

async function adviceFor(domain: string, ip: string | null): Promise<string> {
  const e = await evaluateSpf({ ip, sender: `alice@${domain}`, helo: domain }, dns.client());
  return e.advice.join(" ");
}

describe("SPF advice never breaks mail that works today", () => {
  it('"+all": list the senders first, then "~all"; "-all" only once each passes', async () => {
    const advice = await adviceFor("spf-plusall.example", "203.0.113.66");
    expect(advice).toMatch(/First list every service that sends as spf-plusall\.example/);
    expect(advice).toMatch(/then end the record with "~all"/);
    expect(advice).toMatch(/"-all" only once/);
    // The old advice offered "-all" as the immediate replacement.
    expect(advice).not.toMatch(/End the record with "-all" or "~all" instead/);
  });

  it("no all: waits for every sender to be listed before any ending that refuses", async () => {
    const advice = await adviceFor("spf-noall.example", "203.0.113.66");
    expect(advice).toMatch(/Once every service that sends as spf-noall\.example is listed/);
    expect(advice).not.toMatch(/with "-all" \(or "~all" while testing\)/);
  });

  it("no record: the example to publish ends in ~all, not -all", async () => {
    const advice = await adviceFor("spf-missing.example", "203.0.113.66");
    expect(advice).toMatch(/"v=spf1 include:<your provider> ~all"/);
    expect(advice).not.toMatch(/include:<your provider> -all/);
  });

  it("several records: keep every mechanism and the softest all, edit one and delete the rest", async () => {
    const advice = await adviceFor("spf-multiple.example", "203.0.113.66");
    expect(advice).toMatch(/every mechanism of all of them/);
    expect(advice).toMatch(/the softest of theirs/);
    expect(advice).toMatch(/then delete the others/);
  });

  it("ptr: find the servers it lets through before removing it", async () => {
    const advice = await adviceFor("spf-ptr.example", "203.0.113.66");
    expect(advice).toMatch(/First find which of your servers it lets through/);
  });

  it("an unlisted IP is added beside what is there, within the lookup limit", async () => {
    const advice = await adviceFor("spf-pass.example", "203.0.113.66");
    expect(advice).toMatch(/keeping every term already there: "ip4:203\.0\.113\.66"/);
    expect(advice).toMatch(/stays within 10/);
  });
});

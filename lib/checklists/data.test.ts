// The data steps that change a DNS name, a server setting or the way mail leaves say what to
// check first, so that following them breaks no mail that is delivered today.
import { describe, expect, it } from "vitest";
import type { ItemTemplate } from "./types";
import { CAUSE_CHECKLISTS, HOSTED_REVERSE_DNS_STEPS, IP_LISTING_STEPS } from "./data";

function step(id: string): string {
  const all: ItemTemplate[] = [
    ...Object.values(CAUSE_CHECKLISTS).flat(),
    ...Object.values(IP_LISTING_STEPS).flat(),
    ...HOSTED_REVERSE_DNS_STEPS,
  ];
  const t = all.find((x) => !("generate" in x) && x.id === id);
  if (!t || "generate" in t) throw new Error(`no step ${id}`);
  return t.detail;
}

describe("data steps never risk mail that works today", () => {
  it("a forward name for the PTR never takes over a name in use (mail.{domain} is often the MX)", () => {
    expect(step("reverse-dns.forward")).toMatch(
      /already points to another address, leave it alone/,
    );
  });

  it("the HELO name changes only once it resolves", () => {
    expect(step("reverse-dns.helo")).toMatch(/only once that name answers in DNS with \{ip\}/);
  });

  it("MX records are published only where there are none, never changed", () => {
    const detail = step("sender-address-invalid.domain");
    expect(detail).toMatch(/If \{domain\} has no MX record, publish one/);
    expect(detail).toMatch(/If it has MX records, leave them as they are/);
  });

  it("a new From address must be one SPF or DKIM covers", () => {
    expect(step("sender-address-invalid.from")).toMatch(
      /lists the application's server in its SPF/,
    );
  });

  it("outgoing TLS is opportunistic, not required for every receiver", () => {
    expect(step("tls-required.enable")).toMatch(/opportunistic .*not required for every receiver/);
  });

  it("a switch to the provider's relay adds the relay to SPF first", () => {
    expect(step("ip-blocklisted.use-relay")).toMatch(
      /Before you switch, add that server to \{domain\}'s SPF/,
    );
  });
});

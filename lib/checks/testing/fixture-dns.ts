// Test helper: the loopback fixture DNS server with the checks' zones. No stubbed lookups:
// every answer crosses a socket.

import { fixtureDnsSuite, type FixtureDns } from "@/lib/dns/testing/fixture-dns-suite";
import { checksZone } from "@/lib/dns/testing/zones/checks";

/** Each client is fresh (no cache shared between tests), with a short timeout so timeouts stay quick. */
export function fixtureDnsForSuite(): FixtureDns {
  return fixtureDnsSuite([checksZone], { timeoutMs: 250, tries: 1, cache: false });
}

export function codes(findings: { code: string }[]): string[] {
  return findings.map((f) => f.code);
}

// Test helper: the loopback fixture DNS server serving the SPF zones, and real clients
// pointed at it. Every answer crosses a socket; nothing is stubbed.

import { fixtureDnsSuite, type FixtureDns } from "@/lib/dns/testing/fixture-dns-suite";
import { spfZone } from "@/lib/dns/testing/zones/spf";

export function withSpfFixtureDns(): Pick<FixtureDns, "client" | "server"> {
  // Short timeout: the zones have names that never answer.
  return fixtureDnsSuite([spfZone], { timeoutMs: 300, tries: 1, cache: true });
}

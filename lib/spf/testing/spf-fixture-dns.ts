// Test helper: the real loopback fixture DNS server serving the SPF zones, and real clients
// pointed at it. Every answer crosses a socket; nothing is stubbed.

import { afterAll, beforeAll } from "vitest";
import { createDnsClient, type CachingDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { spfZone } from "@/lib/dns/testing/zones/spf";

export function withSpfFixtureDns(): { client(): CachingDnsClient; server(): FixtureDnsServer } {
  let server: FixtureDnsServer | undefined;
  beforeAll(async () => {
    server = await startFixtureDnsServer({ port: 0, zones: [spfZone] });
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = () => {
    if (!server) throw new Error("fixture DNS server not started");
    return server;
  };
  return {
    server: get,
    // Short timeout: the zones have names that never answer.
    client: () => createDnsClient({ servers: [`127.0.0.1:${get().port}`], timeoutMs: 300, tries: 1, cache: true }),
  };
}

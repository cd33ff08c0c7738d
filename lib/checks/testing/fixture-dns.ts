// Test helper: the real loopback fixture DNS server with the checks' zones, and a real
// client pointed at it. No stubbed lookups: every answer crosses a socket.

import { afterAll, beforeAll } from "vitest";
import { createDnsClient, type CachingDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { checksZone } from "@/lib/dns/testing/zones/checks";

export interface FixtureDns {
  server(): FixtureDnsServer;
  servers(): string[];
  /** A fresh client (no cache shared between tests), short timeout so timeouts stay quick. */
  client(): CachingDnsClient;
}

export function fixtureDnsForSuite(): FixtureDns {
  let server: FixtureDnsServer | undefined;
  beforeAll(async () => {
    server = await startFixtureDnsServer({ port: 0, zones: [checksZone] });
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = () => {
    if (!server) throw new Error("fixture DNS server not started");
    return server;
  };
  const servers = () => [`127.0.0.1:${get().port}`];
  return {
    server: get,
    servers,
    client: () => createDnsClient({ servers: servers(), timeoutMs: 250, tries: 1, cache: false }),
  };
}

export function codes(findings: { code: string }[]): string[] {
  return findings.map((f) => f.code);
}

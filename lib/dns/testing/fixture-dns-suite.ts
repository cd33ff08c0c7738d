// Test helper: the real loopback fixture DNS server for one test file (started before its
// tests, closed after), and real clients pointed at it. Every answer crosses a socket.

import { afterAll, beforeAll } from "vitest";
import { createDnsClient, type CachingDnsClient, type DnsClientOptions } from "@/lib/dns/client";
import { startFixtureDnsServer, type FixtureDnsServer } from "./fixture-server";
import type { FixtureZone } from "./zone-types";

export interface FixtureDns {
  server(): FixtureDnsServer;
  servers(): string[];
  /** A new client with `clientOptions`, pointed at the server. */
  client(): CachingDnsClient;
}

export function fixtureDnsSuite(
  zones: FixtureZone[],
  clientOptions: Omit<DnsClientOptions, "servers"> = {},
): FixtureDns {
  let server: FixtureDnsServer | undefined;
  beforeAll(async () => {
    server = await startFixtureDnsServer({ port: 0, zones });
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
    client: () => createDnsClient({ ...clientOptions, servers: servers() }),
  };
}

import { startFixtureDnsServer } from "../lib/dns/testing/fixture-server";
import { allZones } from "../lib/dns/testing/zones";

// Starts the loopback fixture DNS server that playwright.config.ts points the app at
// (DNS_SERVER=127.0.0.1:<E2E_DNS_PORT>). Playwright calls the returned function at teardown.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startFixtureDnsServer({
    port: Number(process.env.E2E_DNS_PORT ?? 5390),
    host: "127.0.0.1",
    zones: allZones,
  });
  return () => server.close();
}

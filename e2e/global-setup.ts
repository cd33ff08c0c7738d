import { startFixtureDnsServer } from "../lib/dns/testing/fixture-server";
import { allZones } from "../lib/dns/testing/zones";
import { startContentFilter, type RunningFilter } from "../scripts/content-filter";

// Starts the loopback fixture DNS server that playwright.config.ts points the app at
// (DNS_SERVER=127.0.0.1:<E2E_DNS_PORT>), and the content filter (Rspamd with config/rspamd,
// CONTENT_FILTER_URL=127.0.0.1:<E2E_FILTER_PORT>) asking that same DNS server. Playwright calls
// the returned function at teardown.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dnsPort = Number(process.env.E2E_DNS_PORT ?? 5390);
  const server = await startFixtureDnsServer({
    port: dnsPort,
    host: "127.0.0.1",
    zones: allZones,
  });
  let filter: RunningFilter | null = null;
  try {
    filter = await startContentFilter({
      port: Number(process.env.E2E_FILTER_PORT ?? 11334),
      dnsServer: `127.0.0.1:${dnsPort}`,
    });
  } catch (error) {
    // The other journeys do not need it; the content journey then fails on "could not review".
    console.warn(
      `Content filter not started (${error instanceof Error ? error.message : String(error)}); install rspamd (bash scripts/test-all.sh does).`,
    );
  }
  return async () => {
    await filter?.stop();
    await server.close();
  };
}

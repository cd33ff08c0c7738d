// The real filter for a test file: the loopback fixture DNS server (which lists
// listed-domain.test on the domain blocklists) and Rspamd started against it with the
// repository's configuration. Each test file passes its own port in 11335-11339, so files that
// Vitest runs side by side do not collide.

import { startContentFilter, type RunningFilter } from "../../../scripts/content-filter";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { allZones } from "@/lib/dns/testing/zones";

export interface FilterFixture {
  filter: RunningFilter;
  dns: FixtureDnsServer;
  stop(): Promise<void>;
}

export async function startFilterFixture(port: number): Promise<FilterFixture> {
  const dns = await startFixtureDnsServer({ port: 0, host: "127.0.0.1", zones: allZones });
  try {
    const filter = await startContentFilter({ port, dnsServer: `127.0.0.1:${dns.port}` });
    return {
      filter,
      dns,
      stop: async () => {
        await filter.stop();
        await dns.close();
      },
    };
  } catch (error) {
    await dns.close();
    throw new Error(
      `The content tests need Debian's rspamd (bash scripts/test-all.sh installs it): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

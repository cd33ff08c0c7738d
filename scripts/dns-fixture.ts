// `npm run dns:fixture -- --port 5353 [--host 127.0.0.1] [--delay 50]`
// Serves every fixture zone (lib/dns/testing/zones) on loopback, UDP and TCP, until Ctrl-C.
// Point the app or dig at it: DNS_SERVER=127.0.0.1:5353, `dig -p 5353 @127.0.0.1 ...`.

import { parseArgs } from "node:util";
import { startFixtureDnsServer } from "../lib/dns/testing/fixture-server";
import { allZones } from "../lib/dns/testing/zones";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "5353" },
      host: { type: "string", default: "127.0.0.1" },
      delay: { type: "string", default: "0" },
    },
  });
  const port = Number(values.port);
  const delay = Number(values.delay);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`bad --port: ${values.port}`);
  if (!Number.isFinite(delay) || delay < 0) throw new Error(`bad --delay: ${values.delay}`);
  const server = await startFixtureDnsServer({
    port,
    host: values.host,
    zones: allZones,
    globalDelayMs: delay,
  });
  const names = allZones.reduce((n, z) => n + Object.keys(z.records).length, 0);
  console.log(
    `Fixture DNS on ${values.host}:${server.port} (UDP+TCP), ${names} names${delay ? `, +${delay} ms per answer` : ""}.`,
  );
  console.log(
    `Try: dig -p ${server.port} @${values.host} -x 192.0.2.1   |   DNS_SERVER=${values.host}:${server.port}`,
  );
  const stop = () => {
    console.log(`\nStopping (${server.queryCount()} queries answered).`);
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

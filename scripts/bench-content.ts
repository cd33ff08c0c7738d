// `npm run -s bench:content -- DIR`: reviews every message of a folder (.eml files, e.g.
// ../shared/corpus/sisimai-dev/emails or lib/content/__fixtures__) with the real filter, started
// for the run against the loopback fixture DNS server, and prints the time per message (the
// whole review: message extraction, filter, attachments, linked-domain lookups) and the
// filter's memory. Last line: `median M p95 P rss-mb R` (milliseconds; goal p95 < 300 ms).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createDnsClient } from "../lib/dns/client";
import { reviewContent } from "../lib/content/review";
import { startFilterFixture } from "../lib/content/testing/filter-fixture";
import { filterRssMb } from "./content-filter";

const PORT = 11338;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: npm run -s bench:content -- DIR");
    return 2;
  }
  if (!existsSync(dir)) {
    console.log(`${dir} is absent: nothing to measure (skipped).`);
    return 0;
  }
  const files = readdirSync(dir)
    .filter((f) => /\.(eml|txt|msg)$/i.test(f) && statSync(join(dir, f)).isFile())
    .sort();
  const fixture = await startFilterFixture(PORT);
  const options = {
    filter: { url: fixture.filter.url, timeoutMs: 5000 },
    dns: createDnsClient({ servers: [`127.0.0.1:${fixture.dns.port}`], timeoutMs: 500, tries: 1 }),
  };
  const times: number[] = [];
  const filterTimes: number[] = [];
  let refused = 0;
  let unreviewed = 0;
  try {
    // One warm-up message: the first task loads the filter's lazily built maps.
    if (files[0]) await reviewContent(readFileSync(join(dir, files[0])), options).catch(() => 0);
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      const start = performance.now();
      try {
        const review = await reviewContent(bytes, options);
        times.push(performance.now() - start);
        if (review.status === "reviewed") filterTimes.push(review.filterMs);
        else unreviewed++;
      } catch {
        // Input the review refuses (a bounce with no copy of the message, not a message).
        refused++;
      }
    }
    const rss = filterRssMb(fixture.filter.pid);
    times.sort((a, b) => a - b);
    filterTimes.sort((a, b) => a - b);
    const r = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `${files.length} files: ${times.length} reviewed (${unreviewed} could not be reviewed), ${refused} refused as input (no copy of the sent message, or not a message)`,
    );
    console.log(
      `filter's own time per message: median ${r(percentile(filterTimes, 50))} ms, p95 ${r(percentile(filterTimes, 95))} ms`,
    );
    console.log(`median ${r(percentile(times, 50))} p95 ${r(percentile(times, 95))} rss-mb ${rss}`);
  } finally {
    await fixture.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

// npm run -s test:spf-suite -- FILE [--filter TEXT] [--no-prefetch]
//
// Runs the OpenSPF RFC 7208 suite through the app's evaluateSpf(), with each scenario's zone
// data served by the loopback DNS server; prints each failure and, last, "N passed, M failed".
//
// The DNS client is a server module guarded by "server-only", which resolves to an empty module
// only under the "react-server" export condition: re-run this script under it when needed.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const CONDITION = "--conditions=react-server";

function underServerCondition(): boolean {
  return (
    process.execArgv.includes(CONDITION) || (process.env.NODE_OPTIONS ?? "").includes(CONDITION)
  );
}

async function main(argv: string[]): Promise<number> {
  if (!underServerCondition()) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, CONDITION, ...process.argv.slice(1)],
      { stdio: "inherit" },
    );
    return child.status ?? 1;
  }
  const args = [...argv];
  const filterAt = args.indexOf("--filter");
  const filter = filterAt >= 0 ? args.splice(filterAt, 2)[1] : undefined;
  const noPrefetchAt = args.indexOf("--no-prefetch");
  if (noPrefetchAt >= 0) args.splice(noPrefetchAt, 1);
  const file = args[0];
  if (!file) {
    console.error("usage: npm run -s test:spf-suite -- FILE [--filter TEXT] [--no-prefetch]");
    return 2;
  }
  const { runSpfSuite } = await import("../lib/spf/conformance");
  const report = await runSpfSuite(readFileSync(file, "utf8"), {
    filter,
    evaluate: { prefetch: noPrefetchAt < 0 },
  });
  for (const f of report.failures) {
    console.log(`FAIL ${f.scenario} / ${f.test}: expected ${f.expected}, got ${f.got}`);
    console.log(`     ${f.reason}`);
  }
  console.error(`(${(report.elapsedMs / 1000).toFixed(1)} s)`);
  console.log(`${report.passed} passed, ${report.failed} failed`);
  return report.failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

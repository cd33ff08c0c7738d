// A full check of one sending IP: reverse DNS (PTR, forward confirmation, generic names) and
// the IP blocklists, at once, behind the per-request lookup bound. Server-only.

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkIpBlocklists } from "./blocklists";
import { maxLookupsFromEnv, withLookupBudget } from "./lookup-budget";
import { checkReverseDns } from "./reverse-dns";
import type { CheckReport } from "./types";

export async function checkIp(
  ip: string,
  dns: DnsClient,
  opts: { maxLookups?: number } = {},
): Promise<CheckReport> {
  const checkedAt = new Date().toISOString();
  const budget = withLookupBudget(dns, opts.maxLookups ?? maxLookupsFromEnv());
  const [reverseDns, blocklists] = await Promise.all([
    checkReverseDns(ip, budget.dns),
    checkIpBlocklists(ip, budget.dns),
  ]);
  return {
    subject: ip,
    kind: "ip",
    checkedAt,
    findings: [...reverseDns, ...blocklists],
    lookups: budget.count(),
  };
}

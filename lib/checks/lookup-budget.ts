// A per-request bound on DNS lookups. One check request fans out into many queries (DKIM
// selector probe, MX hosts, SPF includes, blocklists); a hostile or broken domain must not
// make one request cost an unbounded number of them. Beyond the bound a lookup is not sent
// and answers as an error, so the check that needed it reports "could not check" with the
// reason instead of guessing.

import { normaliseName } from "@/lib/dns/names";
import type { DnsClient, DnsResult, RecordMap, RecordType } from "@/lib/dns/types";

/** Default bound; override with CHECK_MAX_LOOKUPS. Sized for a full domain + IP check
 *  (~25 DKIM selectors, SPF's 10 + void, up to 10 MX hosts × 3, the blocklists) with room. */
export const DEFAULT_MAX_LOOKUPS = 200;

export function maxLookupsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.CHECK_MAX_LOOKUPS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_LOOKUPS;
}

export interface BudgetedDns {
  dns: DnsClient;
  /** Distinct lookups sent so far (repeats within the request are shared, not re-sent). */
  count(): number;
  /** Lookups refused because the bound was reached. */
  refused(): number;
  readonly max: number;
}

export const BUDGET_EXHAUSTED_MESSAGE =
  "the limit on DNS lookups for one check request was reached";

export function withLookupBudget(inner: DnsClient, max: number): BudgetedDns {
  const memo = new Map<string, Promise<DnsResult<unknown>>>();
  let sent = 0;
  let refused = 0;
  const dns: DnsClient = {
    query<T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordMap[T]>> {
      // The client's own normalisation: "Example.COM." and "example.com" are one lookup.
      const key = `${type} ${normaliseName(name)}`;
      const known = memo.get(key);
      if (known) return known as Promise<DnsResult<RecordMap[T]>>;
      if (sent >= max) {
        refused += 1;
        return Promise.resolve({
          status: "error",
          kind: "other",
          message: `${BUDGET_EXHAUSTED_MESSAGE} (${max})`,
        });
      }
      sent += 1;
      const pending = inner.query(name, type);
      memo.set(key, pending as Promise<DnsResult<unknown>>);
      return pending;
    },
  };
  return { dns, count: () => sent, refused: () => refused, max };
}

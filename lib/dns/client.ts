import "server-only";
import { Resolver } from "node:dns/promises";
import { normaliseName } from "./names";
import { isSendableName, rawQuery } from "./raw-query";
import type { DnsClient, DnsErrorKind, DnsResult, RecordMap, RecordType } from "./types";

// The one DNS client every check uses: Node's resolver (c-ares) with a timeout and retries per
// query, servers from configuration, a TTL-honouring cache and in-flight de-duplication.
//
// TTLs: Node reports TTLs only for A and AAAA ({ ttl: true }). For the other types the cache
// keeps an answer for `fallbackTtlSeconds` (default 60 s, capped by nothing shorter we could
// know): short enough that a fix the user just published shows on the next check a minute
// later, long enough that one diagnosis never asks the same question twice. Negative answers
// (NXDOMAIN, NODATA) are kept `negativeTtlSeconds` (default 30 s; RFC 2308 §5 would take the
// SOA minimum, which c-ares does not hand back). Errors (timeout, SERVFAIL...) are never
// cached: the next check asks again.

export interface DnsClientOptions {
  /** "host" or "host:port" ("[v6]:port"); default: env DNS_SERVER (comma-separated), else the system's. */
  servers?: string[];
  /** Per try; c-ares doubles it on each retry. Default 1500 ms (env DNS_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Attempts per query (per server). Default 2 (env DNS_TRIES). */
  tries?: number;
  /** Default true. */
  cache?: boolean;
  fallbackTtlSeconds?: number;
  negativeTtlSeconds?: number;
  /** Upper bound on any cached TTL. Default 3600 s. */
  maxTtlSeconds?: number;
  /** Entries kept before the oldest are dropped (a long-running server must not grow). Default 10000. */
  maxEntries?: number;
}

export interface DnsClientStats {
  /** Queries handed to the resolver (after cache and de-duplication). */
  sent: number;
  cacheHits: number;
  /** Calls that joined an identical query already in flight. */
  deduped: number;
}

export type CachingDnsClient = DnsClient & { stats(): DnsClientStats; clearCache(): void };

type AnyResult = DnsResult<RecordMap[RecordType]>;

/** Node/c-ares error codes -> what they mean for a check. */
const ERROR_KINDS: Record<string, DnsErrorKind> = {
  ESERVFAIL: "servfail",
  ETIMEOUT: "timeout",
  EREFUSED: "refused",
  ECONNREFUSED: "network",
  ECONNRESET: "network",
  EFORMERR: "malformed",
  EBADRESP: "malformed",
};

export function parseServerList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function positiveNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Map a rejected resolver call to a DnsResult; NXDOMAIN and NODATA are answers, not errors. */
export function mapResolverError(err: unknown): AnyResult {
  const code =
    typeof err === "object" && err !== null && "code" in err
      ? String((err as { code: unknown }).code)
      : "";
  if (code === "ENOTFOUND") return { status: "nxdomain" };
  if (code === "ENODATA") return { status: "nodata" };
  const message = err instanceof Error ? err.message : String(err);
  return {
    status: "error",
    kind: ERROR_KINDS[code] ?? "other",
    message: code ? `${code}: ${message}` : message,
  };
}

async function ask(
  resolver: Resolver,
  name: string,
  type: RecordType,
): Promise<{ records: RecordMap[RecordType][]; ttl?: number }> {
  switch (type) {
    case "A":
    case "AAAA": {
      const rows =
        type === "A"
          ? await resolver.resolve4(name, { ttl: true })
          : await resolver.resolve6(name, { ttl: true });
      return {
        records: rows.map((r) => r.address),
        ttl: rows.reduce((min, r) => Math.min(min, r.ttl), Infinity),
      };
    }
    case "MX":
      return {
        records: (await resolver.resolveMx(name)).map((m) => ({
          exchange: m.exchange,
          priority: m.priority,
        })),
      };
    case "TXT":
      return { records: await resolver.resolveTxt(name) };
    case "CNAME":
      return { records: await resolver.resolveCname(name) };
    case "PTR":
      return { records: await resolver.resolvePtr(name) };
    case "NS":
      return { records: await resolver.resolveNs(name) };
    case "SOA": {
      const soa = await resolver.resolveSoa(name);
      return {
        records: [
          {
            nsname: soa.nsname,
            hostmaster: soa.hostmaster,
            serial: soa.serial,
            minttl: soa.minttl,
          },
        ],
      };
    }
  }
}

export function createDnsClient(opts: DnsClientOptions = {}): CachingDnsClient {
  const servers = opts.servers ?? parseServerList(process.env.DNS_SERVER);
  const timeout = opts.timeoutMs ?? positiveNumber(process.env.DNS_TIMEOUT_MS) ?? 1500;
  const tries = opts.tries ?? positiveNumber(process.env.DNS_TRIES) ?? 2;
  const useCache = opts.cache ?? true;
  const fallbackTtl = opts.fallbackTtlSeconds ?? 60;
  const negativeTtl = opts.negativeTtlSeconds ?? 30;
  const maxTtl = opts.maxTtlSeconds ?? 3600;
  const maxEntries = opts.maxEntries ?? 10_000;

  const resolver = new Resolver({ timeout, tries });
  if (servers.length > 0) resolver.setServers(servers);

  const cache = new Map<string, { result: AnyResult; expires: number }>();
  const inFlight = new Map<string, Promise<AnyResult>>();
  const stats: DnsClientStats = { sent: 0, cacheHits: 0, deduped: 0 };

  /** c-ares refuses some legal names (EBADNAME): those go through the raw path. */
  async function askAnyName(
    name: string,
    type: RecordType,
  ): Promise<{ records: RecordMap[RecordType][]; ttl?: number }> {
    try {
      return await ask(resolver, name, type);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code !== "EBADNAME" || !isSendableName(name)) throw err;
      return rawQuery(name, type, {
        servers: servers.length > 0 ? servers : resolver.getServers(),
        timeoutMs: timeout,
        tries,
      });
    }
  }

  async function run(name: string, type: RecordType, key: string): Promise<AnyResult> {
    stats.sent++;
    let result: AnyResult;
    let ttl: number;
    try {
      const answer = await askAnyName(name, type);
      // c-ares resolves a CNAME-only answer (the target has no such record) to an empty list.
      result =
        answer.records.length > 0
          ? { status: "ok", records: answer.records }
          : { status: "nodata" };
      ttl = answer.ttl ?? fallbackTtl;
    } catch (err) {
      result = mapResolverError(err);
      ttl = result.status === "error" ? 0 : negativeTtl;
    }
    ttl = Math.min(ttl, maxTtl);
    if (useCache && ttl > 0) {
      // Map keeps insertion order: the first key is the oldest entry.
      if (cache.size >= maxEntries) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(key, { result, expires: Date.now() + ttl * 1000 });
    }
    return result;
  }

  return {
    query<T extends RecordType>(rawName: string, type: T): Promise<DnsResult<RecordMap[T]>> {
      const name = normaliseName(rawName);
      const key = `${type} ${name}`;
      if (useCache) {
        const hit = cache.get(key);
        if (hit && hit.expires > Date.now()) {
          stats.cacheHits++;
          return Promise.resolve(hit.result as DnsResult<RecordMap[T]>);
        }
        if (hit) cache.delete(key);
      }
      const pending = inFlight.get(key);
      if (pending) {
        stats.deduped++;
        return pending as Promise<DnsResult<RecordMap[T]>>;
      }
      const promise = run(name, type, key).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise as Promise<DnsResult<RecordMap[T]>>;
    },
    stats: () => ({ ...stats }),
    clearCache: () => cache.clear(),
  };
}

const DEFAULT_KEY = Symbol.for("bounce-doctor.default-dns-client");

/** One client (one cache) per server process, configured from the environment. */
export function getDefaultDnsClient(): CachingDnsClient {
  const holder = globalThis as { [DEFAULT_KEY]?: CachingDnsClient };
  holder[DEFAULT_KEY] ??= createDnsClient();
  return holder[DEFAULT_KEY];
}

// Records every lookup that reaches a real DNS client (name, type, start, end, answer) and
// derives which lookups depended on which, for the benchmark's critical path.
//
// Dependency method (data flow, not timing): lookup L depends on an earlier lookup P (P ended
// before L started) when P's answer supplied L's name:
//   1. L's name is a host name that appears in P's answer (MX exchange, PTR target, CNAME
//      target, SPF include:/redirect=/a:/mx:/exists: target);
//   2. L's name is "<x>._report._dmarc.<dest>" and <dest> is a mailto domain in P's answer
//      (DMARC external report authorisation, RFC 7489 §7.1);
//   3. L asks the same name as P with another type and P had records (a question asked only
//      because of P's answer: a DKIM selector's CNAME after its key was found, SPF's bare
//      "a"/"mx" after the domain's SPF record).
// Timing alone ("the latest lookup that ended before L started") would call any lookup the
// implementation needlessly serialised a dependency, and so flatter a slow implementation;
// deriving dependencies from the answers measures against the true floor.

import { recordText } from "@/lib/dns/record-text";
import type { DnsClient, DnsResult, RecordMap, RecordType } from "@/lib/dns/types";

export interface TracedLookup {
  id: number;
  name: string;
  type: RecordType;
  start: number;
  end: number;
  status: DnsResult<unknown>["status"];
  /** Host names and mail domains found in the answer. */
  names: string[];
}

export interface LookupTrace {
  dns: DnsClient;
  lookups(): TracedLookup[];
}

const HOST_TOKEN = /[a-z0-9_](?:[a-z0-9_-]{0,62}\.){1,10}[a-z0-9-]{1,63}/gi;

function answerNames(result: DnsResult<RecordMap[RecordType]>): string[] {
  if (result.status !== "ok") return [];
  const out = new Set<string>();
  for (const record of result.records) {
    const text = recordText(record);
    // Bounded input (one DNS answer); the token pattern has no nested unbounded quantifiers.
    for (const match of text.slice(0, 4096).matchAll(HOST_TOKEN))
      out.add(match[0].toLowerCase().replace(/\.$/, ""));
  }
  return [...out];
}

export function traceLookups(
  inner: DnsClient,
  now: () => number = () => performance.now(),
): LookupTrace {
  const lookups: TracedLookup[] = [];
  let nextId = 0;
  return {
    dns: {
      async query<T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordMap[T]>> {
        const id = nextId++;
        const start = now();
        const result = await inner.query(name, type);
        lookups.push({
          id,
          name: name.toLowerCase(),
          type,
          start,
          end: now(),
          status: result.status,
          names: answerNames(result),
        });
        return result;
      },
    },
    lookups: () => [...lookups].sort((a, b) => a.id - b.id),
  };
}

export function dependsOn(lookup: TracedLookup, earlier: TracedLookup): boolean {
  if (earlier.end > lookup.start) return false;
  if (earlier.names.includes(lookup.name)) return true;
  const report = /\._report\._dmarc\.(.+)$/.exec(lookup.name);
  if (report && earlier.names.includes(report[1] as string)) return true;
  return earlier.name === lookup.name && earlier.type !== lookup.type && earlier.status === "ok";
}

/** Depth of each lookup in the dependency graph (1 = needs nothing), and the longest chain. */
export function criticalPath(lookups: TracedLookup[]): {
  depth: Map<number, number>;
  longest: TracedLookup[];
} {
  const ordered = [...lookups].sort((a, b) => a.start - b.start);
  const depth = new Map<number, number>();
  const via = new Map<number, TracedLookup>();
  for (const lookup of ordered) {
    let best = 0;
    for (const earlier of ordered) {
      if (earlier === lookup || !dependsOn(lookup, earlier)) continue;
      const d = depth.get(earlier.id) ?? 1;
      if (d > best) {
        best = d;
        via.set(lookup.id, earlier);
      }
    }
    depth.set(lookup.id, best + 1);
  }
  let tail: TracedLookup | undefined;
  for (const lookup of ordered)
    if (!tail || (depth.get(lookup.id) ?? 0) > (depth.get(tail.id) ?? 0)) tail = lookup;
  const longest: TracedLookup[] = [];
  for (let cur = tail; cur; cur = via.get(cur.id)) longest.unshift(cur);
  return { depth, longest };
}

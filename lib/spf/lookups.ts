// The DNS side of check_host(): each question asked and traced, the lookup and void-lookup
// limits of §4.6.4 counted, DNS errors made temperror, and the prefetch that warms the cache.
import { recordText } from "@/lib/dns/record-text";
import type { DnsResult, RecordMap, RecordType } from "@/lib/dns/types";
import { SpfAbort, type CheckState } from "./check-state";
import { finishTargetName, queryableName } from "./names";
import type { SpfDnsLookup, SpfNode, SpfRecord, SpfTermTrace } from "./types";

/** The resolver could not even send the question (c-ares refuses some legal names). */
function notSendable(r: DnsResult<unknown>): boolean {
  return r.status === "error" && /EBADNAME/.test(r.message);
}

export async function query<T extends RecordType>(
  st: CheckState,
  sink: SpfDnsLookup[],
  name: string,
  type: T,
): Promise<{ result: DnsResult<RecordMap[T]> | { status: "not-sent" }; lookup: SpfDnsLookup }> {
  const elapsed = Date.now() - st.started;
  if (elapsed > st.limits.timeLimitMs) {
    throw new SpfAbort(
      "temperror",
      `the check took longer than ${Math.round(st.limits.timeLimitMs / 1000)} s`,
      "dns-error",
    );
  }
  if (queryableName(name) === null) {
    const lookup: SpfDnsLookup = {
      name,
      type,
      status: "not-sent",
      answers: [],
      error:
        "not a valid DNS name (empty label, label over 63 or name over 253 characters): treated as non-existent",
    };
    sink.push(lookup);
    return { result: { status: "not-sent" }, lookup };
  }
  st.queries++;
  const result = await st.dns.query(name, type);
  let lookup: SpfDnsLookup;
  if (result.status === "ok")
    lookup = { name, type, status: "ok", answers: result.records.map(recordText) };
  else if (result.status === "error") {
    if (notSendable(result)) {
      lookup = {
        name,
        type,
        status: "not-sent",
        answers: [],
        error: `the resolver refused to send this name (${result.message}): treated as non-existent`,
      };
      sink.push(lookup);
      return { result: { status: "not-sent" }, lookup };
    }
    lookup = {
      name,
      type,
      status: "error",
      answers: [],
      error: `${result.kind}: ${result.message}`,
    };
  } else lookup = { name, type, status: result.status, answers: [] };
  sink.push(lookup);
  return { result, lookup };
}

export function isVoid(r: { status: string }): boolean {
  return r.status === "nxdomain" || r.status === "nodata";
}

export function countLookup(st: CheckState, node: SpfNode, trace: SpfTermTrace) {
  trace.countsTowardLimit = true;
  st.lookups++;
  node.lookupTerms++;
  if (st.lookups > st.limits.lookupLimit) {
    throw new SpfAbort(
      "permerror",
      `more than ${st.limits.lookupLimit} DNS-querying terms (include, a, mx, ptr, exists, redirect) in the whole check: "${trace.text}" at ${node.domain} is number ${st.lookups}`,
      "lookup-limit",
    );
  }
}

export function countVoid(st: CheckState, node: SpfNode, trace: SpfTermTrace) {
  trace.voidLookup = true;
  st.voids++;
  node.voidLookups++;
  if (st.voids > st.limits.voidLookupLimit) {
    throw new SpfAbort(
      "permerror",
      `more than ${st.limits.voidLookupLimit} lookups found nothing (void lookups): "${trace.text}" at ${node.domain} is number ${st.voids}`,
      "void-limit",
    );
  }
}

export function dnsFailure(lookup: SpfDnsLookup): SpfAbort {
  return new SpfAbort(
    "temperror",
    `DNS lookup ${lookup.type} ${lookup.name} failed (${lookup.error ?? "error"})`,
    "dns-error",
  );
}

/** Fire the record's lookups that do not depend on earlier answers, so the ordered walk hits the cache. */
export function prefetch(st: CheckState, record: SpfRecord, domain: string) {
  if (!st.prefetch) return;
  const addressType = st.ip?.family === 6 ? "AAAA" : "A";
  for (const d of record.directives) {
    const m = d.mechanism;
    if (m.kind !== "include" && m.kind !== "a" && m.kind !== "mx" && m.kind !== "exists") continue;
    const spec = "domain" in m ? m.domain : undefined;
    if (spec && spec.tokens.some((t) => t.kind === "macro")) continue;
    const name = spec ? finishTargetName(spec.raw) : domain;
    if (!queryableName(name)) continue;
    const type =
      m.kind === "include"
        ? "TXT"
        : m.kind === "mx"
          ? "MX"
          : m.kind === "exists"
            ? "A"
            : addressType;
    void st.dns.query(name, type).catch(() => undefined);
  }
}

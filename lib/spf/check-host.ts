// check_host() itself (§4): one record fetched, parsed and walked in order, each mechanism
// evaluated (§5), and redirect= followed. A mechanism's include calls check_host() again, so
// the mechanisms and the walk are one recursion and live together.
import { txtText } from "@/lib/dns/record-text";
import type { RecordMap } from "@/lib/dns/types";
import { networkContains } from "./client-ip";
import { NeedsIp, SpfAbort, type CheckState } from "./check-state";
import { countLookup, countVoid, dnsFailure, isVoid, prefetch, query } from "./lookups";
import { expandTarget } from "./macro-values";
import { isCheckableDomain } from "./names";
import { parseSpfRecord, selectSpfRecord } from "./parse";
import {
  QUALIFIER_RESULT,
  type MacroString,
  type SpfDirective,
  type SpfNode,
  type SpfRecord,
  type SpfTermTrace,
} from "./types";

function newNode(domain: string, via: SpfNode["via"]): SpfNode {
  return {
    domain,
    via,
    txtRecords: [],
    syntaxErrors: [],
    terms: [],
    lookupTerms: 0,
    voidLookups: 0,
    dnsLookups: [],
    children: [],
    result: "none",
    reason: "",
  };
}

async function evalDirective(
  st: CheckState,
  node: SpfNode,
  d: SpfDirective,
  trace: SpfTermTrace,
): Promise<boolean> {
  const m = d.mechanism;
  const sink = trace.lookups;
  const ip = st.ip;
  /** A DNS-querying term: counted against the limit (§4.6.4), then its target expanded and
   *  traced; null, noted as `whyNot`, when the target needs a client address the walk lacks. */
  const lookupTarget = async (
    spec: MacroString | undefined,
    whyNot: string,
  ): Promise<string | null> => {
    countLookup(st, node, trace);
    let target = node.domain;
    if (spec) {
      try {
        target = await expandTarget(st, spec, node.domain, sink);
      } catch (e) {
        if (!(e instanceof NeedsIp)) throw e;
        trace.note = whyNot;
        return null;
      }
    }
    trace.target = target;
    return target;
  };
  switch (m.kind) {
    case "all":
      trace.note = "matches every address";
      return true;
    case "ip4":
    case "ip6": {
      if (!ip) {
        trace.note = "no client address given";
        return false;
      }
      const hit = networkContains(m.network, m.cidr, ip);
      trace.note = hit
        ? `${ip.readable} is in ${m.network}/${m.cidr}`
        : `${ip.readable} is not in ${m.network}/${m.cidr}`;
      return hit;
    }
    case "include": {
      const target = await lookupTarget(
        m.domain,
        "the included domain depends on the client's address: not followed",
      );
      if (target === null) return false;
      const child = await checkHost(st, target, "include");
      trace.child = child;
      node.children.push(child);
      switch (child.result) {
        case "pass":
          trace.note = `${target} gives pass: include matches`;
          return true;
        case "fail":
        case "softfail":
        case "neutral":
          trace.note = `${target} gives ${child.result}: include does not match`;
          return false;
        case "temperror":
          throw new SpfAbort("temperror", `include:${target} gave temperror (${child.reason})`);
        case "permerror":
          throw new SpfAbort("permerror", `include:${target} gave permerror (${child.reason})`);
        case "none":
          throw new SpfAbort(
            "permerror",
            `include:${target} has no SPF record (an include of a domain without SPF is a permanent error, RFC 7208 §5.2)`,
            "include-none",
          );
      }
      return false;
    }
    case "a":
    case "mx": {
      const target = await lookupTarget(
        m.domain,
        "the domain depends on the client's address: not looked up",
      );
      if (target === null) return false;
      const addressType = ip?.family === 6 ? "AAAA" : "A";
      const cidr = ip?.family === 6 ? m.cidr6 : m.cidr4;
      const matchAddresses = (addrs: string[]) =>
        !!ip && addrs.some((a) => networkContains(a, cidr, ip));
      if (m.kind === "a") {
        const { result, lookup } = await query(st, sink, target, addressType);
        if (result.status === "error") throw dnsFailure(lookup);
        if (result.status !== "ok") {
          if (isVoid(result)) countVoid(st, node, trace);
          trace.note = `${target} has no ${addressType} record`;
          return false;
        }
        const hit = matchAddresses(result.records as string[]);
        trace.note = !ip
          ? "no client address given"
          : hit
            ? `${ip.readable} is an address of ${target}${cidr < (ip.family === 4 ? 32 : 128) ? ` (/${cidr})` : ""}`
            : `${ip.readable} is not among the addresses of ${target}`;
        return hit;
      }
      const { result, lookup } = await query(st, sink, target, "MX");
      if (result.status === "error") throw dnsFailure(lookup);
      if (result.status !== "ok") {
        if (isVoid(result)) countVoid(st, node, trace);
        trace.note = `${target} has no MX record (no fallback to its A record, RFC 7208 §5.4)`;
        return false;
      }
      const mxs = [...(result.records as RecordMap["MX"][])].sort(
        (a, b) => a.priority - b.priority,
      );
      if (mxs.length > st.limits.mxNameLimit) {
        throw new SpfAbort(
          "permerror",
          `${target} has ${mxs.length} MX records; the mx mechanism may look at no more than ${st.limits.mxNameLimit} (RFC 7208 §4.6.4)`,
          "mx-limit",
        );
      }
      // Null MX (RFC 7505): "." names no host.
      const hosts = mxs.map((x) => x.exchange.replace(/\.$/, "")).filter((h) => h !== "");
      if (!ip) {
        trace.note = `${hosts.length} MX host(s); addresses not compared (no client address given)`;
        return false;
      }
      const answers = await Promise.all(hosts.map((h) => query(st, sink, h, addressType)));
      for (const [k, { result: r, lookup: l }] of answers.entries()) {
        if (r.status === "error") throw dnsFailure(l);
        if (r.status === "ok" && matchAddresses(r.records as string[])) {
          trace.note = `${ip.readable} is an address of MX host ${hosts[k]}`;
          return true;
        }
      }
      trace.note =
        hosts.length === 0
          ? `${target} has a null MX (no mail hosts)`
          : `${ip.readable} is not an address of any MX host of ${target}`;
      return false;
    }
    case "ptr": {
      const whyNot = "ptr needs the client's address: not looked up";
      if (!ip) {
        countLookup(st, node, trace);
        trace.note = whyNot;
        return false;
      }
      const target = await lookupTarget(m.domain, whyNot);
      if (target === null) return false;
      const { result } = await query(st, sink, ip.reverseName, "PTR");
      // §5.5: a DNS error on the PTR lookup makes the mechanism not match.
      if (result.status !== "ok") {
        if (isVoid(result)) countVoid(st, node, trace);
        trace.note =
          result.status === "error"
            ? "the PTR lookup failed: no match (RFC 7208 §5.5)"
            : `${ip.readable} has no PTR record`;
        return false;
      }
      const names = (result.records as string[])
        .map((n) => n.replace(/\.$/, ""))
        .slice(0, st.limits.ptrNameLimit);
      const type = ip.family === 4 ? "A" : "AAAA";
      const full = ip.family === 4 ? 32 : 128;
      const answers = await Promise.all(names.map((n) => query(st, sink, n, type)));
      const t = target.toLowerCase();
      for (const [k, name] of names.entries()) {
        const a = answers[k]!.result;
        // §5.5: errors on these lookups skip the name.
        if (
          a.status !== "ok" ||
          !(a.records as string[]).some((addr) => networkContains(addr, full, ip))
        )
          continue;
        const n = name.toLowerCase();
        if (n === t || n.endsWith(`.${t}`)) {
          trace.note = `${ip.readable} resolves to ${name}, which resolves back, under ${target}`;
          return true;
        }
      }
      trace.note = `no validated PTR name of ${ip.readable} is ${target} or under it`;
      return false;
    }
    case "exists": {
      const target = await lookupTarget(
        m.domain,
        "the name depends on the client's address: not looked up",
      );
      if (target === null) return false;
      // §5.7: always an A lookup, whatever the client's address family.
      const { result, lookup } = await query(st, sink, target, "A");
      if (result.status === "error") throw dnsFailure(lookup);
      if (result.status === "ok" && result.records.length > 0) {
        trace.note = `${target} exists`;
        return true;
      }
      if (isVoid(result)) countVoid(st, node, trace);
      trace.note = `${target} has no A record`;
      return false;
    }
  }
}

function traceFor(record: SpfRecord): SpfTermTrace[] {
  return record.terms.map((t, index) => ({
    index,
    text: t.text,
    position: t.position,
    kind: t.type === "directive" ? "mechanism" : "modifier",
    name: t.type === "directive" ? t.mechanism.kind : t.name,
    qualifier: t.type === "directive" ? t.qualifier : undefined,
    countsTowardLimit: false,
    lookups: [],
    voidLookup: false,
    outcome: t.type === "directive" || t.name === "redirect" ? "not-reached" : "ignored",
    note:
      t.type === "modifier" && t.name !== "redirect" && t.name !== "exp"
        ? "unknown modifier: ignored (RFC 7208 §6)"
        : undefined,
  }));
}

export async function checkHost(
  st: CheckState,
  domain: string,
  via: SpfNode["via"],
): Promise<SpfNode> {
  const node = newNode(domain, via);
  if (!isCheckableDomain(domain)) {
    node.result = "none";
    node.problem = "invalid-domain";
    node.reason = `"${domain}" is not a domain SPF can be checked for (RFC 7208 §4.3)`;
    return node;
  }
  let record: SpfRecord | undefined;
  try {
    const { result, lookup } = await query(st, node.dnsLookups, domain, "TXT");
    node.recordLookup = lookup;
    if (result.status === "error") {
      node.result = "temperror";
      node.problem = "dns-error";
      node.reason = `the TXT lookup for ${domain} failed (${lookup.error})`;
      return node;
    }
    if (result.status !== "ok") {
      node.result = "none";
      node.problem = "no-record";
      node.reason =
        result.status === "nxdomain"
          ? `${domain} does not exist`
          : result.status === "not-sent"
            ? `${domain} cannot be looked up`
            : `${domain} has no TXT records`;
      return node;
    }
    node.txtRecords = (result.records as string[][]).map(txtText);
    const selected = selectSpfRecord(node.txtRecords);
    if (selected.kind === "none") {
      node.result = "none";
      node.problem = "no-record";
      node.reason = `${domain} has no SPF record (no TXT record starting with "v=spf1")`;
      return node;
    }
    if (selected.kind === "multiple") {
      node.result = "permerror";
      node.problem = "multiple-records";
      node.reason = `${domain} has ${selected.records.length} SPF records; there must be exactly one (RFC 7208 §4.5)`;
      return node;
    }
    node.record = selected.record;
    const parsed = parseSpfRecord(selected.record);
    if (!parsed.ok) {
      node.syntaxErrors = parsed.errors;
      node.terms = traceFor(parsed.partial);
      node.result = "permerror";
      node.problem = "syntax";
      const e = parsed.errors[0]!;
      node.reason = `syntax error in the record of ${domain} at character ${e.position + 1}: ${e.message}`;
      return node;
    }
    record = parsed.record;
    st.records.set(node, record);
    node.terms = traceFor(record);
    prefetch(st, record, domain);

    for (const d of record.directives) {
      const trace = node.terms[record.terms.indexOf(d)]!;
      let hit: boolean;
      try {
        hit = await evalDirective(st, node, d, trace);
      } catch (e) {
        if (e instanceof SpfAbort) trace.outcome = e.result;
        throw e;
      } finally {
        node.dnsLookups.push(...trace.lookups);
      }
      trace.outcome = hit ? "match" : "no-match";
      if (hit) {
        node.matched = { index: trace.index, text: d.text, qualifier: d.qualifier };
        node.result = QUALIFIER_RESULT[d.qualifier];
        node.reason = `"${d.text}" matched${trace.note ? ` (${trace.note})` : ""}: ${node.result}`;
        if (record.redirect) {
          const rt = node.terms[record.terms.indexOf(record.redirect)]!;
          rt.outcome = "ignored";
          rt.note = "not used: a mechanism matched first";
        }
        return node;
      }
    }

    if (record.redirect) {
      const trace = node.terms[record.terms.indexOf(record.redirect)]!;
      try {
        countLookup(st, node, trace);
      } catch (e) {
        trace.outcome = "permerror";
        throw e;
      }
      let target: string;
      try {
        target = await expandTarget(st, record.redirect.value, domain, trace.lookups);
      } catch (e) {
        if (!(e instanceof NeedsIp)) throw e;
        trace.outcome = "no-match";
        trace.note = "the redirect target depends on the client's address: not followed";
        node.result = "neutral";
        node.reason = trace.note;
        return node;
      } finally {
        node.dnsLookups.push(...trace.lookups);
      }
      trace.target = target;
      const child = await checkHost(st, target, "redirect");
      trace.child = child;
      node.children.push(child);
      trace.outcome = "match";
      if (child.result === "none") {
        trace.outcome = "permerror";
        node.result = "permerror";
        node.problem = "redirect-none";
        node.reason = `redirect=${target}: ${target} has no SPF record (RFC 7208 §6.1)`;
        return node;
      }
      node.result = child.result;
      node.reason = `no mechanism matched; redirect=${target} gave ${child.result}`;
      return node;
    }
    node.result = "neutral";
    node.reason = `no mechanism matched and there is no "all" or "redirect=": the default result is neutral (RFC 7208 §4.7)`;
    return node;
  } catch (e) {
    if (!(e instanceof SpfAbort)) throw e;
    node.result = e.result;
    node.reason = e.message;
    if (e.problem) node.problem = e.problem;
    return node;
  }
}

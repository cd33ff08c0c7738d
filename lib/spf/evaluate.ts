// check_host() of RFC 7208 (§4), with the whole explanation tree kept: every record fetched,
// every term with what it looked up and what came of it, the include/redirect children, the
// mechanism that decided, the lookup totals against their limits, and advice.
//
// Limits (§4.6.4): at most 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per
// check, at most 2 void lookups, at most 10 MX names per mx, at most 10 PTR names per ptr/%{p}.
// Errors (§5, §2.6): a DNS error or timeout where a mechanism needs an answer is "temperror";
// limits and syntax are "permerror". Everything is evaluated in record order, sequentially as
// the RFC describes; lookups are prefetched in parallel only as a speed-up (answers come from
// the client's cache and in-flight de-duplication, the trace reflects the ordered evaluation).

import { recordText, txtText } from "@/lib/dns/record-text";
import type { DnsClient, DnsResult, RecordMap, RecordType } from "@/lib/dns/types";
import { buildAdvice, describeResult } from "./advice";
import { networkContains, parseClientIp, type ClientIp } from "./client-ip";
import { expandMacroTokens, type MacroLetter } from "./macro";
import { parseExplanation, parseSpfRecord, selectSpfRecord } from "./parse";
import {
  QUALIFIER_RESULT,
  type MacroString,
  type SpfDirective,
  type SpfDnsLookup,
  type SpfEvaluation,
  type SpfNode,
  type SpfRecord,
  type SpfTermTrace,
} from "./types";

export interface SpfEvaluateInput {
  /** The connecting client. `null` walks the record tree without an address: nothing IP-based matches, every term up to "all" is counted (used to count lookups for a domain). */
  ip: string | null;
  /** MAIL FROM; empty -> postmaster@<helo> (RFC 7208 §2.4). */
  sender: string;
  helo: string;
  /** The domain to check; default: the sender's domain. */
  domain?: string;
}

export interface SpfEvaluateOptions {
  /** DNS-querying terms allowed (§4.6.4). Default 10. */
  lookupLimit?: number;
  /** Void lookups allowed (§4.6.4). Default 2. */
  voidLookupLimit?: number;
  /** MX names per mx mechanism (§4.6.4). Default 10. */
  mxNameLimit?: number;
  /** PTR names considered per ptr / %{p} (§4.6.4). Default 10. */
  ptrNameLimit?: number;
  /** Whole-check time limit (§4.6.4 suggests at least 20 s). Default 20 000 ms. */
  timeLimitMs?: number;
  /** %{r}: the checking host's name. Default "unknown". */
  receiver?: string;
  /** %{t}. Default: the clock. */
  now?: () => Date;
  /** Fetch exp= explanations for "fail". Default true. */
  explanation?: boolean;
  /** Ask for each record's lookups in parallel before walking it in order. Default true. */
  prefetch?: boolean;
}

const DEFAULTS = {
  lookupLimit: 10,
  voidLookupLimit: 2,
  mxNameLimit: 10,
  ptrNameLimit: 10,
  timeLimitMs: 20_000,
};

/** Ends the whole check (limits, DNS errors that make the result temperror). */
class SpfAbort extends Error {
  constructor(
    readonly result: "permerror" | "temperror",
    message: string,
    /** Set where the problem is this node's own (not a child's result passed up). */
    readonly problem?: SpfNode["problem"],
  ) {
    super(message);
  }
}

/** A macro needs the client's address and the walk has none. */
class NeedsIp extends Error {}

interface State {
  dns: DnsClient;
  ip: ClientIp | null;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  limits: typeof DEFAULTS;
  receiver: string;
  now: () => Date;
  prefetch: boolean;
  started: number;
  lookups: number;
  voids: number;
  queries: number;
  /** Parsed records by node, for the explanation step. */
  records: WeakMap<SpfNode, SpfRecord>;
  validatedNames?: Promise<string[] | null>;
}

// ---------------------------------------------------------------- names

/** §4.3: a domain check_host() can work with: multi-label, labels 1-63, at most 253 octets. */
export function isCheckableDomain(domain: string): boolean {
  const d = domain.endsWith(".") ? domain.slice(0, -1) : domain;
  if (d.length === 0 || d.length > 253 || d.startsWith("[")) return false;
  if (/[\x00-\x20\x7f-\uffff]/.test(d)) return false;
  const labels = d.split(".");
  return labels.length >= 2 && labels.every((l) => l.length >= 1 && l.length <= 63);
}

/** A name that can be put in a DNS question at all (§4.8 / RFC 1035 §2.3.4). */
function queryableName(name: string): string | null {
  if (name.length === 0 || name.length > 253) return null;
  return name.split(".").every((l) => l.length >= 1 && l.length <= 63) ? name : null;
}

/** §7.3: drop a trailing dot; if longer than 253 octets, drop labels from the left. */
function finishTargetName(expanded: string): string {
  let name = expanded.endsWith(".") ? expanded.slice(0, -1) : expanded;
  while (name.length > 253) {
    const dot = name.indexOf(".");
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  return name;
}

function splitSender(
  sender: string,
  helo: string,
): { sender: string; localPart: string; domain: string } {
  const s = sender.trim() === "" ? `postmaster@${helo}` : sender.trim();
  const at = s.lastIndexOf("@");
  const local = at >= 0 ? s.slice(0, at) : "";
  const domain = at >= 0 ? s.slice(at + 1) : s;
  const localPart = local === "" ? "postmaster" : local;
  return { sender: `${localPart}@${domain}`, localPart, domain };
}

// ---------------------------------------------------------------- DNS

/** The resolver could not even send the question (c-ares refuses some legal names). */
function notSendable(r: DnsResult<unknown>): boolean {
  return r.status === "error" && /EBADNAME/.test(r.message);
}

async function query<T extends RecordType>(
  st: State,
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

function isVoid(r: { status: string }): boolean {
  return r.status === "nxdomain" || r.status === "nodata";
}

// ---------------------------------------------------------------- macros

async function validatedNames(st: State, sink: SpfDnsLookup[]): Promise<string[] | null> {
  const ip = st.ip;
  if (!ip) throw new NeedsIp();
  const { result } = await query(st, sink, ip.reverseName, "PTR");
  if (result.status !== "ok") return result.status === "error" ? null : [];
  const names = (result.records as string[]).slice(0, st.limits.ptrNameLimit);
  const type = ip.family === 4 ? "A" : "AAAA";
  const answers = await Promise.all(names.map((n) => query(st, sink, n.replace(/\.$/, ""), type)));
  return names.filter((_, k) => {
    const a = answers[k]!.result;
    return (
      a.status === "ok" &&
      (a.records as string[]).some((addr) => networkContains(addr, ip.family === 4 ? 32 : 128, ip))
    );
  });
}

function macroValues(st: State, domain: string, sink: SpfDnsLookup[]) {
  return async (letter: MacroLetter): Promise<string> => {
    switch (letter) {
      case "s":
        return st.sender;
      case "l":
        return st.localPart;
      case "o":
        return st.senderDomain;
      case "d":
        return domain;
      case "h":
        return st.helo;
      case "r":
        return st.receiver;
      case "t":
        return String(Math.floor(st.now().getTime() / 1000));
      case "i":
      case "c":
      case "v":
      case "p": {
        const ip = st.ip;
        if (!ip) throw new NeedsIp();
        if (letter === "i") return ip.dotted;
        if (letter === "c") return ip.readable;
        if (letter === "v") return ip.family === 4 ? "in-addr" : "ip6";
        // §7.3 p: the validated name; the domain itself, else a subdomain of it, else any.
        st.validatedNames ??= validatedNames(st, sink);
        const names = await st.validatedNames;
        if (!names || names.length === 0) return "unknown";
        const lower = (n: string) => n.toLowerCase().replace(/\.$/, "");
        const d = lower(domain);
        const exact = names.find((n) => lower(n) === d);
        const sub = names.find((n) => lower(n).endsWith(`.${d}`));
        return (exact ?? sub ?? names[0]!).replace(/\.$/, "");
      }
    }
  };
}

async function expandTarget(
  st: State,
  spec: MacroString,
  domain: string,
  sink: SpfDnsLookup[],
): Promise<string> {
  return finishTargetName(await expandMacroTokens(spec.tokens, macroValues(st, domain, sink)));
}

// ---------------------------------------------------------------- check_host

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

function countLookup(st: State, node: SpfNode, trace: SpfTermTrace) {
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

function countVoid(st: State, node: SpfNode, trace: SpfTermTrace) {
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

function dnsFailure(lookup: SpfDnsLookup): SpfAbort {
  return new SpfAbort(
    "temperror",
    `DNS lookup ${lookup.type} ${lookup.name} failed (${lookup.error ?? "error"})`,
    "dns-error",
  );
}

/** Fire the record's lookups that do not depend on earlier answers, so the ordered walk hits the cache. */
function prefetch(st: State, record: SpfRecord, domain: string) {
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

async function evalDirective(
  st: State,
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

async function checkHost(st: State, domain: string, via: SpfNode["via"]): Promise<SpfNode> {
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

// ---------------------------------------------------------------- explanation

/** The node whose record's exp= applies: where the deciding mechanism is, following redirects only. */
function explanationNode(node: SpfNode): SpfNode | undefined {
  if (node.matched) return node;
  const redirect = node.children.find((c) => c.via === "redirect");
  return redirect ? explanationNode(redirect) : undefined;
}

async function explain(st: State, top: SpfNode): Promise<string | undefined> {
  const at = explanationNode(top);
  const record = at && st.records.get(at);
  if (!at || !record?.exp) return undefined;
  const trace = at.terms[record.terms.indexOf(record.exp)]!;
  try {
    // §6.2: any problem here (DNS error, no or several TXT records, bad syntax) -> as if no exp=.
    const name = await expandTarget(st, record.exp.value, at.domain, trace.lookups);
    trace.target = name;
    const { result } = await query(st, trace.lookups, name, "TXT");
    if (result.status !== "ok" || result.records.length !== 1) {
      trace.note = "explanation not used: the exp= name must hold exactly one TXT record";
      return undefined;
    }
    const text = txtText(result.records[0] as string[]);
    if (/[^\x20-\x7e]/.test(text)) {
      trace.note = "explanation not used: it is not plain ASCII (RFC 7208 §6.2)";
      return undefined;
    }
    const parsed = parseExplanation(text);
    if (!parsed.ok) {
      trace.note = `explanation not used: ${parsed.error.message}`;
      return undefined;
    }
    const expanded = await expandMacroTokens(
      parsed.value.tokens,
      macroValues(st, at.domain, trace.lookups),
    );
    trace.outcome = "match";
    trace.note = "explanation used";
    return expanded;
  } catch (e) {
    if (e instanceof SpfAbort || e instanceof NeedsIp) return undefined;
    throw e;
  } finally {
    at.dnsLookups.push(...trace.lookups);
  }
}

// ---------------------------------------------------------------- entry point

/** The mechanism that decided: through redirects, and into the include that matched (it passed because a mechanism inside it matched). */
function findMatched(node: SpfNode, path: string[]): SpfEvaluation["matched"] {
  if (node.matched) {
    const term = node.terms[node.matched.index];
    if (term?.name === "include" && term.child)
      return findMatched(term.child, [...path, node.domain]);
    return {
      domain: node.domain,
      text: node.matched.text,
      qualifier: node.matched.qualifier,
      path: [...path, node.domain],
    };
  }
  const redirect = node.children.find((c) => c.via === "redirect");
  return redirect ? findMatched(redirect, [...path, node.domain]) : undefined;
}

/**
 * RFC 7208 check_host() for (ip, sender, helo): the result, and the whole tree that explains it.
 * Never throws on DNS trouble: that is the "temperror" result.
 */
export async function evaluateSpf(
  input: SpfEvaluateInput,
  dns: DnsClient,
  opts: SpfEvaluateOptions = {},
): Promise<SpfEvaluation> {
  const split = splitSender(input.sender, input.helo);
  const ip = input.ip === null ? null : parseClientIp(input.ip);
  if (input.ip !== null && !ip) throw new Error(`not an IP address: ${input.ip.slice(0, 64)}`);
  const st: State = {
    dns,
    ip,
    sender: split.sender,
    localPart: split.localPart,
    senderDomain: split.domain,
    helo: input.helo,
    limits: {
      lookupLimit: opts.lookupLimit ?? DEFAULTS.lookupLimit,
      voidLookupLimit: opts.voidLookupLimit ?? DEFAULTS.voidLookupLimit,
      mxNameLimit: opts.mxNameLimit ?? DEFAULTS.mxNameLimit,
      ptrNameLimit: opts.ptrNameLimit ?? DEFAULTS.ptrNameLimit,
      timeLimitMs: opts.timeLimitMs ?? DEFAULTS.timeLimitMs,
    },
    receiver: opts.receiver ?? "unknown",
    now: opts.now ?? (() => new Date()),
    prefetch: opts.prefetch ?? true,
    started: Date.now(),
    lookups: 0,
    voids: 0,
    queries: 0,
    records: new WeakMap(),
  };
  const domain = (input.domain ?? split.domain).replace(/\.$/, "");
  const tree = await checkHost(st, domain, "check");
  let explanation: string | undefined;
  let explanationSource: SpfEvaluation["explanationSource"];
  if (tree.result === "fail") {
    explanation = opts.explanation === false ? undefined : await explain(st, tree);
    explanationSource = explanation !== undefined ? "exp" : "default";
    explanation ??= `${domain} does not authorise ${ip?.readable ?? "this address"} to send its mail (SPF fail)`;
  }
  const evaluation: SpfEvaluation = {
    result: tree.result,
    ip: ip?.readable ?? null,
    sender: split.sender,
    helo: input.helo,
    domain,
    explanation,
    explanationSource,
    matched: findMatched(tree, []),
    tree,
    totals: {
      lookups: st.lookups,
      lookupLimit: st.limits.lookupLimit,
      voidLookups: st.voids,
      voidLimit: st.limits.voidLookupLimit,
      dnsQueries: st.queries,
      elapsedMs: Date.now() - st.started,
    },
    reason: "",
    advice: [],
  };
  evaluation.reason = describeResult(evaluation);
  evaluation.advice = buildAdvice(evaluation);
  return evaluation;
}

// Runs the OpenSPF RFC 7208 test suite (YAML, one scenario per document) through the same
// evaluateSpf() the app uses, with each scenario's zone data served by the real loopback DNS
// server and queried through the real DNS client. Used by scripts/spf-suite.ts and a test.
//
// Zone data conventions (those of the suite's reference driver, pyspf's testspf.py):
// - a record of type SPF is also served as TXT unless the name has TXT records of its own;
// - "TXT: NONE" means "no TXT records here" (it only switches that copying off);
// - "TIMEOUT" makes queries for the name time out, except for types listed before it;
// - a TXT/SPF value given as a list is one record of several strings.

import { parseAllDocuments } from "yaml";
import { createDnsClient } from "@/lib/dns/client";
import { startFixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import type { FixtureRecord, FixtureZone } from "@/lib/dns/testing/zone-types";
import { evaluateSpf, type SpfEvaluateOptions } from "./evaluate";
import type { SpfEvaluation, SpfResult } from "./types";

export interface SuiteCase {
  scenario: string;
  name: string;
  host: string;
  mailfrom: string;
  helo: string;
  results: SpfResult[];
  explanation?: string;
  spec?: string;
}

export interface SuiteScenario {
  description: string;
  zone: FixtureZone;
  hasTimeouts: boolean;
  cases: SuiteCase[];
}

export interface SuiteFailure {
  scenario: string;
  test: string;
  expected: string;
  got: string;
  reason: string;
}

export interface SuiteReport {
  passed: number;
  failed: number;
  failures: SuiteFailure[];
  elapsedMs: number;
}

const ALL_TYPES = ["A", "AAAA", "MX", "TXT", "SPF", "PTR", "CNAME", "NS", "SOA", "ANY"];

function asStrings(value: unknown): string | string[] {
  if (Array.isArray(value)) {
    // A record with no strings at all is illegal and c-ares rejects the whole answer for it;
    // one empty string is the nearest thing DNS can carry.
    return value.length === 0 ? [""] : value.map(String);
  }
  return String(value);
}

/** Convert one scenario's `zonedata` to a fixture zone (see the conventions above). */
export function zoneFromSuite(zonedata: Record<string, unknown[]>): FixtureZone {
  const records: FixtureZone["records"] = {};
  const behaviours: NonNullable<FixtureZone["behaviours"]> = {};
  for (const [rawName, entries] of Object.entries(zonedata ?? {})) {
    const name = rawName.toLowerCase().replace(/\.$/, "");
    const list: FixtureRecord[] = [];
    const generatedTxt: FixtureRecord[] = [];
    const hasOwnTxt = entries.some((e) => typeof e === "object" && e !== null && "TXT" in e);
    const answeredBeforeTimeout = new Set<string>();
    let timeout = false;
    for (const entry of entries) {
      if (entry === "TIMEOUT") {
        timeout = true;
        continue;
      }
      const [type, value] = Object.entries(entry as Record<string, unknown>)[0] ?? [];
      if (!type || value === "NONE") continue;
      if (!timeout) answeredBeforeTimeout.add(type);
      switch (type) {
        case "A":
        case "AAAA":
          list.push({ type, address: String(value) });
          break;
        case "MX": {
          const [priority, exchange] = value as [number, string];
          list.push({ type: "MX", priority: Number(priority), exchange: String(exchange) });
          break;
        }
        case "PTR":
        case "CNAME":
          list.push({ type, target: String(value) });
          break;
        case "TXT":
          list.push({ type: "TXT", data: asStrings(value) });
          break;
        case "SPF":
          list.push({ type: "SPF", data: asStrings(value) });
          // The driver appends the TXT copies after everything else, so after any TIMEOUT too.
          if (!hasOwnTxt) generatedTxt.push({ type: "TXT", data: asStrings(value) });
          break;
        default:
          throw new Error(`unsupported record type ${type} at ${rawName}`);
      }
    }
    records[name] = [...list, ...generatedTxt];
    if (timeout) {
      const types = ALL_TYPES.filter((t) => !answeredBeforeTimeout.has(t));
      behaviours[name] = [
        answeredBeforeTimeout.size === 0 ? { kind: "timeout" } : { kind: "timeout", types },
      ];
    }
  }
  return { records, behaviours };
}

export function parseSuite(yamlText: string): SuiteScenario[] {
  const scenarios: SuiteScenario[] = [];
  for (const doc of parseAllDocuments(yamlText)) {
    if ("errors" in doc && doc.errors.length > 0)
      throw new Error(`YAML: ${doc.errors[0]!.message}`);
    const data = doc.toJS() as {
      description?: string;
      tests?: Record<string, Record<string, unknown>>;
      zonedata?: Record<string, unknown[]>;
    } | null;
    if (!data?.tests) continue;
    const description = String(data.description ?? "scenario");
    const zone = zoneFromSuite(data.zonedata ?? {});
    const cases: SuiteCase[] = Object.entries(data.tests).map(([name, t]) => ({
      scenario: description,
      name,
      host: String(t.host),
      mailfrom: t.mailfrom == null ? "" : String(t.mailfrom),
      helo: String(t.helo ?? ""),
      results: (Array.isArray(t.result) ? t.result : [t.result]).map((r) => String(r) as SpfResult),
      explanation: t.explanation == null ? undefined : String(t.explanation),
      spec: t.spec == null ? undefined : String(t.spec),
    }));
    scenarios.push({
      description,
      zone,
      hasTimeouts: Object.keys(zone.behaviours ?? {}).length > 0,
      cases,
    });
  }
  return scenarios;
}

/** Compare one evaluation with a case; null when it passes, else why not. */
export function judge(c: SuiteCase, e: SpfEvaluation): SuiteFailure | null {
  const resultOk = c.results.includes(e.result);
  // "DEFAULT" in the suite: the explanation must not come from an exp= record.
  const explanationOk =
    c.explanation === undefined ||
    (c.explanation === "DEFAULT"
      ? e.explanationSource === "default"
      : e.explanation === c.explanation);
  if (resultOk && explanationOk) return null;
  const expected =
    c.results.join(" or ") +
    (c.explanation !== undefined ? ` / explanation "${c.explanation}"` : "");
  const got =
    e.result +
    (c.explanation !== undefined
      ? ` / explanation ${e.explanationSource === "exp" ? `"${e.explanation}"` : (e.explanationSource ?? "none")}`
      : "");
  return { scenario: c.scenario, test: c.name, expected, got, reason: e.reason };
}

export interface SuiteOptions {
  /** Per-try DNS timeout for scenarios with TIMEOUT data (they wait for it). Default 250 ms. */
  timeoutMsForTimeouts?: number;
  /** Per-try DNS timeout otherwise. Default 1500 ms. */
  timeoutMs?: number;
  /** Only cases whose "scenario/test" contains this. */
  filter?: string;
  /** Passed to evaluateSpf (e.g. { prefetch: false } to run strictly one lookup at a time). */
  evaluate?: SpfEvaluateOptions;
}

export async function runSpfSuite(yamlText: string, opts: SuiteOptions = {}): Promise<SuiteReport> {
  const started = Date.now();
  const scenarios = parseSuite(yamlText);
  const server = await startFixtureDnsServer({ port: 0, zones: [] });
  const failures: SuiteFailure[] = [];
  let passed = 0;
  try {
    for (const scenario of scenarios) {
      server.setZones([scenario.zone]);
      // A fresh client (and cache) per scenario: the same names mean other things in each.
      const dns = createDnsClient({
        servers: [`127.0.0.1:${server.port}`],
        timeoutMs: scenario.hasTimeouts
          ? (opts.timeoutMsForTimeouts ?? 250)
          : (opts.timeoutMs ?? 1500),
        tries: scenario.hasTimeouts ? 1 : 2,
        cache: true,
      });
      for (const c of scenario.cases) {
        if (opts.filter && !`${c.scenario}/${c.name}`.includes(opts.filter)) continue;
        let failure: SuiteFailure | null;
        try {
          const e = await evaluateSpf({ ip: c.host, sender: c.mailfrom, helo: c.helo }, dns, {
            receiver: "receiver.example",
            ...opts.evaluate,
          });
          failure = judge(c, e);
        } catch (err) {
          failure = {
            scenario: c.scenario,
            test: c.name,
            expected: c.results.join(" or "),
            got: "exception",
            reason: err instanceof Error ? err.message : String(err),
          };
        }
        if (failure) failures.push(failure);
        else passed++;
      }
    }
  } finally {
    await server.close();
  }
  return { passed, failed: failures.length, failures, elapsedMs: Date.now() - started };
}

import "server-only";
import { getDomain } from "tldts";
import {
  type BlocklistEntry,
  type BlocklistKind,
  type ListPart,
  errorMeaning,
  listingDelisting,
  listingMeanings,
  listingName,
  listsToQuery,
  partsAnswered,
  removalKind,
} from "@/lib/blocklists/catalog";
import { isIP, normaliseName, reverseLabels } from "@/lib/dns/names";
import type { DnsClient, DnsResult } from "@/lib/dns/types";
import { describeDnsFailure } from "./dns-results";
import type { Finding, Severity } from "./types";

// Blocklist (DNSBL) checks: every list of the catalog queried at once, and three answers kept
// apart (RFC 5782 §2.1-2.3): listed (with the list's own meaning and delisting link), not
// listed (NXDOMAIN), and could not check (timeout, SERVFAIL, REFUSED, or the list's refusal
// codes such as Spamhaus 127.255.255.254 or URIBL 127.0.0.1). A failed lookup is never "not
// listed". Keys (Spamhaus DQS, Abusix) come from the environment and never appear in findings.

export interface BlocklistCheckOptions {
  /** Where keys are read from; default process.env. */
  env?: Record<string, string | undefined>;
  /** Override the catalog's default set (tests, a bounce that names one list). */
  lists?: readonly BlocklistEntry[];
}

const RFC_5782 = "RFC 5782 §2 (DNSBL query and answer format)";
const RFC_5782_URL = "https://www.rfc-editor.org/rfc/rfc5782#section-2";
/** A key is letters and digits; anything else could change the name we query. */
const KEY_SHAPE = /^[a-z0-9]{8,64}$/i;
const SEVERITY_ORDER: Severity[] = ["critical", "error", "warning", "info", "ok"];

interface Target {
  list: BlocklistEntry;
  /** Name sent to DNS (may hold a key). */
  query: string;
  /** Same name with any key redacted, for findings. */
  shown: string;
  zoneShown: string;
  keyed: boolean;
}

type Outcome =
  | { kind: "listed"; target: Target; answers: string[] }
  | { kind: "not-listed"; target: Target }
  | { kind: "could-not-check"; target: Target; reason: string; answers?: string[] };

function keyFrom(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value && KEY_SHAPE.test(value) ? value : undefined;
}

function targetsFor(
  subjectLabels: string,
  kind: BlocklistKind,
  ipv6: boolean,
  opts: BlocklistCheckOptions,
): { targets: Target[]; skipped: { list: string; zone: string; reason: string }[] } {
  const env = opts.env ?? process.env;
  const lists = opts.lists ?? listsToQuery(kind);
  const targets: Target[] = [];
  const skipped: { list: string; zone: string; reason: string }[] = [];
  for (const list of lists) {
    if (list.retired) {
      skipped.push({ list: list.id, zone: list.zone, reason: `retired: ${list.retired.note}` });
      continue;
    }
    if (list.kind !== kind) continue;
    if (ipv6 && !list.ipv6) {
      skipped.push({
        list: list.id,
        zone: list.zone,
        reason: "the list publishes no IPv6 entries",
      });
      continue;
    }
    let zone = list.zone;
    let zoneShown = list.zone;
    let keyed = false;
    if (list.needsKey) {
      const key = keyFrom(env, list.needsKey.env);
      if (!key) {
        skipped.push({
          list: list.id,
          zone: list.zone,
          reason: `needs a key (${list.needsKey.env} is not set)`,
        });
        continue;
      }
      zone = list.needsKey.zoneTemplate.replace("{key}", key);
      zoneShown = list.needsKey.zoneTemplate.replace("{key}", "<key>");
      keyed = true;
    } else if (list.keyedZone) {
      const key = keyFrom(env, list.keyedZone.env);
      if (key) {
        zone = list.keyedZone.zoneTemplate.replace("{key}", key);
        zoneShown = list.keyedZone.zoneTemplate.replace("{key}", "<key>");
        keyed = true;
      }
    }
    // URI lists (SURBL, URIBL) hold registrable domains; a host name is looked up by its domain.
    const labels =
      kind === "domain" && list.registrableDomainOnly
        ? (getDomain(subjectLabels) ?? subjectLabels)
        : subjectLabels;
    targets.push({
      list,
      query: `${labels}.${zone}`,
      shown: `${labels}.${zoneShown}`,
      zoneShown,
      keyed,
    });
  }
  return { targets, skipped };
}

function classify(target: Target, result: DnsResult<string>): Outcome {
  switch (result.status) {
    case "nxdomain":
    case "nodata":
      // RFC 5782 §2.1: no A record = not listed.
      return { kind: "not-listed", target };
    case "error": {
      let reason = describeDnsFailure(result);
      if (result.kind === "refused" && target.list.needsKey)
        reason += "; the list refuses queries without a valid key";
      if (target.list.id === "barracuda" && result.kind !== "network")
        reason += "; Barracuda answers only DNS servers registered with it";
      return { kind: "could-not-check", target, reason };
    }
    case "ok": {
      const errors = result.records
        .map((a) => errorMeaning(target.list, a))
        .filter((m): m is string => !!m);
      const listings = result.records.filter((a) => !errorMeaning(target.list, a));
      if (listings.length > 0) return { kind: "listed", target, answers: listings };
      let reason = [...new Set(errors)].join(" ");
      if (target.list.keyedZone && !target.keyed)
        reason += ` Set ${target.list.keyedZone.env} to query through Spamhaus's free Data Query Service instead (needs a DQS key).`;
      return { kind: "could-not-check", target, reason, answers: result.records };
    }
  }
}

function worst(severities: Severity[]): Severity {
  for (const s of SEVERITY_ORDER) if (severities.includes(s)) return s;
  return "warning";
}

/**
 * What ends the listing, in the list's own policy: a removal request only where the list takes
 * one; where listings expire by themselves (or only an early removal is sold), the page is for
 * looking the listing up, and nobody needs to ask; a closed list removes nothing. A combined
 * list's listing follows the route of the parts that answered (`parts`), each in its own words.
 */
export function listedFix(list: BlocklistEntry, parts: readonly ListPart[] = []): string {
  const delisting = listingDelisting(list, parts);
  switch (removalKind(list)) {
    case "request":
      return parts.length > 0 && list.baseName
        ? `${delisting} ${list.baseName}'s lookup and removal page: ${list.delistUrl}`
        : `${delisting} Removal, once the cause is fixed: ${list.delistUrl}`;
    case "expires":
    case "expires-paid":
      return `${delisting} No removal request is needed; the listing can be looked up at ${list.delistUrl}`;
    case "closed":
      return delisting;
  }
}

function listedFinding(subject: string, o: Extract<Outcome, { kind: "listed" }>): Finding {
  const { list } = o.target;
  const meanings = listingMeanings(list, o.answers);
  const severity = worst(meanings.map((m) => m.severity));
  // A combined list (Spamhaus ZEN) is named by the parts that answered: a PBL answer is policy
  // about the address range, and must not read as the family's spam verdict.
  const parts = partsAnswered(list, o.answers);
  const name = listingName(list, parts);
  return {
    code: "blocklist.listed",
    area: "blocklist",
    severity,
    outcome: "done",
    title: `${subject} is listed on ${name}`,
    detail:
      `${list.baseName ?? list.name} answered ${o.answers.join(", ")}: ${meanings.map((m) => m.meaning).join("; ")}. ` +
      "Receivers that use this list refuse or junk mail from the listed address or domain.",
    fix: listedFix(list, parts),
    reference: `${RFC_5782}; ${list.baseName ?? list.name} return codes`,
    referenceUrl: list.sources[0] ?? RFC_5782_URL,
    records: [{ name: o.target.shown, type: "A", values: o.answers }],
    data: {
      zone: o.target.zoneShown,
      list: list.id,
      listName: name,
      returnCodes: o.answers,
      meanings: meanings.map((m) => m.meaning),
      ...(parts.length > 0 ? { parts: parts.map((p) => p.id) } : {}),
      delistUrl: list.delistUrl,
    },
  };
}

function couldNotCheckFinding(
  subject: string,
  o: Extract<Outcome, { kind: "could-not-check" }>,
): Finding {
  const { list } = o.target;
  return {
    code: "blocklist.could-not-check",
    area: "blocklist",
    severity: "info",
    outcome: "could-not-check",
    title: `Could not check ${subject} against ${list.name}`,
    // A DNS failure's reason has no full stop of its own (a list's error meaning has one).
    detail: `No answer to rely on: ${o.reason}${/[.!?]$/.test(o.reason) ? "" : "."} This says nothing about whether ${subject} is listed.`,
    fix: o.reason.includes("DQS")
      ? "Query from a resolver of your own, or configure a Spamhaus DQS key, and check again."
      : "Check again later, or look the address up on the list's own page.",
    reference: RFC_5782,
    referenceUrl: list.sources[0] ?? RFC_5782_URL,
    records: [
      { name: o.target.shown, type: "A", values: o.answers ?? [`(lookup failed: ${o.reason})`] },
    ],
    data: {
      zone: o.target.zoneShown,
      list: list.id,
      listName: list.name,
      returnCodes: o.answers ?? [],
      meanings: [o.reason],
      delistUrl: list.delistUrl,
    },
  };
}

async function check(
  subject: string,
  labels: string,
  kind: BlocklistKind,
  ipv6: boolean,
  dns: DnsClient,
  opts: BlocklistCheckOptions,
): Promise<Finding[]> {
  const { targets, skipped } = targetsFor(labels, kind, ipv6, opts);
  // All lists at once: the slowest list sets the time, not the sum.
  const outcomes = await Promise.all(
    targets.map(async (t) => classify(t, await dns.query(t.query, "A"))),
  );
  const findings: Finding[] = [];
  for (const o of outcomes) if (o.kind === "listed") findings.push(listedFinding(subject, o));
  for (const o of outcomes)
    if (o.kind === "could-not-check") findings.push(couldNotCheckFinding(subject, o));
  const clean = outcomes.filter((o) => o.kind === "not-listed");
  if (clean.length > 0) {
    findings.push({
      code: "blocklist.not-listed",
      area: "blocklist",
      severity: "ok",
      outcome: "done",
      title: `${subject} is not listed on ${clean.length} of ${targets.length} blocklists checked`,
      detail: `Not listed (NXDOMAIN) on: ${clean.map((o) => o.target.list.name).join(", ")}.`,
      reference: RFC_5782,
      referenceUrl: RFC_5782_URL,
      records: clean.map((o) => ({
        name: o.target.shown,
        type: "A",
        values: ["(NXDOMAIN: not listed)"],
      })),
      data: {
        lists: clean.map((o) => o.target.list.id),
        zones: clean.map((o) => o.target.zoneShown),
        skipped,
      },
    });
  }
  return findings;
}

/** The IP against every IP blocklist of the catalog (IPv6 in nibble form where supported). */
export async function checkIpBlocklists(
  ip: string,
  dns: DnsClient,
  opts: BlocklistCheckOptions = {},
): Promise<Finding[]> {
  const family = isIP(ip.trim());
  if (family === 0) throw new Error("checkIpBlocklists: not an IP address");
  return check(ip.trim(), reverseLabels(ip.trim()), "ip", family === 6, dns, opts);
}

/** The domain against every domain blocklist of the catalog (Spamhaus DBL, SURBL, URIBL). */
export async function checkDomainBlocklists(
  domain: string,
  dns: DnsClient,
  opts: BlocklistCheckOptions = {},
): Promise<Finding[]> {
  const name = normaliseName(domain);
  return check(name, name, "domain", false, dns, opts);
}

// Which of the catalog's blocklists a checklist's evidence names, and by which of their parts
// (Spamhaus ZEN's PBL part alone, or its SBL and XBL parts): read by the delisting steps and by
// the {recheckWait} placeholder, which waits as long as the slowest of them.
import {
  BLOCKLISTS,
  findBlocklistByZone,
  listingName,
  partsAnswered,
  type BlocklistEntry,
  type ListPart,
} from "@/lib/blocklists/catalog";
import type { Finding } from "@/lib/checks/types";
import { findings, type Context } from "@/lib/rules";
import { delistPageHost, delistPagesInBounce } from "./delisting-pages";

/** A list the evidence names, with the parts that answered (empty: the whole list, or unknown). */
export interface Listing {
  list: BlocklistEntry;
  parts: ListPart[];
  /** The listing's name: the parts that answered, where the list combines several. */
  name: string;
  /**
   * Named by the bounce, but the check that ran asked this list and found the address not
   * listed (and no check found it listed): the listing has ended since the bounce, or was never
   * this address's. Absent: listed, or not asked.
   */
  foundClean?: true;
}

function catalogEntry(key: string): BlocklistEntry | undefined {
  const k = key.toLowerCase();
  return BLOCKLISTS.find(
    (e) => e.id === k || e.zone === k || (e.aliases ?? []).includes(k) || k.endsWith(`.${e.zone}`),
  );
}

function listing(list: BlocklistEntry, parts: ListPart[]): Listing {
  return { list, parts, name: listingName(list, parts) };
}

/**
 * The list and answers of a "blocklist.listed" finding: from its data where the full finding is
 * at hand, else (a result link's compact finding, which carries no data) from the A record it
 * queried, whose name ends in the list's zone and whose values are the list's answers.
 */
export function listingOf(f: Finding): Listing | null {
  if (f.code !== "blocklist.listed") return null;
  const data = f.data;
  const fromData =
    catalogEntry(String(data?.["list"] ?? "")) ?? catalogEntry(String(data?.["zone"] ?? ""));
  const codes = data?.["returnCodes"];
  if (fromData && Array.isArray(codes))
    return listing(fromData, partsAnswered(fromData, codes.map(String)));
  const record = f.records?.find((r) => r.type === "A");
  const list = fromData ?? (record ? findBlocklistByZone(record.name) : undefined);
  if (!list) return null;
  return listing(list, record ? partsAnswered(list, record.values) : []);
}

/** The catalog's lists this checklist's evidence names: a check's listings and the bounce's zones. */
export function listedEntries(ctx: Context): Map<string, Listing> {
  const entries = new Map<string, Listing>();
  for (const f of [...findings(ctx, ctx.ipCheckId), ...findings(ctx, ctx.domainCheckId)]) {
    const l = listingOf(f);
    if (!l) continue;
    // The same list found twice (never from one check): the parts of both, unless either is
    // the whole list's.
    const before = entries.get(l.list.id);
    const parts =
      before && (before.parts.length === 0 || l.parts.length === 0)
        ? []
        : [...new Map([...(before?.parts ?? []), ...l.parts].map((p) => [p.id, p])).values()];
    entries.set(l.list.id, listing(l.list, parts));
  }
  // A zone the bounce names says which list, not which part: the whole list, where no check
  // found the listing; marked when a check asked that very list and it answered "not listed".
  const clean = listsFoundClean(ctx);
  for (const zone of ctx.blocklistZones) {
    const e = catalogEntry(zone);
    if (e && !entries.has(e.id))
      entries.set(e.id, clean.has(e.id) ? { ...listing(e, []), foundClean: true } : listing(e, []));
  }
  // A public list's page the bounce names is covered by that list's own step where the list is
  // known (by a zone, or as the only list with that page); otherwise the step only looks the
  // listing up, since which list (and so whether it takes requests at all) is not known from the
  // address alone (Spamhaus's lists, UCEPROTECT's three levels, each share one page).
  const pages = delistPagesInBounce(ctx.facts.diagnosis);
  for (const p of pages) {
    const host = p.publicList ? delistPageHost(p.url) : null;
    // A provider's page that sends senders to one list names it (PhraseEntry.removal).
    const lists = p.list
      ? BLOCKLISTS.filter((e) => e.id === p.list)
      : host
        ? BLOCKLISTS.filter((e) => !e.retired && delistPageHost(e.delistUrl) === host)
        : [];
    if (lists.length === 1 && !entries.has(lists[0]!.id))
      entries.set(lists[0]!.id, listing(lists[0]!, []));
  }
  return entries;
}

/**
 * The lists a check that ran asked and found the address not on ("blocklist.not-listed"): from
 * the finding's data, or (a result link's compact finding) from the names it queried.
 */
export function listsFoundClean(ctx: Context): Set<string> {
  const ids = new Set<string>();
  for (const f of [...findings(ctx, ctx.ipCheckId), ...findings(ctx, ctx.domainCheckId)]) {
    if (f.code !== "blocklist.not-listed" || f.outcome !== "done") continue;
    const lists = f.data?.["lists"];
    if (Array.isArray(lists)) for (const id of lists) ids.add(String(id));
    else
      for (const r of f.records ?? []) {
        const list = findBlocklistByZone(r.name);
        if (list) ids.add(list.id);
      }
  }
  return ids;
}

/**
 * Whether every list the evidence names was found clean by the check (none listed now): the
 * steps then say the listing ended, not what got the address listed or how to wait for it.
 */
export function everyListingEnded(ctx: Context): boolean {
  const entries = [...listedEntries(ctx).values()];
  return entries.length > 0 && entries.every((e) => e.foundClean);
}

// Which of the catalog's blocklists a checklist's evidence names: read by the delisting steps
// and by the {recheckWait} placeholder, which waits as long as the slowest of them.
import { BLOCKLISTS, type BlocklistEntry } from "@/lib/blocklists/catalog";
import type { Finding } from "@/lib/checks/types";
import { findings, type Context } from "@/lib/rules";
import { delistPageHost, delistPagesInBounce } from "./delisting-pages";

function catalogEntry(key: string): BlocklistEntry | undefined {
  const k = key.toLowerCase();
  return BLOCKLISTS.find(
    (e) => e.id === k || e.zone === k || (e.aliases ?? []).includes(k) || k.endsWith(`.${e.zone}`),
  );
}

/** The catalog's lists this checklist's evidence names: a check's listings and the bounce's zones. */
export function listedEntries(ctx: Context): Map<string, BlocklistEntry> {
  const listed: Finding[] = [
    ...findings(ctx, ctx.ipCheckId),
    ...findings(ctx, ctx.domainCheckId),
  ].filter((f) => f.code === "blocklist.listed");
  const entries = new Map<string, BlocklistEntry>();
  for (const f of listed) {
    const e =
      catalogEntry(String(f.data?.["list"] ?? "")) ?? catalogEntry(String(f.data?.["zone"] ?? ""));
    if (e) entries.set(e.id, e);
  }
  for (const zone of ctx.blocklistZones) {
    const e = catalogEntry(zone);
    if (e) entries.set(e.id, e);
  }
  // A public list's page the bounce names is covered by that list's own step where the list is
  // known (by a zone, or as the only list with that page); otherwise the step only looks the
  // listing up, since which list (and so whether it takes requests at all) is not known from the
  // address alone (Spamhaus's lists, UCEPROTECT's three levels, each share one page).
  const pages = delistPagesInBounce(ctx.facts.diagnosis);
  for (const p of pages) {
    const host = p.publicList ? delistPageHost(p.url) : null;
    const lists = host
      ? BLOCKLISTS.filter((e) => !e.retired && delistPageHost(e.delistUrl) === host)
      : [];
    if (lists.length === 1) entries.set(lists[0]!.id, lists[0]!);
  }
  return entries;
}

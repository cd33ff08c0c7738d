// Delisting pages a bounce can name or point to: a receiver's own list has its own form, and the
// bounce often gives its address; where it does not, the provider table entry that read the
// refusal says where its provider's page sends senders (PhraseEntry.removal). The provider
// tables are the one place these addresses are written: nothing here repeats one.
import { BLOCKLISTS, type BlocklistEntry } from "@/lib/blocklists/catalog";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { PROVIDER_TABLES, type RemovalPage } from "@/lib/knowledge/providers";

const URL_PATTERN = /https?:\/\/[A-Za-z0-9.-]{1,253}(?:\/[^\s<>"')\]]{0,200})?/g;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Hosts of the public lists' own delisting pages (the blocklist catalog). */
const CATALOG_HOSTS = new Set(
  BLOCKLISTS.flatMap((b) => {
    const h = hostOf(b.delistUrl);
    return h ? [h] : [];
  }),
);

/**
 * The same, of lists still running. A closed list's page is its former operator's site
 * (SORBS: proofpoint.com), which a receiver's bounce names as its own.
 */
const PUBLIC_LIST_HOSTS = new Set(
  BLOCKLISTS.flatMap((b) => {
    const h = b.retired ? null : hostOf(b.delistUrl);
    return h ? [h] : [];
  }),
);

export interface NamedDelistPage {
  name: string;
  url: string;
  /**
   * The page is a public list's (a host in the blocklist catalog), not the refusing receiver's
   * own form: what ending the listing takes is that list's policy, not a request by default.
   */
  publicList: boolean;
  /** The catalog list the page is, when known (a provider page that sends senders to it). */
  list?: string;
  /**
   * "bounce": the bounce prints this address; "table": the provider table entry that read the
   * refusal (or its status code) points to it, and the bounce need not print it.
   */
  from: "bounce" | "table";
}

/** A provider table's removal page as the checklist names it; null for an unknown catalog id. */
function namedPage(removal: RemovalPage): NamedDelistPage | null {
  if ("blocklist" in removal) {
    const list: BlocklistEntry | undefined = BLOCKLISTS.find((b) => b.id === removal.blocklist);
    return list
      ? {
          name: list.name,
          url: list.delistUrl,
          publicList: !list.retired,
          list: list.id,
          from: "table",
        }
      : null;
  }
  return { name: removal.name, url: removal.url, publicList: false, from: "table" };
}

/**
 * How a printed address is matched to a provider's page: a site's front page by its host
 * (a bounce may print "https://sender.office.com/" or a deeper page of the same portal), a page
 * with a path or query by host, path and query. A link redirector serves many pages from one
 * host: Exchange Online prints "http://go.microsoft.com/fwlink/?LinkID=526655" (its help link)
 * beside the delist portal, and Outlook.com's sender support form is LinkID=614866 on the same
 * host (review 31: the help link was taken for the form).
 */
function pageKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const rest = (u.pathname.replace(/\/+$/, "") + u.search).toLowerCase();
  return rest === "" ? host : `${host}${rest}`;
}

/** The keys a printed address can match: its whole address, then its site's front page. */
function printedKeys(url: string): string[] {
  const whole = pageKey(url);
  const host = hostOf(url);
  return [whole, host].filter((k, i, all): k is string => !!k && all.indexOf(k) === i);
}

/** Every entry of the provider tables with a removal page, by entry id. */
const BY_ENTRY = new Map<string, NamedDelistPage>();
/**
 * The providers' own pages (not a catalog list's), by the key pageKey gives: a bounce that
 * prints one names it.
 */
const OWN_PAGES = new Map<string, NamedDelistPage>();
/** The pages a status code points to whatever the words (RemovalPage.statuses). */
const BY_STATUS = new Map<string, NamedDelistPage>();
for (const table of PROVIDER_TABLES)
  for (const entry of [...table.phrases, ...table.statusReadings]) {
    if (!entry.removal) continue;
    const page = namedPage(entry.removal);
    if (!page) continue;
    BY_ENTRY.set(entry.id, page);
    if ("blocklist" in entry.removal) continue;
    const key = pageKey(entry.removal.url);
    if (key) OWN_PAGES.set(key, { ...page, from: "bounce" });
    for (const status of entry.removal.statuses ?? []) BY_STATUS.set(status, page);
  }

/** The host of a page's address, lower-cased; null for an address that does not parse. */
export function delistPageHost(url: string): string | null {
  return hostOf(url);
}

/**
 * The delisting pages the bounce names (an address of a known list or receiver form in the
 * refusal text), or points to by its status code.
 */
export function delistPagesInBounce(d: Diagnosis | null): NamedDelistPage[] {
  if (!d) return [];
  const out = new Map<string, NamedDelistPage>();
  for (const r of d.recipients) {
    const text = (r.recipient.diagnostic ?? "").slice(0, 4000);
    for (const m of text.matchAll(URL_PATTERN)) {
      const url = m[0].replace(/[.,;]+$/, "");
      const host = hostOf(url);
      if (!host) continue;
      const known = printedKeys(url)
        .map((k) => OWN_PAGES.get(k))
        .find((p) => p !== undefined);
      if (known) out.set(known.url, known);
      else if (CATALOG_HOSTS.has(host))
        out.set(url, { name: host, url, publicList: PUBLIC_LIST_HOSTS.has(host), from: "bounce" });
    }
    // The entries that read this refusal (its evidence), and the codes a page gives its route for.
    for (const e of r.evidence) {
      const page = BY_ENTRY.get(e.ruleId);
      if (page && !out.has(page.url)) out.set(page.url, page);
    }
    const status = r.recipient.status;
    const byStatus = status ? BY_STATUS.get(status) : undefined;
    if (byStatus && !out.has(byStatus.url)) out.set(byStatus.url, byStatus);
  }
  return [...out.values()];
}

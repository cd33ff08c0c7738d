// Delisting pages a bounce can name: a receiver's own list has its own form, and the bounce
// often gives its address. Each entry with the page that documents it.
import { BLOCKLISTS } from "@/lib/blocklists/catalog";
import type { Diagnosis } from "@/lib/diagnosis/types";

export interface DelistPage {
  host: string;
  name: string;
  url: string;
  /** Enhanced status codes that point to it even when the bounce gives no address. */
  statuses?: RegExp;
  source: string;
}

export const DELIST_PAGES: DelistPage[] = [
  {
    host: "sender.office.com",
    name: "Microsoft's delist portal (Outlook.com, Microsoft 365)",
    url: "https://sender.office.com/",
    // "550 5.7.606-649 Access denied, banned sending IP": Microsoft's own list of banned IPs.
    statuses: /^5\.7\.6(?:0[6-9]|[1-3]\d|4[0-9])$/,
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-606-649-in-exchange-online",
  },
];

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
      const known = DELIST_PAGES.find((p) => p.host === host);
      if (known) out.set(known.url, { name: known.name, url: known.url, publicList: false });
      else if (CATALOG_HOSTS.has(host))
        out.set(url, { name: host, url, publicList: PUBLIC_LIST_HOSTS.has(host) });
    }
    for (const p of DELIST_PAGES)
      if (p.statuses && r.recipient.status && p.statuses.test(r.recipient.status))
        out.set(p.url, { name: p.name, url: p.url, publicList: false });
  }
  return [...out.values()];
}

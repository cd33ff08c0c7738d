// Merges several SPF records (RFC 7208 §3.2 allows one per name: two make SPF permerror) into
// one that keeps every authorised sender, and counts the DNS lookups it costs (§4.6.4: at
// most 10). Pure; written here because lib/spf had no mergeSpfRecords when this was needed.

const LOOKUP_MECHANISMS = new Set(["include", "a", "mx", "ptr", "exists"]);
export const SPF_LOOKUP_LIMIT = 10;

export interface MergedSpf {
  record: string;
  /** DNS lookups the record itself costs (nested includes cost more: checked once published). */
  lookups: number;
  /** Plain-words notes: what was dropped and why, what still needs a decision. */
  notes: string[];
}

function termName(term: string): string {
  const t = term.replace(/^[+\-~?]/, "");
  const cut = t.search(/[:/=]/);
  return (cut < 0 ? t : t.slice(0, cut)).toLowerCase();
}

const ALL_STRICTNESS: Record<string, number> = { "-all": 3, "~all": 2, "?all": 1, "+all": 0, all: 0 };

/**
 * @param records the SPF records found (each "v=spf1 ..."), plus any senders to add
 * @param add extra mechanisms to make sure of (e.g. the platform's include, "ip4:192.0.2.1")
 */
export function mergeSpfRecords(records: string[], add: string[] = []): MergedSpf {
  const notes: string[] = [];
  const terms: string[] = [];
  const seen = new Set<string>();
  let all: string | null = null;
  let redirect: string | null = null;
  const push = (term: string) => {
    const key = term.replace(/^\+/, "").toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term.replace(/^\+/, ""));
  };
  for (const record of records) {
    const parts = record.trim().split(/\s+/).slice(0, 100);
    if (parts[0]?.toLowerCase() !== "v=spf1") continue;
    for (const term of parts.slice(1)) {
      const name = termName(term);
      if (name === "all") {
        const strict = term.toLowerCase();
        if (all === null || (ALL_STRICTNESS[strict] ?? 0) < (ALL_STRICTNESS[all] ?? 0)) {
          // The merged record must not refuse what one of the originals allowed; keep the softer "all".
          all = strict === "+all" || strict === "all" ? "~all" : strict;
        }
      } else if (name === "ptr") {
        notes.push("Dropped “ptr”: RFC 7208 §5.5 says not to use it (slow, unreliable, and it costs lookups).");
      } else if (name === "redirect") {
        redirect = term;
      } else if (name === "exp") {
        continue;
      } else {
        push(term);
      }
    }
  }
  for (const term of add) push(term);
  if (redirect && !terms.some((t) => t.toLowerCase() === `include:${redirect!.slice(9).toLowerCase()}`)) {
    // redirect= only applies when nothing else matched; inside a merged record it becomes an include.
    push(`include:${redirect.slice(9)}`);
    notes.push(`Turned “${redirect}” into an include, since the merged record has its own “all”.`);
  }
  const finalAll = all ?? "~all";
  const lookups = terms.filter((t) => LOOKUP_MECHANISMS.has(termName(t))).length;
  if (lookups > SPF_LOOKUP_LIMIT) {
    notes.push(
      `This record needs ${lookups} DNS lookups, over the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4): remove services you no longer use, ` +
        "or replace an include by the ip4:/ip6: ranges it lists (and keep them up to date).",
    );
  } else {
    notes.push(
      `The record itself costs ${lookups} of the ${SPF_LOOKUP_LIMIT} allowed DNS lookups; includes inside the includes count too, so check it again once published.`,
    );
  }
  return { record: ["v=spf1", ...terms, finalAll].join(" "), lookups, notes };
}

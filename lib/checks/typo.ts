// Likely typos of well-known mail domains: gmial.com -> gmail.com, gmail.con -> gmail.com.
// Pure: no DNS. A typo suggestion is a hint, shown beside the real DNS answer.

import { parse } from "tldts";
import { MIN_LABEL_LENGTH_FOR_TYPO, WELL_KNOWN_MAIL_DOMAINS } from "./data/well-known-mail-domains";

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), capped:
 * returns max + 1 as soon as the distance must exceed `max`. Inputs are bounded domain labels.
 */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
    if (Math.min(...row) > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function split(domain: string): { label: string; suffix: string } | null {
  // Unknown TLDs (".con") count as suffixes so that a TLD typo still splits cleanly.
  const parsed = parse(domain, { allowPrivateDomains: false });
  if (!parsed.publicSuffix || !parsed.domainWithoutSuffix) return null;
  if (parsed.subdomain) return null;
  return { label: parsed.domainWithoutSuffix, suffix: parsed.publicSuffix };
}

/** The well-known domain this one is probably a typo of, or undefined. */
export function suggestMailDomain(domain: string): string | undefined {
  const d = domain.toLowerCase();
  if (d.length > 64 || WELL_KNOWN_MAIL_DOMAINS.includes(d)) return undefined;
  const input = split(d);
  if (!input) return undefined;
  for (const known of WELL_KNOWN_MAIL_DOMAINS) {
    const k = split(known);
    if (!k) continue;
    // A typo in the label, same suffix: gmial.com, hotmial.com, yahooo.com.
    if (
      k.suffix === input.suffix &&
      k.label.length >= MIN_LABEL_LENGTH_FOR_TYPO &&
      editDistance(input.label, k.label) <= 1
    ) {
      return known;
    }
    // A typo in the suffix, same label: gmail.con, gmail.cmo, hotmail.co.
    if (k.label === input.label && editDistance(input.suffix, k.suffix) <= 1) {
      // Real sibling domains (gmx.at beside gmx.de) are well-known themselves: excluded above.
      return known;
    }
  }
  return undefined;
}

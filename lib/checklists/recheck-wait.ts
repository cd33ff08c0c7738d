// When looking an address up again can show it delisted, from the lists' own data: a list
// whose listings expire says how long they last (catalog `expiresAfter`); a list that takes
// requests is looked at again a day after the request (the reviews the catalog records take
// up to a day). The longest wait of the lists involved decides; a list that names no time
// says so instead of a guess. A closed list removes nothing and sets no wait.

import { removalKind } from "@/lib/blocklists/catalog";
import type { Listing } from "./listed-entries";

const REQUEST_REVIEW_HOURS = 24;

function duration(hours: number): string {
  if (hours % 24 === 0) return hours === 24 ? "a day" : `${hours / 24} days`;
  return `${hours} hours`;
}

/**
 * Completes "Run this wizard again with the same bounce …". A listing is named as its step names
 * it (a combined list by the parts that answered).
 */
export function recheckWait(listings: readonly Listing[]): string {
  const open = listings.filter(({ list }) => removalKind(list) !== "closed");
  const untimed = open.find(({ list }) => removalKind(list) !== "request" && !list.expiresAfter);
  if (untimed)
    return `once ${untimed.name}'s lookup page no longer shows the listing (the list names no fixed time)`;
  let longest: { hours: number; words: string } | null = null;
  for (const { list: l, name } of open) {
    const wait = l.expiresAfter
      ? {
          hours: l.expiresAfter.hours,
          words: `${duration(l.expiresAfter.hours)} after ${l.expiresAfter.from}, when ${name} lets the listing end`,
        }
      : { hours: REQUEST_REVIEW_HOURS, words: "a day after the removal request" };
    if (!longest || wait.hours > longest.hours) longest = wait;
  }
  return longest?.words ?? "a day later";
}

// A cause's step templates made into steps: text steps filled from the facts, generated steps
// (records, delisting, messages) built by their generator.
import {
  ipFoundOnNoList,
  ipListingSituation,
  delistingItems,
  relayAskedUnlisted,
} from "./blocklist-steps";
import { fill, type BuildContext } from "./build-context";
import { everyListingEnded } from "./listed-entries";
import { IP_LISTING_STEPS } from "./data";
import { dkimItem } from "./dkim-step";
import { dmarcItem } from "./dmarc-step";
import { contentReviewItems, messageItem } from "./message-steps";
import { ptrItem } from "./ptr-step";
import { spfItem } from "./spf-step";
import type { ChecklistItem, GeneratorName, ItemTemplate } from "./types";

function generate(name: GeneratorName, b: BuildContext): ChecklistItem[] {
  switch (name) {
    case "content-review":
      return contentReviewItems(b);
    case "spf-record":
      return spfItem(b);
    case "dmarc-record":
      return dmarcItem(b);
    case "dkim-record":
      return dkimItem(b);
    case "ptr-record":
      return ptrItem(b);
    case "delisting":
      // The refusal asks for the provider's relay and no list lists the IP: nothing to delist.
      return b.cause === "ip-blocklisted" && relayAskedUnlisted(b.ctx) ? [] : delistingItems(b);
    case "ip-listing-cause":
      return ipListingCause(b);
    default:
      return messageItem(b, name);
  }
}

// The IP-listing step sets are templates themselves, so this generator expands again.
function ipListingCause(b: BuildContext): ChecklistItem[] {
  const steps = IP_LISTING_STEPS[ipListingSituation(b.ctx)];
  // No list lists the IP now (every one the bounce named answered "not listed"): "find what got
  // it listed" would speak of a listing as current; the ended-listing step says what to do if a
  // new refusal names the list again.
  // The refusal asks for the provider's relay and no list lists the IP (relayAskedUnlisted): the
  // evidence step says to send through the relay; a compromise hunt would speak of a listing.
  // Nor where the bounce names no list and the IP check found it on none (ipFoundOnNoList).
  if (everyListingEnded(b.ctx) || relayAskedUnlisted(b.ctx) || ipFoundOnNoList(b.ctx))
    return expand(
      steps.filter((t) => "generate" in t || t.id !== "ip-blocklisted.find-cause"),
      b,
    );
  return expand(steps, b);
}

export function expand(templates: ItemTemplate[], b: BuildContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const t of templates) {
    if ("generate" in t) {
      items.push(...generate(t.generate, b));
      continue;
    }
    items.push({
      ...t,
      title: fill(t.title, b),
      detail: fill(t.detail, b),
      actor: t.actor ?? b.actor,
    });
  }
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

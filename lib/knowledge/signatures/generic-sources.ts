// Where the generic wordings (generic.ts) come from: each group is one mail server's source
// file, one provider's page or one RFC, with the exact strings it emits. A generic wording
// listed here cites that page and carries that page's own words as its example (issue 8:
// "a generic entry needs a real, sourced example of its own"). A wording not listed here
// still cites only Sisimai's reason folder (another classifier's collection); the catalog
// test holds their number under a ceiling that only goes down.
import type { Needle } from "./types";

export interface QuotedWording {
  /** The needle exactly as generic.ts writes it (string needles) or its regex. */
  needle: Needle;
  /** The string as the source writes it, copied exactly (placeholders as the source has them). */
  quote: string;
}

export interface WordingSource {
  /** Repository and path at a named version, or the page's URL. */
  url: string;
  /** What the source is: software and version, file, or page title. */
  title: string;
  wordings: readonly QuotedWording[];
}

export const GENERIC_SOURCES: readonly WordingSource[] = [];

// The shape of a generic wording's source (generic-sources.ts and the per-cause-family files
// beside it): a repository file at a pinned commit or a page, with the exact strings it emits.
import type { Needle } from "./types";

export interface QuotedWording {
  /** The needle exactly as generic.ts writes it (string needles) or its regex. */
  needle: Needle;
  /** The string as the source writes it, copied exactly (printf placeholders as the source has them). */
  quote: string;
  /**
   * The reply as the server sends it when the quote holds placeholders ("%s", "{addr}") or
   * is assembled from parts (reply code and status from the same call): the placeholders
   * filled with documentation values (RFC 5737 addresses, example.com). The example the
   * catalog test feeds through the classifier; the quote when absent.
   */
  output?: string;
}

export interface WordingSource {
  /** Repository and path at a named version, or the page's URL. */
  url: string;
  /** What the source is: software and version, file, or page title. */
  title: string;
  wordings: readonly QuotedWording[];
}

/** A file of a public repository at the commit read. */
export function gh(repoAtCommit: string, path: string): string {
  return `https://github.com/${repoAtCommit}/${path}`;
}

// What a content review is: the spam filter's verdict on the message the user sent, translated
// into plain findings. Serialisable (API, CLI, UI); browser-safe (types only).

/** The topics findings are grouped under, in the order the page shows them. */
export type ContentGroup =
  | "link-blocklist"
  | "url-shortener"
  | "html-without-text"
  | "image-only"
  | "headers"
  | "authentication"
  | "forged-sender"
  | "attachments"
  | "phrases"
  | "other";

/** One rule (Rspamd "symbol") the filter reported, as it answered. */
export interface FilterSymbol {
  name: string;
  score: number;
  /** The filter's own one-line description, when it has one. */
  description?: string;
  /** What the rule matched (a domain, an extension, a header value...). */
  options: string[];
}

/** The filter's answer, translated from its JSON at the edge (lib/content/filter-client.ts). */
export interface FilterVerdict {
  score: number;
  /** The filter's reject threshold. */
  requiredScore: number;
  /** The filter's action: "no action", "greylist", "add header", "rewrite subject", "reject". */
  action: string;
  symbols: FilterSymbol[];
  /** Host names of the links the filter found in the message. */
  urls: string[];
  /** Time the filter spent, in milliseconds (its own measure). */
  filterMs: number;
}

export interface ContentThresholds {
  /** At or over this, receivers that greylist delay the message. */
  greylist: number;
  /** At or over this, receivers mark the message as spam (junk folder). */
  addHeader: number;
  /** At or over this, receivers refuse the message. */
  reject: number;
}

/** Where the score puts the message. */
export type ContentVerdict = "low" | "greylist" | "junk" | "reject";

export interface ContentFinding {
  /** The filter's rule name, e.g. "DBL_SPAM". */
  symbol: string;
  group: ContentGroup;
  /** Points the rule added (negative: counted in the message's favour). */
  score: number;
  /** What it means, in plain words. */
  title: string;
  /** What to change; absent for findings in the message's favour. */
  fix?: string;
  /** What the rule matched, from the filter's answer (domains, extensions...). */
  matched: string[];
  /** The filter's own description of the rule. */
  filterDescription?: string;
  /** "bad": counts against the message; "good": in its favour; "info": no points, worth knowing. */
  tone: "bad" | "good" | "info";
}

export interface ContentFindingGroup {
  group: ContentGroup;
  title: string;
  findings: ContentFinding[];
}

/** A domain linked in the message, looked up on the domain blocklists the project queries. */
export interface LinkedDomain {
  domain: string;
  status: "listed" | "not-listed" | "could-not-check";
  /** Names of the lists that list it (listed) or could not answer (could-not-check). */
  lists: string[];
  /**
   * Delisting links of the lists that list it, in the order of `lists` ("" for a list that
   * names none). Older reviews may hold only the non-empty ones.
   */
  delistUrls: string[];
}

export type AttachmentRisk = "executable" | "macro" | "archive-with-executable" | "archive";

export interface RiskyAttachment {
  name: string;
  contentType: string;
  risk: AttachmentRisk;
  /** Why receivers refuse it, in plain words. */
  reason: string;
  /** For archives: the risky files inside. */
  inside?: string[];
}

/** Where the reviewed message came from. */
export interface ReviewedSource {
  /** "bounce-copy": the copy of the original a bounce carried; "message": a sent message itself. */
  kind: "bounce-copy" | "message";
  /** Only the headers were available (text/rfc822-headers): the body could not be reviewed. */
  headersOnly: boolean;
  bytes: number;
}

export interface ReviewedContent {
  status: "reviewed";
  source: ReviewedSource;
  score: number;
  thresholds: ContentThresholds;
  verdict: ContentVerdict;
  /** The filter's action word, as it answered. */
  action: string;
  groups: ContentFindingGroup[];
  linkedDomains: LinkedDomain[];
  attachments: RiskyAttachment[];
  /** Name and version of the filter, e.g. "Rspamd 3.4". */
  filter: string;
  filterMs: number;
}

export interface UnreviewedContent {
  status: "could-not-review";
  /** Plain words: why, and what to do. Never "clean". */
  reason: string;
  source?: ReviewedSource;
}

export type ContentReview = ReviewedContent | UnreviewedContent;

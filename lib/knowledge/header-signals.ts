// Header fields of the bounce message itself (not of the returned original) that name a cause
// on their own, for writers that put the verdict there rather than in the text. Data with its
// source; the parser keeps only the fields named here (ParsedBounce.headers), so a person's
// addresses in From/To of the bounce never reach the result.
import type { CauseId } from "@/lib/causes/causes";

export interface HeaderSignal {
  /** Unique rule id, e.g. "ezweb.x-spasign-ng". */
  id: string;
  /** The writer (lib/knowledge/bounce-writers.ts or the parser's generator) whose header it is. */
  writers: readonly string[];
  /** Header field name, lower case. */
  header: string;
  /** The field's value, compared case-sensitively after trimming. */
  value: string;
  cause: CauseId;
  confidence: number;
  source: string;
  note: string;
}

export const HEADER_SIGNALS: readonly HeaderSignal[] = [
  {
    // au by KDDI (EZweb) marks a bounce for a recipient whose own reception filter (the
    // "domain filter" / spam filter the phone's owner sets) refused the sender with
    // "X-SPASIGN: NG"; Sisimai's EZweb module reads that field as "filtered".
    id: "ezweb.x-spasign-ng",
    writers: ["ezweb"],
    header: "x-spasign",
    value: "NG",
    cause: "sender-policy",
    confidence: 0.8,
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/EZweb.pm",
    note: "The bounce carries au (EZweb)'s \"X-SPASIGN: NG\" header: the recipient's own reception filter refused this sender; the address itself exists.",
  },
];

/**
 * Fields that mark an automatic reply, kept so that a not-a-bounce verdict's confidence can say
 * which mark it rests on (lib/knowledge/scoring/not-a-bounce-signals.ts): the standard's
 * "Auto-Submitted" (RFC 3834 section 5) and the custom "X-Autoreply" / "X-Autorespond" some
 * vacation programs write. None holds an address.
 */
export const AUTO_REPLY_HEADER_NAMES = ["auto-submitted", "x-autoreply", "x-autorespond"] as const;

/** The header names the parser keeps in ParsedBounce.headers. */
export const SIGNAL_HEADER_NAMES: ReadonlySet<string> = new Set([
  ...HEADER_SIGNALS.map((s) => s.header),
  ...AUTO_REPLY_HEADER_NAMES,
]);

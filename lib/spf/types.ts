// Shapes of a parsed SPF record (RFC 7208 §4.6, §5, §6, §12) and of an evaluation's explanation
// tree. Serialisable: the findings carry the tree in `data`, the UI draws it.

import type { RecordType } from "@/lib/dns/types";
import type { MacroToken } from "./macro";

export type SpfResult =
  "none" | "neutral" | "pass" | "fail" | "softfail" | "temperror" | "permerror";

/** "+" pass, "-" fail, "~" softfail, "?" neutral (RFC 7208 §4.6.2). */
export type Qualifier = "+" | "-" | "~" | "?";

export const QUALIFIER_RESULT: Record<Qualifier, SpfResult> = {
  "+": "pass",
  "-": "fail",
  "~": "softfail",
  "?": "neutral",
};

export type MechanismKind = "all" | "include" | "a" | "mx" | "ptr" | "ip4" | "ip6" | "exists";

/** A domain-spec (or any macro string) as written, and its tokens. */
export interface MacroString {
  raw: string;
  tokens: MacroToken[];
}

export type SpfMechanism =
  | { kind: "all" }
  | { kind: "include"; domain: MacroString }
  | { kind: "a" | "mx"; domain?: MacroString; cidr4: number; cidr6: number }
  | { kind: "ptr"; domain?: MacroString }
  | { kind: "ip4"; network: string; cidr: number }
  | { kind: "ip6"; network: string; cidr: number }
  | { kind: "exists"; domain: MacroString };

export interface SpfDirective {
  type: "directive";
  /** The term as written, e.g. "~include:_spf.example.com". */
  text: string;
  /** Offset of the term in the record. */
  position: number;
  qualifier: Qualifier;
  mechanism: SpfMechanism;
}

export interface SpfModifier {
  type: "modifier";
  text: string;
  position: number;
  /** Lower-case name: "redirect", "exp" or an unknown modifier's name. */
  name: string;
  value: MacroString;
}

export type SpfTerm = SpfDirective | SpfModifier;

export interface SpfRecord {
  text: string;
  terms: SpfTerm[];
  directives: SpfDirective[];
  redirect?: SpfModifier;
  exp?: SpfModifier;
  unknownModifiers: SpfModifier[];
}

export interface SpfSyntaxError {
  /** 0-based character offset in the record. */
  position: number;
  /** The term the error is in, when there is one. */
  term?: string;
  /** Plain words. */
  message: string;
}

export type SpfParseResult =
  | { ok: true; record: SpfRecord }
  | { ok: false; errors: SpfSyntaxError[]; /** The terms that did parse. */ partial: SpfRecord };

/** One DNS question asked while evaluating, and what came back. */
export interface SpfDnsLookup {
  name: string;
  type: RecordType;
  status: "ok" | "nxdomain" | "nodata" | "error" | "not-sent";
  /** Answers as text ("10 mx.example.com" for MX; TXT strings joined). */
  answers: string[];
  /** DNS error, or why the question was not sent. */
  error?: string;
}

export type SpfTermOutcome =
  "match" | "no-match" | "not-reached" | "temperror" | "permerror" | "ignored";

export interface SpfTermTrace {
  /** Index among the record's terms. */
  index: number;
  text: string;
  position: number;
  kind: "mechanism" | "modifier";
  /** "include", "a", "redirect", "exp", an unknown modifier's name... */
  name: string;
  qualifier?: Qualifier;
  /** The domain the term looked at, after macro expansion. */
  target?: string;
  /** True for include, a, mx, ptr, exists, redirect (RFC 7208 §4.6.4). */
  countsTowardLimit: boolean;
  lookups: SpfDnsLookup[];
  /** The term's lookup answered NXDOMAIN or no records (RFC 7208 §4.6.4). */
  voidLookup: boolean;
  outcome: SpfTermOutcome;
  /** Plain words: what happened. */
  note?: string;
  /** include / redirect: the record evaluated there. */
  child?: SpfNode;
}

export interface SpfNode {
  domain: string;
  via: "check" | "include" | "redirect";
  /** The SPF record used here, when one was selected. */
  record?: string;
  /** Every TXT record at the name, SPF or not (joined strings). */
  txtRecords: string[];
  /** The TXT lookup itself. */
  recordLookup?: SpfDnsLookup;
  syntaxErrors: SpfSyntaxError[];
  terms: SpfTermTrace[];
  /** DNS-querying terms evaluated at this node (not counting children's). */
  lookupTerms: number;
  voidLookups: number;
  /** Every DNS question asked for this node (record fetch and terms, not children's). */
  dnsLookups: SpfDnsLookup[];
  children: SpfNode[];
  matched?: { index: number; text: string; qualifier: Qualifier };
  result: SpfResult;
  /** Plain words: why this node gave its result. */
  reason: string;
  /** What went wrong here, when this node's own record or lookup is the cause. */
  problem?: SpfNodeProblem;
}

export type SpfNodeProblem =
  | "invalid-domain"
  | "no-record"
  | "multiple-records"
  | "syntax"
  | "dns-error"
  | "lookup-limit"
  | "void-limit"
  | "mx-limit"
  | "include-none"
  | "redirect-none";

export interface SpfEvaluation {
  result: SpfResult;
  ip: string | null;
  sender: string;
  helo: string;
  domain: string;
  /** For "fail": the explanation (exp= text after macro expansion, else the default text). */
  explanation?: string;
  explanationSource?: "exp" | "default";
  /**
   * The mechanism that decided, with the domain whose record holds it and the path of domains
   * (includes and redirects) to it. For a pass through an include, the mechanism inside it; the
   * qualifier is that mechanism's own (the include's qualifier is on the top node's `matched`).
   */
  matched?: { domain: string; text: string; qualifier: Qualifier; path: string[] };
  tree: SpfNode;
  totals: {
    lookups: number;
    lookupLimit: number;
    voidLookups: number;
    voidLimit: number;
    /** DNS questions sent (including the record fetches, MX/PTR address lookups, exp, %{p}). */
    dnsQueries: number;
    elapsedMs: number;
  };
  /** Plain words: why the result is what it is. */
  reason: string;
  /** What to change, in plain words (empty when nothing should change). */
  advice: string[];
}

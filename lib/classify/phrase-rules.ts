// Every phrase the classifier reads, from the signature catalog (lib/knowledge/signatures) and
// the provider documentation tables (lib/knowledge/providers, PROVIDER_TABLES), as one
// compiled set with each entry's weight. Built once at module load; the tables plug in here
// without engine changes.
import type { CauseId } from "@/lib/causes/causes";
import { CORE_TABLES } from "@/lib/knowledge/scoring/core-tables";
import { PROVIDER_TABLES, type PhraseEntry, type ProviderTable } from "@/lib/knowledge/providers";
import { WEIGHTS } from "@/lib/knowledge/scoring/weights";
import {
  KEYWORD_SIGNATURES,
  MTA_DEFAULT_PROVIDERS,
  PROVIDER_SIGNATURES,
  type Signature,
} from "@/lib/knowledge/signatures";
import {
  compileSignatures,
  gateGramsOf,
  signatureSet,
  type GateGrams,
  type SignatureSet,
} from "./matcher";

/** What a phrase match weighs and how it may be read. */
export interface PhraseRule {
  id: string;
  provider: string;
  cause: CauseId;
  /** Its weight before the whole-text factor. */
  weight: number;
  /**
   * General: a wording any server or filter may reuse (a generic keyword, a mail server's
   * default text, a registry phrase): a stated stage may shift its reading (stage-shifts.ts).
   */
  general: boolean;
  /** Counts only when the refusal is identified as this provider's. */
  providerScoped: boolean;
  /** Read only where its provider is identified (scope "identified"). */
  identifiedOnly: boolean;
  /** A one-word keyword or a restatement: ranks its cause, never decides it alone. */
  hint: boolean;
  source: string;
  note?: string;
  /**
   * For a provider's documented wording that its page gives only with exact status codes
   * (Exchange Online's "Access denied, banned sender" is an account ban with 5.7.502 and an IP
   * ban with 5.7.511): how it is read where the reply carries no status code at all, as a hint
   * that ranks its cause and decides nothing (the code that tells the readings apart is missing).
   */
  withoutStatus?: PhraseRule;
}

/**
 * A one-word generic needle, or an entry marked as a hint (a restatement of the refusal, or a
 * mail server's default text for a rule whose reason it does not give): it never decides alone.
 */
export function isHint(s: Signature): boolean {
  return (s.provider === "generic" && oneWord(s)) || s.hint === true;
}

/** A one-word needle: too little context to name a cause alone. */
export function oneWord(s: Signature): boolean {
  return s.match.every((n) => typeof n === "string" && !n.includes(" ") && n.length < 16);
}

/** Whether an entry holds to exact status codes only (no "5.7." prefix). */
function exactStatus(s: Signature): boolean {
  return s.status !== undefined && s.status.length > 0 && s.status.every((c) => !c.endsWith("."));
}

function fromSignature(s: Signature, tier: 1 | 2): PhraseRule {
  const mtaDefault = MTA_DEFAULT_PROVIDERS.has(s.provider);
  // "No reply code" narrows where the words apply; it adds no context that makes them more specific.
  const reply = s.replyCode !== undefined && s.replyCode !== "none";
  const contextual = Boolean(s.writers || s.rhosts || s.commands || s.status || reply);
  let base: number;
  if (tier === 1) base = s.hint ? WEIGHTS.weak : mtaDefault ? WEIGHTS.strong : WEIGHTS.documented;
  else if (s.provider === "iana") base = WEIGHTS.strong;
  else base = oneWord(s) || s.hint ? WEIGHTS.weak : WEIGHTS.collected;
  return {
    id: s.id,
    provider: s.provider,
    cause: s.cause,
    weight: base * (0.5 + 0.5 * s.confidence) + (contextual ? WEIGHTS.contextBonus : 0),
    // An MTA's default text held to the exact status its server sends with it (Sendmail's
    // "421 4.7.0 ... Too many bad recipients") is that server's whole reply: its code was read
    // with its words, so no status or stage shift reinterprets it.
    general: tier === 2 || (mtaDefault && !exactStatus(s)),
    providerScoped: false,
    identifiedOnly: false,
    hint: isHint(s),
    source: s.source,
    ...(s.note ? { note: s.note } : {}),
  };
}

const STRENGTH_WEIGHT = {
  documented: WEIGHTS.documented,
  strong: WEIGHTS.strong,
  weak: WEIGHTS.weak,
} as const;

/**
 * A rule's citation ("title, url"), one string per cited page within one compile: a page cites
 * dozens of entries, and each template made two concatenated-string objects of its own, which
 * the command line's start-up snapshot kept (about 2,000 of the V8 object cache's 21,900
 * entries, which every young-generation collection walks as roots).
 */
function citation(source: PhraseEntry["source"], seen: Map<string, string>): string {
  const text = `${source.title}, ${source.url}`;
  const known = seen.get(text);
  if (known !== undefined) return known;
  seen.set(text, text);
  return text;
}

/** A provider table's phrase entry in the matcher's shape, and its rule. */
function fromEntry(
  e: PhraseEntry,
  citations: Map<string, string>,
): { sig: Signature; rule: PhraseRule } {
  const sig: Signature = {
    id: e.id,
    provider: e.provider,
    match: e.match,
    ...(e.also ? { also: e.also } : {}),
    ...(e.unless ? { unless: e.unless } : {}),
    ...(e.recipientDomain ? { recipientDomain: e.recipientDomain } : {}),
    ...(e.commands ? { commands: e.commands } : {}),
    ...(e.status ? { status: e.status } : {}),
    ...(e.replyCode ? { replyCode: e.replyCode } : {}),
    cause: e.cause,
    confidence: 1,
    source: e.source.url,
    example: e.example,
  };
  const rule: PhraseRule = {
    id: e.id,
    provider: e.provider,
    cause: e.cause,
    // A weak entry never decides alone: the context its status or reply code gives does not
    // lift it to a deciding weight (WEIGHTS.weak + contextBonus would reach DECISION.DECISIVE).
    weight:
      STRENGTH_WEIGHT[e.strength] +
      (e.strength !== "weak" && (e.status || e.replyCode) ? WEIGHTS.contextBonus : 0),
    general: e.strength !== "documented",
    providerScoped: e.scope !== "any",
    identifiedOnly: e.scope === "identified",
    hint: e.strength === "weak",
    source: citation(e.source, citations),
    ...(e.note ? { note: e.note } : {}),
  };
  if (e.strength !== "weak" && e.status && e.status.every((c) => !c.endsWith(".")))
    rule.withoutStatus = {
      ...rule,
      weight: WEIGHTS.weak,
      hint: true,
      note: `${e.source.title} gives these words with status ${e.status.join(" or ")}; the reply carries no status code, so they rank this cause and decide nothing.${e.note ? ` ${e.note}` : ""}`,
    };
  return { sig, rule };
}

/** All tables the classifier reads: its own, then the provider documentation tables. */
export const ALL_TABLES: readonly ProviderTable[] = [...CORE_TABLES, ...PROVIDER_TABLES];

export interface Built {
  /** Read in the recipient's words. */
  words: SignatureSet;
  wordsRules: PhraseRule[];
  /** Read in the bounce's whole text (a writer's own summary lines): few, all context-bound. */
  text: SignatureSet;
  textRules: PhraseRule[];
}

/**
 * Compiles provider tables (and, with `catalog`, the signature catalog) into one matcher set.
 * Exported so that a test can plug a table of its own into the same engine.
 */
export function compileTables(
  tables: readonly ProviderTable[],
  catalog = false,
  known?: GateGrams,
  leftOut?: ReadonlySet<string>,
): Built {
  const sigs: Signature[] = [];
  const rules: PhraseRule[] = [];
  const tiers: (1 | 2)[] = [];
  if (catalog) {
    for (const s of PROVIDER_SIGNATURES) {
      if (leftOut?.has(s.provider)) continue;
      sigs.push(s);
      rules.push(fromSignature(s, 1));
      tiers.push(1);
    }
    for (const s of KEYWORD_SIGNATURES) {
      sigs.push(s);
      rules.push(fromSignature(s, 2));
      tiers.push(2);
    }
  }
  const citations = new Map<string, string>();
  for (const t of tables)
    for (const e of t.phrases) {
      const { sig, rule } = fromEntry(e, citations);
      sigs.push(sig);
      rules.push(rule);
      tiers.push(1);
    }
  // One compile over all needles, so that gram rarity is counted across the whole catalog.
  const compiled = compileSignatures(sigs, 1, known).map((c, i) => ({
    ...c,
    tier: tiers[i] ?? 1,
  }));
  const wordsIdx: number[] = [];
  const textIdx: number[] = [];
  compiled.forEach((c, i) => (c.sig.scope === "text" ? textIdx : wordsIdx).push(i));
  const pick = (idx: number[]) => ({
    set: signatureSet(idx.map((i) => compiled[i]!)),
    rules: idx.map((i) => rules[i]!),
  });
  const w = pick(wordsIdx);
  const t = pick(textIdx);
  return { words: w.set, wordsRules: w.rules, text: t.set, textRules: t.rules };
}

let compiledPhrases: Built | null = null;
let knownGrams: GateGrams | undefined;

/**
 * Gate grams computed by a build step (lib/cli/gate-grams.ts): the first phrases() call takes
 * them instead of computing every needle's grams, most of the command line's start-up.
 * Needles they do not know (tables changed since the build) make it compute them all.
 */
export function provideGateGrams(grams: Readonly<Record<string, number[]>>): void {
  if (!compiledPhrases) knownGrams = new Map(Object.entries(grams));
}

/** Every table, compiled on first use (not at module load: what never classifies never pays). */
export function phrases(): Built {
  compiledPhrases ??= compileTables(ALL_TABLES, true, knownGrams);
  knownGrams = undefined;
  return compiledPhrases;
}

/**
 * For evaluation only (eval:provider-docs --leave-one-out): what phrases() returns leaves out
 * the tables and catalog entries of these providers, so that their documented examples show
 * what the rest of the knowledge makes of words it was not written from (how it does on a
 * provider it has never read). An empty list restores every table.
 */
export function leaveOutProvidersForEvaluation(providers: readonly string[]): void {
  const out = new Set(providers);
  compiledPhrases =
    out.size === 0
      ? null
      : compileTables(
          ALL_TABLES.filter((t) => !out.has(t.provider)),
          true,
          undefined,
          out,
        );
}

/** The compiled tables' gate grams, for the build step that writes them. */
export function phraseGateGrams(): Record<string, number[]> {
  const built = phrases();
  return gateGramsOf([built.words.list, built.text.list]);
}

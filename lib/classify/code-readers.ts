// Which features read the refusal's codes, so that no code counts twice: a provider's entry
// whose page prints its words with the refusal's status (and reply code), a catalog phrase held
// to the exact status, a provider's reading of its own code. The registry's reading of a code
// and a code's usual causes (./code-features.ts) stand back where one of these read it. Also
// whose server gave the reply, which decides whose reading applies.
import type { ProviderEvidence, Refusal } from "@/lib/bounce/refusal";
import type { Feature } from "./features";
import type { CompiledSignature, MatchFacts } from "./matcher";

/** How the refusal was identified as the provider's, or undefined when it was not. */
export function providerEvidence(r: Refusal, provider: string): ProviderEvidence | undefined {
  const providers = r.providers;
  for (let k = 0; k < providers.length; k++)
    if (providers[k]!.provider === provider) return providers[k];
  return undefined;
}

/** Whether the refusal is identified as the provider's (its server gave the reply). */
export function identified(r: Refusal, provider: string): boolean {
  const providers = r.providers;
  for (let k = 0; k < providers.length; k++) if (providers[k]!.provider === provider) return true;
  return false;
}

/**
 * Features that read the refusal's enhanced status code: a provider's reading of its own code,
 * or a provider's entry, read at its full weight, whose page prints its words with that status.
 * The registry's reading of the same code is no second fact beside them (statusFeatures): one
 * code is read once, by its most specific reader. So is a catalog phrase held to the exact
 * status (heldToStatus): its status condition gave it weights.ts contextBonus, so the registry's
 * reading beside it would count the code a second time.
 */
export const READ_STATUS = new WeakSet<Feature>();
/** The same for the basic reply code (replyFeatures). */
export const READ_REPLY = new WeakSet<Feature>();

/** A reply code at the start of a documented example, and an enhanced status code in it. */
const EXAMPLE_REPLY = /^\s{0,8}([245]\d\d)(?=[ -]|$)/;
const EXAMPLE_STATUS = /(?:^|[\s(\[#-])([245]\.\d{1,3}\.\d{1,3})(?=[\s):\].,;]|$)/;

/** The codes a provider's page prints with an entry's words (its example), made once per entry. */
interface PageCodes {
  reply: number | null;
  status: string | null;
}
const PAGE_CODES = new WeakMap<CompiledSignature, PageCodes>();

export function pageCodes(c: CompiledSignature): PageCodes {
  let codes = PAGE_CODES.get(c);
  if (!codes) {
    const head = c.sig.example.slice(0, 200);
    const reply = EXAMPLE_REPLY.exec(head)?.[1];
    codes = {
      reply: reply ? Number(reply) : null,
      status: EXAMPLE_STATUS.exec(head)?.[1] ?? null,
    };
    PAGE_CODES.set(c, codes);
  }
  return codes;
}

/**
 * Whether the refusal's codes are the ones the provider's page prints the entry's words with
 * (Gmail's page: "523 5.7.10 SMTP protocol violation, ..."): its status, and its reply code when
 * the page gives one and the refusal has one.
 */
export function pageStatusFits(c: CompiledSignature, facts: MatchFacts): boolean {
  if (facts.status === null) return false;
  const page = pageCodes(c);
  return page.status === facts.status && (page.reply === null || page.reply === facts.reply);
}

/**
 * Marks a provider's own entry, read at its full weight (its server identified, or its row found
 * by words and codes), whose page prints its words with the refusal's status: the provider's
 * reading of its own code with the words, and of the reply code too where the page gives it.
 */
export function markCodesRead(f: Feature, c: CompiledSignature, facts: MatchFacts): void {
  if (!pageStatusFits(c, facts)) return;
  READ_STATUS.add(f);
  if (facts.reply !== null && pageCodes(c).reply === facts.reply) READ_REPLY.add(f);
}

/**
 * Whether a catalog entry holds to the refusal's exact status ("5.7.1", not a "5.7." prefix) and
 * so read it with its words: the registry's reading of that code is no second fact beside the
 * entry's (its status condition already gave it WEIGHTS.contextBonus). A prefix reads only the
 * code's class and subject: the registry's reading of the detail stays.
 */
export function heldToStatus(c: CompiledSignature, facts: MatchFacts): boolean {
  const held = c.context.status;
  if (!held || facts.status === null) return false;
  for (let k = 0; k < held.length; k++) if (held[k] === facts.status) return true;
  return false;
}

/** Whether a phrase of the provider's read the status (READ_STATUS) among the features. */
export function readBy(features: readonly Feature[], provider: string): boolean {
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    if (f.kind === "phrase" && f.provider === provider && READ_STATUS.has(f)) return true;
  }
  return false;
}

/** Whether one of the features read the code (READ_STATUS or READ_REPLY). */
export function readAmong(features: readonly Feature[], readers: WeakSet<Feature>): boolean {
  for (let k = 0; k < features.length; k++) if (readers.has(features[k]!)) return true;
  return false;
}

// The meaning shown beside a recipient's status code. The registry's (RFC 3463 and the IANA
// list) by default; a provider's own where the classifier read the code by that provider's entry:
// Yahoo's "554 5.7.9 Message not accepted for policy reasons" is a DMARC or DKIM failure, while
// the registry's X.7.9 (RFC 4954) is an SMTP AUTH mechanism that is too weak. Showing the
// registry's there contradicted the reading beside it (review 26, finding 13).
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { ALL_TABLES } from "@/lib/classify/phrase-rules";
import { lookupStatus, statusClassWords } from "@/lib/knowledge/enhanced-status-codes";
import type { ProviderTable, SourcePage } from "@/lib/knowledge/providers/types";
import type { RecipientDiagnosis, StatusMeaningSource } from "./types";

/** A provider's entry that reads exact status codes: a status reading, or a row with its codes. */
interface CodeReading {
  provider: string;
  /** The provider's plain name ("Yahoo Mail"). */
  name: string;
  cause: CauseId;
  statuses: readonly string[];
  source: SourcePage;
  /** True for a row whose words go with the code (a phrase), false for the code alone. */
  withWords: boolean;
}

const INDEXES = new WeakMap<readonly ProviderTable[], ReadonlyMap<string, CodeReading>>();

/**
 * The provider-scoped entries of `tables` that read exact codes, by rule id: status readings,
 * and rows that require a code or whose documented example gives one with the words. A phrase
 * that any server may write ("any" scope) is no provider's meaning of a code, and a prefix
 * ("5.7.") names no one code.
 */
function codeReadings(tables: readonly ProviderTable[]): ReadonlyMap<string, CodeReading> {
  const index = INDEXES.get(tables);
  if (index) return index;
  const built = new Map<string, CodeReading>();
  for (const t of tables) {
    const who = { provider: t.provider, name: t.identity.name };
    for (const s of t.statusReadings)
      built.set(s.id, {
        ...who,
        cause: s.cause,
        statuses: [s.status],
        source: s.source,
        withWords: false,
      });
    for (const p of t.phrases) {
      if (p.scope === "any") continue;
      const statuses = p.status
        ? p.status.filter((c) => !c.endsWith("."))
        : exampleStatus(p.example);
      if (statuses.length > 0)
        built.set(p.id, { ...who, cause: p.cause, statuses, source: p.source, withWords: true });
    }
  }
  INDEXES.set(tables, built);
  return built;
}

/**
 * The status code the entry's own example gives with its words ("550 5.7.27 This message was
 * blocked ..."): a page's row that prints the code, where the entry does not require it (Gmail's
 * rows read the words whatever code comes with them).
 */
function exampleStatus(example: string): string[] {
  const m = /(?:^|[\s;(])([245]\.\d{1,3}\.\d{1,3})(?=[\s).,:;]|$)/.exec(example.slice(0, 80));
  return m ? [m[1]!] : [];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Where the registry reads the code as another cause: its words, said not to apply. Nothing
 * where it agrees, or where the code is one servers send for many causes (X.7.1, X.n.0: the
 * registry's words are only more general there, not wrong).
 */
function registryDiffers(status: string, cause: CauseId): string {
  const found = lookupStatus(status);
  const detail = found?.detail;
  if (!detail) return "; the code is not in the IANA registry";
  if (detail.catchAll !== undefined || detail.code.endsWith(".0")) return "";
  if (found.cause === null || found.cause === cause) return "";
  return `; the registry's ${detail.code} ("${detail.summary}", ${detail.reference}) does not apply here`;
}

export interface ShownStatusMeaning {
  meaning: string;
  from: StatusMeaningSource;
}

/**
 * The provider's own meaning of the recipient's status code, where the evidence for its cause
 * includes that provider's entry reading this very code; null where the registry's stands.
 */
export function providerStatusMeaning(
  r: Pick<RecipientDiagnosis, "recipient" | "evidence" | "cause">,
  tables: readonly ProviderTable[] = ALL_TABLES,
): ShownStatusMeaning | null {
  const status = r.recipient.status;
  if (!status) return null;
  const index = codeReadings(tables);
  for (const e of r.evidence) {
    const reading = index.get(e.ruleId);
    // Only a reading of the cause the recipient was read as: another would contradict it.
    if (!reading || reading.cause !== r.cause || !reading.statuses.includes(status)) continue;
    const how = reading.withWords ? `${status} with these words` : status;
    return {
      meaning: `${statusClassWords(status.charAt(0))}: ${lowerFirst(CAUSES[reading.cause].title)}. This is ${reading.name}'s own meaning of ${how}${registryDiffers(status, reading.cause)}.`,
      from: {
        provider: reading.provider,
        ruleId: e.ruleId,
        source: `${reading.source.title}, ${reading.source.url}`,
      },
    };
  }
  return null;
}

/** Each recipient with its status meaning as shown: the provider's own where it read the code. */
export function withShownStatusMeanings(
  recipients: readonly RecipientDiagnosis[],
): RecipientDiagnosis[] {
  return recipients.map((r) => {
    const shown = providerStatusMeaning(r);
    return shown ? { ...r, statusMeaning: shown.meaning, statusMeaningFrom: shown.from } : r;
  });
}

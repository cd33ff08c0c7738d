// Helper for MTA default texts: many short entries of the same shape. Each row is
// [id suffix, needles, cause, confidence, example]; the file names its source once.
import type { CauseId } from "@/lib/causes/causes";
import type { Needle, Signature } from "./types";

export type Row = readonly [string, readonly Needle[], CauseId, number, string, string?];

export function rows(provider: string, source: string, list: readonly Row[]): Signature[] {
  return list.map(([id, match, cause, confidence, example, note]) => ({
    id: `${provider}.${id}`,
    provider,
    match,
    cause,
    confidence,
    source,
    example,
    ...(note ? { note } : {}),
  }));
}

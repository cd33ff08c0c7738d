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

/** Optional parts of a source-line entry (constraints and hint), as Signature has them. */
export type LineExtra = Pick<Signature, "status" | "replyCode" | "unless" | "also" | "hint">;

/**
 * Entries read out of one source file of a mail server at a pinned commit: each cites the line
 * that writes its text ("#L1214") and carries the reply as the server sends it as its example
 * (lib/knowledge/signatures/source-replies holds every such reply with its condition).
 */
export function sourceLines(provider: string, repoAtCommit: string, path: string) {
  return (
    id: string,
    line: number,
    match: readonly Needle[],
    cause: CauseId,
    confidence: number,
    example: string,
    note: string,
    extra: LineExtra = {},
  ): Signature => ({
    id: `${provider}.${id}`,
    provider,
    match,
    cause,
    confidence,
    source: `https://github.com/${repoAtCommit}/${path}#L${line}`,
    example,
    note,
    ...extra,
  });
}

// The app's client of the content filter (Rspamd's normal worker, JSON over HTTP at /checkv2).
// Server-only: the message goes from this server to the filter on loopback and nowhere else.
// Any failure (not configured, not listening, timeout, an answer that is not a verdict) is
// "unavailable" with a reason: never a verdict, so never "clean".

import "server-only";
import { z } from "zod";
import type { FilterSymbol, FilterVerdict } from "./types";

export const DEFAULT_FILTER_TIMEOUT_MS = 5_000;

export interface FilterClientOptions {
  /** Base URL of the filter, e.g. http://127.0.0.1:11333; default $CONTENT_FILTER_URL. */
  url?: string;
  /** Whole-request bound; default $CONTENT_FILTER_TIMEOUT_MS or 5 s (the filter's own task timeout is 4 s). */
  timeoutMs?: number;
}

export type FilterAnswer = { ok: true; verdict: FilterVerdict } | { ok: false; reason: string };

// Rspamd 3.4 /checkv2 answer (src/libserver/protocol.c): only the fields the review reads.
const symbolSchema = z.object({
  name: z.string(),
  score: z.number(),
  description: z.string().optional(),
  options: z.array(z.string()).optional(),
});
const answerSchema = z.object({
  score: z.number(),
  required_score: z.number(),
  action: z.string(),
  symbols: z.record(z.string(), symbolSchema).optional(),
  urls: z.array(z.string()).optional(),
  time_real: z.number().optional(),
});

export function filterUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.CONTENT_FILTER_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:"
      ? url.origin + url.pathname.replace(/\/+$/, "")
      : null;
  } catch {
    return null;
  }
}

function timeoutFrom(env: Record<string, string | undefined>): number {
  const n = Number(env.CONTENT_FILTER_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 100 ? n : DEFAULT_FILTER_TIMEOUT_MS;
}

/** Asks the filter for its verdict on one message (raw RFC 5322 bytes). */
export async function askFilter(
  message: Uint8Array,
  options: FilterClientOptions = {},
): Promise<FilterAnswer> {
  const base = options.url ?? filterUrl();
  if (!base)
    return {
      ok: false,
      reason:
        "The content filter is not configured on this server (CONTENT_FILTER_URL is not set).",
    };
  const timeoutMs = options.timeoutMs ?? timeoutFrom(process.env);
  let response: Response;
  try {
    response = await fetch(`${base}/checkv2`, {
      method: "POST",
      body: message as Uint8Array<ArrayBuffer>,
      // No envelope, IP or HELO: the reviewed copy has no SMTP session (config/rspamd says which
      // checks are off for that reason).
      headers: { "content-type": "message/rfc822" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      ok: false,
      reason: timedOut
        ? `The content filter did not answer within ${timeoutMs / 1000} s.`
        : "The content filter is not reachable (it is not running, or still starting).",
    };
  }
  if (!response.ok)
    return { ok: false, reason: `The content filter answered HTTP ${response.status}.` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, reason: "The content filter's answer was not JSON." };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, reason: "The content filter's answer did not hold a verdict." };
  const a = parsed.data;
  const symbols: FilterSymbol[] = Object.values(a.symbols ?? {}).map((s) => ({
    name: s.name,
    score: s.score,
    ...(s.description ? { description: s.description } : {}),
    options: s.options ?? [],
  }));
  return {
    ok: true,
    verdict: {
      score: a.score,
      requiredScore: a.required_score,
      action: a.action,
      symbols,
      urls: a.urls ?? [],
      filterMs: Math.round((a.time_real ?? 0) * 1000),
    },
  };
}

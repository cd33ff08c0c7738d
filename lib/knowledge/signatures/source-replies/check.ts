// How a source reply is judged: run through the whole pipeline (diagnose()) as the bare reply
// line and inside a Postfix RFC 3464 bounce (lib/classify/invariance.ts's wrappers), it must read
// as the condition that sends it means; for a text that says nothing specific (`unknown`), the
// verdict must be unknown with the causes it could mean among the top five ranked.
import { pastes } from "@/lib/classify/invariance";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import type { SourceReply } from "./types";

export const WRAPPINGS = ["bare", "postfix"] as const;
export type Wrapping = (typeof WRAPPINGS)[number];

export interface Reading {
  cause: string;
  ranked: string[];
  /** The shown confidence (scripts/eval-calibration.ts). */
  confidence: number;
}

/** `thresholds`: the decision's, when not DECISION's (see diagnose()). */
export async function readText(text: string, thresholds?: DecisionThresholds): Promise<Reading> {
  const d = await diagnose(text, thresholds);
  const r = d.recipients[0];
  const cause = r?.cause ?? d.overall.cause;
  const possible = r ? (r.possible ?? []) : (d.overall.possible ?? []);
  const confidence = r?.confidence ?? d.overall.confidence;
  return { cause, ranked: possible.map((p) => p.cause), confidence };
}

/** Why a reading is wrong for the row, or null when it is right. */
export function misread(row: SourceReply, got: Reading): string | null {
  if (row.cause !== "unknown") return got.cause === row.cause ? null : `read as ${got.cause}`;
  if (got.cause !== "unknown") return `named ${got.cause}; the text does not say enough`;
  const top = got.ranked.slice(0, 5);
  const missing = (row.possible ?? []).filter((c) => !top.includes(c));
  return missing.length === 0 ? null : `${missing.join(", ")} not among ${top.join(", ")}`;
}

/** The row read in each wrapping, with why that reading is wrong (null when right). */
export async function readSourceReply(
  row: SourceReply,
  thresholds?: DecisionThresholds,
): Promise<{ wrapping: Wrapping; reading: Reading; why: string | null }[]> {
  const all = pastes(row.reply);
  const out: { wrapping: Wrapping; reading: Reading; why: string | null }[] = [];
  for (const name of WRAPPINGS) {
    const paste = all.find((p) => p.name === name);
    if (!paste) throw new Error(`no ${name} wrapping in lib/classify/invariance.ts`);
    const reading = await readText(paste.text, thresholds);
    out.push({ wrapping: name, reading, why: misread(row, reading) });
  }
  return out;
}

/** The row's misreads, one per wrapping that reads it wrong ("postfix: read as x"). */
export async function checkSourceReply(row: SourceReply): Promise<string[]> {
  const out: string[] = [];
  for (const r of await readSourceReply(row)) if (r.why) out.push(`${r.wrapping}: ${r.why}`);
  return out;
}

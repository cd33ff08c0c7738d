// Reads the real-MTA lab's fixtures (lib/knowledge/lab, written by scripts/mta-lab) and scores
// one through the whole pipeline. Used by lab.test.ts and scripts/eval-lab.ts (Node only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { CauseId } from "@/lib/causes/causes";
import type { DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import { labManifestSchema, type LabFixture, type LabManifest } from "./manifest-schema";

const LAB_DIR = fileURLToPath(new URL(".", import.meta.url));

export function loadLabManifest(): LabManifest {
  return labManifestSchema.parse(JSON.parse(readFileSync(join(LAB_DIR, "manifest.json"), "utf8")));
}

/**
 * The fixture's bytes as a user pastes them: a reply's lines, a report, a program's output, or
 * (kind "log") the mail log line(s) as the MTA wrote them, prefix and all.
 */
export function labFixtureText(f: LabFixture): Uint8Array {
  return new Uint8Array(readFileSync(join(LAB_DIR, "fixtures", f.file)));
}

export interface LabPrediction {
  cause: CauseId;
  replyCode: number | null;
  status: string | null;
  /** The causes an `unknown` diagnosis ranks as possible, best first. */
  possible: CauseId[];
  /** The shown confidence (scripts/eval-calibration.ts). */
  confidence: number;
}

/**
 * Whether a prediction says what the fixture expects: its cause, and where the words cannot
 * tell causes apart (`possible`), exactly those causes ranked first.
 */
export function labPredictionRight(f: LabFixture, p: LabPrediction): boolean {
  if (p.cause !== f.cause) return false;
  if (!f.possible) return true;
  const top = new Set(p.possible.slice(0, f.possible.length));
  return f.possible.every((c) => top.has(c));
}

/** The diagnosis of one fixture: the first recipient's cause and codes (each fixture has one). */
export async function predictLabFixture(
  f: LabFixture,
  thresholds?: DecisionThresholds,
): Promise<LabPrediction> {
  const d = await diagnose(labFixtureText(f), thresholds);
  const r = d.recipients[0];
  return {
    cause: r ? r.cause : d.overall.cause,
    replyCode: r?.recipient.replyCode ?? null,
    status: r?.recipient.status ?? null,
    possible: (r ? r.possible : d.overall.possible)?.map((c) => c.cause) ?? [],
    confidence: r ? r.confidence : d.overall.confidence,
  };
}

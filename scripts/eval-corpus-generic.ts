// Which generic wordings (lib/knowledge/signatures/generic.ts) fire on the dev corpus, the
// provider-docs examples and the lab fixtures, and whether their cause agrees with the label:
// the order in which unsourced wordings are worth sourcing first.
//   npm exec -- tsx scripts/eval-corpus-generic.ts ../shared/corpus/sisimai-dev [--all]
// One line per wording that fires: "id fires F agree A decided D misled M (UN)SOURCED" (decided
// and misled: times it was evidence for a right or a wrong verdict, corpus and lab); last line
// "generic W firing F unsourced-firing U".
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { findNeedle } from "@/lib/classify/matcher";
import { normalizeString } from "@/lib/classify/text-index";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { loadLabManifest, labFixtureText } from "@/lib/knowledge/lab/lab-fixtures";
import { GENERIC_SIGNATURES, isSourcedGeneric } from "@/lib/knowledge/signatures/generic";

interface Tally {
  fires: number;
  agree: number;
  /** Times it was evidence for a verdict that was right. */
  decided: number;
  /** Times it was evidence for a verdict that was wrong. */
  misled: number;
  samples: string[];
}
const tally = new Map<string, Tally>();

interface Verdict {
  cause: string;
  evidence: readonly { ruleId: string }[];
}

function record(words: string, expected: string, v: Verdict | null, where: string): void {
  const hay = normalizeString(words);
  const decidedIds = new Set(v && v.cause === expected ? v.evidence.map((e) => e.ruleId) : []);
  const wrongIds = new Set(v && v.cause !== expected ? v.evidence.map((e) => e.ruleId) : []);
  for (const s of GENERIC_SIGNATURES) {
    if (!s.match.some((n) => findNeedle(hay, n))) continue;
    if (s.unless?.some((n) => findNeedle(hay, n))) continue;
    const t = tally.get(s.id) ?? { fires: 0, agree: 0, decided: 0, misled: 0, samples: [] };
    t.fires++;
    if (s.cause === expected) t.agree++;
    if (decidedIds.has(s.id)) t.decided++;
    if (wrongIds.has(s.id)) t.misled++;
    if (t.samples.length < 2) t.samples.push(`${where}: ${words.slice(0, 120)}`);
    tally.set(s.id, t);
  }
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "../shared/corpus/sisimai-dev");
  if (existsSync(join(dir, "labels.jsonl"))) {
    const cache = new Map<string, Diagnosis>();
    for (const line of readFileSync(join(dir, "labels.jsonl"), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as { file: string; index: number; cause: string };
      let d = cache.get(l.file);
      if (!d) {
        d = await diagnose(new Uint8Array(readFileSync(join(dir, l.file))));
        cache.set(l.file, d);
      }
      const r = d.recipients[l.index - 1];
      const words = r?.refusal?.words || r?.recipient.diagnostic || "";
      if (words)
        record(
          words,
          l.cause,
          r ?? { cause: d.overall.cause, evidence: d.overall.evidence },
          `corpus ${l.file}`,
        );
    }
  }
  for (const t of PROVIDER_TABLES)
    for (const e of [...t.phrases, ...t.statusReadings])
      record(e.example, e.cause, null, `docs ${e.id}`);
  for (const f of loadLabManifest().fixtures) {
    const d = await diagnose(labFixtureText(f));
    const r = d.recipients[0];
    record(
      r?.refusal?.words || r?.recipient.diagnostic || "",
      f.cause,
      r ?? { cause: d.overall.cause, evidence: d.overall.evidence },
      `lab ${f.file}`,
    );
  }
  const all = process.argv.includes("--all");
  let firing = 0;
  let unsourcedFiring = 0;
  const rows = [...tally].sort((a, b) => b[1].fires - a[1].fires);
  for (const [id, t] of rows) {
    const sig = GENERIC_SIGNATURES.find((s) => s.id === id)!;
    firing++;
    const sourced = isSourcedGeneric(sig);
    if (!sourced) unsourcedFiring++;
    if (all || !sourced)
      console.log(
        `${id} fires ${t.fires} agree ${t.agree} decided ${t.decided} misled ${t.misled} ${sourced ? "sourced" : "UNSOURCED"}\n    ${t.samples.join("\n    ")}`,
      );
  }
  console.log(
    `generic ${GENERIC_SIGNATURES.length} firing ${firing} unsourced-firing ${unsourcedFiring}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

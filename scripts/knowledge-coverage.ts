// How complete the provider documentation tables are: per provider, the entries (phrases and
// provider-scoped status readings), how many carry the page's exact words, and the pages cited.
//   npm run -s knowledge:coverage                (add -- --missing to list the pages not found)
// Then "generic W sourced S unsourced U": the generic wordings (lib/knowledge/signatures/generic.ts)
// and how many cite a real source of their own (generic-sources*.ts); U must be 0. Last line: "providers P entries E sourced S" (S = entries whose example is verbatim).
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { GENERIC_SIGNATURES, isSourcedGeneric } from "@/lib/knowledge/signatures/generic";

let entries = 0;
let sourced = 0;
const rows: string[][] = [["provider", "entries", "verbatim", "pages", "missing"]];
for (const t of PROVIDER_TABLES) {
  const all = [...t.phrases, ...t.statusReadings];
  const verbatim = all.filter((e) => e.verbatim).length;
  const pages = new Set(all.map((e) => e.source.url));
  pages.add(t.identity.source.url);
  entries += all.length;
  sourced += verbatim;
  rows.push([
    t.provider,
    String(all.length),
    String(verbatim),
    String(pages.size),
    String(t.missingPages?.length ?? 0),
  ]);
}
if (process.argv.includes("--missing")) {
  for (const t of PROVIDER_TABLES)
    for (const m of t.missingPages ?? []) console.log(`missing ${t.provider}: ${m}`);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
const genericSourced = GENERIC_SIGNATURES.filter(isSourcedGeneric).length;
console.log(
  `generic ${GENERIC_SIGNATURES.length} sourced ${genericSourced} unsourced ${GENERIC_SIGNATURES.length - genericSourced}`,
);
console.log(`providers ${PROVIDER_TABLES.length} entries ${entries} sourced ${sourced}`);

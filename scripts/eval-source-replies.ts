// The mail servers' own refusal texts (lib/knowledge/signatures/source-replies), read bare:
//   npm run -s eval:source-replies                     right per server, then "right R n N"
//   npm run -s eval:source-replies -- --leave-one-out [--misses]
// Leave-one-out: each server's replies with that server's own signatures left out (what the
// rest of the knowledge makes of a server it has never read: the held-out "real mail-server
// output" a tool like this meets). Last line: "leave-one-out right R honest H confident-wrong W
// n N" (honest: unknown with the reply's cause, or for a vague reply its possible causes, among
// the first two ranked; confident-wrong: another cause named at 0.6 or more).
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { readText, misread } from "@/lib/knowledge/signatures/source-replies/check";
import { SOURCE_REPLIES } from "@/lib/knowledge/signatures/source-replies";
import type { SourceReply } from "@/lib/knowledge/signatures/source-replies/types";
import { leaveOneOutLine, verdictOf, type Verdict } from "./leave-one-out";

export interface SourceReplyResult {
  row: SourceReply;
  verdict: Verdict;
  got: string;
  confidence: number;
  ranked: string[];
}

/** Every reply read bare; with `leaveOut`, each server's own signatures left out for its replies. */
export async function evaluateSourceReplies(leaveOut: boolean): Promise<SourceReplyResult[]> {
  const byMta = new Map<string, SourceReply[]>();
  for (const row of SOURCE_REPLIES) byMta.set(row.mta, [...(byMta.get(row.mta) ?? []), row]);
  const out: SourceReplyResult[] = [];
  try {
    for (const [mta, rows] of byMta) {
      if (leaveOut) leaveOutProvidersForEvaluation([mta]);
      for (const row of rows) {
        const reading = await readText(row.reply);
        const wanted = row.cause === "unknown" ? (row.possible ?? []) : [row.cause];
        const verdict = verdictOf(
          misread(row, reading) === null,
          wanted,
          reading.cause,
          reading.confidence,
          reading.ranked,
        );
        out.push({
          row,
          verdict,
          got: reading.cause,
          confidence: reading.confidence,
          ranked: reading.ranked,
        });
      }
    }
  } finally {
    if (leaveOut) leaveOutProvidersForEvaluation([]);
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const leaveOut = argv.includes("--leave-one-out");
  const results = await evaluateSourceReplies(leaveOut);
  if (argv.includes("--misses"))
    for (const r of results)
      if (r.verdict !== "right")
        console.log(
          `${r.verdict.padEnd(15)} ${r.row.id}  want ${r.row.cause}  got ${r.got} ${r.confidence.toFixed(2)} | ${r.row.reply.replace(/\s+/g, " ").slice(0, 110)}`,
        );
  const per = new Map<string, { right: number; n: number }>();
  for (const r of results) {
    const t = per.get(r.row.mta) ?? { right: 0, n: 0 };
    t.n++;
    if (r.verdict === "right") t.right++;
    per.set(r.row.mta, t);
  }
  for (const [mta, t] of per) console.log(`${mta}: ${t.right}/${t.n}`);
  const n = results.length;
  const right = results.filter((r) => r.verdict === "right").length;
  console.log(
    leaveOut
      ? leaveOneOutLine(results.map((r) => r.verdict))
      : `right ${(n ? right / n : 0).toFixed(3)} n ${n}`,
  );
}

if (process.argv[1] && /eval-source-replies\.ts$/.test(process.argv[1]))
  void main(process.argv.slice(2));

// Feeds every documented example of the provider tables through the whole pipeline
// (lib/diagnosis diagnose(): parse + classify), bare and wrapped in a Postfix-style DSN
// from the provider's own host, and scores the cause against the table's cause.
//   npm run -s eval:provider-docs            (misses, then per-provider and overall figures)
// Last line: "right R n N" (R = share right, N = examples fed: two per entry).
//   npm run -s eval:provider-docs -- --leave-one-out [--misses]
// How the knowledge does on a provider it has never read: each table's examples fed bare with
// that provider's table and catalog entries left out. Last line: "leave-one-out right R honest
// H confident-wrong W n N" (H: unknown with the documented cause ranked first or second).
// scripts/eval-provider-docs.test.ts runs the same evaluation as the tables' whole-pipeline test.
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { PROVIDER_TABLES, type ProviderTable } from "@/lib/knowledge/providers";
import type { CauseId } from "@/lib/causes/causes";
import type { DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import { leaveOneOutLine, verdictOf, type Verdict } from "./leave-one-out";

interface Case {
  id: string;
  provider: string;
  cause: CauseId;
  example: string;
  /** A weak entry never decides on its own (as the catalog test reads a hint). */
  weak: boolean;
  /** Words that mean the entry's cause only from this provider: not fed bare. */
  identifiedOnly: boolean;
  /** Words bound to no SMTP command (commands ["NONE"]): not fed wrapped as a server's reply. */
  ownReportOnly: boolean;
}

const STATUS = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]?\d)/;
const REPLY = /(?:^|\s)([245]\d\d)(?=[ -])/;

/** A bounce as Postfix writes it, the example being the remote server's reply. */
export function wrapInPostfixDsn(example: string, table: ProviderTable): string {
  const host = `mx1.${table.identity.hosts[0] ?? "example.net"}`;
  const status =
    STATUS.exec(example)?.[1] ?? (REPLY.exec(example)?.[1]?.startsWith("4") ? "4.0.0" : "5.0.0");
  const oneLine = example.replace(/\s+/g, " ");
  return [
    "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)",
    "To: alice@sender.example",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Fri, 04 Dec 2026 10:00:00 +0000",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    "",
    "--B1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "This is the mail system at host mail.sender.example.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "                   The mail system",
    "",
    `<bob@recipient.example>: host ${host}[192.0.2.25] said: ${oneLine} (in reply to RCPT TO command)`,
    "",
    "--B1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.sender.example",
    "",
    "Final-Recipient: rfc822; bob@recipient.example",
    "Original-Recipient: rfc822;bob@recipient.example",
    "Action: failed",
    `Status: ${status}`,
    `Remote-MTA: dns; ${host}`,
    `Diagnostic-Code: smtp; ${oneLine}`,
    "",
    "--B1--",
    "",
  ].join("\r\n");
}

export type Form = "bare" | "wrapped";

/** One documented example fed one way, and what the pipeline answered. */
export interface ProviderDocResult {
  id: string;
  provider: string;
  form: Form;
  want: CauseId;
  got: CauseId;
  /**
   * Right: the answer is the entry's cause, or, for a weak entry, the answer is unknown with
   * its cause among the first two possible causes.
   */
  ok: boolean;
  /** The answer's shown confidence, and the causes an `unknown` answer ranks, best first. */
  confidence: number;
  possible: CauseId[];
}

/** Every entry of every table (or of `tables`), each example fed bare and wrapped (`thresholds`: see diagnose()). */
export async function evaluateProviderDocs(
  tables: readonly ProviderTable[] = PROVIDER_TABLES,
  thresholds?: DecisionThresholds,
): Promise<ProviderDocResult[]> {
  const out: ProviderDocResult[] = [];
  for (const table of tables) {
    const cases: Case[] = [
      ...table.phrases.map((e) => ({
        ...e,
        weak: e.strength === "weak",
        identifiedOnly: e.scope === "identified",
        ownReportOnly: e.commands?.length === 1 && e.commands[0] === "NONE",
      })),
      ...table.statusReadings.map((e) => ({
        ...e,
        weak: false,
        identifiedOnly: false,
        ownReportOnly: false,
      })),
    ].map((e) => ({
      id: e.id,
      provider: e.provider,
      cause: e.cause,
      example: e.example,
      weak: e.weak,
      identifiedOnly: e.identifiedOnly,
      ownReportOnly: e.ownReportOnly,
    }));
    for (const c of cases) {
      for (const [form, text] of [
        ["bare", c.example],
        ["wrapped", wrapInPostfixDsn(c.example, table)],
      ] as const) {
        if (form === "bare" && c.identifiedOnly) continue;
        // Words bound to no SMTP command are the reporting MTA's own report, never a server's
        // reply: wrapped as "host ... said: ... (in reply to RCPT TO command)" they are not
        // what the entry documents.
        if (form === "wrapped" && c.ownReportOnly) continue;
        const d = await diagnose(text, thresholds);
        const got = d.recipients[0]?.cause ?? d.overall.cause;
        const possible = (d.recipients[0]?.possible ?? d.overall.possible ?? []).map(
          (p) => p.cause,
        );
        const hinted = c.weak && got === "unknown" && possible.slice(0, 2).includes(c.cause);
        out.push({
          id: c.id,
          provider: c.provider,
          form,
          want: c.cause,
          got,
          ok: got === c.cause || hinted,
          confidence: d.recipients[0]?.confidence ?? d.overall.confidence,
          possible,
        });
      }
    }
  }
  return out;
}

/** Each table's phrases fed bare without that provider's own knowledge (see the header). */
export async function evaluateLeaveOneOut(
  tables: readonly ProviderTable[] = PROVIDER_TABLES,
): Promise<(ProviderDocResult & { verdict: Verdict })[]> {
  const out: (ProviderDocResult & { verdict: Verdict })[] = [];
  try {
    for (const table of tables) {
      leaveOutProvidersForEvaluation([table.provider]);
      for (const e of table.phrases) {
        if (e.scope === "identified") continue;
        const d = await diagnose(e.example);
        const r = d.recipients[0] ?? d.overall;
        const possible = (r.possible ?? []).map((p) => p.cause);
        const verdict = verdictOf(r.cause === e.cause, [e.cause], r.cause, r.confidence, possible);
        out.push({
          id: e.id,
          provider: table.provider,
          form: "bare",
          want: e.cause,
          got: r.cause,
          ok: verdict === "right",
          confidence: r.confidence,
          possible,
          verdict,
        });
      }
    }
  } finally {
    leaveOutProvidersForEvaluation([]);
  }
  return out;
}

async function leaveOneOut(showMisses: boolean): Promise<void> {
  const results = await evaluateLeaveOneOut();
  if (showMisses)
    for (const r of results)
      if (r.verdict !== "right")
        console.log(
          `${r.verdict.padEnd(15)} ${r.id}  want ${r.want}  got ${r.got} ${r.confidence.toFixed(2)}${r.got === "unknown" ? ` [${r.possible.slice(0, 3).join(", ")}]` : ""}`,
        );
  const byCause = new Map<string, { right: number; n: number }>();
  for (const r of results) {
    const t = byCause.get(r.want) ?? { right: 0, n: 0 };
    t.n++;
    if (r.ok) t.right++;
    byCause.set(r.want, t);
  }
  for (const [cause, t] of [...byCause].sort((a, b) => b[1].n - a[1].n))
    console.log(`${cause}: ${t.right}/${t.n}`);
  console.log(leaveOneOutLine(results.map((r) => r.verdict)));
}

async function main(): Promise<void> {
  if (process.argv.includes("--leave-one-out")) {
    await leaveOneOut(process.argv.includes("--misses"));
    return;
  }
  const results = await evaluateProviderDocs();
  const byForm = { bare: { right: 0, n: 0 }, wrapped: { right: 0, n: 0 } };
  const per = new Map<string, { right: number; n: number }>();
  let right = 0;
  for (const r of results) {
    const ok = r.ok;
    const tally = per.get(r.provider) ?? { right: 0, n: 0 };
    tally.n++;
    byForm[r.form].n++;
    if (ok) {
      right++;
      tally.right++;
      byForm[r.form].right++;
    } else console.log(`MISS ${r.form.padEnd(7)} ${r.id}  want ${r.want}  got ${r.got}`);
    per.set(r.provider, tally);
  }
  for (const [p, t] of per) console.log(`${p}: ${t.right}/${t.n}`);
  for (const [form, t] of Object.entries(byForm)) console.log(`${form}: ${t.right}/${t.n}`);
  const n = results.length;
  console.log(`right ${(n ? right / n : 0).toFixed(3)} n ${n}`);
}

if (process.argv[1] && /eval-provider-docs\.ts$/.test(process.argv[1])) void main();

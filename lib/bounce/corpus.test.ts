// Extraction against the Sisimai corpus (../shared/corpus/sisimai-dev, BSD-2; not copied into
// the project). Labels are Sisimai's own expectations: its statuses of the form x.0.9xx are
// Sisimai's internal pseudo-codes (no server wrote them), so they are scored apart.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

const root = fileURLToPath(new URL("../../", import.meta.url));
const corpus = `${root}../shared/corpus/sisimai-dev`;
const present = existsSync(`${corpus}/labels.jsonl`);

interface Label {
  file: string;
  index: number;
  status: string;
  replyCode: string;
}

export interface Agreement {
  files: number;
  countAgree: number;
  recipients: number;
  statusAgree: number;
  realStatusLabels: number;
  realStatusAgree: number;
  replyAgree: number;
}

export async function measureAgreement(dir: string): Promise<Agreement> {
  const labels = readFileSync(`${dir}/labels.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Label);
  const byFile = new Map<string, Label[]>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const a: Agreement = {
    files: 0,
    countAgree: 0,
    recipients: 0,
    statusAgree: 0,
    realStatusLabels: 0,
    realStatusAgree: 0,
    replyAgree: 0,
  };
  for (const [file, rows] of byFile) {
    const parsed = await parseBounce(readFileSync(`${dir}/${file}`));
    a.files++;
    if (parsed.recipients.length === rows.length) a.countAgree++;
    for (const row of rows) {
      a.recipients++;
      const got = parsed.recipients[row.index - 1];
      const status = got?.status ?? "";
      const reply = got?.replyCode == null ? "" : String(got.replyCode);
      if (status === row.status) a.statusAgree++;
      if (!/^\d\.0\.9\d\d$/.test(row.status)) {
        a.realStatusLabels++;
        if (status === row.status) a.realStatusAgree++;
      }
      if (reply === row.replyCode) a.replyAgree++;
    }
  }
  return a;
}

describe.skipIf(!present)("corpus extraction agreement (sisimai-dev)", () => {
  it("agrees with the labels on recipient count, status and reply code", async () => {
    const a = await measureAgreement(corpus);
    const pct = (x: number, n: number) => `${x}/${n} = ${(x / n).toFixed(3)}`;
    console.log(
      `corpus agreement: recipient count ${pct(a.countAgree, a.files)} files; status ${pct(a.statusAgree, a.recipients)} ` +
        `(labels that are real codes: ${pct(a.realStatusAgree, a.realStatusLabels)}); reply code ${pct(a.replyAgree, a.recipients)}`,
    );
    // Floors just under what the parser reaches now: a regression fails, noise does not.
    expect(a.countAgree / a.files).toBeGreaterThanOrEqual(0.98);
    expect(a.realStatusAgree / a.realStatusLabels).toBeGreaterThanOrEqual(0.95);
    expect(a.replyAgree / a.recipients).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

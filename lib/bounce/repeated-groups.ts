// A DSN has one per-recipient group per recipient (RFC 3464 section 2.3); some MTAs repeat the
// same group, field for field, once per alias expansion or retry of one address (flufl.bounce's
// dsn_11.txt: Sendmail broke an aliasing loop and wrote eleven identical groups for one
// address). Eleven identical cards say nothing that one does not: a group that repeats an
// earlier one in every field the reader uses is dropped. Groups for one address that differ in
// anything (another status, other words) stay: each is a refusal of its own.
import type { RecipientReport } from "./types";

/** What makes two recipients' reports the same refusal. */
function refusalKey(r: RecipientReport): string {
  return JSON.stringify([
    r.address,
    r.action,
    r.replyCode,
    r.status,
    r.diagnostic,
    r.remoteMta,
    r.smtpCommand,
  ]);
}

/** The reports in order, each later one that repeats an earlier one (a named address) dropped. */
export function withoutRepeatedGroups(reports: RecipientReport[]): RecipientReport[] {
  if (reports.length < 2) return reports;
  const seen = new Set<string>();
  const out: RecipientReport[] = [];
  for (const r of reports) {
    if (r.address !== null) {
      const key = refusalKey(r);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(r);
  }
  return out.length === reports.length ? reports : out;
}

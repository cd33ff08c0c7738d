// How a diagnosis is printed: one JSON line per recipient, or a short readable report.
import { causeInfoFor, evidenceRuleIds, variantTitle } from "@/lib/causes/connection-variants";
import type { ParsedBounce } from "@/lib/bounce/types";
import type { SmtpStage } from "@/lib/bounce/refusal";
import { unknownWording } from "@/lib/diagnosis/unknown-wording";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { stripControls } from "@/lib/report/markdown-escape";
import type { ShareLinkResult } from "@/lib/share/link";

export interface JsonlRow {
  file: string;
  index: number | null;
  recipient: string | null;
  cause: string;
  confidence: number;
  status: string | null;
  replyCode: number | null;
  /**
   * When `cause` is "unknown": the causes that remain possible, best first, each with its share
   * (what the readable report lists as "the usual causes"), for a bounce processor to route on.
   */
  possible?: { cause: string; confidence: number }[];
  /** A delay notice (nothing failed yet; the cause is the reason it gives): until when it retries. */
  delayNotice?: { until: string | null };
  /** With --link: the result link, or null when the state does not fit in a link. */
  link?: string | null;
}

/** What the JSON lines print of a diagnosis: a Diagnosis, or diagnoseCauses' causes alone. */
export interface JsonlSource {
  recipients: readonly {
    index: number;
    recipient: { address: string | null; status: string | null; replyCode: number | null };
    cause: string;
    confidence: number;
    possible?: readonly { cause: string; confidence: number }[];
    delayNotice?: { until: string | null };
  }[];
  overall: {
    cause: string;
    confidence: number;
    possible?: readonly { cause: string; confidence: number }[];
  };
}

/** The possibilities a row prints: an unknown's, when there are any (a Diagnosis has [] otherwise). */
function possibleField(
  cause: string,
  possible: readonly { cause: string; confidence: number }[] | undefined,
): Pick<JsonlRow, "possible"> {
  return cause === "unknown" && possible && possible.length > 0
    ? { possible: possible.map((p) => ({ cause: p.cause, confidence: p.confidence })) }
    : {};
}

export function jsonlRows(file: string, d: JsonlSource, link?: ShareLinkResult): JsonlRow[] {
  const rows: JsonlRow[] =
    d.recipients.length === 0
      ? [
          {
            file,
            index: null,
            recipient: null,
            cause: d.overall.cause,
            confidence: d.overall.confidence,
            status: null,
            replyCode: null,
            ...possibleField(d.overall.cause, d.overall.possible),
          },
        ]
      : d.recipients.map((r) => ({
          file,
          index: r.index,
          recipient: r.recipient.address,
          cause: r.cause,
          confidence: r.confidence,
          status: r.recipient.status,
          replyCode: r.recipient.replyCode,
          ...possibleField(r.cause, r.possible),
          ...(r.delayNotice ? { delayNotice: { until: r.delayNotice.until } } : {}),
        }));
  if (link) for (const row of rows) row.link = link.ok ? link.url : null;
  return rows;
}

/**
 * One JSON line. JSON.stringify escapes C0 controls but leaves DEL and the C1 range (U+0080 to
 * U+009F, where U+009B is a terminal's CSI) as they are: those are escaped too, so that a line
 * printed to a terminal cannot drive it. JSON.parse reads the same value back.
 */
export function jsonlLine(row: JsonlRow): string {
  return JSON.stringify(row).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function linkLine(link: ShareLinkResult): string {
  if (link.ok) return `Result link: ${link.url}`;
  const size =
    link.reason === "too-long"
      ? `${link.length} characters`
      : `the bounce alone is ${link.textChars} characters`;
  return `Result link: too long to share as a link (${size}); use the Markdown report in the web app instead.`;
}

/** What a verdict (a recipient's, or the text's when it names none) says, unindented. */
type VerdictLike = Pick<
  Diagnosis["overall"],
  "cause" | "confidence" | "possible" | "possibleFrom" | "usualCausesOf"
> &
  Pick<Diagnosis["overall"], "explanation" | "headline" | "delayNotice" | "evidence">;

function causeLines(
  v: VerdictLike,
  replyCode: number | null,
  status: string | null,
  stage: SmtpStage | null = null,
  /** The parse, for a cause's words where its evidence gives a variant (a submission port). */
  parsed: ParsedBounce | null = null,
): string[] {
  const out: string[] = [];
  const unknown =
    v.cause === "unknown"
      ? unknownWording(v.possible, replyCode, status, v.possibleFrom, stage, v.usualCausesOf)
      : null;
  if (unknown) {
    // A headline of its own (a sending service's suppression) comes with its explanation.
    const own = v.headline && v.explanation ? v.headline : null;
    out.push(`Cause: ${own ?? unknown.headline} [unknown]`);
    out.push(own ? v.explanation! : unknown.lead);
    const titleOf = variantTitle(
      parsed,
      (v.evidence ?? []).map((e) => e.ruleId),
    );
    unknown.possible.forEach((p, i) =>
      out.push(`  ${i + 1}. ${titleOf(p.cause) ?? p.title} [${p.cause}]`),
    );
  } else {
    const title =
      v.headline ??
      causeInfoFor(
        v.cause,
        parsed,
        (v.evidence ?? []).map((e) => e.ruleId),
      ).title;
    out.push(`Cause: ${title} [${v.cause}, confidence ${v.confidence.toFixed(2)}]`);
    // A delay notice with no reason (until when the server keeps trying), or greylisting.
    if (v.explanation) out.push(v.explanation);
  }
  // A delay notice read by its reason: the delay beside the cause.
  if (v.delayNotice && v.cause !== "not-a-bounce") out.push(v.delayNotice.note);
  return out;
}

export function readableReport(file: string, d: Diagnosis, link?: ShareLinkResult): string {
  const lines: string[] = [`== ${file}`];
  const p = d.parsed;
  lines.push(
    `Format: ${p.format}${p.generator ? ` (${p.generator})` : ""}${p.reportingMta ? `, reported by ${p.reportingMta}` : ""}`,
  );
  for (const m of d.messages) lines.push(`Note: ${m}`);
  if (d.recipients.length === 0) {
    for (const l of causeLines(d.overall, null, null, null, p)) lines.push(l);
    // An app's failed connection to its submission port is its own settings' to fix, not
    // "either side: check the recipient's domain" (review 24).
    lines.push(`Who acts: ${causeInfoFor(d.overall.cause, p, evidenceRuleIds(d)).actorLabel}`);
  }
  for (const r of d.recipients) {
    const info = causeInfoFor(
      r.cause,
      p,
      (r.evidence ?? []).map((e) => e.ruleId),
    );
    const codes = [r.recipient.replyCode, r.recipient.status].filter((x) => x !== null).join(" ");
    lines.push("");
    lines.push(
      `${r.index}. ${r.recipient.address ?? "(recipient not named)"}${codes ? `  ${codes}` : ""}`,
    );
    for (const l of causeLines(
      r,
      r.refusal?.replyCode ?? r.recipient.replyCode,
      r.refusal?.status ?? r.recipient.status,
      r.refusal?.stage?.command ?? null,
      p,
    ))
      lines.push(`   ${l}`);
    lines.push(`   Who acts: ${info.actorLabel}`);
    if (r.statusMeaning) lines.push(`   Status ${r.recipient.status}: ${r.statusMeaning}`);
    if (r.recipient.diagnostic)
      lines.push(`   Server said: ${r.recipient.diagnostic.slice(0, 300)}`);
    if (r.recipient.remoteMta) lines.push(`   Remote server: ${r.recipient.remoteMta}`);
  }
  if (p.blocklistZones.length > 0) lines.push(`Blocklists named: ${p.blocklistZones.join(", ")}`);
  if (p.ips.length > 0) lines.push(`IP addresses named: ${p.ips.slice(0, 8).join(", ")}`);
  if (p.providerCodes.length > 0)
    lines.push(
      `Provider codes: ${p.providerCodes.map((c) => `${c.provider} ${c.code}`).join(", ")}`,
    );
  if (link) lines.push(linkLine(link));
  // Everything above may quote the bounce (addresses, server replies, file names): terminal
  // escape sequences in it (window title, screen clear, OSC 8 links) are removed, not printed.
  return stripControls(lines.join("\n")) + "\n";
}

// One readiness summary for the Gmail / Yahoo / Outlook.com bulk-sender requirements,
// computed from the other checks' findings (no lookups of its own). Requirements are data
// (data/bulk-sender-requirements.ts); each names a predicate defined once here.

import {
  BULK_SENDER_REQUIREMENTS,
  PROVIDER_SOURCES,
  type RequirementCheck,
} from "./data/bulk-sender-requirements";
import type { Finding } from "./types";

export type RequirementStatus = "met" | "not-met" | "unknown" | "manual";

export interface RequirementResult {
  id: string;
  title: string;
  providers: string[];
  status: RequirementStatus;
  /** The finding codes that decided it. */
  evidence: string[];
  fix?: string;
}

type Predicate = (findings: Finding[]) => { status: RequirementStatus; evidence: string[] };

const inArea = (findings: Finding[], area: Finding["area"]) =>
  findings.filter((f) => f.area === area);
const codesOf = (findings: Finding[]) => findings.map((f) => f.code);
const isProblem = (f: Finding) =>
  f.outcome === "done" && (f.severity === "error" || f.severity === "critical");

/** By area: any definite problem -> not met; else any ok -> met; else unknown. */
function byArea(area: Finding["area"]): Predicate {
  return (findings) => {
    const mine = inArea(findings, area);
    const problems = mine.filter(isProblem);
    if (problems.length > 0) return { status: "not-met", evidence: codesOf(problems) };
    const ok = mine.filter((f) => f.outcome === "done" && f.severity === "ok");
    if (ok.length > 0) return { status: "met", evidence: codesOf(ok) };
    return { status: "unknown", evidence: codesOf(mine) };
  };
}

const PREDICATES: Record<RequirementCheck, Predicate> = {
  spfValid: byArea("spf"),
  dkimKeyPublished(findings) {
    const mine = inArea(findings, "dkim");
    const ok = mine.filter(
      (f) => f.code === "dkim.ok" || (f.code === "dkim.weak-key" && f.severity === "warning"),
    );
    if (ok.length > 0) return { status: "met", evidence: codesOf(ok) };
    // "none-found" is not proof: the domain may sign with a selector we did not try.
    const weak = mine.filter(
      (f) =>
        f.code === "dkim.weak-key" ||
        f.code === "dkim.selector-not-found" ||
        f.code === "dkim.syntax",
    );
    if (weak.some(isProblem))
      return { status: "not-met", evidence: codesOf(weak.filter(isProblem)) };
    return { status: "unknown", evidence: codesOf(mine) };
  },
  dmarcAtLeastNone(findings) {
    const mine = inArea(findings, "dmarc");
    const policy = mine.filter((f) =>
      ["dmarc.policy-none", "dmarc.quarantine", "dmarc.reject"].includes(f.code),
    );
    if (policy.length > 0) return { status: "met", evidence: codesOf(policy) };
    const bad = mine.filter(
      (f) => ["dmarc.missing", "dmarc.syntax", "dmarc.multiple"].includes(f.code) && isProblem(f),
    );
    if (bad.length > 0) return { status: "not-met", evidence: codesOf(bad) };
    return { status: "unknown", evidence: codesOf(mine) };
  },
  dmarcAligned(findings) {
    const verdict = findings.filter(
      (f) => f.code === "dmarc.aligned" || f.code === "dmarc.not-aligned",
    );
    if (verdict.some((f) => f.code === "dmarc.not-aligned"))
      return { status: "not-met", evidence: codesOf(verdict) };
    if (verdict.length > 0) return { status: "met", evidence: codesOf(verdict) };
    // Alignment is a property of each message (its From, MAIL FROM and d=). Without a
    // message: a DKIM key published under the domain itself can only serve d=<domain>
    // signatures, which align; that is the usual reason such a key exists.
    const ownKey = findings.filter((f) => f.code === "dkim.ok");
    if (ownKey.length > 0) return { status: "met", evidence: codesOf(ownKey) };
    return { status: "unknown", evidence: [] };
  },
  forwardConfirmedReverseDns: byArea("reverse-dns"),
  manual: () => ({ status: "manual", evidence: [] }),
};

export function bulkSenderRequirements(findings: Finding[]): RequirementResult[] {
  return BULK_SENDER_REQUIREMENTS.map((req) => {
    const { status, evidence } = PREDICATES[req.check](findings);
    return {
      id: req.id,
      title: req.title,
      providers: req.providers,
      status,
      evidence,
      ...(status === "not-met" ? { fix: req.fix } : {}),
    };
  });
}

/**
 * A title inside a sentence: its first letter lowered, unless the first word is an acronym
 * ("TLS for the SMTP connection"); names and acronyms later on keep their case (RFC 8058,
 * Postmaster Tools), which lowering the whole title had turned into "rfc 8058".
 */
function inSentence(title: string): string {
  const first = title.split(" ", 1)[0] ?? "";
  if (/[A-Z].*[A-Z]/.test(first)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The summary finding: ready, not ready (with what is missing), or not known yet. */
export function bulkSenderReadiness(domain: string, findings: Finding[]): Finding {
  const requirements = bulkSenderRequirements(findings);
  const notMet = requirements.filter((r) => r.status === "not-met");
  const unknown = requirements.filter((r) => r.status === "unknown");
  const manual = requirements.filter((r) => r.status === "manual");
  const sources = Object.values(PROVIDER_SOURCES);
  const base = {
    area: "bulk-sender" as const,
    outcome: "done" as const,
    reference: sources.map((s) => s.name).join("; "),
    referenceUrl: PROVIDER_SOURCES.gmail.url,
    data: { requirements, sources },
  };
  const manualNote = `Not visible in DNS, check yourself: ${manual.map((r) => inSentence(r.title)).join("; ")}.`;
  if (notMet.length > 0) {
    return {
      ...base,
      code: "bulk-sender.not-ready",
      severity: "error",
      title: `${domain} does not meet the Gmail/Yahoo/Outlook.com bulk-sender requirements`,
      detail: `Missing: ${notMet.map((r) => r.title).join("; ")}. Bulk mail (5,000+ a day to one provider) from ${domain} is likely to be rejected or sent to spam. ${manualNote}`,
      fix: notMet.map((r) => r.fix).join(" "),
    };
  }
  if (unknown.length > 0) {
    return {
      ...base,
      code: "bulk-sender.unknown",
      severity: "info",
      title: `Bulk-sender readiness of ${domain}: ${requirements.filter((r) => r.status === "met").length} of ${requirements.length - manual.length} DNS requirements confirmed`,
      detail: `Not confirmed from DNS: ${unknown.map((r) => r.title).join("; ")} (give the sending IP, a DKIM selector or a message's domains to check them). ${manualNote}`,
    };
  }
  return {
    ...base,
    code: "bulk-sender.ready",
    severity: "ok",
    title: `${domain} meets the DNS side of the bulk-sender requirements`,
    detail: `SPF, DKIM, DMARC${requirements.some((r) => r.id === "alignment" && r.status === "met") ? ", alignment" : ""} and reverse DNS are in place. ${manualNote}`,
  };
}

// Which part of a domain report bears on the check that asked for it. A check of the
// recipient's domain asks whether that domain receives mail: its MX (or null MX, RFC 7505),
// whether those hosts resolve, and its inbound transport policy (MTA-STS, TLS-RPT). Its SPF,
// DKIM, DMARC, blocklistings and bulk-sender readiness describe mail it sends, which is its
// owner's business and nothing the sender can or should fix. Pure: the wizard, its conclusion
// and the share link all read reports through this.

import type { CheckArea, CheckReport } from "./types";

/** What a domain's receiving side is made of. */
export const RECEIVING_AREAS: ReadonlySet<CheckArea> = new Set<CheckArea>([
  "recipient-domain",
  "mx",
  "mta-sts",
  "tls-rpt",
]);

/** True for the id of a check run on the recipient's domain ("recipient-domain:example.net"). */
export function isRecipientDomainCheck(checkId: string): boolean {
  return checkId.startsWith("recipient-domain:");
}

/**
 * The report as it bears on the check `checkId`: for the recipient's domain, its receiving side
 * only, each finding with what the sender can do about it (fixWhenRecipient) as its fix.
 */
export function reportForCheck(checkId: string, report: CheckReport): CheckReport {
  if (!isRecipientDomainCheck(checkId)) return report;
  return {
    ...report,
    findings: report.findings
      .filter((f) => RECEIVING_AREAS.has(f.area))
      .map((f) => (f.fixWhenRecipient ? { ...f, fix: f.fixWhenRecipient } : f)),
  };
}

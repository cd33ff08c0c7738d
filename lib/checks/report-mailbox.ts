// Where a DMARC fix may send the aggregate reports (RFC 7489 §6.3 rua=). A fix names a mailbox
// at the domain only when a check found the domain receiving mail (MX records, RFC 5321 §5.1);
// otherwise it names none and says why, so no text claims reports will arrive where no check
// showed that mail can. Pure: the MX answer or the recipient-domain findings come in.

import type { DnsResult, MxRecord } from "@/lib/dns/types";
import { suggestedReportMailbox } from "@/lib/records/dmarc-record";
import type { Finding } from "./types";

export type ReportMailbox =
  | { kind: "at-domain"; address: string }
  /** `why` completes "use a mailbox at a domain that receives mail, …: <why>". */
  | { kind: "elsewhere"; why: string };

const isNull = (r: MxRecord) => r.exchange === "" || r.exchange === ".";

/** From the domain's own MX answer (a subdomain's reports go to its organisational domain). */
export function reportMailboxFromMx(domain: string, mx: DnsResult<MxRecord>): ReportMailbox {
  if (mx.status === "ok" && mx.records.some(isNull)) return nullMx(domain);
  if (mx.status === "ok" && mx.records.length > 0)
    return { kind: "at-domain", address: suggestedReportMailbox(domain) };
  if (mx.status === "error") return couldNotLookUp(domain);
  return noMx(domain);
}

/** From the recipient-domain check's findings for the domain (mx.*, domain.*). */
export function reportMailboxFromFindings(
  domain: string,
  findings: readonly Pick<Finding, "code" | "outcome">[],
): ReportMailbox {
  const has = (code: string) => findings.some((f) => f.code === code && f.outcome === "done");
  if (has("mx.null")) return nullMx(domain);
  if (has("mx.ok")) return { kind: "at-domain", address: suggestedReportMailbox(domain) };
  if (has("mx.none") || has("mx.none-implicit") || has("domain.nxdomain")) return noMx(domain);
  if (findings.some((f) => f.code === "mx.could-not-check")) return couldNotLookUp(domain);
  return notChecked(domain);
}

export const notChecked = (domain: string): ReportMailbox => ({
  kind: "elsewhere",
  why: `whether ${domain} receives mail was not checked, so a mailbox there may never get them`,
});

const nullMx = (domain: string): ReportMailbox => ({
  kind: "elsewhere",
  why: `${domain} has a null MX (it takes no mail), so reports sent to an address at ${domain} could never arrive`,
});

const noMx = (domain: string): ReportMailbox => ({
  kind: "elsewhere",
  why: `the check found no MX record for ${domain}, so reports sent to an address at ${domain} may never arrive`,
});

const couldNotLookUp = (domain: string): ReportMailbox => ({
  kind: "elsewhere",
  why: `we could not look up ${domain}'s MX records, so nothing shows that a mailbox there would receive them`,
});

/** The address a record may carry: the chosen mailbox, or none. */
export const reportAddressOf = (m: ReportMailbox) => (m.kind === "at-domain" ? m.address : null);

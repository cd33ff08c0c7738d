// DMARC policy discovery (RFC 7489 §6.6.3): the record at _dmarc.<domain>, else at the
// organisational domain (Public Suffix List via tldts). Both names are asked at once: the
// fallback costs one lookup and saves a round trip. Then the external report destinations'
// authorisation records (RFC 7489 §7.1), all at once.

import "server-only";
import { txtValues } from "@/lib/dns/record-text";
import type { DnsClient, DnsResult } from "@/lib/dns/types";
import { couldNotCheckFinding, isDnsFailure, rawRecord } from "./dns-results";
import {
  checkAlignment,
  looksLikeDmarc,
  organisationalDomain,
  parseDmarcRecord,
  type AlignmentResult,
  type DmarcPolicy,
  type DmarcRecord,
} from "./dmarc-record";
import type { Finding } from "./types";
import { starterDmarcKeeping } from "@/lib/records/dmarc-record";
import { notChecked, reportAddressOf, type ReportMailbox } from "./report-mailbox";

export { checkAlignment, organisationalDomain, parseDmarcRecord } from "./dmarc-record";
export type { AlignmentResult, DmarcRecord, DmarcPolicy } from "./dmarc-record";

const RFC7489 = (section: string) => ({
  reference: `RFC 7489 §${section}`,
  referenceUrl: `https://www.rfc-editor.org/rfc/rfc7489#section-${section}`,
});
const DMARCBIS = {
  reference: "DMARCbis (draft-ietf-dmarc-dmarcbis) §4.7",
  referenceUrl: "https://datatracker.ietf.org/doc/draft-ietf-dmarc-dmarcbis/",
};

export interface DmarcResult {
  findings: Finding[];
  record?: DmarcRecord;
  /** Where the record was found: the domain itself or its organisational domain. */
  recordDomain?: string;
  /** The policy that applies to mail from the checked domain. */
  appliedPolicy?: DmarcPolicy;
}

export interface DmarcOptions {
  /** Alignment for a given message: SPF (MAIL FROM) domain and DKIM d= domains. */
  alignment?: { spfDomain?: string; dkimDomains?: string[] };
  /**
   * Whether the organisational domain receives mail, from a check the caller runs alongside
   * (awaited only after the DMARC lookups): it decides the report mailbox a fix may name.
   * Without it no fix names one.
   */
  reportMailbox?: Promise<ReportMailbox>;
}

/** The text that sends reports elsewhere: appended to a fix whose record carries no rua=. */
const reportsElsewhere = (why: string) =>
  `add rua=mailto: with a mailbox at a domain that receives mail, or your DMARC report service's address (${why})`;

export async function checkDmarc(
  domain: string,
  dns: DnsClient,
  opts: DmarcOptions = {},
): Promise<DmarcResult> {
  const org = organisationalDomain(domain);
  const ownName = `_dmarc.${domain}`;
  const orgName = `_dmarc.${org}`;
  const [own, atOrg] = await Promise.all([
    dns.query(ownName, "TXT"),
    org !== domain ? dns.query(orgName, "TXT") : Promise.resolve(undefined),
  ]);

  const findings: Finding[] = [];
  if (isDnsFailure(own)) {
    findings.push(
      couldNotCheckFinding({
        code: "dmarc.could-not-check",
        area: "dmarc",
        title: `Could not look up the DMARC record of ${domain}`,
        failure: own,
        name: ownName,
        type: "TXT",
        ...RFC7489("6.6.3"),
      }),
    );
    return { findings };
  }
  let records = txtValues(own).filter(looksLikeDmarc);
  let recordDomain = domain;
  let used: { name: string; result: DnsResult<string[]> } = { name: ownName, result: own };
  if (records.length === 0 && atOrg) {
    if (isDnsFailure(atOrg)) {
      findings.push(
        couldNotCheckFinding({
          code: "dmarc.could-not-check",
          area: "dmarc",
          title: `${domain} has no DMARC record, and we could not look up ${org}'s`,
          failure: atOrg,
          name: orgName,
          type: "TXT",
          ...RFC7489("6.6.3"),
        }),
      );
      return { findings };
    }
    records = txtValues(atOrg).filter(looksLikeDmarc);
    recordDomain = org;
    used = { name: orgName, result: atOrg };
  }
  const mailbox = await (opts.reportMailbox ?? Promise.resolve(notChecked(org)));
  const address = reportAddressOf(mailbox);
  const raw = [
    rawRecord(ownName, "TXT", own),
    ...(recordDomain !== domain ? [rawRecord(orgName, "TXT", used.result)] : []),
  ];

  if (records.length === 0) {
    findings.push({
      code: "dmarc.missing",
      area: "dmarc",
      severity: "error",
      outcome: "done",
      title: `${domain} has no DMARC record`,
      detail: `There is no DMARC record at ${ownName}${org !== domain ? ` nor at ${orgName}` : ""}. Gmail, Yahoo and Outlook.com require one from bulk senders, and without it receivers have no policy for mail that fails authentication.`,
      fix:
        mailbox.kind === "at-domain"
          ? `Publish a TXT record at _dmarc.${org}: "v=DMARC1; p=none; rua=mailto:${mailbox.address}" (create that mailbox first, or use your DMARC report service's address), read the reports, then move to p=quarantine or p=reject.`
          : `Publish a TXT record at _dmarc.${org}: "v=DMARC1; p=none", and ${reportsElsewhere(mailbox.why)}. Read the reports, then move to p=quarantine or p=reject.`,
      ...RFC7489("6.6.3"),
      records: raw,
    });
    return { findings };
  }
  // A rewrite keeps the records' own report addresses; without any, the mailbox chosen above.
  const starter = starterDmarcKeeping(recordDomain, records, address);
  const noReports =
    mailbox.kind === "elsewhere" && !/rua=/.test(starter.value)
      ? ` Then ${reportsElsewhere(mailbox.why)}.`
      : "";
  if (records.length > 1) {
    findings.push({
      code: "dmarc.multiple",
      area: "dmarc",
      severity: "error",
      outcome: "done",
      title: `${recordDomain} has ${records.length} DMARC records`,
      detail:
        "With more than one DMARC record, receivers apply no DMARC policy at all: the domain is as unprotected as without one.",
      // Today no policy applies; a merge that keeps the strictest p= would start quarantining
      // or refusing mail that is delivered now, so the one record keeps p=none.
      fix: `Replace them with one TXT record at ${used.name}, keeping their report addresses and p=none: "${starter.value}". Do not keep the strictest of their policies: none applies today, and a stricter one would start quarantining or refusing mail that is delivered now.${noReports} Raise the policy later, once the reports show every legitimate sender passing.`,
      ...RFC7489("6.6.3"),
      records: raw,
    });
    return { findings, recordDomain };
  }
  const parsed = parseDmarcRecord(records[0] as string);
  if (!parsed.ok) {
    findings.push({
      code: "dmarc.syntax",
      area: "dmarc",
      severity: "error",
      outcome: "done",
      title: `The DMARC record of ${recordDomain} is invalid`,
      detail: `Receivers ignore an invalid record: ${parsed.problems.join("; ")}.`,
      // Receivers ignore it, so no policy applies today: the rewrite starts at p=none and keeps
      // the report addresses it asks for.
      fix: `Rewrite it as "${starter.value}" (p=none, its report addresses kept): no policy applies today, so a stricter one would start quarantining or refusing mail that is delivered now.${noReports} Raise the policy later, once the reports show every legitimate sender passing.`,
      ...RFC7489("6.4"),
      records: raw,
      data: { problems: parsed.problems },
    });
    return { findings, recordDomain };
  }
  const record = parsed.record;
  const inherited = recordDomain !== domain;
  const applied: DmarcPolicy = inherited ? (record.sp ?? record.p) : record.p;
  const policyData = {
    recordDomain,
    p: record.p,
    sp: record.sp,
    np: record.np,
    psd: record.psd,
    t: record.t,
    pct: record.pct,
    adkim: record.adkim,
    aspf: record.aspf,
    applied,
  };

  if (inherited) {
    findings.push({
      code: "dmarc.org-domain",
      area: "dmarc",
      severity: "info",
      outcome: "done",
      title: `${domain} uses the DMARC record of ${org}`,
      detail: `${domain} has no record of its own, so receivers use ${org}'s, with its subdomain policy (sp=${record.sp ?? `not set, so p=${record.p}`}).`,
      ...RFC7489("6.6.3"),
      records: raw,
      data: policyData,
    });
  }
  const policyFinding: Record<
    DmarcPolicy,
    Omit<Finding, "area" | "outcome" | "records" | "data" | "reference">
  > = {
    none: {
      code: "dmarc.policy-none",
      severity: "warning",
      title: `DMARC policy of ${domain}: none (monitoring only)`,
      detail:
        "p=none asks receivers to deliver mail that fails DMARC as usual; it meets the bulk-sender minimum but does not protect the domain from spoofing.",
      fix: "Once the aggregate reports show all your legitimate mail passing, move to p=quarantine, then p=reject.",
    },
    quarantine: {
      code: "dmarc.quarantine",
      severity: "ok",
      title: `DMARC policy of ${domain}: quarantine`,
      detail:
        "Mail that fails DMARC goes to spam. Make sure every service that sends as this domain passes SPF or DKIM with alignment.",
    },
    reject: {
      code: "dmarc.reject",
      severity: "ok",
      title: `DMARC policy of ${domain}: reject`,
      detail:
        "Mail that fails DMARC is refused. A bounce citing DMARC means the sending service does not pass SPF or DKIM aligned with this domain.",
    },
  };
  findings.push({
    ...policyFinding[applied],
    area: "dmarc",
    outcome: "done",
    ...RFC7489("6.3"),
    records: raw,
    data: policyData,
  });

  if (parsed.warnings.length > 0) {
    findings.push({
      code: "dmarc.syntax",
      area: "dmarc",
      severity: "warning",
      outcome: "done",
      title: `The DMARC record of ${recordDomain} has minor problems`,
      detail: `${parsed.warnings.join("; ")}.`,
      ...RFC7489("6.4"),
      records: raw,
      data: { warnings: parsed.warnings },
    });
  }
  if (record.pct < 100 && applied !== "none") {
    findings.push({
      code: "dmarc.pct",
      area: "dmarc",
      severity: "info",
      outcome: "done",
      title: `The policy applies to only ${record.pct}% of failing mail (pct=${record.pct})`,
      detail: `The rest is treated one step more leniently. A staged roll-out; note that DMARCbis drops pct= in favour of t=.`,
      ...RFC7489("6.3"),
      records: raw,
      data: policyData,
    });
  }
  if (record.t === "y") {
    findings.push({
      code: "dmarc.testing",
      area: "dmarc",
      severity: "info",
      outcome: "done",
      title: "DMARC test mode (t=y)",
      detail:
        "DMARCbis receivers apply the next weaker policy while t=y is set (reject acts as quarantine, quarantine as none).",
      fix: "Remove t=y when the roll-out is complete.",
      ...DMARCBIS,
      records: raw,
      data: policyData,
    });
  }
  if (applied !== "none" && inherited === false && record.sp === "none") {
    findings.push({
      code: "dmarc.subdomain-none",
      area: "dmarc",
      severity: "info",
      outcome: "done",
      title: "Subdomains are not protected (sp=none)",
      detail: `Mail claiming to come from a subdomain of ${domain} that fails DMARC is delivered as usual.`,
      ...RFC7489("6.3"),
      records: raw,
      data: policyData,
    });
  }

  findings.push(...(await reportDestinationFindings(recordDomain, org, record, raw, dns, mailbox)));

  if (opts.alignment) {
    const result = checkAlignment({ fromDomain: domain, ...opts.alignment }, record);
    findings.push(alignmentFinding(domain, result, record));
  }
  return { findings, record, recordDomain, appliedPolicy: applied };
}

async function reportDestinationFindings(
  recordDomain: string,
  org: string,
  record: DmarcRecord,
  raw: Finding["records"],
  dns: DnsClient,
  mailbox: ReportMailbox,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (record.rua.length === 0) {
    findings.push({
      code: "dmarc.no-rua",
      area: "dmarc",
      severity: "warning",
      outcome: "done",
      title: "No DMARC aggregate reports requested (no rua=)",
      detail:
        "Without rua= you receive no reports, so you cannot see which services send as your domain or whether they pass.",
      fix:
        mailbox.kind === "at-domain"
          ? `Add rua=mailto:${mailbox.address} (create that mailbox first), or your DMARC report service's address.`
          : `Add rua=mailto: with a mailbox at a domain that receives mail, or your DMARC report service's address: ${mailbox.why}.`,
      ...RFC7489("6.3"),
      records: raw,
    });
  }
  // External destinations need <policy domain>._report._dmarc.<destination> (RFC 7489 §7.1).
  const destinations = [
    ...new Set([...record.rua, ...record.ruf].map((u) => u.domain).filter((d): d is string => !!d)),
  ].filter((d) => organisationalDomain(d) !== org);
  const answers = await Promise.all(
    destinations.map((d) => dns.query(`${recordDomain}._report._dmarc.${d}`, "TXT")),
  );
  destinations.forEach((dest, i) => {
    const result = answers[i] as DnsResult<string[]>;
    const name = `${recordDomain}._report._dmarc.${dest}`;
    if (isDnsFailure(result)) {
      findings.push(
        couldNotCheckFinding({
          code: "dmarc.could-not-check",
          area: "dmarc",
          title: `Could not check that ${dest} accepts DMARC reports for ${recordDomain}`,
          failure: result,
          name,
          type: "TXT",
          ...RFC7489("7.1"),
          data: { destination: dest },
        }),
      );
    } else if (txtValues(result).some(looksLikeDmarc)) {
      findings.push({
        code: "dmarc.rua-authorised",
        area: "dmarc",
        severity: "ok",
        outcome: "done",
        title: `${dest} accepts DMARC reports for ${recordDomain}`,
        detail: `The external report destination publishes the authorisation record ${name}.`,
        ...RFC7489("7.1"),
        records: [rawRecord(name, "TXT", result)],
        data: { destination: dest },
      });
    } else {
      findings.push({
        code: "dmarc.rua-unauthorised",
        area: "dmarc",
        severity: "warning",
        outcome: "done",
        title: `Reports to ${dest} will not be sent`,
        detail: `${dest} is outside ${org}, and it does not publish ${name} (v=DMARC1) to agree to receive ${recordDomain}'s reports, so receivers drop them.`,
        fix: `Ask ${dest}'s operator to publish a TXT record "v=DMARC1" at ${name}, or send reports to an address at ${org}.`,
        ...RFC7489("7.1"),
        records: [rawRecord(name, "TXT", result)],
        data: { destination: dest },
      });
    }
  });
  return findings;
}

function alignmentFinding(domain: string, result: AlignmentResult, record: DmarcRecord): Finding {
  const data = { ...result, adkim: record.adkim, aspf: record.aspf };
  if (result.aligned) {
    return {
      code: "dmarc.aligned",
      area: "dmarc",
      severity: "ok",
      outcome: "done",
      title: `The ${result.dkim === "aligned" ? "DKIM" : "SPF"} domain aligns with ${domain}`,
      detail: "DMARC passes when an aligned identifier also passes SPF or DKIM verification.",
      ...RFC7489("3.1"),
      data,
    };
  }
  return {
    code: "dmarc.not-aligned",
    area: "dmarc",
    severity: "error",
    outcome: "done",
    title: `Neither the SPF nor the DKIM domain aligns with ${domain}`,
    detail: `DMARC needs the From domain to match the SPF (MAIL FROM) domain or a DKIM d= domain (${record.adkim === "s" || record.aspf === "s" ? "strictly, as this record asks" : "same organisational domain"}). Without that, mail fails DMARC even when SPF and DKIM pass.`,
    fix: `Have your mail service sign with d=${domain} (custom DKIM domain) or use a return-path under ${domain}.`,
    ...RFC7489("3.1"),
    data,
  };
}

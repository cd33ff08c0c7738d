// A full check of one domain: every check at once (they share no lookups that depend on each
// other), behind a per-request bound on lookups, then the bulk-sender summary computed from
// the findings. Server-only: it does DNS.

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkBimi } from "./bimi";
import { checkDomainBlocklists } from "./blocklists";
import { bulkSenderReadiness } from "./bulk-sender";
import { checkDkim } from "./dkim";
import { checkDmarc, organisationalDomain, type DmarcOptions } from "./dmarc";
import { reportMailboxFromFindings, reportMailboxFromMx } from "./report-mailbox";
import { maxLookupsFromEnv, withLookupBudget } from "./lookup-budget";
import { checkMtaSts } from "./mta-sts";
import { checkRecipientDomain } from "./recipient-domain";
import { checkReverseDns } from "./reverse-dns";
import { spfFindings } from "@/lib/spf/findings";
import { checkTlsRpt } from "./tls-rpt";
import type { CheckReport, Finding } from "./types";

export interface DomainCheckOptions {
  /** DKIM selectors to look up besides the common ones (e.g. from a DKIM-Signature s=). */
  dkimSelectors?: string[];
  /** The sending IP: SPF is evaluated for it and its reverse DNS feeds the bulk-sender summary. */
  ip?: string;
  /** The envelope sender (MAIL FROM) address or domain: SPF's identity and DMARC alignment. */
  sender?: string;
  /** Lookups one request may cause; default CHECK_MAX_LOOKUPS or 200. */
  maxLookups?: number;
}

export async function checkDomain(
  domain: string,
  dns: DnsClient,
  opts: DomainCheckOptions = {},
): Promise<CheckReport> {
  const checkedAt = new Date().toISOString();
  const budget = withLookupBudget(dns, opts.maxLookups ?? maxLookupsFromEnv());
  const q = budget.dns;
  const senderDomain = opts.sender
    ? opts.sender.slice(opts.sender.lastIndexOf("@") + 1).toLowerCase()
    : undefined;
  const dmarcOptions: DmarcOptions = senderDomain ? { alignment: { spfDomain: senderDomain } } : {};
  // SPF checks the MAIL FROM domain; a sender under another domain is that domain's SPF, and
  // for this domain's record the evaluation uses postmaster@<domain> (spfFindings' default).
  const spfOptions = {
    ...(opts.ip ? { ip: opts.ip } : {}),
    ...(opts.sender && senderDomain === domain ? { sender: opts.sender } : {}),
  };

  // DMARC reports go to the organisational domain: a fix names a mailbox there only when it
  // receives mail. The domain's own MX comes from its recipient check; a parent's costs one MX
  // lookup, run alongside the rest.
  const recipientCheck = checkRecipientDomain(domain, q);
  const reportDomain = organisationalDomain(domain);
  const reportMailbox =
    reportDomain === domain
      ? recipientCheck.then((f) => reportMailboxFromFindings(domain, f))
      : q.query(reportDomain, "MX").then((mx) => reportMailboxFromMx(reportDomain, mx));

  const [recipient, spf, dkim, dmarc, mtaSts, tlsRpt, bimi, blocklists, reverseDns] =
    await Promise.all([
      recipientCheck,
      spfFindings(domain, q, spfOptions),
      checkDkim(domain, q, { selectors: opts.dkimSelectors ?? [] }),
      checkDmarc(domain, q, { ...dmarcOptions, reportMailbox }),
      checkMtaSts(domain, q),
      checkTlsRpt(domain, q, reportMailbox),
      checkBimi(domain, q),
      checkDomainBlocklists(domain, q),
      opts.ip ? checkReverseDns(opts.ip, q) : Promise.resolve([] as Finding[]),
    ]);

  const findings: Finding[] = [
    ...recipient,
    ...spf,
    ...dkim.findings,
    ...dmarc.findings,
    ...reverseDns,
    ...blocklists,
    ...mtaSts,
    ...tlsRpt,
    ...bimi,
  ];
  findings.push(bulkSenderReadiness(domain, findings));
  return { subject: domain, kind: "domain", checkedAt, findings, lookups: budget.count() };
}

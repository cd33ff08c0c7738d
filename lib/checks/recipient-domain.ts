// The recipient's domain: does it exist, and does it accept mail? MX records and what they
// point at (RFC 5321 §5.1, RFC 7505, RFC 2181 §10.3), and likely typos of well-known mail
// domains. Every lookup that does not depend on another runs at once: the MX query, the
// domain's own A/AAAA (needed for the implicit MX, and cheap), then all MX hosts together.

import "server-only";
import { isIP } from "@/lib/dns/ip";
import type { DnsClient, DnsResult, MxRecord } from "@/lib/dns/types";
import { couldNotCheckFinding, isDnsFailure, rawRecord, type DnsFailure } from "./dns-results";
import type { Finding } from "./types";
import { suggestMailDomain } from "./typo";

const RFC5321_51 = {
  reference: "RFC 5321 §5.1",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc5321#section-5.1",
};
const RFC7505 = {
  reference: "RFC 7505 §3",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc7505#section-3",
};
const RFC2181_103 = {
  reference: "RFC 2181 §10.3",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc2181#section-10.3",
};
const RFC1035 = {
  reference: "RFC 1035 §4.1.1 (RCODE 3, NXDOMAIN)",
  referenceUrl: "https://www.rfc-editor.org/rfc/rfc1035#section-4.1.1",
};

/** MX hosts examined per domain; more would only cost lookups (real domains have 1-5). */
export const MAX_MX_HOSTS = 10;

type HostStatus =
  | { kind: "ok"; addresses: string[]; cname?: string }
  | { kind: "unresolvable"; cname?: string }
  | { kind: "could-not-check"; failure: DnsFailure; type: string };

export async function checkRecipientDomain(domain: string, dns: DnsClient): Promise<Finding[]> {
  const findings: Finding[] = [];
  const suggestion = suggestMailDomain(domain);
  if (suggestion) {
    findings.push({
      code: "domain.typo",
      area: "recipient-domain",
      severity: "warning",
      outcome: "done",
      title: `Did you mean ${suggestion}?`,
      detail: `${domain} is one letter away from ${suggestion}, a large mail provider's domain. Mail to a mistyped domain goes to whoever owns that name, or nowhere.`,
      fix: `Check the address with the recipient; if it is a typo, send to the same name @${suggestion}.`,
      reference: "Well-known mail domains (project data, providers' help pages)",
      data: { suggestion },
    });
  }

  const [mx, a, aaaa] = await Promise.all([
    dns.query(domain, "MX"),
    dns.query(domain, "A"),
    dns.query(domain, "AAAA"),
  ]);

  if (mx.status === "nxdomain") {
    // Confirmed by the A lookup when it answered too; either way NXDOMAIN is authoritative.
    findings.push({
      code: "domain.nxdomain",
      area: "recipient-domain",
      severity: "critical",
      outcome: "done",
      title: `${domain} does not exist`,
      detail: `DNS says the name ${domain} does not exist (NXDOMAIN). No mail can be delivered to any address at it.`,
      fix: suggestion
        ? `Probably a typo of ${suggestion}: correct the address.`
        : "Check the spelling of the address with the recipient through another channel.",
      ...RFC1035,
      records: [rawRecord(domain, "MX", mx)],
    });
    return findings;
  }
  if (isDnsFailure(mx)) {
    findings.push(
      couldNotCheckFinding({
        code: "mx.could-not-check",
        area: "mx",
        title: `Could not look up the mail servers of ${domain}`,
        failure: mx,
        name: domain,
        type: "MX",
        ...RFC5321_51,
      }),
    );
    return findings;
  }

  findings.push({
    code: "domain.ok",
    area: "recipient-domain",
    severity: "ok",
    outcome: "done",
    title: `${domain} exists`,
    detail: `The name ${domain} is in DNS.`,
    ...RFC1035,
  });

  if (mx.status === "nodata") {
    findings.push(implicitMxFinding(domain, mx, a, aaaa));
    return findings;
  }

  const records = [...mx.records].sort((x, y) => x.priority - y.priority);
  const mxRaw = rawRecord(domain, "MX", mx);
  const nullMx = records.filter(isNullMx);
  if (nullMx.length > 0) {
    const alone = records.length === 1 && nullMx[0]?.priority === 0;
    findings.push({
      code: "mx.null",
      area: "mx",
      severity: "critical",
      outcome: "done",
      title: `${domain} says it accepts no mail (null MX)`,
      detail: alone
        ? `${domain} publishes a "null MX" (MX 0 .), the standard way to say that the domain receives no email. Every message to it is refused.`
        : `${domain} publishes a null MX (MX .) together with other MX records. RFC 7505 forbids mixing them; receivers may treat the domain as taking no mail.`,
      // The full report reads as the domain's owner (the check page's "Mine: I send mail from
      // it", the wizard's sending domain): a null MX there gets its own outgoing mail refused.
      fix: alone
        ? `If ${domain} sends or receives any mail, remove the null MX and publish MX records naming the servers that receive its mail: receivers may refuse mail whose sender address is at a domain with a null MX (RFC 7505 §4.2, status 5.7.27). If it does neither, the null MX is right.`
        : // The other MX records may be where its mail arrives today: the null MX is what goes.
          "The domain owner should remove the null MX if the domain receives or sends any mail (receivers may refuse mail from a domain with a null MX, RFC 7505 §4.2); the other MX records only if it does neither.",
      ...(alone
        ? {
            fixWhenRecipient:
              "Use another address for this recipient; the domain owner has declared that it takes no mail.",
          }
        : {}),
      ...RFC7505,
      records: [mxRaw],
      data: { mixed: !alone },
    });
    if (alone) return findings;
  }

  const hosts = records.filter((r) => !isNullMx(r)).slice(0, MAX_MX_HOSTS);
  const literal = hosts.filter((r) => isIpLiteral(r.exchange));
  const named = hosts.filter((r) => !isIpLiteral(r.exchange));
  for (const r of literal) {
    findings.push({
      code: "mx.ip-literal",
      area: "mx",
      severity: "error",
      outcome: "done",
      title: `An MX record of ${domain} is an IP address (${r.exchange})`,
      detail: `MX records must name a host, not an address. Many senders look "${r.exchange}" up as a host name, find nothing, and cannot deliver.`,
      fix: `Give the server a name (e.g. mx.${domain} with an A record for ${stripBrackets(r.exchange)}) and point the MX at that name.`,
      ...RFC5321_51,
      records: [mxRaw],
      data: { exchange: r.exchange },
    });
  }

  const statuses = await Promise.all(named.map((r) => resolveHost(r.exchange, dns)));
  const usable: string[] = [];
  named.forEach((r, i) => {
    const status = statuses[i] as HostStatus;
    const host = r.exchange;
    if (status.kind !== "could-not-check" && status.cname) {
      findings.push({
        code: "mx.cname",
        area: "mx",
        severity: "warning",
        outcome: "done",
        title: `The MX host ${host} is an alias (CNAME to ${status.cname})`,
        detail: `An MX record must point at a name with its own address records, not at an alias. Most senders follow the alias anyway, but some refuse, and the standards forbid it.`,
        fix: `Point the MX record directly at ${status.cname}.`,
        ...RFC2181_103,
        records: [{ name: host, type: "CNAME", values: [status.cname] }],
        data: { exchange: host, target: status.cname },
      });
    }
    if (status.kind === "ok") usable.push(host);
    else if (status.kind === "unresolvable") {
      findings.push({
        code: "mx.unresolvable",
        area: "mx",
        severity: "error",
        outcome: "done",
        title: `The MX host ${host} has no address`,
        detail: `${domain}'s MX record names ${host}, but ${host} has no A or AAAA record. Senders cannot reach that server.`,
        fix: `Publish an A/AAAA record for ${host}, or point the MX at a host that has one.`,
        ...RFC5321_51,
        records: [mxRaw, { name: host, type: "A/AAAA", values: ["(no address records)"] }],
        data: { exchange: host },
      });
    } else if (status.kind === "could-not-check") {
      findings.push(
        couldNotCheckFinding({
          code: "mx.could-not-check",
          area: "mx",
          title: `Could not resolve the MX host ${host}`,
          failure: status.failure,
          name: host,
          type: status.type,
          ...RFC5321_51,
          data: { exchange: host },
        }),
      );
    }
  });

  if (usable.length > 0) {
    findings.push({
      code: "mx.ok",
      area: "mx",
      severity: "ok",
      outcome: "done",
      title: `${domain} accepts mail at ${usable.length === 1 ? usable[0] : `${usable.length} servers`}`,
      detail: `${domain} has MX records pointing at hosts with addresses: ${usable.join(", ")}.`,
      ...RFC5321_51,
      records: [mxRaw],
      data: { hosts: usable },
    });
  } else if (literal.length === 0 && findings.every((f) => f.code !== "mx.could-not-check")) {
    findings.push({
      code: "mx.none",
      area: "mx",
      severity: "critical",
      outcome: "done",
      title: `No usable mail server for ${domain}`,
      detail: `None of ${domain}'s MX hosts has an address, so no mail can be delivered.`,
      fix: "The domain owner must fix the MX records (see the findings above).",
      ...RFC5321_51,
      records: [mxRaw],
    });
  }
  return findings;
}

function implicitMxFinding(
  domain: string,
  mx: DnsResult<MxRecord>,
  a: DnsResult<string>,
  aaaa: DnsResult<string>,
): Finding {
  const records = [
    rawRecord(domain, "MX", mx),
    rawRecord(domain, "A", a),
    rawRecord(domain, "AAAA", aaaa),
  ];
  const addresses = [
    ...(a.status === "ok" ? a.records : []),
    ...(aaaa.status === "ok" ? aaaa.records : []),
  ];
  if (addresses.length > 0) {
    return {
      code: "mx.none-implicit",
      area: "mx",
      severity: "warning",
      outcome: "done",
      title: `${domain} has no MX record; mail goes to its address record`,
      detail: `Without MX records, senders deliver to the domain's own A/AAAA address (${addresses.join(", ")}), the "implicit MX". It works, but only if a mail server listens there, and some senders refuse it.`,
      // A null MX also tells receivers the domain sends no mail: they may refuse mail from it
      // (RFC 7505 §4.2), so it is advice only for a domain that neither sends nor receives.
      fix: `If ${domain} receives mail, publish an MX record naming its mail server. A null MX ("MX 0 .", RFC 7505) only if ${domain} neither receives nor sends mail: receivers may refuse mail whose sender address is at a domain with a null MX (RFC 7505 §4.2, status 5.7.27), so it would get the domain's own outgoing mail refused.`,
      ...RFC5321_51,
      records,
      data: { addresses },
    };
  }
  const failure = [a, aaaa].find(isDnsFailure);
  if (failure) {
    return couldNotCheckFinding({
      code: "mx.could-not-check",
      area: "mx",
      title: `Could not look up the address of ${domain} (it has no MX)`,
      failure,
      name: domain,
      type: a.status === "error" ? "A" : "AAAA",
      ...RFC5321_51,
    });
  }
  return {
    code: "mx.none",
    area: "mx",
    severity: "critical",
    outcome: "done",
    title: `${domain} accepts no mail (no MX and no address)`,
    detail: `${domain} has neither MX records nor an A/AAAA record, so senders have nowhere to deliver.`,
    fix: "Check the address; the domain exists but is not set up to receive mail.",
    ...RFC5321_51,
    records,
  };
}

async function resolveHost(host: string, dns: DnsClient): Promise<HostStatus> {
  const [cname, a, aaaa] = await Promise.all([
    dns.query(host, "CNAME"),
    dns.query(host, "A"),
    dns.query(host, "AAAA"),
  ]);
  const alias = cname.status === "ok" ? cname.records[0] : undefined;
  const addresses = [
    ...(a.status === "ok" ? a.records : []),
    ...(aaaa.status === "ok" ? aaaa.records : []),
  ];
  const withAlias = alias ? { cname: alias } : {};
  if (addresses.length > 0) return { kind: "ok", addresses, ...withAlias };
  if (isDnsFailure(a)) return { kind: "could-not-check", failure: a, type: "A" };
  if (isDnsFailure(aaaa)) return { kind: "could-not-check", failure: aaaa, type: "AAAA" };
  return { kind: "unresolvable", ...withAlias };
}

function isNullMx(r: MxRecord): boolean {
  return r.exchange === "" || r.exchange === ".";
}

function stripBrackets(s: string): string {
  return s.replace(/^\[|\]$/g, "");
}

function isIpLiteral(exchange: string): boolean {
  return isIP(stripBrackets(exchange)) !== 0;
}

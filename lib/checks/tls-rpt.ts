// SMTP TLS Reporting record (RFC 8460 §3): _smtp._tls.<domain> TXT "v=TLSRPTv1; rua=...".

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { notChecked, type ReportMailbox } from "./report-mailbox";
import { checkTxtPolicy, tagValue } from "./txt-policy-record";
import type { Finding } from "./types";

/**
 * `reportMailbox`: whether the domain the reports would go to receives mail (see
 * report-mailbox.ts), from a check the caller runs alongside; without it the fix names no
 * mailbox, since no check showed that one could receive the reports.
 */
export async function checkTlsRpt(
  domain: string,
  dns: DnsClient,
  reportMailbox?: Promise<ReportMailbox>,
): Promise<Finding[]> {
  const { findings } = await checkTxtPolicy(
    {
      area: "tls-rpt",
      label: "TLS-RPT",
      name: `_smtp._tls.${domain}`,
      version: "v=TLSRPTv1",
      reference: "RFC 8460 §3",
      referenceUrl: "https://www.rfc-editor.org/rfc/rfc8460#section-3",
      validate(tags) {
        const rua = tagValue(tags, "rua");
        if (rua === undefined) return ["the rua= tag (where to send reports) is missing"];
        const uris = rua.split(",").map((u) => u.trim());
        const bad = uris.filter(
          (u) =>
            !/^mailto:[^@\s]{1,64}@[^@\s]{1,253}$/i.test(u) && !/^https:\/\/\S{1,2000}$/i.test(u),
        );
        return bad.map((u) => `rua= must hold mailto: or https: URIs, not "${u.slice(0, 60)}"`);
      },
      none: {
        severity: "info",
        title: `${domain} does not ask for TLS reports`,
        detail:
          "TLS-RPT makes senders report TLS failures when delivering to your domain; useful with MTA-STS. Optional.",
        fix: NO_REPORTS_FIX,
      },
      ok: (tags) => ({
        title: `${domain} asks for TLS reports`,
        detail: `Reports on TLS failures go to ${tagValue(tags, "rua") ?? ""}.`,
      }),
    },
    dns,
  );
  const mailbox = await (reportMailbox ?? Promise.resolve(notChecked(domain)));
  const fix =
    mailbox.kind === "at-domain"
      ? `Publish "v=TLSRPTv1; rua=mailto:tls-reports@${mailbox.address.slice(mailbox.address.indexOf("@") + 1)}" at _smtp._tls.${domain} (make sure that mailbox exists; reports change nothing in delivery).`
      : `Publish "v=TLSRPTv1; rua=mailto:" and a mailbox at a domain that receives mail at _smtp._tls.${domain} (${mailbox.why}); reports change nothing in delivery.`;
  return findings.map((f) => (f.fix === NO_REPORTS_FIX ? { ...f, fix } : f));
}

/** Stands for the fix of a domain without a record until the report mailbox is known. */
const NO_REPORTS_FIX = "tls-rpt:no-record";

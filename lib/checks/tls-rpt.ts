// SMTP TLS Reporting record (RFC 8460 §3): _smtp._tls.<domain> TXT "v=TLSRPTv1; rua=...".

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkTxtPolicy, tagValue } from "./txt-policy-record";
import type { Finding } from "./types";

export async function checkTlsRpt(domain: string, dns: DnsClient): Promise<Finding[]> {
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
        fix: `Publish "v=TLSRPTv1; rua=mailto:tls-reports@${domain}" at _smtp._tls.${domain} (make sure that mailbox exists; reports change nothing in delivery).`,
      },
      ok: (tags) => ({
        title: `${domain} asks for TLS reports`,
        detail: `Reports on TLS failures go to ${tagValue(tags, "rua") ?? ""}.`,
      }),
    },
    dns,
  );
  return findings;
}

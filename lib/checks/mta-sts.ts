// MTA-STS discovery record (RFC 8461 §3.1): _mta-sts.<domain> TXT "v=STSv1; id=...".
// The policy file itself is fetched over HTTPS (https://mta-sts.<domain>/.well-known/
// mta-sts.txt); this check covers the DNS half.

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkTxtPolicy, tagValue } from "./txt-policy-record";
import type { Finding } from "./types";

export async function checkMtaSts(domain: string, dns: DnsClient): Promise<Finding[]> {
  const { findings } = await checkTxtPolicy(
    {
      area: "mta-sts",
      label: "MTA-STS",
      name: `_mta-sts.${domain}`,
      version: "v=STSv1",
      reference: "RFC 8461 §3.1",
      referenceUrl: "https://www.rfc-editor.org/rfc/rfc8461#section-3.1",
      validate(tags) {
        const id = tagValue(tags, "id");
        if (id === undefined) return ["the id= tag is missing"];
        return /^[A-Za-z0-9]{1,32}$/.test(id)
          ? []
          : [`id=${id.slice(0, 40)} must be 1-32 letters and digits`];
      },
      none: {
        severity: "info",
        title: `${domain} does not publish MTA-STS`,
        detail:
          "MTA-STS lets a domain require TLS for mail sent to it. Optional; without it, senders fall back to unencrypted delivery if TLS fails.",
        fix: `Publish a policy at https://mta-sts.${domain}/.well-known/mta-sts.txt and a TXT record "v=STSv1; id=20250101" at _mta-sts.${domain}.`,
      },
      ok: (tags) => ({
        title: `${domain} publishes MTA-STS (id=${tagValue(tags, "id") ?? ""})`,
        detail: `Senders that support MTA-STS fetch the policy from https://mta-sts.${domain}/.well-known/mta-sts.txt and require TLS as it says.`,
      }),
    },
    dns,
  );
  return findings;
}

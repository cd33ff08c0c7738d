// MTA-STS discovery record (RFC 8461 §3.1): _mta-sts.<domain> TXT "v=STSv1; id=...".
// The policy file itself is fetched over HTTPS (https://mta-sts.<domain>/.well-known/
// mta-sts.txt); this check covers the DNS half.

import "server-only";
import type { DnsClient } from "@/lib/dns/types";
import { checkTxtPolicy, tagValue } from "./txt-policy-record";
import type { Finding } from "./types";

/**
 * An MTA-STS policy in "enforce" mode makes senders that support it refuse to deliver over a
 * connection whose certificate or MX name does not match: start in "testing" mode with TLS
 * reports (RFC 8461 §5; Google recommends two weeks of testing first,
 * https://support.google.com/a/answer/9276511).
 */
function policyAdvice(domain: string): string {
  return `Start with "mode: testing", an "mx:" line for every MX host of ${domain} and a TLS-RPT record for the reports; change it to "mode: enforce" only after about two weeks of reports without failures: in enforce mode, senders that support MTA-STS stop delivering to ${domain} when a certificate or an MX name does not match.`;
}

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
      beforeRepair: `Senders ignore the policy while the record is unusable and apply it once it is valid: first open https://mta-sts.${domain}/.well-known/mta-sts.txt and check what it asks. ${policyAdvice(domain)}`,
      none: {
        severity: "info",
        title: `${domain} does not publish MTA-STS`,
        detail:
          "MTA-STS lets a domain require TLS for mail sent to it. Optional; without it, senders fall back to unencrypted delivery if TLS fails.",
        fix: `Publish a policy at https://mta-sts.${domain}/.well-known/mta-sts.txt and a TXT record "v=STSv1; id=20250101" at _mta-sts.${domain} (change id= whenever the policy changes). ${policyAdvice(domain)}`,
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

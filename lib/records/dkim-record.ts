// The DKIM record a sending platform asks for. The key itself is made by the platform, so only
// records whose every part is known (a provider's CNAMEs) are given as records to copy; a TXT
// key is described (where to get it, the name to publish it under), never offered with a
// placeholder inside that someone could paste into DNS.
import { sendingProvider } from "./providers";

/**
 * Replacing a key that signs today: under a new selector, never over the old one, and the old
 * record stays until no mail signed with it is left in transit (RFC 6376 §3.1: selectors exist
 * so that keys can change; M3AAWG DKIM Key Rotation BCP, https://www.m3aawg.org/DKIMKeyRotation).
 */
export const DKIM_KEY_CHANGE =
  "If mail is signed for your domain already, do not overwrite the record it is signed with: publish the new key under a new selector, wait until it answers in DNS, then switch signing to it, and delete the old selector's record only a week or more later, once no mail signed with it can still be on its way.";

export interface DnsRecord {
  type: "TXT" | "CNAME";
  name: string;
  value: string;
}

export interface DkimInstructions {
  provider: string | null;
  records: DnsRecord[];
  where: string;
  source: string | null;
}

export function dkimInstructions(
  domain: string,
  platform: string | null,
  esp: string | null,
): DkimInstructions {
  const p = sendingProvider(platform, esp);
  if (!p) {
    return {
      provider: null,
      records: [],
      where: `Generate a 2048-bit key on the server that sends your mail (e.g. OpenDKIM, Exchange, your hosting panel) or in your provider's settings, and publish its public half as a TXT record at SELECTOR._domainkey.${domain}, SELECTOR being the selector it will sign with (RFC 6376 §3.6.2). Turn signing on only once that record answers in DNS: mail signed before then fails DKIM. ${DKIM_KEY_CHANGE}`,
      source: "RFC 6376 §3.6",
    };
  }
  const d = p.dkim;
  const records: DnsRecord[] =
    d.kind === "cname"
      ? d.selectors.map((s) => ({
          type: "CNAME",
          name: `${s}._domainkey.${domain}`,
          value: d.target(domain).replace("{selector}", s),
        }))
      : [];
  // A target only the provider's console can complete (Microsoft 365's tenant name) is
  // described, not given as a record to copy.
  const complete = records.filter((r) => !/[<>{}]/.test(r.value));
  const partial = records.filter((r) => /[<>{}]/.test(r.value));
  const described = partial
    .map(
      (r) =>
        `${r.type} ${r.name} → ${r.value.replace(/<([^>]*)>/g, (_, w: string) => w.toUpperCase())}`,
    )
    .join("; ");
  const where =
    d.kind === "txt"
      ? `${d.where} Publish the key it shows as a TXT record at ${d.selector}._domainkey.${domain} (the selector it shows, if you chose another). ${DKIM_KEY_CHANGE}`
      : described
        ? `${d.where} Publish the records the console shows (${described}, with your own tenant name).`
        : d.where;
  return { provider: p.name, records: complete, where, source: p.source };
}

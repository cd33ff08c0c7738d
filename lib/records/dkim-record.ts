// The DKIM record a sending platform asks for. The key itself is made by the platform, so only
// records whose every part is known (a provider's CNAMEs) are given as records to copy; a TXT
// key is described (where to get it, the name to publish it under), never offered with a
// placeholder inside that someone could paste into DNS.
import { sendingProvider } from "./providers";

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
      where: `Generate a 2048-bit key on the server that sends your mail (e.g. OpenDKIM, Exchange, your hosting panel) or in your provider's settings, and publish its public half as a TXT record at SELECTOR._domainkey.${domain}, SELECTOR being the selector it signs with (RFC 6376 §3.6.2).`,
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
      ? `${d.where} Publish the key it shows as a TXT record at ${d.selector}._domainkey.${domain}.`
      : described
        ? `${d.where} Publish the records the console shows (${described}, with your own tenant name).`
        : d.where;
  return { provider: p.name, records: complete, where, source: p.source };
}

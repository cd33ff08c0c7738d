// The DKIM record a sending platform asks for. The key itself is made by the platform, so the
// generated record names where to get it rather than inventing one.
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
      records: [
        {
          type: "TXT",
          name: `<selector>._domainkey.${domain}`,
          value: "v=DKIM1; k=rsa; p=<the public key your mail server or provider generates>",
        },
      ],
      where:
        "Generate a 2048-bit key on the server that sends your mail (e.g. OpenDKIM, Exchange, your hosting panel) or in your provider's settings, and publish its public half under the selector it signs with (RFC 6376 §3.6.2).",
      source: "RFC 6376 §3.6",
    };
  }
  const d = p.dkim;
  const records: DnsRecord[] =
    d.kind === "txt"
      ? [
          {
            type: "TXT",
            name: `${d.selector}._domainkey.${domain}`,
            value: "v=DKIM1; k=rsa; p=<the key shown in the console>",
          },
        ]
      : d.kind === "cname"
        ? d.selectors.map((s) => ({
            type: "CNAME",
            name: `${s}._domainkey.${domain}`,
            value: d.target(domain).replace("{selector}", s),
          }))
        : [];
  return { provider: p.name, records, where: d.where, source: p.source };
}

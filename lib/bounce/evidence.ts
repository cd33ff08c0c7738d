// The evidence a bounce gives the checks and the report besides its recipients: the IP addresses
// it names (the receiving server's apart), its host names, domains and blocklist zones.
//
// Why these are found when first read, not while parsing: the classifier reads none of them (it
// reads the recipients, the text, the headers and the provider codes), and neither does the
// command line's --jsonl, yet finding them was about a sixth of parseBounce's work on the dev
// corpus (the runs of host characters, a pattern tried at each, the IP wording around each
// address). A reader that wants them (the page, the checks, the full report) gets the same lists
// as before, found once, on its first read of any of them.
import { extractBlocklistZones, extractDomains, extractHosts, extractIpRoles } from "./extract";
import { remoteMtaIn } from "./human-recipients";

export interface Evidence {
  ips: string[];
  receivingIps: string[];
  hosts: string[];
  domains: string[];
  blocklistZones: string[];
}

/**
 * The evidence of the parsed text. `noRecipients`: the parse found no recipient, so the host of
 * a remote-server phrase ("host mx.example.com said") leads the host names when not among them.
 */
export function findEvidence(text: string, noRecipients: boolean): Evidence {
  const hosts = extractHosts(text);
  const ipRoles = extractIpRoles(text);
  const remote = noRecipients ? remoteMtaIn(text, 0) : null;
  if (remote && !hosts.includes(remote.host)) hosts.unshift(remote.host);
  return {
    ips: ipRoles.ips,
    receivingIps: ipRoles.receiving,
    hosts,
    domains: extractDomains(text, hosts),
    blocklistZones: extractBlocklistZones(text, hosts),
  };
}

/** findEvidence, run on the first call and remembered: the same lists for every later call. */
export function evidenceOnDemand(text: string, noRecipients: boolean): () => Evidence {
  let found: Evidence | null = null;
  return () => (found ??= findEvidence(text, noRecipients));
}

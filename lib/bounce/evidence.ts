// The evidence a bounce gives the checks and the report besides its recipients: the IP addresses
// it names (the receiving server's and the sender's apart), its host names, domains, blocklist
// zones, the ports a connection failure names, and the client a refusal names in the answering
// server's own network (a relay on the recipient's side).
//
// Why these are found when first read, not while parsing: the classifier reads none of them (it
// reads the recipients, the text, the headers and the provider codes), and neither does the
// command line's --jsonl, yet finding them was about a sixth of parseBounce's work on the dev
// corpus (the runs of host characters, a pattern tried at each, the IP wording around each
// address). A reader that wants them (the page, the checks, the full report) gets the same lists
// as before, found once, on its first read of any of them.
import { sameNetwork } from "@/lib/net/ip";
import { extractBlocklistZones, extractDomains, extractHosts, extractIpRoles } from "./extract";
import type { IpReading } from "./ip-roles";
import type { RecipientReport } from "./types";
import { extractConnectionPorts } from "./connection-ports";
import { remoteMtaIn } from "./human-recipients";

export interface Evidence {
  ips: string[];
  receivingIps: string[];
  senderIps: string[];
  hosts: string[];
  domains: string[];
  blocklistZones: string[];
  connectionPorts: number[];
  relayedIps: string[];
}

/** What the evidence is read with: the returned original, and the recipients with their words. */
type Reading = IpReading & {
  recipients?: readonly Pick<RecipientReport, "address" | "diagnostic">[];
};

/**
 * The client IPs the lead recipient's refusal names (lib/bounce/ip-roles.ts wordings) that lie
 * in the network of a server that answered (same /24, or /48 for IPv6: lib/net/ip.ts networkOf),
 * that server not being the IP itself: the receiving side's own next server, a filter in front
 * of the recipient's server passing the mail on, never the sender's (lib/causes/forwarded-spf.ts,
 * lib/rules/context.ts). Found once here, with the receiving IPs it is read against, rather than
 * each time the wizard builds its context.
 */
function relayedIpsOf(lead: string, receiving: readonly string[]): string[] {
  if (lead === "" || receiving.length === 0) return [];
  return extractIpRoles(lead).sending.filter((ip) =>
    receiving.some((r) => r !== ip && sameNetwork(r, ip)),
  );
}

/**
 * The evidence of the parsed text. `noRecipients`: the parse found no recipient, so the host of
 * a remote-server phrase ("host mx.example.com said") leads the host names when not among them.
 * `of`: the parse's returned original and recipients, which tell the sender's addresses.
 */
export function findEvidence(text: string, noRecipients: boolean, of: Reading = {}): Evidence {
  const hosts = extractHosts(text);
  const ipRoles = extractIpRoles(text, of);
  const remote = noRecipients ? remoteMtaIn(text, 0) : null;
  if (remote && !hosts.includes(remote.host)) hosts.unshift(remote.host);
  return {
    ips: ipRoles.ips,
    receivingIps: ipRoles.receiving,
    senderIps: ipRoles.sending,
    hosts,
    domains: extractDomains(text, hosts),
    blocklistZones: extractBlocklistZones(text, hosts),
    connectionPorts: extractConnectionPorts(text),
    relayedIps: relayedIpsOf(of.recipients?.[0]?.diagnostic ?? "", ipRoles.receiving),
  };
}

/** The evidence fields, in the order ParsedBounce gives them. */
const EVIDENCE_KEYS = [
  "ips",
  "receivingIps",
  "senderIps",
  "hosts",
  "domains",
  "blocklistZones",
  "connectionPorts",
  "relayedIps",
] as const;

/** Where an object with evidence on demand keeps its Hidden state (not enumerable: no field of it). */
const FIND = Symbol("find evidence");

/**
 * What a result with evidence on demand keeps out of sight: what the evidence is found from, the
 * evidence once found, and one string the caller keeps with the result (the parser's probe,
 * parse.ts textGramsOf). One small object, where a closure over the first two and a WeakMap entry
 * for the third took more (callgrind, steady passes of parseBounce over the dev corpus, the CLI's
 * tiers: 3.9k fewer instructions a parse, 0.65%).
 */
interface Hidden {
  readonly text: string;
  readonly noRecipients: boolean;
  readonly memo: string | null;
  found: Evidence | null;
}

interface EvidenceHolder {
  [FIND]: Hidden;
}

/**
 * The one descriptor FIND is defined with, its value set for the call and cleared after it (a
 * descriptor made per parse was an allocation; a value left in it would keep the last text).
 */
const HIDDEN: { value: Hidden | null } = { value: null };

/** The string kept with a result of withEvidenceOnDemand (its `memo`), or null for any other object. */
export function memoOf(result: object): string | null {
  return (result as Partial<EvidenceHolder>)[FIND]?.memo ?? null;
}

/**
 * One getter and setter pair per field, shared by every parse: a getter made per object (an
 * object literal with get ips() {...}) made V8 build each parse result in dictionary mode and
 * cost a third of what the on-demand finding saved. A field that is set becomes plain data.
 */
const EVIDENCE_FIELDS: readonly PropertyDescriptor[] = EVIDENCE_KEYS.map(
  (key): PropertyDescriptor => ({
    get(this: EvidenceHolder & Reading) {
      const hidden = this[FIND];
      // The result itself holds the original's spans and the recipients (its head and tail).
      return (hidden.found ??= findEvidence(hidden.text, hidden.noRecipients, this))[key];
    },
    set(this: EvidenceHolder, value: Evidence[keyof Evidence]) {
      Object.defineProperty(this, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  }),
);

/**
 * `head`, then the evidence fields of `text` (found together on the first read of any of them,
 * then kept), then the fields of `tail`: one object whose fields are in that order, so that JSON,
 * a spread and a structured clone (the page's worker) give what an object of plain fields gave.
 * `memo` is kept with the result, out of sight (memoOf); a spread or a clone does not carry it.
 */
export function withEvidenceOnDemand<H extends object, T extends object>(
  head: H,
  text: string,
  noRecipients: boolean,
  tail: T,
  memo: string | null = null,
): H & Evidence & T {
  HIDDEN.value = { text, noRecipients, memo, found: null };
  Object.defineProperty(head, FIND, HIDDEN);
  HIDDEN.value = null;
  // One defineProperty per field with its descriptor made once: Object.defineProperties reads
  // a descriptor map's keys and each descriptor's fields anew on every call, and took about
  // twice as long (Node 24, the command line's tiers: 4.5 against 2.0 us a parse).
  for (let k = 0; k < EVIDENCE_KEYS.length; k++)
    Object.defineProperty(head, EVIDENCE_KEYS[k]!, EVIDENCE_FIELDS[k]!);
  return Object.assign(head, tail) as H & Evidence & T;
}

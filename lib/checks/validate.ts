// Input validation for the check routes: is this a domain or IP a DNS check can say anything
// about? Private, loopback, link-local, CGNAT, multicast and reserved addresses are refused
// with a plain reason, because their reputation and reverse DNS are not on the public
// Internet and every answer would mislead.
//
// Documentation ranges (RFC 5737, RFC 3849, RFC 9637) and .test/.example names are refused
// too, EXCEPT in test mode: the fixture DNS server, the unit tests and the offline demo
// (`npm run demo`) use exactly those reserved names and addresses so that nothing real is
// ever queried. Test mode is on when DNS_SERVER points at loopback (then every answer comes
// from our own fixture server anyway) or BOUNCE_DOCTOR_ALLOW_TEST_ADDRESSES=1.

import { BlockList } from "node:net";
import { domainToASCII } from "node:url";
import { embeddedIPv4, isIP } from "@/lib/dns/ip";
import { domainCharacterProblem, isDnsLabel } from "@/lib/dns/names";
import {
  DOCUMENTATION_DOMAINS,
  LOCAL_SUFFIXES,
  RESERVED_TLDS,
  SPECIAL_ADDRESS_BLOCKS,
  type SpecialBlock,
} from "./data/special-addresses";

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isTestAddressMode(env: Record<string, string | undefined> = process.env): boolean {
  if (env.BOUNCE_DOCTOR_ALLOW_TEST_ADDRESSES === "1") return true;
  const servers = (env.DNS_SERVER ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return servers.length > 0 && servers.every(isLoopbackServer);
}

function isLoopbackServer(server: string): boolean {
  // "127.0.0.1", "127.0.0.1:5353", "[::1]:5353", "::1", "localhost:5353"
  const host = server.startsWith("[")
    ? server.slice(1, server.indexOf("]"))
    : isIP(server) === 6
      ? server
      : (server.split(":")[0] ?? "");
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

const blocks = SPECIAL_ADDRESS_BLOCKS.map((block) => {
  const list = new BlockList();
  list.addSubnet(block.prefix, block.length, block.family);
  return { block, list };
});

/** The special-purpose block an address falls in, if any. */
export function specialBlockOf(ip: string): SpecialBlock | undefined {
  const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
  return blocks.find(({ block, list }) => block.family === family && list.check(ip, family))?.block;
}

export function validateIp(
  input: string,
  env: Record<string, string | undefined> = process.env,
): Validated<string> {
  const ip = input.trim();
  if (ip.length === 0)
    return { ok: false, reason: "Enter an IP address, like 203.0.113.5 or 2001:db8::25." };
  // The checks parse addresses with the same isIP (lib/dns/ip), which refuses zone ids ("%eth0").
  if (isIP(ip) === 0) {
    return { ok: false, reason: `"${ip.slice(0, 60)}" is not an IPv4 or IPv6 address.` };
  }
  // An IPv6 address that carries an IPv4 one (mapped, compatible, NAT64) is that IPv4 address.
  const mapped = embeddedIPv4(ip);
  if (mapped) return validateIp(mapped, env);
  const block = specialBlockOf(ip);
  if (block && !(block.documentation && isTestAddressMode(env))) {
    return {
      ok: false,
      reason: `${ip} is in the ${block.name} range (${block.source}). It is not on the public Internet, so a blocklist or reverse-DNS check means nothing for it. Enter the public IP your mail server sends from (the "Received: from" line or the bounce usually names it).`,
    };
  }
  return { ok: true, value: ip.toLowerCase() };
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function validateDomain(
  input: string,
  env: Record<string, string | undefined> = process.env,
): Validated<string> {
  let text = input.trim();
  // People paste addresses and URLs; take the domain part, which is what they mean.
  const at = text.lastIndexOf("@");
  if (at >= 0) text = text.slice(at + 1);
  while (text.endsWith(".")) text = text.slice(0, -1);
  if (text.length === 0) return { ok: false, reason: "Enter a domain name, like example.com." };
  if (text.length > 253 * 4) return { ok: false, reason: "That is too long to be a domain name." };
  const characters = domainCharacterProblem(text);
  if (characters && isIP(text.replace(/^\[|\]$/g, "")) === 0)
    return { ok: false, reason: characters };
  if (isIP(text) !== 0 || isIP(text.replace(/^\[|\]$/g, "")) !== 0) {
    return {
      ok: false,
      reason: `"${text.slice(0, 60)}" is an IP address, not a domain. Use the IP check for addresses.`,
    };
  }
  // IDN -> A-labels (punycode, RFC 5891); "" means the name cannot be converted.
  const ascii = domainToASCII(text.toLowerCase());
  if (ascii === "" || ascii.length > 253) {
    return { ok: false, reason: `"${text.slice(0, 60)}" is not a valid domain name.` };
  }
  const labels = ascii.split(".");
  if (labels.length < 2) {
    return {
      ok: false,
      reason: `"${ascii.slice(0, 60)}" has no top-level domain; mail domains look like example.com.`,
    };
  }
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return {
      ok: false,
      reason: `"${ascii.slice(0, 60)}" is not a valid domain name: each part between dots must be 1-63 letters, digits or hyphens, not starting or ending with a hyphen.`,
    };
  }
  const tld = labels[labels.length - 1] ?? "";
  if (/^[0-9]+$/.test(tld))
    return {
      ok: false,
      reason: `"${ascii.slice(0, 60)}" is not a valid domain name (the top-level domain is numeric).`,
    };
  const testMode = isTestAddressMode(env);
  const reserved = RESERVED_TLDS.find((r) => r.tld === tld);
  if (reserved && !(reserved.documentation && testMode)) {
    return {
      ok: false,
      reason: `.${tld} is ${reserved.name} (${reserved.source}); such names are not on the public Internet, so a check means nothing for them.`,
    };
  }
  const docDomain = DOCUMENTATION_DOMAINS.find((d) => ascii === d || ascii.endsWith(`.${d}`));
  if (docDomain && !testMode) {
    return {
      ok: false,
      reason: `${docDomain} is reserved for documentation (RFC 2606 §3); nobody sends real mail from it, so a check means nothing.`,
    };
  }
  const local = LOCAL_SUFFIXES.find((l) => ascii === l.suffix || ascii.endsWith(`.${l.suffix}`));
  if (local || tld === "arpa") {
    return {
      ok: false,
      reason: `${ascii} is a local or infrastructure name (${local?.source ?? "RFC 3172"}), not a mail domain.`,
    };
  }
  return { ok: true, value: ascii };
}

/** DKIM selectors typed by a user or read from a DKIM-Signature s= tag (RFC 6376 §3.1). */
export function validateSelector(input: string): Validated<string> {
  const s = input.trim().toLowerCase();
  if (s.length === 0 || s.length > 63 * 2)
    return { ok: false, reason: "A DKIM selector is one or more short labels, like selector1." };
  const ok = s.split(".").every(isDnsLabel);
  return ok
    ? { ok: true, value: s }
    : {
        ok: false,
        reason: `"${s.slice(0, 40)}" is not a valid DKIM selector (letters, digits, hyphens, dots).`,
      };
}

import { getDomain } from "tldts";
import { isIP, parseIPv6 } from "./ip";

// Does a host name look like an ISP's generic name for end-user address space rather than a
// mail server's own name? Receivers treat such names as "dynamic/residential" and refuse or
// junk the mail. Knowledge as data, with where it comes from:
//
// - draft-msullivan-dnsop-generic-naming-schemes-00 (IETF, 2006), "Suggested Generic DNS
//   Naming Schemes for Large Networks and Unassigned hosts": generic names embed the address
//   and a token saying what the space is (dynamic, static, dsl, cable, dhcp, pool...).
//   Named from memory; not re-read in this session.
// - Outlook.com policies for senders: "Email servers must have valid reverse DNS records.
//   Connections from dynamic IP space may not be accepted."
//   https://sendersupport.olc.protection.outlook.com/pm/policies.aspx (text confirmed via search).
// - Virgin Media's postmaster FAQ ("Generic/Dynamic host names prohibited") shows the kind of
//   name that is refused: cpc35-sutt4-2-0-custx.xx-x.cable.virginm.net.
//   https://community.virginmedia.com/t5/Email/Ravenstar-s-Email-FAQ-s/m-p/3157506
//
// Only the labels left of the registrable domain are looked at ("dsl.example" as a company
// name does not make mail.dsl.example generic).

export interface GenericToken {
  token: string;
  meaning: string;
}

export const GENERIC_TOKENS: readonly GenericToken[] = [
  { token: "dynamic", meaning: "dynamically assigned address" },
  { token: "dyn", meaning: "dynamically assigned address" },
  { token: "dhcp", meaning: "address handed out by DHCP" },
  { token: "pool", meaning: "address from a pool" },
  { token: "dsl", meaning: "DSL subscriber line" },
  { token: "adsl", meaning: "DSL subscriber line" },
  { token: "xdsl", meaning: "DSL subscriber line" },
  { token: "vdsl", meaning: "DSL subscriber line" },
  { token: "cable", meaning: "cable subscriber" },
  { token: "ppp", meaning: "dial-up/PPP session" },
  { token: "pppoe", meaning: "PPPoE subscriber session" },
  { token: "dial", meaning: "dial-up" },
  { token: "dialup", meaning: "dial-up" },
  { token: "dialin", meaning: "dial-up" },
  { token: "customer", meaning: "customer (end-user) address" },
  { token: "cust", meaning: "customer (end-user) address" },
  { token: "client", meaning: "client (end-user) address" },
  { token: "subscriber", meaning: "subscriber address" },
  { token: "residential", meaning: "residential address" },
  { token: "broadband", meaning: "broadband subscriber" },
  { token: "cpe", meaning: "customer premises equipment" },
  { token: "ftth", meaning: "fibre-to-the-home subscriber" },
  { token: "fttx", meaning: "fibre subscriber" },
  { token: "wireless", meaning: "wireless subscriber" },
  { token: "mobile", meaning: "mobile subscriber" },
  { token: "nat", meaning: "address behind carrier NAT" },
  { token: "unassigned", meaning: "unassigned address" },
  { token: "static", meaning: "generic name for a static end-user address" },
  { token: "host", meaning: "generic host name" },
];

export interface GenericVerdict {
  generic: boolean;
  reasons: string[];
}

/** Tokens of the host part: labels left of the registrable domain, split on "-", "_" and ".". */
function hostTokens(name: string): string[] {
  const n = name.toLowerCase().replace(/\.+$/, "").slice(0, 253);
  const registrable = getDomain(n) ?? n;
  const host = n.length > registrable.length ? n.slice(0, n.length - registrable.length - 1) : "";
  return host.split(/[-_.]/).filter((t) => t.length > 0);
}

function hasSequence(tokens: string[], seq: string[]): boolean {
  for (let i = 0; i + seq.length <= tokens.length; i++) {
    if (seq.every((s, j) => tokens[i + j] === s)) return true;
  }
  return false;
}

/** The IP's digits in the name: 192-0-2-1, 1.2.0.192, 192000002001, c0000201, or v6 groups. */
function embedsAddress(tokens: string[], ip: string): string | undefined {
  const family = isIP(ip);
  const joined = tokens.join("");
  if (family === 4) {
    const octets = ip.split(".");
    const stripped = octets.map((o) => String(Number(o)));
    if (hasSequence(tokens, stripped) || hasSequence(tokens, [...stripped].reverse()))
      return "the address's numbers";
    const padded = octets.map((o) => o.padStart(3, "0")).join("");
    const hex = octets.map((o) => Number(o).toString(16).padStart(2, "0")).join("");
    if (joined.includes(padded) || tokens.includes(hex)) return "the address in packed form";
    // Last two octets in either order (e.g. "host-2-1.pool.example"): weaker, but typical.
    const [, , c, d] = stripped;
    if (
      c !== undefined &&
      d !== undefined &&
      (hasSequence(tokens, [c, d]) || hasSequence(tokens, [d, c]))
    )
      return "part of the address's numbers";
  } else if (family === 6) {
    const groups = parseIPv6(ip);
    if (!groups) return undefined;
    const hexGroups = groups.map((g) => g.toString(16));
    const tail = hexGroups.slice(4);
    if (hasSequence(tokens, tail)) return "the address's interface identifier";
  }
  return undefined;
}

export function genericHostname(name: string, ip: string): GenericVerdict {
  const tokens = hostTokens(name);
  const reasons: string[] = [];
  const embedded = embedsAddress(tokens, ip);
  if (embedded) reasons.push(`the name contains ${embedded}`);
  for (const t of tokens) {
    // A token is the keyword alone or the keyword followed by digits ("dsl", "pool12").
    const hit = GENERIC_TOKENS.find(
      (g) => t === g.token || (t.startsWith(g.token) && /^[0-9]+$/.test(t.slice(g.token.length))),
    );
    if (hit) reasons.push(`"${t}" suggests ${hit.meaning}`);
  }
  return { generic: reasons.length > 0, reasons };
}

// Reads the headers of a sent message, as the user pastes them ("Show original" in Gmail,
// "View message source" in Outlook), so that the receiver's verdicts count as evidence:
// Authentication-Results (RFC 8601), Received-SPF (RFC 7208 §9.1), Received (RFC 5321
// §4.4) and DKIM-Signature (RFC 6376 §3.5). Pure string work: runs in the browser too.
// Hostile input is bounded: at most MAX_INPUT characters, lines cut at MAX_LINE, and no
// regular expression has nested or overlapping quantifiers over unbounded text.

const MAX_INPUT = 256 * 1024;
const MAX_LINE = 4096;
const MAX_HEADERS = 500;

export type AuthMethod = "spf" | "dkim" | "dmarc";

export interface AuthResult {
  method: AuthMethod;
  /** pass, fail, softfail, neutral, none, temperror, permerror, policy, ... (lower case). */
  result: string;
  /** ptype.property=value pairs, e.g. { "smtp.mailfrom": "example.com", "header.d": "example.com" }. */
  props: Record<string, string>;
  /** The authserv-id of the header that carried it (who judged). */
  authservId: string;
}

export interface SentHeaders {
  results: AuthResult[];
  /** The receiver's verdicts, one per method: "pass" wins for DKIM (any valid signature passes). */
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  /** Domains named by the verdicts. */
  mailFromDomain: string | null;
  dkimDomain: string | null;
  headerFromDomain: string | null;
  /** The IP that handed the message to the first receiving server outside the sender. */
  sendingIp: string | null;
  dkimSignatures: { domain: string; selector: string }[];
  fromDomain: string | null;
  /** Whether anything at all looked like a mail header. */
  recognised: boolean;
}

interface HeaderField {
  name: string;
  value: string;
}

/** Unfolds header lines (RFC 5322 §2.2.3) into name/value pairs; stops at the first blank line after headers began. */
export function splitHeaderFields(text: string): HeaderField[] {
  const lines = text.slice(0, MAX_INPUT).replace(/\r\n?/g, "\n").split("\n");
  const fields: HeaderField[] = [];
  let current: HeaderField | null = null;
  for (const raw of lines) {
    // Quoted pastes ("> Received: ...") are common when headers are forwarded.
    const line = raw.slice(0, MAX_LINE).replace(/^(?:> ?){1,8}/, "");
    if (line.trim() === "") {
      if (fields.length > 0) break;
      continue;
    }
    if ((line.startsWith(" ") || line.startsWith("\t")) && current) {
      if (current.value.length < MAX_LINE * 4) current.value += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon) : "";
    if (name && /^[A-Za-z0-9-]{1,76}$/.test(name)) {
      current = { name: name.toLowerCase(), value: line.slice(colon + 1).trim() };
      fields.push(current);
      if (fields.length >= MAX_HEADERS) break;
    } else {
      current = null;
    }
  }
  return fields;
}

/** Removes RFC 5322 comments "( ... )", nesting included, with a counter rather than a regex. */
function stripComments(value: string): string {
  let depth = 0;
  let out = "";
  for (const ch of value) {
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

const METHODS: readonly string[] = ["spf", "dkim", "dmarc"];

export function parseAuthenticationResults(value: string): AuthResult[] {
  const clean = stripComments(value);
  const parts = clean.split(";").map((p) => p.trim());
  const authservId = (parts[0] ?? "").split(/\s+/)[0] ?? "";
  const results: AuthResult[] = [];
  for (const part of parts.slice(1)) {
    const tokens = part.split(/\s+/).filter(Boolean);
    const head = tokens[0];
    if (!head) continue;
    const eq = head.indexOf("=");
    if (eq < 0) continue;
    const method = head.slice(0, eq).toLowerCase();
    if (!METHODS.includes(method)) continue;
    const props: Record<string, string> = {};
    for (const token of tokens.slice(1)) {
      const i = token.indexOf("=");
      if (i > 0) props[token.slice(0, i).toLowerCase()] = unquote(token.slice(i + 1));
    }
    results.push({
      method: method as AuthMethod,
      result: head.slice(eq + 1).toLowerCase(),
      props,
      authservId,
    });
  }
  return results;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

function domainOf(s: string | undefined | null): string | null {
  if (!s) return null;
  const at = s.lastIndexOf("@");
  const d = (at >= 0 ? s.slice(at + 1) : s).replace(/[>\s.]+$/, "").toLowerCase();
  return /^[a-z0-9.-]{1,253}$/.test(d) && d.includes(".") ? d : null;
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Bracketed IPv6 in Received headers: "[IPv6:2001:db8::1]" or "[2001:db8::1]".
const BRACKET = /\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]/g;

export function isPublicIp(ip: string): boolean {
  if (ip.includes(":")) {
    const lower = ip.toLowerCase();
    if (lower === "::1" || lower === "::") return false;
    // fc00::/7 unique local, fe80::/10 link-local.
    return !/^f[cd]/.test(lower) && !/^fe[89ab]/.test(lower);
  }
  const o = ip.split(".").map(Number);
  if (o.length !== 4 || o.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a = 0, b = 0] = o;
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 169 && b === 254) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  return true;
}

function ipsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(BRACKET))
    if (m[1] && (m[1].includes(":") || m[1].includes("."))) found.push(m[1]);
  for (const m of text.matchAll(IPV4)) found.push(m[0]);
  return found.filter((ip) => ip.includes(":") || ip.split(".").every((o) => Number(o) <= 255));
}

/** The sending IP: Received-SPF's client-ip first, then the newest Received "from" with a public IP. */
function findSendingIp(fields: HeaderField[]): string | null {
  for (const f of fields) {
    if (f.name !== "received-spf") continue;
    const m = /client-ip=([0-9A-Fa-f:.]{2,45})/.exec(f.value);
    if (m?.[1] && isPublicIp(m[1])) return m[1];
  }
  // Received headers are prepended, so the first in the list is the last hop. The first
  // one whose "from" clause names a public IP is where the receiver took the message from.
  for (const f of fields) {
    if (f.name !== "received") continue;
    const byAt = f.value.search(/\sby\s/i);
    const fromClause = byAt > 0 ? f.value.slice(0, byAt) : f.value;
    if (!/^from\s/i.test(fromClause)) continue;
    const ip = ipsIn(fromClause).find(isPublicIp);
    if (ip) return ip;
  }
  return null;
}

function pick(results: AuthResult[], method: AuthMethod): AuthResult | null {
  const all = results.filter((r) => r.method === method);
  if (method === "dkim") return all.find((r) => r.result === "pass") ?? all[0] ?? null;
  return all[0] ?? null;
}

function tag(value: string, name: string): string | null {
  for (const part of value.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim().toLowerCase() === name)
      return part.slice(i + 1).replace(/\s+/g, "");
  }
  return null;
}

export function parseSentHeaders(text: string): SentHeaders {
  const fields = splitHeaderFields(text);
  const results = fields
    .filter((f) => f.name === "authentication-results" || f.name === "arc-authentication-results")
    // ARC-Authentication-Results begins with "i=N;": drop it so the authserv-id comes first.
    .flatMap((f) =>
      parseAuthenticationResults(
        f.name.startsWith("arc") ? f.value.replace(/^\s*i=\d+\s*;/, "") : f.value,
      ),
    );
  // Prefer the receiver's own header over ARC copies: they come first in `fields` order anyway.
  const spf = pick(results, "spf");
  const dkim = pick(results, "dkim");
  const dmarc = pick(results, "dmarc");
  const dkimSignatures = fields
    .filter((f) => f.name === "dkim-signature")
    .map((f) => ({
      domain: (tag(f.value, "d") ?? "").toLowerCase(),
      selector: tag(f.value, "s") ?? "",
    }))
    .filter((s) => s.domain && s.selector);
  const from = fields.find((f) => f.name === "from")?.value ?? null;
  const fromAddr = from ? (/<([^<>\s]{1,320})>/.exec(from)?.[1] ?? from.trim()) : null;
  return {
    results,
    spf: spf?.result ?? null,
    dkim: dkim?.result ?? null,
    dmarc: dmarc?.result ?? null,
    mailFromDomain: domainOf(spf?.props["smtp.mailfrom"]),
    dkimDomain: domainOf(dkim?.props["header.d"] ?? dkim?.props["header.i"]),
    headerFromDomain: domainOf(dmarc?.props["header.from"]),
    sendingIp: findSendingIp(fields),
    dkimSignatures,
    fromDomain: domainOf(fromAddr),
    recognised: fields.length > 0,
  };
}

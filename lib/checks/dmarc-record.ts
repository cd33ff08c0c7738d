// DMARC records (RFC 7489 §6.3-6.4, with the DMARCbis tags np, psd and t reported), parsed
// without DNS, and the pure identifier-alignment test (RFC 7489 §3.1).

import { getDomain } from "tldts";
import { parseTagList } from "./dns-results";

export type DmarcPolicy = "none" | "quarantine" | "reject";

export interface DmarcUri {
  uri: string;
  /** The mailbox's domain for mailto: URIs (what the authorisation record is about). */
  domain?: string;
  sizeLimit?: string;
}

export interface DmarcRecord {
  p: DmarcPolicy;
  sp?: DmarcPolicy;
  np?: DmarcPolicy;
  psd?: "y" | "n" | "u";
  t?: "y" | "n";
  pct: number;
  adkim: "r" | "s";
  aspf: "r" | "s";
  rua: DmarcUri[];
  ruf: DmarcUri[];
  fo?: string;
  /** p= was missing but rua= was valid: RFC 7489 §6.6.3 says to act as p=none. */
  pMissing?: boolean;
}

export type DmarcParse =
  { ok: true; record: DmarcRecord; warnings: string[] } | { ok: false; problems: string[] };

const POLICIES = new Set(["none", "quarantine", "reject"]);

/** Is this TXT value meant as a DMARC record? (RFC 7489 §6.6.3: others are discarded.) */
export function looksLikeDmarc(text: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text.trimStart());
}

function parseUris(value: string, tag: string, problems: string[]): DmarcUri[] {
  return value
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((raw) => {
      // "mailto:dmarc@example.com!10m": the size limit follows an unescaped "!".
      const bang = raw.lastIndexOf("!");
      const uri = bang > 0 ? raw.slice(0, bang) : raw;
      const sizeLimit = bang > 0 ? raw.slice(bang + 1) : undefined;
      const out: DmarcUri = { uri, ...(sizeLimit ? { sizeLimit } : {}) };
      const mailto = /^mailto:([^@\s]{1,64})@([^@\s?]{1,253})$/i.exec(uri);
      if (mailto) out.domain = (mailto[2] as string).toLowerCase().replace(/\.$/, "");
      else if (/^mailto:/i.test(uri))
        problems.push(`${tag}= has a malformed mailto address: ${uri.slice(0, 80)}`);
      else if (!/^https?:\/\//i.test(uri))
        problems.push(`${tag}= must hold mailto: URIs, not "${uri.slice(0, 80)}"`);
      return out;
    });
}

export function parseDmarcRecord(text: string): DmarcParse {
  if (text.length > 4096) return { ok: false, problems: ["the record is implausibly long"] };
  const { tags, problems } = parseTagList(text);
  const warnings: string[] = [];
  const get = (name: string) => tags.find(([n]) => n === name)?.[1];
  if (tags[0]?.[0] !== "v" || tags[0][1] !== "DMARC1")
    problems.push("the record must start with v=DMARC1");
  const policy = (tag: string): DmarcPolicy | undefined => {
    const v = get(tag);
    if (v === undefined) return undefined;
    const lower = v.toLowerCase();
    if (!POLICIES.has(lower)) {
      problems.push(`${tag}=${v.slice(0, 30)} is not a policy (none, quarantine or reject)`);
      return undefined;
    }
    return lower as DmarcPolicy;
  };
  const p = policy("p");
  const sp = policy("sp");
  const np = policy("np");
  const rua = parseUris(get("rua") ?? "", "rua", problems);
  const ruf = parseUris(get("ruf") ?? "", "ruf", problems);
  let pct = 100;
  const pctText = get("pct");
  if (pctText !== undefined) {
    if (/^[0-9]{1,3}$/.test(pctText) && Number(pctText) <= 100) pct = Number(pctText);
    else problems.push(`pct=${pctText.slice(0, 20)} must be a whole number from 0 to 100`);
  }
  const alignment = (tag: string): "r" | "s" => {
    const v = get(tag)?.toLowerCase();
    if (v === undefined || v === "r") return "r";
    if (v === "s") return "s";
    problems.push(`${tag}=${v.slice(0, 20)} must be r (relaxed) or s (strict)`);
    return "r";
  };
  const adkim = alignment("adkim");
  const aspf = alignment("aspf");
  const psdText = get("psd")?.toLowerCase();
  if (psdText !== undefined && !["y", "n", "u"].includes(psdText))
    problems.push(`psd=${psdText.slice(0, 20)} must be y, n or u`);
  const tText = get("t")?.toLowerCase();
  if (tText !== undefined && !["y", "n"].includes(tText))
    problems.push(`t=${tText.slice(0, 20)} must be y or n`);
  const known = new Set([
    "v",
    "p",
    "sp",
    "np",
    "psd",
    "t",
    "pct",
    "adkim",
    "aspf",
    "rua",
    "ruf",
    "fo",
    "rf",
    "ri",
  ]);
  for (const [name] of tags)
    if (!known.has(name)) warnings.push(`unknown tag ${name}= (ignored by receivers)`);

  let pMissing = false;
  let effectiveP = p;
  if (p === undefined && !problems.some((x) => x.startsWith("p="))) {
    // RFC 7489 §6.6.3: no p= but a valid rua= -> treat as p=none; otherwise no valid record.
    if (rua.length > 0 && rua.every((u) => u.domain)) {
      pMissing = true;
      effectiveP = "none";
      warnings.push("p= is missing; receivers treat the record as p=none");
    } else problems.push("the required p= tag is missing");
  }
  if (problems.length > 0 || effectiveP === undefined) return { ok: false, problems };
  const fo = get("fo");
  return {
    ok: true,
    record: {
      p: effectiveP,
      pct,
      adkim,
      aspf,
      rua,
      ruf,
      ...(sp ? { sp } : {}),
      ...(np ? { np } : {}),
      ...(psdText ? { psd: psdText as "y" | "n" | "u" } : {}),
      ...(tText ? { t: tText as "y" | "n" } : {}),
      ...(fo ? { fo } : {}),
      ...(pMissing ? { pMissing } : {}),
    },
    warnings,
  };
}

/** Organisational domain per the Public Suffix List (RFC 7489 §3.2); unknown TLDs count as suffixes. */
export function organisationalDomain(domain: string): string {
  return getDomain(domain.toLowerCase(), { allowPrivateDomains: false }) ?? domain.toLowerCase();
}

export type AlignmentVerdict = "aligned" | "not-aligned" | "absent";

export interface AlignmentResult {
  spf: AlignmentVerdict;
  dkim: AlignmentVerdict;
  /** DMARC passes on alignment if either aligns (and that mechanism passed, which DNS cannot see). */
  aligned: boolean;
  /** The DKIM d= domains that align. */
  alignedDkimDomains: string[];
}

function aligns(a: string, b: string, mode: "r" | "s"): boolean {
  const x = a.toLowerCase().replace(/\.$/, "");
  const y = b.toLowerCase().replace(/\.$/, "");
  return mode === "s" ? x === y : organisationalDomain(x) === organisationalDomain(y);
}

/**
 * Identifier alignment (RFC 7489 §3.1): does the RFC5322.From domain match the SPF-authenticated
 * domain (MAIL FROM) and the DKIM d= domains, strictly or relaxed as the record says? Pure.
 */
export function checkAlignment(
  input: { fromDomain: string; spfDomain?: string; dkimDomains?: string[] },
  record: Pick<DmarcRecord, "adkim" | "aspf">,
): AlignmentResult {
  const spf: AlignmentVerdict = input.spfDomain
    ? aligns(input.fromDomain, input.spfDomain, record.aspf)
      ? "aligned"
      : "not-aligned"
    : "absent";
  const alignedDkimDomains = (input.dkimDomains ?? []).filter((d) =>
    aligns(input.fromDomain, d, record.adkim),
  );
  const dkim: AlignmentVerdict =
    (input.dkimDomains ?? []).length === 0
      ? "absent"
      : alignedDkimDomains.length > 0
        ? "aligned"
        : "not-aligned";
  return { spf, dkim, aligned: spf === "aligned" || dkim === "aligned", alignedDkimDomains };
}

// SPF record parsing per RFC 7208: record selection (§4.5), term syntax (§4.6), mechanisms (§5),
// modifiers (§6), macros (§7) and the collected ABNF (§12). Pure: no DNS here.
//
// The whole record is checked before anything is evaluated (§4.6: "any syntax errors anywhere in
// the record MUST be detected"), and every error carries the character position and plain words.

import { isIPv4, parseIPv6 } from "@/lib/dns/ip";
import { txtText } from "@/lib/dns/record-text";
import { describeChar, parseMacroString, type MacroMode } from "./macro";
import type {
  MacroString,
  MechanismKind,
  Qualifier,
  SpfDirective,
  SpfParseResult,
  SpfRecord,
  SpfSyntaxError,
  SpfTerm,
} from "./types";

/** §4.5: "v=spf1", case-insensitive, then a space or the end of the record. */
const VERSION = /^v=spf1(?: |$)/i;
const VERSION_LENGTH = "v=spf1".length;
/** name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) followed by "=" (§4.6.1, §12). */
const MODIFIER_NAME = /^[A-Za-z][A-Za-z0-9\-_.]*=/;
const MECHANISM_NAME = /^[A-Za-z][A-Za-z0-9]*/;
const MECHANISMS: readonly MechanismKind[] = [
  "all",
  "include",
  "a",
  "mx",
  "ptr",
  "ip4",
  "ip6",
  "exists",
];
/** Longest record we parse: DNS answers cap it far below this anyway. */
const MAX_RECORD_LENGTH = 4096;

export function isSpfRecord(text: string): boolean {
  return VERSION.test(text);
}

export type SpfRecordSelection =
  | { kind: "none"; others: string[] }
  | { kind: "one"; record: string; others: string[] }
  | { kind: "multiple"; records: string[]; others: string[] };

/**
 * §4.5: from the TXT records at a name keep those that start with "v=spf1"; none -> "none",
 * more than one -> permerror. Each TXT record's strings are joined without separators (§3.3).
 */
export function selectSpfRecord(txt: readonly (string | readonly string[])[]): SpfRecordSelection {
  const joined = txt.map((r) => (typeof r === "string" ? r : txtText(r)));
  const spf = joined.filter(isSpfRecord);
  const others = joined.filter((r) => !isSpfRecord(r));
  if (spf.length === 0) return { kind: "none", others };
  if (spf.length === 1) return { kind: "one", record: spf[0] as string, others };
  return { kind: "multiple", records: spf, others };
}

/**
 * toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
 * i.e. letters, digits and inner hyphens, not all digits unless a hyphen is present.
 */
export function isTopLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label)) return false;
  return /[A-Za-z]/.test(label) || label.includes("-");
}

/**
 * Parse a domain-spec (§7.1): macro-string domain-end, where
 * domain-end = ( "." toplabel [ "." ] ) / macro-expand.
 * `offset` is the domain-spec's position in the record, for error positions.
 */
export function parseDomainSpec(
  raw: string,
  offset: number,
): { ok: true; value: MacroString } | { ok: false; error: SpfSyntaxError } {
  if (raw.length === 0)
    return { ok: false, error: { position: offset, message: "the domain is missing" } };
  const parsed = parseMacroString(raw, "domain-spec");
  if (!parsed.ok)
    return {
      ok: false,
      error: { position: offset + parsed.error.offset, message: parsed.error.message },
    };
  const tail = parsed.literalTail;
  if (tail.length > 0 || parsed.tokens.length === 0) {
    const trimmed = tail.endsWith(".") ? tail.slice(0, -1) : tail;
    const dot = trimmed.lastIndexOf(".");
    const top = trimmed.slice(dot + 1);
    if (dot < 0 || !isTopLabel(top)) {
      const why =
        dot < 0
          ? `"${raw}" is not a domain name (it needs at least one dot, e.g. example.com)`
          : /^[0-9]+$/.test(top)
            ? `"${raw}" ends in a numeric label: an IP address belongs in ip4:/ip6:, not in a domain`
            : `"${raw}" does not end in a valid top-level label ("${top}")`;
      return { ok: false, error: { position: offset, message: why } };
    }
  }
  return { ok: true, value: { raw, tokens: parsed.tokens } };
}

function parseMacroValue(
  raw: string,
  offset: number,
  mode: MacroMode,
): { ok: true; value: MacroString } | { ok: false; error: SpfSyntaxError } {
  const parsed = parseMacroString(raw, mode);
  if (!parsed.ok)
    return {
      ok: false,
      error: { position: offset + parsed.error.offset, message: parsed.error.message },
    };
  return { ok: true, value: { raw, tokens: parsed.tokens } };
}

/** ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT), at most 32; ip6: 0*2DIGIT, at most 128. */
function parseCidr(digits: string, family: 4 | 6): number | null {
  const pattern = family === 4 ? /^(?:0|[1-9][0-9]?)$/ : /^(?:0|[1-9][0-9]{0,2})$/;
  if (!pattern.test(digits)) return null;
  const n = Number(digits);
  return n <= (family === 4 ? 32 : 128) ? n : null;
}

/** Split a trailing dual-cidr-length ("/24", "//64", "/24//64") off an a/mx argument, by hand. */
function splitDualCidr(args: string): { head: string; cidr4?: string; cidr6?: string } {
  let rest = args;
  const trailingDigits = (s: string) => {
    let i = s.length;
    while (i > 0 && s[i - 1]! >= "0" && s[i - 1]! <= "9") i--;
    return i;
  };
  let cidr6: string | undefined;
  let cidr4: string | undefined;
  let i = trailingDigits(rest);
  if (i < rest.length && rest.slice(i - 2, i) === "//") {
    cidr6 = rest.slice(i);
    rest = rest.slice(0, i - 2);
    i = trailingDigits(rest);
  }
  if (i < rest.length && rest[i - 1] === "/" && rest[i - 2] !== "/") {
    cidr4 = rest.slice(i);
    rest = rest.slice(0, i - 1);
  }
  return { head: rest, cidr4, cidr6 };
}

type TermResult = { ok: true; term: SpfTerm } | { ok: false; error: SpfSyntaxError };

function parseModifier(text: string, position: number, nameLength: number): TermResult {
  const name = text.slice(0, nameLength).toLowerCase();
  const raw = text.slice(nameLength + 1);
  const valueOffset = position + nameLength + 1;
  const fail = (error: SpfSyntaxError): TermResult => ({
    ok: false,
    error: { ...error, term: text },
  });
  if (name === "redirect" || name === "exp") {
    // Known modifiers take a domain-spec; an unknown-modifier reading must not swallow them
    // (RFC 7208 erratum, OpenSPF tests redirect-syntax-error / exp-syntax-error).
    if (raw.length === 0)
      return fail({ position: valueOffset, message: `${name}= needs a domain` });
    const spec = parseDomainSpec(raw, valueOffset);
    if (!spec.ok) return fail(spec.error);
    return { ok: true, term: { type: "modifier", text, position, name, value: spec.value } };
  }
  // unknown-modifier = name "=" macro-string: ignored, but its macros must be valid (§6, A/3).
  // Terms never hold spaces, so "explanation" mode only widens the macro letters (c, r, t).
  const value = parseMacroValue(raw, valueOffset, "explanation");
  if (!value.ok) return fail(value.error);
  return { ok: true, term: { type: "modifier", text, position, name, value: value.value } };
}

function parseDirective(text: string, position: number): TermResult {
  const fail = (offset: number, message: string): TermResult => ({
    ok: false,
    error: { position: position + offset, term: text, message },
  });
  let qualifier: Qualifier = "+";
  let start = 0;
  const first = text[0];
  if (first === "+" || first === "-" || first === "~" || first === "?") {
    qualifier = first;
    start = 1;
  }
  const nameMatch = MECHANISM_NAME.exec(text.slice(start));
  if (!nameMatch) return fail(start, `"${text}" is not a mechanism or a modifier`);
  const name = nameMatch[0].toLowerCase() as MechanismKind;
  const argsOffset = start + nameMatch[0].length;
  const args = text.slice(argsOffset);
  if (!MECHANISMS.includes(name)) {
    if ((name === ("redirect" as string) || name === ("exp" as string)) && args.startsWith(":")) {
      return fail(start, `"${nameMatch[0]}" is a modifier: write ${nameMatch[0]}=${args.slice(1)}`);
    }
    return fail(start, `unknown mechanism "${nameMatch[0]}" (known: ${MECHANISMS.join(", ")})`);
  }
  const directive = (mechanism: SpfDirective["mechanism"]): TermResult => ({
    ok: true,
    term: { type: "directive", text, position, qualifier, mechanism },
  });
  const domainAfterColon = (raw: string, rawOffset: number, required: boolean) => {
    if (raw.length === 0) {
      return required
        ? ({ ok: false, offset: rawOffset, message: `${name} needs ":" and a domain` } as const)
        : ({ ok: true, value: undefined } as const);
    }
    if (raw[0] !== ":")
      return {
        ok: false,
        offset: rawOffset,
        message: `unexpected "${raw}" after ${name}`,
      } as const;
    const spec = parseDomainSpec(raw.slice(1), position + rawOffset + 1);
    if (!spec.ok)
      return {
        ok: false,
        offset: spec.error.position - position,
        message: `${name}: ${spec.error.message}`,
      } as const;
    return { ok: true, value: spec.value } as const;
  };

  switch (name) {
    case "all":
      if (args.length > 0) return fail(argsOffset, `"all" takes no argument (found "${args}")`);
      return directive({ kind: "all" });
    case "include":
    case "exists": {
      if (args.startsWith("/")) return fail(argsOffset, `${name} takes no CIDR length`);
      const d = domainAfterColon(args, argsOffset, true);
      if (!d.ok) return fail(d.offset, d.message);
      return directive({ kind: name, domain: d.value! });
    }
    case "ptr": {
      const d = domainAfterColon(args, argsOffset, false);
      if (!d.ok) return fail(d.offset, d.message);
      return directive({ kind: "ptr", domain: d.value });
    }
    case "a":
    case "mx": {
      const { head, cidr4, cidr6 } = splitDualCidr(args);
      let c4 = 32;
      let c6 = 128;
      if (cidr4 !== undefined) {
        const n = parseCidr(cidr4, 4);
        if (n === null)
          return fail(
            argsOffset + head.length,
            `invalid IPv4 prefix length "/${cidr4}" (0 to 32, no leading zeros)`,
          );
        c4 = n;
      }
      if (cidr6 !== undefined) {
        const n = parseCidr(cidr6, 6);
        if (n === null)
          return fail(
            args.length - cidr6.length - 2 + argsOffset,
            `invalid IPv6 prefix length "//${cidr6}" (0 to 128, no leading zeros)`,
          );
        c6 = n;
      }
      const d = domainAfterColon(head, argsOffset, false);
      if (!d.ok) return fail(d.offset, d.message);
      return directive({ kind: name, domain: d.value, cidr4: c4, cidr6: c6 });
    }
    case "ip4":
    case "ip6": {
      const family = name === "ip4" ? 4 : 6;
      if (!args.startsWith(":") || args.length === 1) {
        return fail(
          argsOffset,
          `${name} needs ":" and an ${family === 4 ? "IPv4" : "IPv6"} address (${name}:${family === 4 ? "192.0.2.0/24" : "2001:db8::/32"})`,
        );
      }
      const value = args.slice(1);
      const slash = value.lastIndexOf("/");
      const network = slash >= 0 ? value.slice(0, slash) : value;
      let cidr = family === 4 ? 32 : 128;
      if (slash >= 0) {
        const n = parseCidr(value.slice(slash + 1), family);
        if (n === null) {
          return fail(
            argsOffset + 1 + slash,
            `invalid prefix length "/${value.slice(slash + 1)}" (0 to ${family === 4 ? 32 : 128}, no leading zeros)`,
          );
        }
        cidr = n;
      }
      const valid = family === 4 ? isIPv4(network) : parseIPv6(network) !== null;
      if (!valid) {
        const hint =
          family === 4 && network.includes(":")
            ? " (a port number has no place here)"
            : family === 4 && network.split(".").length < 4
              ? " (write all four parts, and a /prefix for a range)"
              : "";
        return fail(
          argsOffset + 1,
          `"${network}" is not a valid ${family === 4 ? "IPv4" : "IPv6"} address${hint}`,
        );
      }
      return directive({ kind: name, network, cidr });
    }
  }
}

function emptyRecord(text: string): SpfRecord {
  return { text, terms: [], directives: [], unknownModifiers: [] };
}

/** Parse one SPF record (the joined TXT strings). */
export function parseSpfRecord(text: string): SpfParseResult {
  const record = emptyRecord(text);
  const errors: SpfSyntaxError[] = [];
  if (text.length > MAX_RECORD_LENGTH) {
    return {
      ok: false,
      errors: [
        {
          position: MAX_RECORD_LENGTH,
          message: `record is longer than ${MAX_RECORD_LENGTH} characters`,
        },
      ],
      partial: record,
    };
  }
  if (!VERSION.test(text)) {
    return {
      ok: false,
      errors: [{ position: 0, message: 'an SPF record starts with "v=spf1" followed by a space' }],
      partial: record,
    };
  }
  // §3.1 / §4.6.1: 7-bit ASCII, terms separated by spaces only (no tabs, CR, LF, NUL...).
  const badChars = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      badChars.add(i);
      if (badChars.size <= 5)
        errors.push({
          position: i,
          message: `${describeChar(text[i] as string)} is not allowed: SPF records are plain ASCII, terms separated by spaces`,
        });
    }
  }
  let i = VERSION_LENGTH;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text[i] !== " ") i++;
    const termText = text.slice(start, i);
    if ([...badChars].some((p) => p >= start && p < i)) continue; // already reported
    const m = MODIFIER_NAME.exec(termText);
    const parsed = m
      ? parseModifier(termText, start, m[0].length - 1)
      : parseDirective(termText, start);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const term = parsed.term;
    record.terms.push(term);
    if (term.type === "directive") record.directives.push(term);
    else if (term.name === "redirect" || term.name === "exp") {
      // §6: each at most once.
      if (record[term.name])
        errors.push({
          position: start,
          term: termText,
          message: `"${term.name}=" appears more than once`,
        });
      else record[term.name] = term;
    } else record.unknownModifiers.push(term);
  }
  errors.sort((a, b) => a.position - b.position);
  return errors.length === 0 ? { ok: true, record } : { ok: false, errors, partial: record };
}

/** Explanation text (§6.2): an explain-string, macros c/r/t allowed, spaces allowed. */
export function parseExplanation(
  text: string,
): { ok: true; value: MacroString } | { ok: false; error: SpfSyntaxError } {
  return parseMacroValue(text, 0, "explanation");
}

/** The DNS-querying terms of a record, in order (RFC 7208 §4.6.4). */
export function lookupTerms(record: SpfRecord): SpfTerm[] {
  const out: SpfTerm[] = record.directives.filter((d) =>
    ["include", "a", "mx", "ptr", "exists"].includes(d.mechanism.kind),
  );
  if (record.redirect && !record.directives.some((d) => d.mechanism.kind === "all"))
    out.push(record.redirect);
  return out;
}

export type { SpfDirective, SpfModifier, SpfRecord, SpfSyntaxError, SpfTerm } from "./types";

// "553 neko.example.com does not exist": words that say a named domain does not exist are about
// whoever owns that domain. The envelope sender's domain (or the From address's) is the receiver
// failing to resolve the sender's domain: the sender's side (sender-address-invalid, as
// Postfix's reject_unknown_sender_domain and Sendmail's check_mail refuse it). The recipient's
// domain is a domain that takes no mail (recipient-domain-invalid). A domain that is neither
// known party's (or a line pasted without its bounce) leaves both possible, decided by nothing.
// The wordings are data (lib/knowledge/scoring/named-domain-wordings.ts).
import type { CauseId } from "@/lib/causes/causes";
import type { ParsedBounce } from "@/lib/bounce/types";
import { headerAddressDomain } from "@/lib/bounce/address-domain";
import {
  NAMED_DOMAIN_WORDINGS,
  type NamedDomainWording,
} from "@/lib/knowledge/scoring/named-domain-wordings";
import { WEIGHTS } from "@/lib/knowledge/scoring/weights";
import type { Feature } from "./features";
import type { Locate } from "./read-refusal";

/** At most this many places of one wording are looked at. */
const MAX_PLACES = 4;
/** A token is at most this long (a domain name is at most 253 characters). */
const MAX_TOKEN = 260;
/** How far before an address "domain" must be for the address to stand for its domain. */
const DOMAIN_BEFORE_ADDRESS = 40;
/** Characters around a named domain or address that are no part of it. */
const WRAPPING = /^[<(\["'`]+|[>)\]"'`.,;:]+$/g;
/** A domain name: labels of letters, digits and hyphens, at least two, the last with a letter. */
const DOMAIN = /^(?:[a-z0-9_-]{1,63}\.){1,16}[a-z0-9-]{0,62}[a-z][a-z0-9-]{0,62}$/;

/** Who the bounce's parties are: the sender's domains and the recipient's (lower case). */
export interface Parties {
  sender: readonly string[];
  recipient: string | null;
}

/** An address's domain where it is a domain name with a dot (not a bare host or a literal). */
function domainOf(address: string | null | undefined): string | null {
  const d = headerAddressDomain(address);
  return d?.includes(".") ? d : null;
}

/** The sender's domains the parser read from the returned original: Return-Path, then From. */
export function senderDomains(parsed: ParsedBounce): string[] {
  const out: string[] = [];
  const original = parsed.original;
  if (!original) return out;
  // The two addresses in turn (no array and iterator made for them: once per message).
  const returnPath = domainOf(original.returnPath);
  if (returnPath) out.push(returnPath);
  const from = domainOf(original.from);
  if (from && from !== returnPath) out.push(from);
  return out;
}

export function recipientDomain(address: string | null): string | null {
  return domainOf(address);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 0;
}

/** The token ending just before `end` (blanks skipped), with where it starts. */
function tokenBefore(hay: string, end: number): { text: string; start: number } {
  let e = end;
  while (e > 0 && isBlank(hay.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < MAX_TOKEN && !isBlank(hay.charCodeAt(s - 1))) s--;
  return { text: hay.slice(s, e), start: s };
}

/** The token starting after `start`, past a colon and blanks. */
function tokenAfter(hay: string, start: number): string | null {
  let s = start;
  if (hay.charCodeAt(s) === 58 /* : */) s++;
  else return null;
  while (s < hay.length && isBlank(hay.charCodeAt(s))) s++;
  let e = s;
  while (e < hay.length && e - s < MAX_TOKEN && !isBlank(hay.charCodeAt(e))) e++;
  return hay.slice(s, e);
}

/**
 * The domain a token names: a domain name, or an address when "domain" comes shortly before it
 * ("domain of sender address alice@example.invalid": "user alice@example.com does not exist" is
 * a mailbox, not a domain). Null when it names none, or when the words say whose it is ("sender
 * address", "recipient"): the wordings that say so are read by their own entries.
 */
function namedDomain(hay: string, token: string, at: number): string | null {
  const t = token.replace(WRAPPING, "");
  const before = hay.slice(Math.max(0, at - DOMAIN_BEFORE_ADDRESS), at);
  if (before.includes("sender") || before.includes("recipient")) return null;
  if (t.includes("@")) return before.includes("domain") ? domainOf(t) : null;
  return DOMAIN.test(t) ? t : null;
}

/** Where a wording names a domain in the words: the domain and the words that name it. */
function findNamed(hay: string, w: NamedDomainWording): { domain: string; text: string } | null {
  let from = 0;
  for (let n = 0; n < MAX_PLACES; n++) {
    const at = hay.indexOf(w.words, from);
    if (at < 0) return null;
    from = at + w.words.length;
    const end = from;
    if (w.side !== "after") {
      const before = tokenBefore(hay, at);
      const d = namedDomain(hay, before.text, before.start);
      if (d) return { domain: d, text: hay.slice(before.start, end) };
    }
    if (w.side !== "before") {
      const after = tokenAfter(hay, end);
      const d = after === null ? null : namedDomain(hay, after, end);
      if (d) return { domain: d, text: hay.slice(at, end + 2 + (after?.length ?? 0)).trim() };
    }
  }
  return null;
}

/** The first domain the words name as not existing, or null. */
export function namedDomainIn(hay: string): string | null {
  for (let k = 0; k < NAMED_DOMAIN_WORDINGS.length; k++) {
    const w = NAMED_DOMAIN_WORDINGS[k]!;
    if (!hay.includes(w.words)) continue;
    const found = findNamed(hay, w);
    if (found) return found.domain;
  }
  return null;
}

const SENDER_NOTE = (d: string) =>
  `The server's words say the domain ${d} does not exist, and ${d} is the sender's own domain (of the returned message's Return-Path or From address): the receiving server could not find the sender's domain in DNS.`;
const RECIPIENT_NOTE = (d: string) =>
  `The server's words say the domain ${d} does not exist, and ${d} is the recipient's domain.`;

function feature(
  id: string,
  cause: CauseId,
  kind: "concept" | "possible",
  weight: number,
  note: string,
  w: NamedDomainWording,
  text: string,
  locate: Locate,
): Feature {
  return {
    id,
    kind,
    cause,
    weight,
    general: false,
    provider: "generic",
    note,
    source: w.examples.map((e) => e.source).join("; "),
    spans: locate(text),
    hint: false,
    matched: text,
  };
}

/**
 * The features of words that say a named domain does not exist, by whose domain it is, added
 * to `out`: the sender's (sender-address-invalid) or the recipient's (recipient-domain-invalid)
 * at a concept's weight; neither party's known, both possible (recipient's first) at
 * WEIGHTS.namedDomain and a step down.
 */
export function namedDomainFeatures(
  hay: string,
  parties: Parties,
  locate: Locate,
  out: Feature[] = [],
): Feature[] {
  // (An indexed loop: a for-of loop allocates an iterator wherever V8 does not inline it.)
  for (let k = 0; k < NAMED_DOMAIN_WORDINGS.length; k++) {
    const w = NAMED_DOMAIN_WORDINGS[k]!;
    if (!hay.includes(w.words)) continue;
    const found = findNamed(hay, w);
    if (!found) continue;
    const { domain, text } = found;
    const isSender = parties.sender.includes(domain);
    const isRecipient = parties.recipient === domain;
    if (isSender && !isRecipient)
      out.push(
        feature(
          "domain.named-sender-domain-not-found",
          "sender-address-invalid",
          "concept",
          WEIGHTS.concept,
          SENDER_NOTE(domain),
          w,
          text,
          locate,
        ),
      );
    else if (isRecipient && !isSender)
      out.push(
        feature(
          "domain.named-recipient-domain-not-found",
          "recipient-domain-invalid",
          "concept",
          WEIGHTS.concept,
          RECIPIENT_NOTE(domain),
          w,
          text,
          locate,
        ),
      );
    else {
      const note = `The server's words say the domain ${domain} does not exist without saying whose it is: the recipient's (the domain takes no mail) or the sender's (the receiving server could not find it).`;
      out.push(
        feature(
          "domain.named-domain-not-found.recipient-domain-invalid",
          "recipient-domain-invalid",
          "possible",
          WEIGHTS.namedDomain,
          note,
          w,
          text,
          locate,
        ),
        feature(
          "domain.named-domain-not-found.sender-address-invalid",
          "sender-address-invalid",
          "possible",
          WEIGHTS.namedDomain / 2,
          note,
          w,
          text,
          locate,
        ),
      );
    }
    return out;
  }
  return out;
}

// Find email addresses in free text with a linear scan: from each "@", walk left over
// local-part characters and right over domain characters, each walk bounded by the RFC 5321
// limits (§4.5.3.1: local part ≤ 64 octets, domain ≤ 255). No regular expression runs over
// unbounded input, so hostile text (a megabyte of "a") costs linear time.

export interface AddressMatch {
  /** Index of the first character of the local part. */
  start: number;
  /** Index of the "@", or of the "%40" that stands for it in a web address's query. */
  at: number;
  /** Index of the domain's first character: at + 1, or at + 3 after "%40". */
  domainStart: number;
  /** Index just past the domain. */
  end: number;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

// RFC 5322 §3.2.3 atext, plus "." for dot-atom.
export function isLocalChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    "!#$%&'*+-/=?^_`{|}~.".includes(String.fromCharCode(c))
  );
}

function isDomainChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x2e
  );
}

/**
 * The length of a quoted-printable soft line break ("=" then CRLF or LF, RFC 2045 §6.7 rule 5)
 * ending just before `i`, or 0. A raw .eml breaks long lines of a quoted-printable part this
 * way, also inside an address ("john.smith@demat=\nic.com"); masking must see the whole address.
 */
function softBreakBefore(text: string, i: number): number {
  if (text[i - 1] !== "\n") return 0;
  if (text[i - 2] === "=") return 2;
  return text[i - 2] === "\r" && text[i - 3] === "=" ? 3 : 0;
}

/** The length of a soft line break starting at `i`, or 0. */
function softBreakAt(text: string, i: number): number {
  if (text[i] !== "=") return 0;
  if (text[i + 1] === "\n") return 2;
  return text[i + 1] === "\r" && text[i + 2] === "\n" ? 3 : 0;
}

/**
 * Characters that end a web address's path or query part ("/", "?", "&"): legal in a local part
 * (RFC 5322 atext) but met there almost never, while bounces carry feedback and tracking links
 * with the address in their query ("feedback.html?account=jane@example.com&from=..."): read as
 * one 60-character local part, the address went unmasked. After "%40" (an address written into
 * a query, RFC 3986 §2.1), "=" ends the local part too: inside a query value it is written %3D.
 */
function endsLocal(c: number, encoded: boolean): boolean {
  return c === 0x2f || c === 0x3f || c === 0x26 || (encoded && c === 0x3d);
}

/** Where the next "%40" is at or after `from` (-1: none). */
function nextEncodedAt(text: string, from: number): number {
  let i = text.indexOf("%4", from);
  while (i >= 0 && text[i + 2] !== "0") i = text.indexOf("%4", i + 2);
  return i;
}

/**
 * The "@" and "%40" signs of the text in order, each looked for once: a cached position is
 * reused until the scan passes it, so text with many "@" and one late "%40" stays linear.
 */
function atSigns(text: string): () => { at: number; length: number } | null {
  let plain = text.indexOf("@");
  let encoded = nextEncodedAt(text, 0);
  let from = 0;
  return () => {
    if (plain >= 0 && plain < from) plain = text.indexOf("@", from);
    if (encoded >= 0 && encoded < from) encoded = nextEncodedAt(text, from);
    if (plain < 0 && encoded < 0) return null;
    const sign =
      encoded < 0 || (plain >= 0 && plain < encoded)
        ? { at: plain, length: 1 }
        : { at: encoded, length: 3 };
    from = sign.at + sign.length;
    return sign;
  };
}

export function findEmailAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  const next = atSigns(text);
  for (;;) {
    const sign = next();
    if (!sign) break;
    const at = sign.at;
    const encoded = sign.length === 3;
    let start = at;
    // Characters of soft line breaks walked over: they do not count towards the limit.
    let breaks = 0;
    for (;;) {
      if (at - start - breaks >= MAX_LOCAL) break;
      const before = start > 0 ? text.charCodeAt(start - 1) : -1;
      if (before >= 0 && endsLocal(before, encoded)) break;
      if (before >= 0 && isLocalChar(before)) start--;
      else {
        const soft = softBreakBefore(text, start);
        // Only between characters of an address: the "=" must follow one.
        if (soft === 0 || !isLocalChar(text.charCodeAt(start - soft - 1))) break;
        start -= soft;
        breaks += soft;
      }
    }
    // A dot cannot start a local part; an over-long run is not an address we can delimit.
    while (start < at && text[start] === ".") start++;
    if (
      start === at ||
      (start > 0 &&
        isLocalChar(text.charCodeAt(start - 1)) &&
        !endsLocal(text.charCodeAt(start - 1), encoded))
    )
      continue;
    const domainStart = at + sign.length;
    let end = domainStart;
    breaks = 0;
    for (;;) {
      if (end >= text.length || end - domainStart - breaks >= MAX_DOMAIN) break;
      if (isDomainChar(text.charCodeAt(end))) end++;
      else {
        const soft = softBreakAt(text, end);
        if (soft === 0 || !isDomainChar(text.charCodeAt(end + soft))) break;
        end += soft;
        breaks += soft;
      }
    }
    // "user@example.com." at the end of a sentence: the trailing dot or hyphen is punctuation.
    while (end > domainStart && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = withoutSoftBreaks(text.slice(domainStart, end));
    if (domain.startsWith(".") || domain.includes("..")) continue;
    if (!domain.includes(".") && !singleLabelAddress(text, start, encoded, domain)) continue;
    if (found.length > 0 && found[found.length - 1]!.end > start) continue;
    found.push({ start, at, domainStart, end });
  }
  return found;
}

/** A host name label (RFC 1123 §2.1): letters, digits and inner hyphens, a letter among them. */
const HOST_LABEL = /^(?=[^]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Whether "local@label", a domain of one label, is an address: old and internal notices name the
 * failed recipient so ("Final-recipient: rfc822;jane@sims-ms-daemon", Sun Internet Mail Server in
 * flufl.bounce tests/data/dsn_01.txt; "jane@localhost" in a log line; a Message-ID's
 * "<id@host>"). The scan's other limits stand: a "@" with nothing before it (a handle, "@" alone)
 * is never one. Not after "%40" (an encoded "@" before a word is a query's, not an address), and
 * not right after a "/": a web address's path ("/users/jane@main") names no mailbox.
 */
function singleLabelAddress(
  text: string,
  start: number,
  encoded: boolean,
  domain: string,
): boolean {
  return !encoded && text[start - 1] !== "/" && HOST_LABEL.test(domain);
}

/** Text with its quoted-printable soft line breaks taken out. */
export function withoutSoftBreaks(text: string): string {
  return text.indexOf("=") === -1 ? text : text.replace(/=\r?\n/g, "");
}

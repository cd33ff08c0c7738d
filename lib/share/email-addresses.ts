// Find email addresses in free text with a linear scan: from each "@", walk left over
// local-part characters and right over domain characters, each walk bounded by the RFC 5321
// limits (§4.5.3.1: local part ≤ 64 octets, domain ≤ 255). No regular expression runs over
// unbounded input, so hostile text (a megabyte of "a") costs linear time.

export interface AddressMatch {
  /** Index of the first character of the local part. */
  start: number;
  /** Index of the "@". */
  at: number;
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

export function findEmailAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf("@", from);
    if (at < 0) break;
    from = at + 1;
    let start = at;
    // Characters of soft line breaks walked over: they do not count towards the limit.
    let breaks = 0;
    for (;;) {
      if (at - start - breaks >= MAX_LOCAL) break;
      if (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
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
    if (start === at || (start > 0 && isLocalChar(text.charCodeAt(start - 1)))) continue;
    let end = at + 1;
    breaks = 0;
    for (;;) {
      if (end >= text.length || end - at - breaks > MAX_DOMAIN) break;
      if (isDomainChar(text.charCodeAt(end))) end++;
      else {
        const soft = softBreakAt(text, end);
        if (soft === 0 || !isDomainChar(text.charCodeAt(end + soft))) break;
        end += soft;
        breaks += soft;
      }
    }
    // "user@example.com." at the end of a sentence: the trailing dot or hyphen is punctuation.
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = withoutSoftBreaks(text.slice(at + 1, end));
    if (!domain.includes(".") || domain.startsWith(".") || domain.includes("..")) continue;
    if (found.length > 0 && found[found.length - 1]!.end > start) continue;
    found.push({ start, at, end });
  }
  return found;
}

/** Text with its quoted-printable soft line breaks taken out. */
export function withoutSoftBreaks(text: string): string {
  return text.indexOf("=") === -1 ? text : text.replace(/=\r?\n/g, "");
}

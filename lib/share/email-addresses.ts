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
function isLocalChar(c: number): boolean {
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

export function findEmailAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf("@", from);
    if (at < 0) break;
    from = at + 1;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A dot cannot start a local part; an over-long run is not an address we can delimit.
    while (start < at && text[start] === ".") start++;
    if (start === at || (start > 0 && isLocalChar(text.charCodeAt(start - 1)))) continue;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    // "user@example.com." at the end of a sentence: the trailing dot or hyphen is punctuation.
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = text.slice(at + 1, end);
    if (!domain.includes(".") || domain.startsWith(".") || domain.includes("..")) continue;
    if (found.length > 0 && found[found.length - 1]!.end > start) continue;
    found.push({ start, at, end });
  }
  return found;
}

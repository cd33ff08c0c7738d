// A TXT record's value as the strings DNS carries it in. One string holds at most 255 octets
// (RFC 1035 §3.3.14); a longer SPF record is one TXT record of several strings, which
// receivers join without adding anything (RFC 7208 §3.3). Several TXT records instead of
// several strings would be several SPF records: a permanent error (RFC 7208 §4.5).

export const TXT_STRING_LIMIT = 255;

/**
 * Splits a value into strings of at most `limit` octets, after a space where there is one (so
 * each string reads as whole terms; the space stays inside, and joining gives the value back).
 * ASCII is assumed, as SPF and DMARC records are; a longer run without a space is cut anywhere.
 */
export function txtStrings(value: string, limit = TXT_STRING_LIMIT): string[] {
  if (value.length <= limit) return [value];
  const out: string[] = [];
  let rest = value;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(" ", limit - 1);
    const cut = space > 0 ? space + 1 : limit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== "") out.push(rest);
  return out;
}

/** The strings as a zone file (and most DNS panels) write one TXT record of several strings. */
export function zoneFileText(strings: readonly string[]): string {
  return strings.map((s) => `"${s.replace(/(["\\])/g, "\\$1")}"`).join(" ");
}

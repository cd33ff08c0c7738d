// The domain of an address as the parse gives it: what follows its last "@", lower case. Null
// for no address or one without a local part. (Readings that need a checked domain name, with a
// dot and no trailing bracket, use lib/classify/named-domain.ts or lib/rules/context.ts.)
export function addressDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
}

/**
 * The domain of an address as a header or a reply gives it ("Alice <alice@gmail.com>",
 * "<bob@example.org>."): what follows its last "@", without the closing bracket, blanks or dots
 * after it, lower case. Null for no "@". The trim is a loop, not a regex anchored at the end,
 * which would rescan a long run of blanks from every start.
 */
export function headerAddressDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  let end = address.length;
  while (end > at + 1 && isTrailing(address.charCodeAt(end - 1))) end--;
  return address.slice(at + 1, end).toLowerCase();
}

/** ">", ".", space, tab, CR, LF: what closes an address in running text. */
function isTrailing(c: number): boolean {
  return c === 62 || c === 46 || c === 32 || c === 9 || c === 13 || c === 10;
}

/** The domains of a recipient's address and of the address delivery was last tried for. */
export function recipientDomains(r: {
  address: string | null;
  finalAddress?: string | null;
}): string[] {
  return [addressDomain(r.address), addressDomain(r.finalAddress)].filter(
    (x): x is string => x !== null,
  );
}

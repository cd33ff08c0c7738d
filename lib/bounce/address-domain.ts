// The domain of an address as the parse gives it: what follows its last "@", lower case. Null
// for no address or one without a local part. (Readings that need a checked domain name, with a
// dot and no trailing bracket, use lib/classify/named-domain.ts or lib/rules/context.ts.)
export function addressDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
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

// The domain of an address as the parse gives it: what follows its last "@", lower case. Null
// for no address or one without a local part. (Readings that need a checked domain name, with a
// dot and no trailing bracket, use lib/classify/named-domain.ts or lib/rules/context.ts.)
export function addressDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
}

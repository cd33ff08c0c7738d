// A recipient's details as the page, the share page and the report say them: the status code's
// meaning with its source, and the address delivery was last tried for where the receiving side
// forwarded or rewrote the one the sender wrote. One wording for every view.
import type { RecipientDiagnosis } from "./types";

/** The status code's meaning as shown, with the provider's source where it is a provider's own. */
export function statusMeaningWords(
  r: Pick<RecipientDiagnosis, "statusMeaning" | "statusMeaningFrom">,
): string | null {
  if (!r.statusMeaning) return null;
  return r.statusMeaningFrom
    ? `${r.statusMeaning} Source: ${r.statusMeaningFrom.source}`
    : r.statusMeaning;
}

/**
 * Where the report names the address the sender wrote (RFC 3464 Original-Recipient, an
 * "expanded from" note) and delivery was last tried for another (Final-Recipient, the alias's
 * or forward's target: lib/bounce/dsn-sent-address.ts): that address, said as what happened to
 * the sender's. Another domain is a forward ("delivered onward"); the same domain, or a name
 * inside the receiving system, a rewrite. Null where there is none.
 */
export function finalAddressWords(r: Pick<RecipientDiagnosis, "recipient">): string | null {
  const { address, finalAddress } = r.recipient;
  if (!finalAddress || !address) return null;
  const domain = (a: string) => a.slice(a.lastIndexOf("@") + 1).toLowerCase();
  const internal =
    !domain(finalAddress).includes(".") ||
    /\.(?:local|localdomain|internal|lan)$/.test(domain(finalAddress));
  return domain(finalAddress) === domain(address) || internal
    ? `The receiving system rewrote it to ${finalAddress}`
    : `Delivered onward to ${finalAddress} (a forward or alias at the receiving side)`;
}

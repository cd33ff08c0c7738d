// A bounce forwarded as an attachment: Outlook's and Thunderbird's "Forward as attachment" send
// the bounce whole, as a message/rfc822 part of a message of the user's own. That message has no
// report of its own; the attached one is the bounce, and reading the forwarding message instead
// takes the attached bounce for "the original message" and its To for the failed recipient.
import { isBounceNotice, isFromMailSystem } from "./header-recipients";
import type { HeaderLine } from "./mime";
import { parseHeaderBlock } from "./original-headers";

/** RFC 6522's report type and RFC 3464's (and RFC 6533's) delivery status report types. */
const DELIVERY_REPORT =
  /^\s*multipart\/report\b[^]*?\breport-type\s*=\s*"?(?:global-)?delivery-status\b/i;

/** A note for the person who gave it: what was read, since it is not the message as given. */
export const ATTACHED_BOUNCE_NOTE =
  "The bounce is attached to this message (as when a bounce is forwarded as an attachment); the attached bounce was read.";

/**
 * Whether `attached` (a message/rfc822 part, whole) is a bounce to read in place of the message
 * that carries it (`outer`'s header fields): a delivery status report, or a bounce notice by its
 * sender or subject when the carrying message is not from a mail system (a bounce that returns an
 * earlier bounce is about its own failure). The carrier's subject says nothing here: a person
 * forwarding a bounce keeps it ("FW: Undeliverable: ...").
 */
export function isAttachedBounce(attached: string, outer: HeaderLine[]): boolean {
  const { headers, hasBody } = parseHeaderBlock(attached);
  if (!hasBody) return false;
  const type = headers.find((h) => h.key === "content-type")?.value ?? "";
  if (DELIVERY_REPORT.test(type.slice(0, 1000))) return true;
  return isBounceNotice(headers) && !isFromMailSystem(outer);
}

// Header fields whose whole value is a person's name, with no address beside it, masked with the
// addresses before sharing (review 28: a masked link kept "X-Display-Name: John Smith"). Masking
// names goes by the address they stand with (mask-names.ts), so a name standing alone in its own
// field was never touched. Fields read:
// - "X-Display-Name:", which Microsoft Exchange writes in a delivery report's per-recipient group
//   after the Diagnostic-Code: the failed recipient's display name from the directory
//   ("X-Display-Name: John Smith", rjbs/Mail-DeliveryStatus-BounceParser
//   t/corpus/message-too-large-5.msg; "X-Display-Name: Spam", flufl.bounce
//   tests/data/dsn_16.txt).
import { maskName } from "./mask-names";

/** A name field and its value on one line: group 1 the field and the spaces, group 2 the value. */
const NAME_FIELD = /^([ \t]{0,8}X-Display-Name:[ \t]{0,16})(\S[^\r\n]{0,200})/gim;

/** `text` with the value of each name field masked ("X-Display-Name: J***"). */
export function maskNameFields(text: string): string {
  // Most texts hold no such field: one search first.
  if (!/X-Display-Name:/i.test(text)) return text;
  return text.replace(NAME_FIELD, (whole, field: string, value: string) =>
    value.includes("***") ? whole : `${field}${maskName(value)}`,
  );
}

// RFC 7505 (the null MX): a domain that publishes one takes no mail. The RFC gives each side its
// own status: a sending server that finds the recipient domain's null MX fails the message with
// 556 and 5.1.10 (section 4.1, recipient-domain-invalid, which generic.ts reads); a receiving
// server that refuses mail whose sender domain publishes one answers 550 with 5.7.27 (section
// 4.2), a policy status. A null MX named under a policy status (X.7.x) is the sender's domain:
// the receiver's filter checked it, as Rspamd's mx_check module does for the sender domain.
import type { Signature } from "./types";

export const RFC7505_SIGNATURES: readonly Signature[] = [
  {
    id: "rfc7505.sender-null-mx",
    provider: "rfc7505",
    match: ["null mx"],
    status: ["5.7.", "4.7."],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source:
      "https://www.rfc-editor.org/rfc/rfc7505#section-4.2; https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/conf/modules.d/mx_check.conf#L41 (Rspamd's mx_check, reject_null_mx_message, sent by its milter as a reject: 554 5.7.1)",
    example: "554 5.7.1 Domain published RFC 7505 Null MX",
    note: "The sender address's domain publishes a null MX (RFC 7505): it says it takes no mail, so replies to this sender could not be delivered, and the receiver refuses it.",
  },
];

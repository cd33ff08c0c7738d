// RFC 7504 (SMTP 521 and 556 reply codes): 521 says the host does not accept mail at all
// (RFC 7504 section 3), and RFC 3463's X.3.2 is its status ("System not accepting network
// messages"). A permanent 521 / 5.3.2 is a destination that takes no mail, not a passing fault
// of the receiving server (that is 4.3.2 / 453, which stays a server error). Sisimai's status
// table reads 5.3.2 the same way ("notaccept", Sisimai/SMTP/Status.pm).
import type { Signature } from "./types";

export const RFC7504_SIGNATURES: readonly Signature[] = [
  {
    id: "rfc7504.521-not-accepting",
    provider: "rfc7504",
    match: ["system not accepting network messages", "does not accept mail"],
    replyCode: [521],
    status: ["5.3.2"],
    cause: "recipient-domain-invalid",
    confidence: 0.88,
    source: "https://www.rfc-editor.org/rfc/rfc7504#section-3",
    example:
      "521 5.3.2 <someone@example.org>: Recipient address rejected: System not accepting network messages",
    note: "521 with 5.3.2 is a host that does not accept mail at all (RFC 7504): the domain takes no mail.",
  },
];

// "Service currently unavailable" and "Service not available" under a 5xx reply: words servers
// send alone, or before a block's reason, when they refuse the sending server by a list.
// Postfix's postscreen refuses a client on its own access list, or one that failed its DNSBL or
// protocol tests, with "550 5.3.2 Service currently unavailable" and nothing more; GMX's
// documented refusal of a listed IP opens "554 ... Service not available 554-No SMTP service"
// before "IP address is block listed". RFC 5321 (section 3.1) has a server that will not serve
// a client answer the connection with 554 ("No SMTP service here"). So a permanent refusal in
// these words says a rule refused the sending server, most often by a list of addresses: hints,
// ranked above the same words' generic reading as the receiver's own fault (which a 4xx keeps:
// postscreen's 421 and 450 say "come back later"), and never deciding; a reason stated beside
// them decides. Not "Service unavailable" alone: Sendmail writes it (its text for a local
// mailer's EX_UNAVAILABLE) when the recipient's own delivery program fails, a fault of the
// receiving side.
import type { Signature } from "./types";

const POSTFIX =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src";
const POSTSCREEN = `${POSTFIX}/postscreen/postscreen.c`;
const GMX = "https://postmaster.gmx.com/en/error-messages";

export const REFUSAL_PREAMBLE_SIGNATURES: Signature[] = [
  {
    id: "refusal-preamble.service-currently-unavailable.ip-blocklisted",
    provider: "refusal-preamble",
    match: ["service currently unavailable"],
    replyCode: "5xx",
    cause: "ip-blocklisted",
    confidence: 0.6,
    source: POSTSCREEN,
    example: "550 5.3.2 Service currently unavailable",
    note: "Postfix's postscreen sends these words, with a 5xx code, to a client it refuses before the real server sees it: one on its access list as rejected, or one a DNS blocklist scores over its threshold. A permanent refusal in these words is a rule refusing the sending server's address, not a fault of the receiving server.",
    hint: true,
  },
  {
    id: "refusal-preamble.service-currently-unavailable.sender-policy",
    provider: "refusal-preamble",
    match: ["service currently unavailable"],
    replyCode: "5xx",
    cause: "sender-policy",
    confidence: 0.5,
    source: POSTSCREEN,
    example: "550 5.3.2 Service currently unavailable",
    note: "postscreen's access list is the receiving site's own: the same words refuse a client the site chose to turn away (or one that failed postscreen's protocol tests), which its administrator decides.",
    hint: true,
  },
  {
    id: "refusal-preamble.service-not-available.ip-blocklisted",
    provider: "refusal-preamble",
    match: ["service not available"],
    replyCode: "5xx",
    cause: "ip-blocklisted",
    confidence: 0.6,
    source: GMX,
    example:
      "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    note: "GMX's page prints its refusal of a listed IP at the greeting, which opens 'Service not available' and 'No SMTP service' (RFC 5321 section 3.1's 554 at the greeting) before the reason. In a 5xx these words are a refusal of the sending server, not the 421 'Service not available, closing transmission channel' of a server shutting down.",
    hint: true,
  },
];

// pyspf, the SPF library of postfix-policyd-spf-python and other Python mail filters, words
// each SPF result with a fixed explanation (spf.py EXPLANATIONS), and policyd-spf puts it into
// its refusal after "Message rejected due to: ". A "fail" reads "SPF fail - not authorized",
// which concept.spf-failed already reads (it names SPF); a "softfail" (the sender domain's
// record ends "~all") reads "domain owner discourages use of this host", which names no SPF at
// all. A receiver that refuses on softfail (policyd-spf's Mail_From_reject = Softfail) is still
// refusing because the sender's SPF record does not list the sending server: the sender's
// domain administrator adds it, as for a fail. The same words stand in Received-SPF and
// Authentication-Results fields of mail that was delivered, so only a refusal's own words count.
import type { Signature } from "./types";

const PYSPF =
  "https://github.com/sdgathman/pyspf/blob/393f8fd7f592ae973104b06760c2d56f676a8fe7/spf.py";

export const PYSPF_SIGNATURES: Signature[] = [
  {
    id: "pyspf.softfail-explanation",
    provider: "pyspf",
    match: ["domain owner discourages use of this host"],
    cause: "authentication-failure",
    confidence: 0.8,
    source: PYSPF,
    example:
      "Recipient address rejected: Message rejected due to: domain owner discourages use of this host.",
    note: "pyspf's explanation of an SPF softfail (its standard text for a softfail), which postfix-policyd-spf-python writes after 'Message rejected due to:' where it is set to refuse softfails. The sender domain's SPF record does not list the server that sent the mail; quoted as a reply in Automattic/jetpack#42544.",
  },
];

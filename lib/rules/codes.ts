// The Finding.code values (lib/checks/types.ts) the rules read, grouped by what they mean
// for a diagnosis. One place to align with the checks when they add or rename a code.
// Aligned with lib/checks/{blocklists,reverse-dns,dkim,dmarc,recipient-domain}.ts and
// lib/spf/finding-catalog.ts. Informational codes (spf.fail-all, dmarc.reject, ...) are not read.

export const FINDING_CODES = {
  blocklistListed: ["blocklist.listed"],
  blocklistClean: ["blocklist.not-listed"],
  blocklistUnchecked: ["blocklist.could-not-check"],
  ptrOk: ["ptr.ok"],
  ptrProblem: ["ptr.none", "ptr.not-confirmed", "ptr.generic"],
  spfProblem: [
    "spf.missing",
    "spf.multiple",
    "spf.syntax",
    "spf.include-missing",
    "spf.too-many-lookups",
    "spf.void-lookups",
    "spf.plus-all",
    "spf.fail",
    "spf.softfail",
    "spf.none",
    "spf.permerror",
  ],
  spfPass: ["spf.pass", "spf.ok"],
  // Not dkim.weak-key: RFC 8301 §3.2 has verifiers accept RSA keys of 1024 bits and more, so
  // a 1024-bit key (the check's warning) still verifies and cannot confirm that DKIM failed;
  // it is advice (the DKIM step's "replace with 2048 bits"), read by code where it is given.
  // The rarer key under 1024 bits (the check's error), which verifiers must not accept, is lost
  // as evidence with it until the check gives it a code of its own.
  //
  // Not dkim.none-found either: no key at the common selectors the check probes is no proof
  // that DKIM fails (lib/checks/bulk-sender.ts: the domain may sign with a selector we did not
  // try; RFC 6376 §3.1 lets the signer name any selector). Counted against the sender it made
  // undecided bounces lead with "judged to be spam" (review 26, finding 4). A key missing at a
  // selector that was given (the DKIM-Signature s= of the returned message or pasted headers,
  // or one the user typed: dkim.selector-not-found), or a revoked or broken key, is proof.
  dkimProblem: ["dkim.revoked", "dkim.syntax", "dkim.selector-not-found"],
  /** No key at any of the common selectors probed: worth a step, not evidence of a failure. */
  dkimNoneFound: ["dkim.none-found"],
  dkimOk: ["dkim.ok"],
  /** Findings that ask for a better record but do not make authentication fail. */
  dkimAdvice: ["dkim.weak-key"],
  // A DMARC record receivers cannot use (RFC 7489 §6.6.3: several records, bad syntax) counts as none.
  dmarcMissing: ["dmarc.missing", "dmarc.multiple", "dmarc.syntax"],
  dmarcPolicyNone: ["dmarc.policy-none"],
  domainMissing: ["domain.nxdomain"],
  domainTypo: ["domain.typo"],
  mailNotAccepted: ["mx.none", "mx.null", "mx.unresolvable"],
  mailAccepted: ["mx.ok", "mx.none-implicit"],
} as const satisfies Record<string, readonly string[]>;

export type FindingGroup = keyof typeof FINDING_CODES;

// The Finding.code values (lib/checks/types.ts) the rules read, grouped by what they mean
// for a diagnosis. One place to align with the checks when they add or rename a code.
// Aligned with lib/checks/{blocklists,reverse-dns,dkim,dmarc,recipient-domain}.ts; the spf.*
// codes are the ones announced for lib/spf/findings.ts (not landed when this was written).

export const FINDING_CODES = {
  blocklistListed: ["blocklist.listed"],
  blocklistClean: ["blocklist.not-listed"],
  blocklistUnchecked: ["blocklist.could-not-check"],
  ptrOk: ["ptr.ok"],
  ptrProblem: ["ptr.none", "ptr.not-confirmed", "ptr.generic"],
  spfProblem: ["spf.missing", "spf.multiple", "spf.syntax", "spf.too-many-lookups", "spf.fail", "spf.softfail"],
  spfPass: ["spf.pass", "spf.ok"],
  dkimProblem: ["dkim.none-found", "dkim.weak-key", "dkim.revoked", "dkim.syntax", "dkim.selector-not-found"],
  dkimOk: ["dkim.ok"],
  // A DMARC record receivers cannot use (RFC 7489 §6.6.3: several records, bad syntax) counts as none.
  dmarcMissing: ["dmarc.missing", "dmarc.multiple", "dmarc.syntax"],
  dmarcPolicyNone: ["dmarc.policy-none"],
  domainMissing: ["domain.nxdomain"],
  domainTypo: ["domain.typo"],
  mailNotAccepted: ["mx.none", "mx.null", "mx.unresolvable"],
  mailAccepted: ["mx.ok", "mx.none-implicit"],
} as const satisfies Record<string, readonly string[]>;

export type FindingGroup = keyof typeof FINDING_CODES;

// Findings: what every DNS / reputation check returns. Serialisable (API, share links),
// shown by the UI grouped by severity, and read by the rules library (lib/rules) through
// `code`, never through raw records.

export type Severity = "critical" | "error" | "warning" | "info" | "ok";

/** The check could not be completed; distinct from a negative answer. */
export type CheckOutcome = "done" | "could-not-check";

export type CheckArea =
  | "recipient-domain"
  | "mx"
  | "spf"
  | "dkim"
  | "dmarc"
  | "reverse-dns"
  | "blocklist"
  | "mta-sts"
  | "tls-rpt"
  | "bimi"
  | "bulk-sender";

export interface Finding {
  /** Stable machine id the rules match on, e.g. "spf.missing", "blocklist.listed", "ptr.none". */
  code: string;
  area: CheckArea;
  severity: Severity;
  /** "could-not-check" when DNS timed out, SERVFAILed, or the list refused to answer. */
  outcome: CheckOutcome;
  /** One line in plain words. */
  title: string;
  /** A few sentences: what this means for delivery. */
  detail: string;
  /** What to change, when something should change: for the domain's owner, who can. */
  fix?: string;
  /**
   * What the sender does instead when the domain is the recipient's, whose DNS they cannot
   * change (a null MX: write to another address). reportForCheck shows it as the fix there.
   */
  fixWhenRecipient?: string;
  /** The standard or documentation the finding rests on, e.g. "RFC 7208 §4.6.4". */
  reference: string;
  /** Link to that standard or documentation. */
  referenceUrl?: string;
  /** The name that was queried and the raw records (or the DNS error) behind the finding. */
  records?: { name: string; type: string; values: string[] }[];
  /** Structured extras for the UI and the rules (e.g. { zone, returnCode, delistUrl }). */
  data?: Record<string, unknown>;
}

export interface CheckReport {
  /** What was checked: a domain or an IP. */
  subject: string;
  kind: "domain" | "ip";
  /** ISO time the checks ran. */
  checkedAt: string;
  findings: Finding[];
  /** DNS queries sent while checking (after cache), for the bound and the benchmark. */
  lookups: number;
}

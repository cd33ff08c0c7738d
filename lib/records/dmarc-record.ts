// A starter DMARC record (RFC 7489 §6.3) and the path from monitoring to enforcement, built so
// that no step refuses mail that is delivered today: a new record only monitors (p=none) and
// asks for reports; an existing one is edited, keeping its report addresses and other tags; a
// policy is raised only in a record that asks for reports, since the reports are what show
// every legitimate sender passing (RFC 7489 §6.3 rua, §7.2; Google's "Set up DMARC",
// https://support.google.com/a/answer/2466563).

export interface DmarcPlan {
  name: string;
  value: string;
  /** The next records to publish, in order, once the reports show only your own mail failing. */
  rollout: { value: string; when: string }[];
}

const SUBDOMAINS =
  "subdomains without a DMARC record of their own get the same policy unless sp= says otherwise, so the reports must show their senders passing too";

/**
 * The report mailbox a suggestion may name at `domain`: only a name the caller offers after
 * checking that the domain receives mail (its MX); whether the mailbox exists is the user's to
 * make sure of, and the texts say so.
 */
export const suggestedReportMailbox = (domain: string) => `dmarc-reports@${domain}`;

/**
 * The starter plan. `reportAddress` is the caller's choice, never a default: null when no
 * mailbox is known to receive (e.g. the domain takes no mail), and then no record carries rua=
 * and the texts around it say where to send the reports.
 */
export function starterDmarc(domain: string, reportAddress: string | null): DmarcPlan {
  const rua = reportAddress ? `; rua=mailto:${reportAddress}` : "";
  return {
    name: `_dmarc.${domain}`,
    value: `v=DMARC1; p=none${rua}`,
    rollout: [
      {
        value: `v=DMARC1; p=quarantine${rua}`,
        when: `after 2–4 weeks of reports in which every legitimate sender passes SPF or DKIM aligned with your domain (${SUBDOMAINS})`,
      },
      {
        value: `v=DMARC1; p=reject${rua}`,
        when: "after a few more weeks at quarantine without legitimate mail in the failure reports",
      },
    ],
  };
}

/** A report URI a receiver can send to: mailto:, an address, an optional "!" size limit. */
const MAILTO = /^mailto:[^\s@,;!]+@[^\s@,;!]+(![0-9]+[kmgt]?)?$/i;

function tagsOf(record: string): string[] | null {
  const tags = record
    .split(";")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  return /^v\s*=\s*DMARC1$/i.test(tags[0] ?? "") ? tags : null;
}

const tagName = (t: string) => t.split("=")[0]!.trim().toLowerCase();

/**
 * The domain's own DMARC record with its policy raised to `policy`, every other tag kept as
 * published (its report addresses, sp=, pct=, alignment): the next step changes one thing.
 * Null when the text is not a DMARC record (RFC 7489 §6.4: "v=DMARC1" first) or has no p= tag.
 */
export function withDmarcPolicy(record: string, policy: "quarantine" | "reject"): string | null {
  const tags = tagsOf(record);
  if (!tags) return null;
  let found = false;
  const raised = tags.map((t) => {
    if (tagName(t) !== "p") return t;
    found = true;
    return `p=${policy}`;
  });
  return found ? raised.join("; ") : null;
}

/**
 * The record with a report address added after its policy, every tag kept; the record as it
 * is when it already asks for aggregate reports. Null when the text is not a DMARC record.
 */
export function withDmarcReports(record: string, address: string): string | null {
  const tags = tagsOf(record);
  if (!tags) return null;
  if (tags.some((t) => tagName(t) === "rua")) return tags.join("; ");
  const at = tags.findIndex((t) => tagName(t) === "p");
  const rua = `rua=mailto:${address}`;
  return [...tags.slice(0, at + 1 || 1), rua, ...tags.slice(at + 1 || 1)].join("; ");
}

export type DmarcNextStep =
  /** `value` is null when the caller has no report address to offer. */
  | { kind: "add-reports"; value: string | null; why: string }
  | { kind: "raise"; value: string; why: string };

/**
 * The next change to a published p=none record. Without rua= nobody receives the reports that
 * show whether every legitimate sender passes, so a raised policy would be a blind guess that
 * can send the domain's own mail to spam or have it refused: the step is then to ask for
 * reports, policy unchanged. Null when the text is not a DMARC record with a p= tag.
 * `reportAddress` is the caller's choice for the added rua= (null: no record offered).
 */
export function nextDmarcStep(
  record: string,
  domain: string,
  reportAddress: string | null,
): DmarcNextStep | null {
  const tags = tagsOf(record);
  if (!tags || !tags.some((t) => tagName(t) === "p")) return null;
  if (!tags.some((t) => tagName(t) === "rua")) {
    return {
      kind: "add-reports",
      value: reportAddress ? withDmarcReports(record, reportAddress) : null,
      why: `The record asks for no reports (no rua=), so nothing shows yet whether all of ${domain}'s legitimate mail passes. Add a report address first (make sure the mailbox exists), keep p=none, and read 2–4 weeks of reports before any stricter policy.`,
    };
  }
  const value = withDmarcPolicy(record, "quarantine");
  return value
    ? {
        kind: "raise",
        value,
        why: `Only once its reports show every legitimate sender passing SPF or DKIM aligned with ${domain} (${SUBDOMAINS}); if legitimate mail shows up failing after the change, put p=none back.`,
      }
    : null;
}

/**
 * A starter record for a domain whose published DMARC records are unusable (several, or
 * invalid): p=none, keeping the report addresses they ask for (rua= and ruf=) instead of
 * dropping them; the caller's `reportAddress` only when they had none.
 */
export function starterDmarcKeeping(
  domain: string,
  existing: readonly string[],
  reportAddress: string | null,
): DmarcPlan {
  const plan = starterDmarc(domain, null);
  const kept = new Map<string, string[]>();
  for (const record of existing) {
    for (const t of tagsOf(record) ?? []) {
      const name = tagName(t);
      if (name !== "rua" && name !== "ruf") continue;
      const uris = t.slice(t.indexOf("=") + 1).split(",");
      const list = kept.get(name) ?? [];
      // Only addresses a receiver can use (RFC 7489 §6.2: mailto: URIs): an invalid record's
      // broken address would make the new record invalid too.
      for (const u of uris.map((x) => x.trim()).filter((x) => MAILTO.test(x)))
        if (!list.includes(u)) list.push(u);
      if (list.length > 0) kept.set(name, list);
    }
  }
  const rua = kept.get("rua") ?? (reportAddress ? [`mailto:${reportAddress}`] : []);
  const ruf = kept.get("ruf") ?? [];
  const reports = [
    ...(rua.length > 0 ? [`rua=${rua.join(",")}`] : []),
    ...(ruf.length > 0 ? [`ruf=${ruf.join(",")}`] : []),
  ]
    .map((t) => `; ${t}`)
    .join("");
  const add = (v: string) => `${v}${reports}`;
  return {
    name: plan.name,
    value: add(plan.value),
    rollout: plan.rollout.map((r) => ({ ...r, value: add(r.value) })),
  };
}

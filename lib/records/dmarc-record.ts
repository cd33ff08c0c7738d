// A starter DMARC record (RFC 7489 §6.3) and the path from monitoring to enforcement.

export interface DmarcPlan {
  name: string;
  value: string;
  /** The next records to publish, in order, once the reports show only your own mail failing. */
  rollout: { value: string; when: string }[];
}

export function starterDmarc(domain: string, reportAddress?: string): DmarcPlan {
  const rua = reportAddress ?? `dmarc-reports@${domain}`;
  const base = `v=DMARC1; rua=mailto:${rua}`;
  return {
    name: `_dmarc.${domain}`,
    value: `v=DMARC1; p=none; rua=mailto:${rua}`,
    rollout: [
      {
        value: `${base}; p=quarantine`,
        when: "after 2–4 weeks of reports in which every legitimate sender passes SPF or DKIM aligned with your domain",
      },
      {
        value: `${base}; p=reject`,
        when: "after a few more weeks at quarantine without legitimate mail in the failure reports",
      },
    ],
  };
}

/**
 * The domain's own DMARC record with its policy raised to `policy`, every other tag kept as
 * published (its report addresses, sp=, pct=, alignment): the next step changes one thing.
 * Null when the text is not a DMARC record (RFC 7489 §6.4: "v=DMARC1" first) or has no p= tag.
 */
export function withDmarcPolicy(record: string, policy: "quarantine" | "reject"): string | null {
  const tags = record
    .split(";")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (!/^v\s*=\s*DMARC1$/i.test(tags[0] ?? "")) return null;
  let found = false;
  const raised = tags.map((t) => {
    if (!/^p\s*=/i.test(t)) return t;
    found = true;
    return `p=${policy}`;
  });
  return found ? raised.join("; ") : null;
}

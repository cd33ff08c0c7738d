// SPF findings for a domain (and, given an IP, for that IP): what receivers will make of the
// domain's SPF record, in plain words, with the RFC 7208 section, the fix, the raw records and
// the whole include tree in `data`.
//
// Two evaluations share the DNS client (and its cache), in parallel:
// - a walk without an address, which evaluates every term up to "all" and so counts the
//   lookups and void lookups any check of this domain can need (limits raised so that the
//   count goes past 10 instead of stopping there);
// - with an IP, the real check_host() for that IP, sender and HELO.

import type { Finding } from "@/lib/checks/types";
import type { DnsClient } from "@/lib/dns/types";
import { errorOrigin, walkNodes, walkTerms } from "./advice";
import { evaluateSpf, type SpfEvaluateOptions } from "./evaluate";
import { SPF_FINDINGS, sectionUrl, type SpfFindingCode } from "./finding-catalog";
import { mergeSpfRecords } from "./merge";
import { selectSpfRecord } from "./parse";
import type { SpfEvaluation, SpfNode, SpfResult } from "./types";

export { mergeSpfRecords, type MergedSpfRecord } from "./merge";

export interface SpfFindingsOptions {
  /** Evaluate SPF for this connecting IP too (spf.pass / spf.fail / ...). */
  ip?: string;
  /** MAIL FROM for that evaluation; default postmaster@<domain>. */
  sender?: string;
  /** HELO name for that evaluation; default <domain>. */
  helo?: string;
  /** Passed to the evaluations (timeouts, receiver name...). */
  evaluate?: Pick<SpfEvaluateOptions, "timeLimitMs" | "receiver" | "now">;
}

/** The walk counts this far past the limit of 10 before it stops (include loops end here). */
const WALK_LOOKUP_CAP = 50;
const LOOKUP_LIMIT = 10;
const VOID_LIMIT = 2;

function finding(
  code: SpfFindingCode,
  parts: {
    detail: string;
    fix?: string;
    records: Finding["records"];
    data: Record<string, unknown>;
    title?: string;
  },
): Finding {
  const def = SPF_FINDINGS[code];
  return {
    code,
    area: "spf",
    severity: def.severity,
    outcome: "couldNotCheck" in def && def.couldNotCheck ? "could-not-check" : "done",
    title: parts.title ?? def.title,
    detail: parts.detail,
    ...(parts.fix ? { fix: parts.fix } : {}),
    reference: `RFC 7208 §${def.section}`,
    referenceUrl: sectionUrl(def.section),
    records: parts.records,
    data: parts.data,
  };
}

/** The TXT records behind every node of the tree, as a finding's raw records. */
function treeRecords(tree: SpfNode): NonNullable<Finding["records"]> {
  const out: NonNullable<Finding["records"]> = [];
  const seen = new Set<string>();
  for (const n of walkNodes(tree)) {
    if (seen.has(n.domain)) continue;
    seen.add(n.domain);
    const lookup = n.recordLookup;
    let values: string[];
    if (!lookup) values = ["(not looked up)"];
    else if (lookup.status === "error") values = [`(lookup failed: ${lookup.error})`];
    else if (lookup.status === "nxdomain") values = ["(NXDOMAIN: the name does not exist)"];
    else if (lookup.status === "nodata") values = ["(no TXT records)"];
    else if (lookup.status === "not-sent") values = [`(${lookup.error})`];
    else values = n.txtRecords;
    out.push({ name: n.domain, type: "TXT", values });
  }
  return out;
}

const RESULT_CODES: Record<SpfResult, SpfFindingCode> = {
  pass: "spf.pass",
  fail: "spf.fail",
  softfail: "spf.softfail",
  neutral: "spf.neutral",
  none: "spf.none",
  temperror: "spf.temperror",
  permerror: "spf.permerror",
};

function resultFinding(e: SpfEvaluation): Finding {
  const where = e.matched
    ? ` The deciding term: "${e.matched.text}" in the record of ${e.matched.domain}.`
    : "";
  const exp =
    e.result === "fail" && e.explanationSource === "exp"
      ? ` The domain's own explanation: "${e.explanation}".`
      : "";
  return finding(RESULT_CODES[e.result], {
    title: `SPF ${e.result} for ${e.ip} sending as ${e.sender}`,
    detail: `${e.reason}${where}${exp} (${e.totals.lookups} of ${e.totals.lookupLimit} DNS-querying terms used, ${e.totals.voidLookups} of ${e.totals.voidLimit} void lookups.)`,
    fix: e.advice.length > 0 ? e.advice.join(" ") : undefined,
    records: treeRecords(e.tree),
    data: { evaluation: e },
  });
}

/** The "all" that ends the policy: the top record's, else its redirect target's. */
function effectiveAll(
  node: SpfNode,
): { qualifier: string; text: string; domain: string } | undefined {
  const all = node.terms.find((t) => t.name === "all");
  if (all) return { qualifier: all.qualifier ?? "+", text: all.text, domain: node.domain };
  const redirect = node.children.find((c) => c.via === "redirect");
  return redirect ? effectiveAll(redirect) : undefined;
}

export async function spfFindings(
  rawDomain: string,
  dns: DnsClient,
  opts: SpfFindingsOptions = {},
): Promise<Finding[]> {
  const domain = rawDomain.trim().toLowerCase().replace(/\.$/, "");
  const [walk, real] = await Promise.all([
    evaluateSpf({ ip: null, sender: `postmaster@${domain}`, helo: domain, domain }, dns, {
      ...opts.evaluate,
      lookupLimit: WALK_LOOKUP_CAP,
      voidLookupLimit: WALK_LOOKUP_CAP,
      explanation: false,
    }),
    opts.ip
      ? evaluateSpf(
          {
            ip: opts.ip,
            sender: opts.sender ?? `postmaster@${domain}`,
            helo: opts.helo ?? domain,
            domain,
          },
          dns,
          opts.evaluate,
        )
      : Promise.resolve(undefined),
  ]);
  const tree = walk.tree;
  const records = treeRecords(tree);
  const data = {
    domain,
    tree,
    totals: { ...walk.totals, lookupLimit: LOOKUP_LIMIT, voidLimit: VOID_LIMIT },
  };
  const findings: Finding[] = [];
  const withResult = () => (real ? [...findings, resultFinding(real)] : findings);

  // The record itself could not be fetched: nothing else can be said.
  if (tree.problem === "dns-error" && tree.recordLookup?.status === "error") {
    findings.push(
      finding("spf.could-not-check", {
        detail: `We could not get the TXT records of ${domain}: ${tree.recordLookup.error}. This says nothing about whether an SPF record exists; receivers that meet the same error answer "temperror" and usually retry later.`,
        fix: "Check that the domain's name servers answer TXT queries; then check again.",
        records,
        data,
      }),
    );
    return withResult();
  }

  if (tree.problem === "no-record" || tree.problem === "invalid-domain") {
    const nx = tree.recordLookup?.status === "nxdomain";
    findings.push(
      finding("spf.missing", {
        title: nx ? `${domain} does not exist, so it has no SPF record` : undefined,
        detail: nx
          ? `${domain} does not exist in DNS (NXDOMAIN). Receivers get SPF "none" for mail sent as this domain, and many reject mail from domains that do not exist.`
          : `${domain} publishes no TXT record starting with "v=spf1"${tree.txtRecords.length > 0 ? ` (it has ${tree.txtRecords.length} other TXT record(s))` : ""}. Receivers get SPF "none": they cannot tell your servers from forgers, and Gmail, Yahoo and Outlook.com expect bulk senders to publish SPF.`,
        fix: `Publish one TXT record at ${domain}: "v=spf1" followed by the services that send mail as this domain, ending in "-all" or "~all", e.g. "v=spf1 include:<your provider's SPF domain> -all". If the domain sends no mail at all, publish "v=spf1 -all".`,
        records,
        data,
      }),
    );
    return withResult();
  }

  for (const n of walkNodes(tree)) {
    if (n.problem === "multiple-records") {
      const spf = selectSpfRecord(n.txtRecords);
      const merged = mergeSpfRecords(spf.kind === "multiple" ? spf.records : []);
      findings.push(
        finding("spf.multiple", {
          title:
            n === tree
              ? undefined
              : `${n.domain} (included by ${domain}) has more than one SPF record`,
          detail: `${n.domain} has ${spf.kind === "multiple" ? spf.records.length : "several"} TXT records starting with "v=spf1". A domain must have exactly one; with several, every receiver's check ends in "permerror" and SPF protects nothing.`,
          fix: `Replace them with one record, e.g. "${merged.record}".${merged.warnings.length > 0 ? ` Note: ${merged.warnings.join(" ")}` : ""}`,
          records,
          data: { ...data, node: n.domain, merged },
        }),
      );
    }
    if (n.problem === "syntax") {
      const first = n.syntaxErrors[0];
      findings.push(
        finding("spf.syntax", {
          title:
            n === tree
              ? undefined
              : `The SPF record of ${n.domain} (included by ${domain}) has a syntax error`,
          detail: `In "${n.record}": ${n.syntaxErrors.map((e) => `at character ${e.position + 1}${e.term ? ` ("${e.term}")` : ""}, ${e.message}`).join("; ")}. One error anywhere makes the whole check "permerror", which many receivers treat like a failure.`,
          fix: first
            ? `Correct ${first.term ? `"${first.term}"` : `the record at character ${first.position + 1}`}: ${first.message}.`
            : undefined,
          records,
          data: { ...data, node: n.domain, errors: n.syntaxErrors },
        }),
      );
    }
  }
  for (const { node, term } of walkTerms(tree)) {
    if (term.outcome === "permerror" && term.child?.result === "none") {
      findings.push(
        finding("spf.include-missing", {
          title: `"${term.text}" points at a domain without SPF`,
          detail: `The record of ${node.domain} ${term.name === "redirect" ? "redirects to" : "includes"} ${term.target}, which has no SPF record (${term.child.reason}). That makes every check "permerror".`,
          fix: `Remove "${term.text}" from the record of ${node.domain}, or correct the name to the one your provider documents.`,
          records,
          data: { ...data, node: node.domain, term: term.text },
        }),
      );
    }
  }

  if (walk.result === "temperror") {
    const origin = errorOrigin(tree);
    findings.push(
      finding("spf.could-not-check", {
        title: "Part of the SPF record could not be checked",
        detail: `A DNS lookup needed by the record failed: ${origin.reason}. Receivers that meet the same error answer "temperror" and usually retry later.`,
        fix: "Check that the name servers of the domains in the record answer; then check again.",
        records,
        data,
      }),
    );
  }

  const lookups = walk.totals.lookups;
  if (lookups > LOOKUP_LIMIT) {
    const perNode = [...walkNodes(tree)]
      .filter((n) => n.lookupTerms > 0)
      .map((n) => `${n.domain}: ${n.lookupTerms}`);
    const capped =
      tree.problem === "lookup-limit" ||
      [...walkNodes(tree)].some((n) => n.problem === "lookup-limit");
    findings.push(
      finding("spf.too-many-lookups", {
        detail: `Checking ${domain} takes ${capped ? `more than ${WALK_LOOKUP_CAP}` : lookups} DNS-querying terms (include, a, mx, ptr, exists, redirect), over the limit of ${LOOKUP_LIMIT}. Receivers stop at the 11th and answer "permerror", so mail from senders listed after that point fails SPF. Per record: ${perNode.join(", ")}.`,
        fix: "Remove includes of services you no longer use, replace a/mx terms with the ip4:/ip6: ranges they stand for, and avoid ptr. A provider's include counts with everything inside it.",
        records,
        data: { ...data, perNode },
      }),
    );
  }
  if (walk.totals.voidLookups > VOID_LIMIT) {
    const voids = [...walkTerms(tree)]
      .filter((x) => x.term.voidLookup)
      .map((x) => `"${x.term.text}" at ${x.node.domain}`);
    findings.push(
      finding("spf.void-lookups", {
        detail: `${walk.totals.voidLookups} terms look up names that do not exist or have no records (${voids.join(", ")}). Receivers allow at most ${VOID_LIMIT} such "void lookups" and answer "permerror" after that.`,
        fix: `Remove the terms that point at names with no records, or publish the records they expect.`,
        records,
        data: { ...data, voids },
      }),
    );
  }

  const plusAll = [...walkTerms(tree)].filter(
    (x) => x.term.name === "all" && x.term.qualifier === "+",
  );
  for (const { node, term } of plusAll) {
    findings.push(
      finding("spf.plus-all", {
        detail: `"${term.text}" in the record of ${node.domain}${node === tree ? "" : ` (included by ${domain})`} authorises every address on the Internet to send mail as ${domain}. SPF then protects nothing, and receivers and spam filters treat it as a sign of abuse.`,
        // Every server passes today: "-all" at once would fail the senders not yet listed.
        fix: `First list every service that sends as ${domain} (mail provider, newsletter, CRM, website forms) in the record; then replace "${term.text}" with "~all", and with "-all" only once test messages or DMARC reports show each of them passing. "-all" straight away fails the senders not yet listed (RFC 7208 §8.4).`,
        records,
        data: { ...data, node: node.domain },
      }),
    );
  }
  const ptrs = [...walkTerms(tree)].filter((x) => x.term.name === "ptr");
  if (ptrs.length > 0) {
    findings.push(
      finding("spf.ptr-used", {
        detail: `The record uses ${ptrs.map((x) => `"${x.term.text}" at ${x.node.domain}`).join(", ")}. RFC 7208 says ptr SHOULD NOT be used: it is slow, needs several lookups per check, and some receivers ignore or penalise it.`,
        fix: "Replace ptr with the ip4:/ip6: ranges (or a: names) of your mail servers.",
        records,
        data,
      }),
    );
  }

  const structural = tree.problem === "syntax" || tree.problem === "multiple-records";
  if (!structural) {
    const all = effectiveAll(tree);
    if (!all || all.qualifier === "?") {
      findings.push(
        finding("spf.no-all", {
          title: all ? `The SPF record ends in "${all.text}"` : undefined,
          detail: all
            ? `"${all.text}" makes every unlisted sender "neutral": receivers treat such mail as if there were no SPF at all, so forgers are not told apart.`
            : `The record of ${domain} has no "all" term and no redirect, so every unlisted sender gets the default result, "neutral": receivers treat it as if there were no SPF at all.`,
          // Unlisted senders get through today: an ending that fails them must wait for the list.
          fix: `First make sure every service that sends as ${domain} is listed (mail provider, newsletter, CRM, website forms); then end the record with "~all", and with "-all" only once test messages or DMARC reports show each of them passing. Ending it before then fails the senders not yet listed.`,
          records,
          data,
        }),
      );
    } else if (all.qualifier === "~") {
      findings.push(
        finding("spf.softfail-all", {
          detail: `"${all.text}"${all.domain === domain ? "" : ` (from ${all.domain})`}: unlisted senders get "softfail". Receivers usually accept such mail but mark it as suspicious; with a DMARC policy it fails DMARC's SPF half.`,
          fix: `"-all" tells receivers to refuse unlisted senders: change to it only once DMARC reports (or test messages from each service) show every service that sends as ${domain} passing SPF; until then "~all" keeps their mail coming.`,
          records,
          data,
        }),
      );
    } else if (all.qualifier === "-") {
      findings.push(
        finding("spf.fail-all", {
          detail: `"${all.text}"${all.domain === domain ? "" : ` (from ${all.domain})`}: unlisted senders get "fail", and receivers may refuse their mail. Every service that sends as ${domain} must be listed, or its mail will bounce.`,
          records,
          data,
        }),
      );
    }
  }

  // A permanent error none of the findings above explains (e.g. more than 10 MX names).
  if (
    walk.result === "permerror" &&
    !findings.some((f) => f.severity === "error" || f.severity === "critical")
  ) {
    const origin = errorOrigin(tree);
    findings.push(
      finding("spf.permerror", {
        title: "The SPF record ends in a permanent error",
        detail: `${origin.reason}. Receivers answer "permerror", which many treat like a failure.`,
        fix: walk.advice.join(" ") || undefined,
        records,
        data,
      }),
    );
  }

  const problems = findings.filter(
    (f) => f.severity === "critical" || f.severity === "error" || f.severity === "warning",
  );
  if (problems.length === 0 && walk.result !== "permerror" && walk.result !== "temperror") {
    findings.push(
      finding("spf.ok", {
        detail: `${domain} has one valid SPF record, using ${lookups} of ${LOOKUP_LIMIT} DNS lookups and ${walk.totals.voidLookups} of ${VOID_LIMIT} void lookups.`,
        records,
        data,
      }),
    );
  }
  return withResult();
}

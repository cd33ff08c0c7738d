// Plain-words reading of an SPF evaluation: why the result is what it is, and what to change.
// Works only from the explanation tree, so the UI, the findings and the CLI say the same thing.

import type { SpfEvaluation, SpfNode, SpfTermTrace } from "./types";

export function* walkNodes(node: SpfNode): Generator<SpfNode> {
  yield node;
  for (const child of node.children) yield* walkNodes(child);
}

export function* walkTerms(node: SpfNode): Generator<{ node: SpfNode; term: SpfTermTrace }> {
  for (const n of walkNodes(node)) for (const term of n.terms) yield { node: n, term };
}

/** The deepest node that produced an error result: where the problem actually is. */
export function errorOrigin(node: SpfNode): SpfNode {
  const child = node.children.find((c) => c.result === node.result);
  return child && (node.result === "permerror" || node.result === "temperror")
    ? errorOrigin(child)
    : node;
}

export function describeResult(e: SpfEvaluation): string {
  const who = e.ip ?? "the sending address";
  const where =
    e.matched && e.matched.domain !== e.domain
      ? ` (in the record of ${e.matched.domain}, reached via ${e.matched.path.join(" → ")})`
      : "";
  switch (e.result) {
    case "pass":
      return `${e.domain} authorises ${who}: "${e.matched?.text ?? "?"}" matched${where}.`;
    case "fail":
      return `${e.domain} says ${who} must not send its mail: "${e.matched?.text ?? "?"}" matched${where}. Receivers may reject the message.`;
    case "softfail":
      return `${e.domain} says ${who} is probably not allowed to send its mail: "${e.matched?.text ?? "?"}" matched${where}. Receivers usually accept but mark the message as suspicious.`;
    case "neutral":
      return e.matched
        ? `${e.domain} makes no statement about ${who}: "${e.matched.text}" matched${where}.`
        : `${e.domain} makes no statement about ${who}: ${e.tree.reason}.`;
    case "none":
      return `No SPF policy applies: ${e.tree.reason}.`;
    case "temperror":
      return `The check could not be completed because of a DNS problem: ${errorOrigin(e.tree).reason}. Receivers will usually defer and retry.`;
    case "permerror":
      return `The SPF record cannot be used: ${errorOrigin(e.tree).reason}. Many receivers treat this like a failure.`;
  }
}

export function buildAdvice(e: SpfEvaluation): string[] {
  const advice: string[] = [];
  const add = (s: string) => {
    if (!advice.includes(s)) advice.push(s);
  };
  for (const n of walkNodes(e.tree)) {
    if (n.result === "permerror" && /SPF records; there must be exactly one/.test(n.reason)) {
      add(
        `Merge the SPF records at ${n.domain} into one TXT record (keep one "v=spf1" and one "all" at the end): several records make every check a permanent error (RFC 7208 §4.5).`,
      );
    }
    for (const err of n.syntaxErrors.slice(0, 3)) {
      add(
        `Fix the record at ${n.domain}, character ${err.position + 1}${err.term ? ` ("${err.term}")` : ""}: ${err.message}.`,
      );
    }
    for (const t of n.terms) {
      if (t.name === "ptr")
        add(
          `Replace "${t.text}" at ${n.domain} with ip4:/ip6: ranges or a: names: ptr is slow, unreliable and RFC 7208 §5.5 says not to use it.`,
        );
      if (t.name === "all" && t.qualifier === "+")
        add(
          `Remove "${t.text}" at ${n.domain}: it authorises every address on the Internet to send as this domain. End the record with "-all" or "~all" instead.`,
        );
      if (t.outcome === "permerror" && t.child?.result === "none") {
        add(
          `${n.domain} ${t.name === "redirect" ? "redirects" : "includes"} ${t.target}, which has no SPF record: remove the term or correct the name.`,
        );
      }
    }
  }
  if (e.totals.lookups > e.totals.lookupLimit) {
    add(
      `The check needs more than ${e.totals.lookupLimit} DNS lookups (include, a, mx, ptr, exists, redirect count; ip4/ip6/all do not). Remove includes of services you no longer use, replace a/mx with the ip4:/ip6: ranges they stand for, or ask a provider for a smaller include (RFC 7208 §4.6.4).`,
    );
  }
  if (e.totals.voidLookups > e.totals.voidLimit) {
    const voids = [...walkTerms(e.tree)]
      .filter((x) => x.term.voidLookup)
      .map((x) => `"${x.term.text}" at ${x.node.domain}`);
    add(
      `Remove the terms that point at names with no records (${voids.join(", ")}): more than ${e.totals.voidLimit} such "void lookups" make the record a permanent error (RFC 7208 §4.6.4).`,
    );
  }
  if (e.result === "temperror")
    add(
      `A DNS lookup failed (${errorOrigin(e.tree).reason}). Make sure the domain's name servers answer TXT, A and MX queries; receivers retry on this result.`,
    );
  if (e.result === "none" && e.tree.via === "check") {
    add(
      `Publish one TXT record at ${e.domain} starting with "v=spf1" that lists every service sending as this domain, ending in "-all" or "~all" (e.g. "v=spf1 include:<your provider> -all").`,
    );
  }
  if ((e.result === "fail" || e.result === "softfail") && e.ip) {
    add(
      `If ${e.ip} sends legitimate mail for ${e.domain}, authorise it in the record: "${e.ip.includes(":") ? "ip6" : "ip4"}:${e.ip}", or the include: your mail provider documents for its servers.`,
    );
  }
  if (e.result === "neutral" && !e.matched) {
    add(
      `End the record of ${e.domain} with "-all" (or "~all" while testing) so that receivers know unlisted senders are not allowed; without it every unlisted sender is "neutral" (RFC 7208 §4.7).`,
    );
  }
  return advice;
}

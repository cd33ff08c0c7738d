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
        `Merge the SPF records at ${n.domain} into one TXT record: edit one so that it holds every mechanism of all of them, with one "v=spf1" and one "all" at the end (the softest of theirs: "~all" before "-all", so that no sender one of them allows is refused now), then delete the others. Several records make every check a permanent error (RFC 7208 §4.5).`,
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
          `Replace "${t.text}" at ${n.domain} with ip4:/ip6: ranges or a: names: ptr is slow, unreliable and RFC 7208 §5.5 says not to use it. First find which of your servers it lets through (those whose address has a reverse DNS name under ${t.target ?? n.domain}) and list each of them; removing ptr before that fails their mail.`,
        );
      if (t.name === "all" && t.qualifier === "+")
        add(
          `Replace "${t.text}" at ${n.domain}: it authorises every address on the Internet to send as this domain, so today every server that sends its mail passes SPF, listed or not. First list every service that sends as ${n.domain} (mail provider, newsletter, CRM, website forms); then end the record with "~all", and move to "-all" only once test messages or DMARC reports show each of them passing. "-all" straight away fails the senders not yet listed (RFC 7208 §8.4).`,
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
      `The check needs more than ${e.totals.lookupLimit} DNS lookups (include, a, mx, ptr, exists, redirect count; ip4/ip6/all do not). Remove includes of services you no longer use (make sure first, e.g. in DMARC reports, that none of them still sends as ${e.domain}), replace a/mx with every ip4:/ip6: address they stand for today, or ask a provider for a smaller include (RFC 7208 §4.6.4).`,
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
      `Publish one TXT record at ${e.domain} starting with "v=spf1" that lists every service sending as this domain (mail provider, newsletter, CRM, website forms), ending in "~all" (e.g. "v=spf1 include:<your provider> ~all"). With no SPF record today no sender is refused; "-all" is for later, once test messages or DMARC reports show every one of them passing (RFC 7208 §8.4).`,
    );
  }
  if ((e.result === "fail" || e.result === "softfail") && e.ip) {
    add(
      `If ${e.ip} sends legitimate mail for ${e.domain}, add it to the record, keeping every term already there: "${e.ip.includes(":") ? "ip6" : "ip4"}:${e.ip}", or the include: your mail provider documents for its servers (an include counts with the DNS lookups inside it: check that the total stays within ${e.totals.lookupLimit}, RFC 7208 §4.6.4).`,
    );
  }
  if (e.result === "neutral" && !e.matched) {
    add(
      `Without an "all" at the end every unlisted sender is "neutral" (RFC 7208 §4.7), so mail from a service missing from the record still gets through. Once every service that sends as ${e.domain} is listed, end the record with "~all", and with "-all" only when test messages or DMARC reports show each of them passing: ending it before then fails the senders not yet listed.`,
    );
  }
  return advice;
}

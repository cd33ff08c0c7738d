// check_host() of RFC 7208 (§4), with the whole explanation tree kept: every record fetched,
// every term with what it looked up and what came of it, the include/redirect children, the
// mechanism that decided, the lookup totals against their limits, and advice.
//
// Limits (§4.6.4): at most 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per
// check, at most 2 void lookups, at most 10 MX names per mx, at most 10 PTR names per ptr/%{p}.
// Errors (§5, §2.6): a DNS error or timeout where a mechanism needs an answer is "temperror";
// limits and syntax are "permerror". Everything is evaluated in record order, sequentially as
// the RFC describes; lookups are prefetched in parallel only as a speed-up (answers come from
// the client's cache and in-flight de-duplication, the trace reflects the ordered evaluation).
//
// The walk is split by its seams: check-host.ts (the record and its mechanisms), lookups.ts
// (DNS questions and the limits), macro-values.ts, explanation.ts; this file takes the input
// and options and assembles the result.

import type { DnsClient } from "@/lib/dns/types";
import { buildAdvice, describeResult } from "./advice";
import { DEFAULTS, type CheckState } from "./check-state";
import { checkHost } from "./check-host";
import { parseClientIp } from "./client-ip";
import { explain } from "./explanation";
import { splitSender } from "./names";
import type { SpfEvaluation, SpfNode } from "./types";

export interface SpfEvaluateInput {
  /** The connecting client. `null` walks the record tree without an address: nothing IP-based matches, every term up to "all" is counted (used to count lookups for a domain). */
  ip: string | null;
  /** MAIL FROM; empty -> postmaster@<helo> (RFC 7208 §2.4). */
  sender: string;
  helo: string;
  /** The domain to check; default: the sender's domain. */
  domain?: string;
}

export interface SpfEvaluateOptions {
  /** DNS-querying terms allowed (§4.6.4). Default 10. */
  lookupLimit?: number;
  /** Void lookups allowed (§4.6.4). Default 2. */
  voidLookupLimit?: number;
  /** MX names per mx mechanism (§4.6.4). Default 10. */
  mxNameLimit?: number;
  /** PTR names considered per ptr / %{p} (§4.6.4). Default 10. */
  ptrNameLimit?: number;
  /** Whole-check time limit (§4.6.4 suggests at least 20 s). Default 20 000 ms. */
  timeLimitMs?: number;
  /** %{r}: the checking host's name. Default "unknown". */
  receiver?: string;
  /** %{t}. Default: the clock. */
  now?: () => Date;
  /** Fetch exp= explanations for "fail". Default true. */
  explanation?: boolean;
  /** Ask for each record's lookups in parallel before walking it in order. Default true. */
  prefetch?: boolean;
}

/** The mechanism that decided: through redirects, and into the include that matched (it passed because a mechanism inside it matched). */
function findMatched(node: SpfNode, path: string[]): SpfEvaluation["matched"] {
  if (node.matched) {
    const term = node.terms[node.matched.index];
    if (term?.name === "include" && term.child)
      return findMatched(term.child, [...path, node.domain]);
    return {
      domain: node.domain,
      text: node.matched.text,
      qualifier: node.matched.qualifier,
      path: [...path, node.domain],
    };
  }
  const redirect = node.children.find((c) => c.via === "redirect");
  return redirect ? findMatched(redirect, [...path, node.domain]) : undefined;
}

/**
 * RFC 7208 check_host() for (ip, sender, helo): the result, and the whole tree that explains it.
 * Never throws on DNS trouble: that is the "temperror" result.
 */
export async function evaluateSpf(
  input: SpfEvaluateInput,
  dns: DnsClient,
  opts: SpfEvaluateOptions = {},
): Promise<SpfEvaluation> {
  const split = splitSender(input.sender, input.helo);
  const ip = input.ip === null ? null : parseClientIp(input.ip);
  if (input.ip !== null && !ip) throw new Error(`not an IP address: ${input.ip.slice(0, 64)}`);
  const st: CheckState = {
    dns,
    ip,
    sender: split.sender,
    localPart: split.localPart,
    senderDomain: split.domain,
    helo: input.helo,
    limits: {
      lookupLimit: opts.lookupLimit ?? DEFAULTS.lookupLimit,
      voidLookupLimit: opts.voidLookupLimit ?? DEFAULTS.voidLookupLimit,
      mxNameLimit: opts.mxNameLimit ?? DEFAULTS.mxNameLimit,
      ptrNameLimit: opts.ptrNameLimit ?? DEFAULTS.ptrNameLimit,
      timeLimitMs: opts.timeLimitMs ?? DEFAULTS.timeLimitMs,
    },
    receiver: opts.receiver ?? "unknown",
    now: opts.now ?? (() => new Date()),
    prefetch: opts.prefetch ?? true,
    started: Date.now(),
    lookups: 0,
    voids: 0,
    queries: 0,
    records: new WeakMap(),
  };
  const domain = (input.domain ?? split.domain).replace(/\.$/, "");
  const tree = await checkHost(st, domain, "check");
  let explanation: string | undefined;
  let explanationSource: SpfEvaluation["explanationSource"];
  if (tree.result === "fail") {
    explanation = opts.explanation === false ? undefined : await explain(st, tree);
    explanationSource = explanation !== undefined ? "exp" : "default";
    explanation ??= `${domain} does not authorise ${ip?.readable ?? "this address"} to send its mail (SPF fail)`;
  }
  const evaluation: SpfEvaluation = {
    result: tree.result,
    ip: ip?.readable ?? null,
    sender: split.sender,
    helo: input.helo,
    domain,
    explanation,
    explanationSource,
    matched: findMatched(tree, []),
    tree,
    totals: {
      lookups: st.lookups,
      lookupLimit: st.limits.lookupLimit,
      voidLookups: st.voids,
      voidLimit: st.limits.voidLookupLimit,
      dnsQueries: st.queries,
      elapsedMs: Date.now() - st.started,
    },
    reason: "",
    advice: [],
  };
  evaluation.reason = describeResult(evaluation);
  evaluation.advice = buildAdvice(evaluation);
  return evaluation;
}

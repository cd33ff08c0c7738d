// The explanation of a "fail" (§6.2): the exp= text of the record whose mechanism decided,
// macro-expanded; any problem with it means no explanation, never a different result.
import { txtText } from "@/lib/dns/record-text";
import { NeedsIp, SpfAbort, type CheckState } from "./check-state";
import { query } from "./lookups";
import { expandMacroTokens } from "./macro";
import { expandTarget, macroValues } from "./macro-values";
import { parseExplanation } from "./parse";
import type { SpfNode } from "./types";

/** The node whose record's exp= applies: where the deciding mechanism is, following redirects only. */
function explanationNode(node: SpfNode): SpfNode | undefined {
  if (node.matched) return node;
  const redirect = node.children.find((c) => c.via === "redirect");
  return redirect ? explanationNode(redirect) : undefined;
}

export async function explain(st: CheckState, top: SpfNode): Promise<string | undefined> {
  const at = explanationNode(top);
  const record = at && st.records.get(at);
  if (!at || !record?.exp) return undefined;
  const trace = at.terms[record.terms.indexOf(record.exp)]!;
  try {
    // §6.2: any problem here (DNS error, no or several TXT records, bad syntax) -> as if no exp=.
    const name = await expandTarget(st, record.exp.value, at.domain, trace.lookups);
    trace.target = name;
    const { result } = await query(st, trace.lookups, name, "TXT");
    if (result.status !== "ok" || result.records.length !== 1) {
      trace.note = "explanation not used: the exp= name must hold exactly one TXT record";
      return undefined;
    }
    const text = txtText(result.records[0] as string[]);
    if (/[^\x20-\x7e]/.test(text)) {
      trace.note = "explanation not used: it is not plain ASCII (RFC 7208 §6.2)";
      return undefined;
    }
    const parsed = parseExplanation(text);
    if (!parsed.ok) {
      trace.note = `explanation not used: ${parsed.error.message}`;
      return undefined;
    }
    const expanded = await expandMacroTokens(
      parsed.value.tokens,
      macroValues(st, at.domain, trace.lookups),
    );
    trace.outcome = "match";
    trace.note = "explanation used";
    return expanded;
  } catch (e) {
    if (e instanceof SpfAbort || e instanceof NeedsIp) return undefined;
    throw e;
  } finally {
    at.dnsLookups.push(...trace.lookups);
  }
}

// For tests: what the product says of a paste's first recipient (or of the whole paste when no
// recipient was found), through the whole pipeline.
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";

export interface FirstReading {
  cause: CauseId;
  /** The causes an `unknown` ranks as possible, best first. */
  possible: CauseId[];
  /** The rule ids of the evidence that decided it. */
  evidence: string[];
}

export async function readFirst(text: string): Promise<FirstReading> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return {
    cause: r.cause,
    possible: (r.possible ?? []).map((p) => p.cause),
    evidence: r.evidence.map((e) => e.ruleId),
  };
}

/**
 * A Postfix bounce whose remote host `host` said `reply` at `stage`: the whole-bounce form a
 * provider's reply reaches people in, for tests of readings scoped to the answering host.
 */
export function postfixBounce(host: string, reply: string, stage = "RCPT TO"): string {
  return [
    "This is the mail system at host mail.sender.example.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "                   The mail system",
    "",
    `<bob@recipient.example>: host ${host}[192.0.2.25] said: ${reply} (in reply to ${stage} command)`,
  ].join("\n");
}

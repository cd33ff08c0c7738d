import { describe, expect, it } from "vitest";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { STATUS_DETAILS } from "@/lib/knowledge/enhanced-status-codes";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { ALL_SIGNATURES } from "@/lib/knowledge/signatures";
import { RECEIVER_FAULTS, receiverFault } from "./receiver-faults";

// Every rule id a fault names must be one the classifier can give: a renamed entry would
// silently drop the fault's words and step.
const KNOWN = new Map<string, string>([
  ...ALL_SIGNATURES.map((s) => [s.id, s.cause] as const),
  ...PROVIDER_TABLES.flatMap((t) => t.phrases.map((p) => [p.id, p.cause] as const)),
  ...CONCEPTS.map((c) => [c.id, c.cause] as const),
  ...STATUS_DETAILS.flatMap((d) => (d.cause ? [[`rfc3463.${d.code}`, d.cause] as const] : [])),
]);

describe("receiver faults", () => {
  it.each(RECEIVER_FAULTS.flatMap((f) => f.ruleIds.map((id) => [f.id, id] as const)))(
    "%s names %s, a remote-server-error reading",
    (_fault, id) => {
      expect(KNOWN.get(id)).toBe("remote-server-error");
    },
  );

  it("gives each rule id to one fault only", () => {
    const ids = RECEIVER_FAULTS.flatMap((f) => f.ruleIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds the fault of the first rule id that has one", () => {
    expect(receiverFault(["rfc3463.X.7.1", "spamhaus.error-open-resolver"])?.id).toBe(
      "blocklist-lookup-refused",
    );
    expect(receiverFault(["rfc3463.X.3.0"])).toBeNull();
  });

  it("never tells the sender to wait", () => {
    for (const f of RECEIVER_FAULTS)
      expect(`${f.step.title} ${f.step.detail}`).not.toMatch(/try again later|wait (?:for|a)/i);
  });
});

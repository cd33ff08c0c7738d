import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { reportInputFromPayload } from "@/lib/report/from-payload";
import { reportMarkdown, reportText } from "@/lib/report/report";
import { sharedView } from "@/lib/report/shared-view";
import { decodeShareFragment, encodeShareFragment } from "./encode";
import { OLD_LINK_UNKNOWN_550 } from "./old-links";
import { makeSharePayload, PAYLOAD_LIMITS, uncheckedOf } from "./payload";
import { describePayload } from "./redact";

// The wizard's IP check timed out (or the user skipped it); the result page said "203.0.113.8
// could not be checked", but the link carried only the checks that finished, so IT opened a
// report that read as if the check had never been needed, or had passed.
const TEXT =
  "554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using zen.spamhaus.org";
const TIMED_OUT = "The check timed out.";

describe("checks that could not run, in a result link", () => {
  it("are taken from the wizard's failed checks, not its finished ones or its content review", () => {
    expect(
      uncheckedOf({
        "ip:203.0.113.8": { status: "failed", error: TIMED_OUT },
        "domain:example.org": { status: "done" },
        "recipient-domain:example.net": { status: "failed", error: "Skipped by the user." },
        "content:bounce-copy": { status: "failed", error: "Skipped by the user." },
        "domain:pending.example": { status: "pending" },
      }),
    ).toEqual([
      { id: "ip:203.0.113.8", reason: TIMED_OUT },
      { id: "recipient-domain:example.net", reason: "Skipped by the user." },
    ]);
  });

  it("stay within the link's bounds: a long reason is cut, an id a link cannot hold is left out", () => {
    const [long] = uncheckedOf({ "ip:192.0.2.1": { status: "failed", error: "x".repeat(5000) } });
    expect(long?.reason.length).toBe(PAYLOAD_LIMITS.reasonChars);
    expect(uncheckedOf({ [`domain:${"a".repeat(400)}.test`]: { status: "failed" } })).toEqual([]);
    expect(uncheckedOf({ "ip:192.0.2.1": { status: "failed" } })[0]?.reason).toBe(
      "The check could not run.",
    );
  });

  it("travel in the link, and the shared view, preview and report say so", async () => {
    const payload = makeSharePayload({
      text: TEXT,
      unchecked: uncheckedOf({ "ip:203.0.113.8": { status: "failed", error: TIMED_OUT } }),
      conclusion: [{ cause: "ip-blocklisted", confidence: 0.82 }],
    });
    const decoded = decodeShareFragment(encodeShareFragment(payload));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.payload.unchecked).toEqual([{ id: "ip:203.0.113.8", reason: TIMED_OUT }]);

    const diagnosis = await diagnose(TEXT);
    const view = sharedView(decoded.payload, diagnosis);
    expect(view.unchecked).toEqual([{ subject: "203.0.113.8", kind: "ip", reason: TIMED_OUT }]);
    // The rules read it as the wizard did: a check that failed, not one that never ran.
    expect(view.facts.checks["ip:203.0.113.8"]?.status).toBe("failed");

    const input = reportInputFromPayload(decoded.payload, diagnosis);
    const md = reportMarkdown(input);
    expect(md).toContain("### Checks that could not run");
    expect(md).toContain(
      "`203.0.113.8` (IP check, could not check: the check timed out; nothing is known of it, good or bad)",
    );
    const plain = reportText(input);
    expect(plain).toContain("Checks that could not run:");
    expect(plain).toContain("could not check: the check timed out");
    expect(describePayload(decoded.payload)).toContain(
      "ip:203.0.113.8: could not check (The check timed out.)",
    );
  });

  it("a link without any (made before, or with every check finished) carries no field", async () => {
    expect(makeSharePayload({ text: TEXT, unchecked: [] })).not.toHaveProperty("unchecked");
    const old = decodeShareFragment(OLD_LINK_UNKNOWN_550);
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    expect(old.payload.unchecked).toBeUndefined();
    const view = sharedView(old.payload, await diagnose(old.payload.text));
    expect(view.unchecked).toEqual([]);
    expect(
      reportMarkdown(reportInputFromPayload(old.payload, await diagnose(old.payload.text))),
    ).not.toContain("could not run");
  });
});

// Exim's "Unrouteable address" names no cause on its own: at a domain the reporting Exim
// handles itself it is an unknown user, elsewhere usually a domain that does not resolve. The
// recipient-domain context (Signature.recipientDomain) tells the two apart in a bounce.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import type { Signature } from "@/lib/knowledge/signatures/types";
import { classify } from "./classify";
import { contextFits, type MatchFacts } from "./matcher";

function eximBounce(reportingMta: string, rcpt: string): string {
  return [
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>",
    "Subject: Mail delivery failed: returning message to sender",
    "Content-Type: multipart/report; report-type=delivery-status; boundary=B",
    "MIME-Version: 1.0",
    "",
    "--B",
    "Content-type: text/plain; charset=us-ascii",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    `  ${rcpt}`,
    "    Unrouteable address",
    "",
    "--B",
    "Content-type: message/delivery-status",
    "",
    `Reporting-MTA: dns; ${reportingMta}`,
    "",
    "Action: failed",
    `Final-Recipient: rfc822;${rcpt}`,
    "Status: 5.0.0",
    "",
    "--B--",
    "",
  ].join("\n");
}

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("recipient domain context", () => {
  const sig = (recipientDomain: Signature["recipientDomain"]): Signature => ({
    id: "test",
    provider: "exim",
    match: ["x"],
    recipientDomain,
    cause: "recipient-unknown",
    confidence: 1,
    source: "https://example.org/",
    example: "x",
  });
  const facts = (recipientLocal: boolean | null): MatchFacts => ({
    status: null,
    reply: null,
    command: null,
    rhost: null,
    writers: new Set(),
    recipientLocal,
  });

  it("fits 'local' only when the recipient's domain is known to be the reporting MTA's", () => {
    expect(contextFits(sig("local"), facts(true))).toBe(true);
    expect(contextFits(sig("local"), facts(false))).toBe(false);
    expect(contextFits(sig("local"), facts(null))).toBe(false);
    expect(contextFits(sig("not-local"), facts(true))).toBe(false);
    expect(contextFits(sig("not-local"), facts(false))).toBe(true);
    expect(contextFits(sig("not-local"), facts(null))).toBe(true);
  });

  it("reads Exim's Unrouteable address at its own domain as an unknown user", async () => {
    expect(await causeOf(eximBounce("mx.example.org", "nosuch@example.org"))).toBe(
      "recipient-unknown",
    );
  });

  it("reads it for another domain as a recipient domain that cannot be found", async () => {
    expect(await causeOf(eximBounce("mx.example.org", "someone@nx.example.net"))).toBe(
      "recipient-domain-invalid",
    );
    // A sibling name under the same parent is not the reporting server's own domain.
    expect(await causeOf(eximBounce("mx.example.org", "someone@nx.example.org"))).toBe(
      "recipient-domain-invalid",
    );
  });
});

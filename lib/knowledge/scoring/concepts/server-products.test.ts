// The mail-server product knowledge added from their own pages and sources (server-products.ts,
// signatures/exchange-server.ts, signatures/mailenable.ts and two possibility wordings), read
// through the whole pipeline: in the reports that carry them, and not where they are absent.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

/** An Exchange 2003 report as Microsoft's KB284204 shows one, with `reason` as its reason line. */
const exchange2003 = (reason: string, code: string) =>
  [
    "Your message did not reach some or all of the intended recipients.",
    "",
    "      Subject:  Original Message",
    "      Sent: 7/11/2001 9:20 AM",
    "",
    "The following recipient(s) could not be reached:",
    "",
    "      user@nwtraders.com on 7/11/2001 9:20 AM",
    `            ${reason}`,
    `            <server.nwtraders.com #${code}>`,
  ].join("\n");

describe("older Exchange Server reports", () => {
  it.each([
    ["The recipient name is not recognized.", "5.1.1", "recipient-unknown"],
    ["You do not have permission to send to this recipient.", "5.7.1", "sender-policy"],
  ])("reads the reason line %s", async (reason, code, cause) => {
    expect((await reading(exchange2003(reason, code))).cause).toBe(cause);
  });

  it("names no cause for an ambiguous recipient, and ranks the receiver's directory first", async () => {
    const r = await reading("The recipient name is ambiguous.");
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["remote-server-error", "recipient-unknown"]);
  });

  it("leaves both of the size-or-storage report's reasons open", async () => {
    const r = await reading(
      "Either the message size exceeds the maximum allowed for the recipient or transport, or you have exceeded the storage limit on your mailbox.",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2).sort()).toEqual(["mailbox-full", "message-too-large"]);
  });
});

describe("MailEnable", () => {
  it("reads a local domain's address that no mailbox holds as an unknown recipient", async () => {
    const text =
      "550 Domain for ([SMTP:bob@example.com]) is locally serviced, but recipient is not defined in address map";
    expect((await reading(text)).cause).toBe("recipient-unknown");
  });
});

describe("MTA-STS failures", () => {
  it("reads maddy's and Stalwart's words as the TLS the recipient's policy requires", async () => {
    for (const text of [
      "550 5.7.0 Failed to establish the MX record authenticity (MTA-STS)",
      "MTA-STS auth failed: Policy not found.",
      "MTA-STS is required and no policy was found.",
    ])
      expect((await reading(text)).cause, text).toBe("tls-required");
  });

  it("does not fire on a TLS report's words", () => {
    expect(
      ids(
        '{"policy": {"policy-type": "sts", "policy-domain": "example.com"}, "mta-sts failed sessions": 2}',
      ),
    ).not.toContain("concept.mta-sts-failed");
  });
});

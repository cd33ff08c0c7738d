import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";
import { withoutRepeatedGroups } from "./repeated-groups";
import type { RecipientReport } from "./types";

function report(over: Partial<RecipientReport>): RecipientReport {
  return {
    address: "joem@example.com",
    action: "failed",
    replyCode: null,
    status: "5.1.1",
    diagnostic: null,
    remoteMta: null,
    smtpCommand: null,
    spans: {},
    ...over,
  };
}

describe("withoutRepeatedGroups", () => {
  it("keeps one of groups that repeat each other field for field", () => {
    const first = report({ spans: { address: { start: 10, end: 26 } } });
    const out = withoutRepeatedGroups([first, report({}), report({})]);
    expect(out).toEqual([first]);
  });

  it("keeps groups for one address that differ, and reports without an address", () => {
    const a = report({});
    const b = report({ status: "5.2.2", diagnostic: "552 5.2.2 Mailbox full" });
    const none1 = report({ address: null });
    const none2 = report({ address: null });
    expect(withoutRepeatedGroups([a, b, none1, none2])).toEqual([a, b, none1, none2]);
  });
});

// The shape of flufl.bounce's dsn_11.txt (Sendmail breaking an aliasing loop): one address,
// the same per-recipient group written three times.
const REPEATED = [
  "From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>",
  "To: <list-bounces@example.org>",
  "Subject: Returned mail: User unknown",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  "",
  "--B",
  "",
  "   ----- The following addresses had permanent fatal errors -----",
  "<joem@example.com>",
  "",
  "   ----- Transcript of session follows -----",
  "554 joem@example.com... aliasing/forwarding loop broken (11 aliases deep; 10 max)",
  "",
  "--B",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; example.com",
  "",
  ...Array.from({ length: 3 }, () => [
    "Final-Recipient: RFC822; <joem@example.com>",
    "Action: failed",
    "Status: 5.1.1",
    "",
  ]).flat(),
  "--B--",
  "",
].join("\n");

describe("parseBounce on repeated DSN groups", () => {
  it("names the address once", async () => {
    const parsed = await parseBounce(REPEATED);
    expect(parsed.recipients.map((r) => r.address)).toEqual(["joem@example.com"]);
  });
});

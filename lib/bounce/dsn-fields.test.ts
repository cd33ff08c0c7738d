import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { foldedDsnField } from "@/lib/testing/hostile-shapes";
import {
  dsnAddress,
  MAX_FIELD_VALUE_CHARS,
  parseDeliveryStatus,
  stripTypePrefix,
} from "./dsn-fields";

// Ten times the largest request body (1 MB): a quadratic step takes minutes here, a linear one
// well under the budget even on a busy two-core machine.
const TEN_TIMES = 10_000_000;
const BUDGET_MS = 3_000;

describe("parseDeliveryStatus", () => {
  it("unfolds continuation lines as before: one space between the trimmed pieces", () => {
    const text = "Diagnostic-Code: smtp;\n  550 5.1.1\n\tuser   unknown  \nStatus: 5.1.1\n";
    const { perMessage } = parseDeliveryStatus(text);
    expect(perMessage.get("diagnostic-code")?.value).toBe("smtp; 550 5.1.1 user   unknown");
    const empty = parseDeliveryStatus("X-Note:\n  folded\n");
    expect(empty.perMessage.get("x-note")?.value).toBe("folded");
  });

  it("reads a field folded over millions of lines in linear time, its value capped", () => {
    const text = foldedDsnField(TEN_TIMES);
    const started = performance.now();
    const { perRecipient } = parseDeliveryStatus(text);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    const code = perRecipient[0]?.get("diagnostic-code");
    expect(code?.value.startsWith("smtp; 550 5.1.1 user unknown x x")).toBe(true);
    expect(code?.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE_CHARS);
    // The span still covers the whole folded field.
    expect(code!.span.end).toBeGreaterThan(TEN_TIMES * 0.9);
  });
});

describe("dsnAddress", () => {
  it("reads an rfc822 address with or without brackets and a source route", () => {
    expect(dsnAddress("rfc822; user@example.org")).toEqual({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
    expect(dsnAddress("rfc822;<user@example.org>")).toMatchObject({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
    expect(dsnAddress("rfc822;@relay.example.net:user@mailhost")).toMatchObject({
      address: "user@mailhost",
      usable: false,
    });
  });

  it("calls an X.400 name, an empty system address or a dotless route name unusable", () => {
    expect(dsnAddress("x400; /S=user/O=example/ADMD= /C=GB/").usable).toBe(false);
    expect(dsnAddress("system;<>")).toMatchObject({ address: "", usable: false });
    expect(dsnAddress("rfc822;user@internal-daemon").usable).toBe(false);
    expect(dsnAddress("rfc822;user@[192.0.2.1]").usable).toBe(true);
  });

  it("reads a type written with punctuation inside (Mimecast's rfc/822) as that type", () => {
    expect(dsnAddress("rfc/822;user@example.org")).toEqual({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
  });
});

describe("stripTypePrefix", () => {
  it("drops a writer's own diagnostic type, however long, with an underscore", () => {
    expect(stripTypePrefix("X-Outbound-Mail-Relay; Host or domain name not found").value).toBe(
      "Host or domain name not found",
    );
    expect(stripTypePrefix("X-mPOP-Fallback_MX; connect to mx.example: timed out").value).toBe(
      "connect to mx.example: timed out",
    );
    expect(stripTypePrefix("smtp;550 5.1.1 unknown").value).toBe("550 5.1.1 unknown");
  });

  it("keeps words that only look like a type: a status, a dotted code, words with blanks", () => {
    for (const words of [
      "5.1.1; user unknown",
      "RESOLVER.ADR.RecipNotFound; not found",
      "550 5.1.1 user unknown; see the help page",
    ])
      expect(stripTypePrefix(words).value).toBe(words);
  });
});

describe("supplementary info read as the diagnostic", () => {
  // RFC 2156 (MIXER) section 5.3.8, example delivery report 2: an X.400 gateway's report.
  const MIXER_REPORT_2 = [
    "Reporting-MTA: x400; /PRMD=DGC/ADMD=GOLD 400/C=GB/",
    "Arrival-Date: Thu, 7 Feb 1991 15:48:40 +0000",
    "DSN-Gateway: dns;  bells.cs.ucl.ac.uk",
    "",
    "Original-Recipient: rfc822; j.nosuchuser@dle.cambridge.DGC.gold-400.gb",
    "Final-Recipient: x400;",
    "  /I=j/S=nosuchuser/OU=dle/O=cambridge/PRMD=DGC/ADMD=GOLD 400/C=GB/",
    "Action: failure",
    "Status: 5.1.1",
    "Diagnostic-Code: x400; Reason 1 (Unable-To-Transfer);",
    "    Diagnostic 0 (Unrecognised-ORName)",
    'X400-Supplementary-Info: "DG 21187: (CEO POA) Unknown addressee."',
    "X400-Originally-Specified-Recipient-Number: 1",
    "",
  ].join("\n");

  // Exchange's report as rgl/MailBounceDetector's README quotes it (PTPEDGE02, a Gmail refusal).
  const EXCHANGE_REPORT = [
    "Reporting-MTA: dns; PTPEDGE02.test.local",
    "",
    "Final-recipient: RFC822;",
    " email_that_does_not_exists_this_is_just_a_test@gmail.com",
    "Action: failed",
    "Status: 5.1.1",
    "Remote-MTA: dns; mx.google.com",
    "X-Supplementary-Info: <mx.google.com #5.1.1 smtp;550-5.1.1 The email account",
    " that you tried to reach does not exist.Please try 550-5.1.1 double-checking",
    " the recipient's email address for typos or 550-5.1.1 unnecessary spaces.",
    " Learn more at 550 5.1.1  https://support.google.com/mail/answer/6596",
    " om11si19081667wic.29 - gsmtp>",
    "",
  ].join("\n");

  it("reads an X.400 gateway's supplementary info in place of its X.400 codes", () => {
    const g = parseDeliveryStatus(MIXER_REPORT_2).perRecipient[0]!;
    const diag = g.get("diagnostic-code")!;
    expect(diag.value).toBe("DG 21187: (CEO POA) Unknown addressee.");
    // The span is the supplementary field's, where the words are.
    expect(MIXER_REPORT_2.slice(diag.span.start, diag.span.end)).toContain("Unknown addressee");
  });

  it("lets the gateway's words, not only its Status, give the reason for the whole report", async () => {
    const report = `From: UCL-CS MTA <postmaster@cs.ucl.ac.uk>\nSubject: Delivery Report (failure) for j.nosuchuser@dle.cambridge.DGC.gold-400.gb\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n    boundary=boundary-1\n\n--boundary-1\n\nThe Original Message is not available\n\n--boundary-1\ncontent-type: message/delivery-status\n\n${MIXER_REPORT_2}\n--boundary-1--\n`;
    const r = (await diagnose(report)).recipients[0]!;
    expect(r.cause).toBe("recipient-unknown");
    // Before, only the Status (rfc3463.X.1.1) spoke: the words were the X.400 codes.
    expect(r.evidence.some((e) => !e.ruleId.startsWith("rfc3463."))).toBe(true);
  });

  it("reads the supplementary info where the X.400 codes come without their type", async () => {
    // The per-recipient group of BT's X.400 gateway as flufl.bounce tests/data/dsn_09.txt has it
    // (addresses and the IP our own): the Diagnostic-Code holds RFC 2156's reason codes with no
    // "x400;" before them, the refusal is in the supplementary info.
    const group = [
      "Reporting-MTA: x400; mta c2bapps1-hme1 in /ADMD= /C=WW/",
      "",
      "Original-Recipient: rfc822;pr@example.org",
      "Final-Recipient: rfc822;pr@example.org",
      "Action: failed",
      "Diagnostic-Code: Reason 1 (Unable-To-Transfer); Diagnostic -1 (Unknown)",
      "Status: 5.0.0",
      `X400-Supplementary-Info: "MTA '192.0.2.133' gives error message 5.7.1 Unable to relay for pr(a)example.org"`,
      "",
    ].join("\n");
    const diag = parseDeliveryStatus(group).perRecipient[0]!.get("diagnostic-code")!;
    expect(diag.value).toBe(
      "MTA '192.0.2.133' gives error message 5.7.1 Unable to relay for pr(a)example.org",
    );
    const report = `From: postmaster@example.net\nSubject: Delivery Report (failure) for pr@example.org\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n    boundary=b1\n\n--b1\n\nYour message was not delivered.\n\n--b1\ncontent-type: message/delivery-status\n\n${group}\n--b1--\n`;
    expect((await diagnose(report)).recipients[0]!.cause).toBe("relay-denied");
  });

  it("keeps a Diagnostic-Code whose words only start like a reason", () => {
    const g = parseDeliveryStatus(
      'Final-Recipient: rfc822; a@example.com\nAction: failed\nDiagnostic-Code: smtp; Reason: mailbox full\nX400-Supplementary-Info: "other words"\n',
    ).perRecipient[0]!;
    expect(g.get("diagnostic-code")!.value).toContain("mailbox full");
  });

  it("reads Exchange's supplementary info where it writes no Diagnostic-Code", () => {
    const g = parseDeliveryStatus(EXCHANGE_REPORT).perRecipient[0]!;
    const value = g.get("diagnostic-code")?.value ?? "";
    expect(value.startsWith("smtp;550-5.1.1 The email account that you tried")).toBe(true);
    expect(value.endsWith("om11si19081667wic.29 - gsmtp")).toBe(true);
  });

  it("keeps a Diagnostic-Code that holds a reply, and supplementary info without words", () => {
    const withReply = `Final-Recipient: rfc822; a@example.com\nAction: failed\nDiagnostic-Code: smtp; 550 5.1.1 unknown\nX-Supplementary-Info: <mx.example.com #5.1.1 other words>\n`;
    expect(parseDeliveryStatus(withReply).perRecipient[0]!.get("diagnostic-code")?.value).toBe(
      "smtp; 550 5.1.1 unknown",
    );
    // A delivered recipient's "< #2.0.0>" (an Exchange relay's report) says nothing.
    const bare =
      "Final-recipient: RFC822; info@example.com\nAction: delivered\nStatus: 5.4.0\nX-Supplementary-Info: < #2.0.0>\n";
    expect(parseDeliveryStatus(bare).perRecipient[0]!.has("diagnostic-code")).toBe(false);
  });
});

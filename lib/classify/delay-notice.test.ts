// Delay notices (every recipient "Action: delayed", or a writer's "will retry" wording) are read
// by the reason they give, with the delay as a note beside the cause; a notice with no reason is
// not-a-bounce; a report whose words say the MTA gave up stays a bounce. Real lab output
// (lib/knowledge/lab/fixtures) through the whole pipeline.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { DELAY_NOTICE_RULE } from "@/lib/diagnosis/rule-ids";

const fixture = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url)));

const latin1 = (file: string) =>
  readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url), "latin1");

/** Gmail's "Delivery incomplete" notice (lib/bounce/mta-formats.ts DELAY_NOTICE_WORDINGS). */
const gmailDelay = (response: string) => `Delivery incomplete

There was a temporary problem delivering your message to jane@example.net. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
${response}
`;

/** A delivery-status report from one reporting MTA with these per-recipient groups. */
function deliveryStatus(...groups: string[]): string {
  return `Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

${groups.join("\n\n")}

--B--
`;
}

describe("delay notices with a reason", () => {
  it("headlines the reason Postfix's delay warning gives, the delay a note beside it", async () => {
    const bytes = fixture("postfix/delay-warning.eml");
    const until = /^Will-Retry-Until: (.+)$/m.exec(new TextDecoder().decode(bytes))?.[1];
    expect(until).toMatch(/^\w{3}, /);
    const d = await diagnose(bytes);
    const r = d.recipients[0];
    expect(r?.cause).toBe("remote-unreachable");
    expect(r?.confidence).toBeGreaterThan(0.5);
    // The reason's own evidence, located in the text; the notice is not evidence for the cause.
    expect(r?.evidence.length).toBeGreaterThan(0);
    expect(r?.evidence.some((e) => e.spans.length > 0)).toBe(true);
    expect(r?.evidence.map((e) => e.ruleId)).not.toContain(DELAY_NOTICE_RULE);
    expect(r?.delayNotice?.until).toBe(until?.replace(/\s+/g, " ").trim());
    expect(r?.delayNotice?.note).toMatch(/^Not a failure yet/);
    expect(r?.delayNotice?.note).toContain(`will keep trying until ${r?.delayNotice?.until}`);
    expect(r?.delayNotice?.note).toContain("you will get a bounce");
    expect(d.overall.cause).toBe("remote-unreachable");
    expect(d.overall.delayNotice).toEqual(r?.delayNotice);
  });

  it("reads Dovecot's quota deferral, delayed by Postfix, as a full mailbox", async () => {
    const r = (await diagnose(fixture("dovecot/quota-delay-warning.eml"))).recipients[0];
    expect(r?.cause).toBe("mailbox-full");
    expect(r?.delayNotice).toBeDefined();
  });

  it("reads a writer's 'Delivery incomplete' notice by the response it quotes", async () => {
    const d = await diagnose(
      gmailDelay(
        "550 5.7.1 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.",
      ),
    );
    const r = d.recipients[0];
    expect(r?.recipient.action).toBe("delayed");
    expect(r?.cause).toBe("bad-reputation");
    expect(r?.delayNotice?.note).toContain("until its retry period ends");
  });

  it("gives no delay note to a bounce", async () => {
    const text = latin1("postfix/delay-warning.eml").replace(
      /^Action: delayed$/m,
      "Action: failed",
    );
    const r = (await diagnose(new TextEncoder().encode(text))).recipients[0];
    expect(r?.cause).toBe("remote-unreachable");
    expect(r?.delayNotice).toBeUndefined();
  });
});

describe("delay notices with no reason", () => {
  it("keeps Exim's warning, which names no reason, not-a-bounce with the notice", async () => {
    const r = (await diagnose(fixture("exim/delay-warning.eml"))).recipients[0];
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.evidence.map((e) => e.ruleId)).toEqual([DELAY_NOTICE_RULE]);
    expect(r?.delayNotice?.note).toContain("until its retry period ends");
    // The page and the CLI show these words in place of "nothing bounced".
    expect(r?.explanation).toBe(`${r?.delayNotice?.note} It gives no reason for the delay.`);
  });

  it("does not take the notice's own 'has been delayed' for a reason", async () => {
    const text = `This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     jane@example.net

Message will be retried for 2 more day(s)
`;
    const r = (await diagnose(text)).recipients[0];
    expect(r?.recipient.action).toBe("delayed");
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.delayNotice).toBeDefined();
  });

  it("quotes a server reply the tables do not read, whose status has no subject (X.0.0)", async () => {
    const r = (await diagnose(gmailDelay("450 4.0.0 Zorblax quibbled the frobnicator")))
      .recipients[0];
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.explanation).toContain('answered "450 4.0.0 Zorblax quibbled the frobnicator"');
  });
});

// Review 31 finding 1: a delay whose reply the tables do not read was "not a failure, nothing to
// do" although its status said what kind of trouble it was; the mistyped domain behind it went
// unchecked.
describe("delay notices whose reason is given but not read", () => {
  const delayed = (status: string, diagnostic: string) =>
    deliveryStatus(`Final-Recipient: rfc822; jane@example.net
Action: delayed
Status: ${status}
Diagnostic-Code: smtp; ${diagnostic}`);

  it("ranks the causes a status's subject names, not sure which, the delay a note beside them", async () => {
    // RFC 3463 section 3.5: X.4.X "Network and Routing Status".
    const d = await diagnose(delayed("4.4.0", "421 4.4.0 Zorblax quibbled the frobnicator"));
    const r = d.recipients[0];
    expect(r?.cause).toBe("unknown");
    expect(r?.possible?.map((p) => p.cause)).toEqual(
      expect.arrayContaining(["remote-unreachable", "recipient-domain-invalid"]),
    );
    expect(r?.delayNotice?.ruleId).toBe(DELAY_NOTICE_RULE);
  });

  it("reads the same for a mail-system status the tables do not read (4.3.2)", async () => {
    const r = (await diagnose(gmailDelay("450 4.3.2 Zorblax quibbled the frobnicator")))
      .recipients[0];
    expect(r?.cause).toBe("unknown");
    expect(r?.possible?.map((p) => p.cause)).toContain("remote-server-error");
    expect(r?.delayNotice).toBeDefined();
  });

  it("reads Momentum's own 'no MXs for this domain could be reached' as an unreachable server", async () => {
    // The Momentum 4 reference's Message Responses table (lib/knowledge/providers/momentum.ts).
    const d = await diagnose(
      delayed("4.4.0", "421 4.4.0 [internal] no MXs for this domain could be reached at this time"),
    );
    const r = d.recipients[0];
    expect(r?.cause).toBe("remote-unreachable");
    expect(r?.evidence.map((e) => e.ruleId)).toContain("momentum.no-mxs-could-be-reached");
    expect(r?.delayNotice?.ruleId).toBe(DELAY_NOTICE_RULE);
  });
});

describe("reports that are not delay notices", () => {
  it("keeps OpenSMTPD 6.8's expiry report a bounce although it says Action: delayed", async () => {
    const r = (await diagnose(fixture("opensmtpd/bounce-unreachable.eml"))).recipients[0];
    expect(r?.recipient.action).toBe("delayed");
    expect(r?.cause).toBe("remote-unreachable");
    expect(r?.delayNotice).toBeUndefined();
  });

  it("does not call a report with a failed recipient a delay notice", async () => {
    const text = latin1("postfix/delay-warning.eml").replace(
      /^Action: delayed$/m,
      "Action: delayed\n\nFinal-Recipient: rfc822; other@unreachable.mta-lab.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    );
    const d = await diagnose(new TextEncoder().encode(text));
    expect(d.recipients.map((r) => r.recipient.action)).toEqual(["delayed", "failed"]);
    expect(d.recipients.map((r) => r.delayNotice)).toEqual([undefined, undefined]);
    expect(d.recipients[1]?.cause).toBe("recipient-unknown");
  });

  it("names no cause for a delayed recipient whose report gives no reason", async () => {
    // RFC 3464 section 2.3.3: "delayed" only says delivery has not yet succeeded. Beside a
    // failed recipient it is no delay notice, and a delay is no reason: not settled.
    const text = deliveryStatus(
      `Final-Recipient: rfc822; jane@example.net
Action: delayed
Status: 4.0.0`,
      `Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table`,
    );
    const d = await diagnose(text);
    expect(d.recipients.map((r) => r.recipient.action)).toEqual(["delayed", "failed"]);
    expect(d.recipients[0]?.cause).toBe("unknown");
    expect(d.recipients[0]?.possible?.map((p) => p.cause)).toContain("remote-unreachable");
    expect(d.recipients[1]?.cause).toBe("recipient-unknown");
  });

  it("reads the reason a delayed recipient's Status comment gives", async () => {
    // The layout of sisimai/set-of-emails rfc3464-35.eml: no Diagnostic-Code, the reason in
    // the Status field's comment.
    const text = deliveryStatus(
      `Final-Recipient: rfc822;jane@example.net
Action: delayed
Status: 4.0.0 (example.net: host name lookup failure)`,
      `Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 user unknown`,
    );
    const d = await diagnose(text);
    expect(d.recipients[0]?.cause).toBe("remote-unreachable");
    expect(d.recipients[0]?.evidence.map((e) => e.ruleId)).not.toContain("dsn.action.delayed");
    // Without the comment the same recipient names no cause.
    const bare = await diagnose(text.replace(" (example.net: host name lookup failure)", ""));
    expect(bare.recipients[0]?.cause).toBe("unknown");
  });
});

describe("whole-text summary lines", () => {
  // Sendmail's "Warning: message still undelivered after 4 hours" stands outside any
  // recipient's words: the bounce's whole text is read for it, in any case and line breaks. In
  // a delay notice it only restates the delay, so the report is read here as a bounce.
  const text = latin1("sendmail/delay-warning.eml").replace(/^Action: delayed$/m, "Action: failed");
  const ruleIds = async (t: string) =>
    (await diagnose(t)).recipients.flatMap((r) => r.evidence.map((e) => e.ruleId));
  it("finds Sendmail's queue warning in the whole text, however it is cased or broken", async () => {
    expect(text).toMatch(/still undelivered after/);
    expect(await ruleIds(text)).toContain("sendmail.queue-warning");
    const shouted = text.replace(/still undelivered after/, "STILL\n\tUndelivered   AFTER");
    expect(await ruleIds(shouted)).toContain("sendmail.queue-warning");
    const gone = text.replace(/still undelivered after/, "still not delivered after");
    expect(await ruleIds(gone)).not.toContain("sendmail.queue-warning");
  });

  it("does not count Sendmail's queue warning as the reason for a delay", async () => {
    const r = (await diagnose(latin1("sendmail/delay-warning.eml"))).recipients[0];
    expect(r?.delayNotice).toBeDefined();
    expect(r?.evidence.map((e) => e.ruleId)).not.toContain("sendmail.queue-warning");
  });
});

// freeCodeCamp/guide#1844: cPanel's Exim telling the sender that it deferred the message itself,
// as the domain had passed its hourly limit (names replaced).
const EXIM_DEFERRED = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  ann@example.com
    Domain example.org has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later
`;

describe("Exim's notice of deferred addresses (review 30, finding 4)", () => {
  it("is a delay notice that gives its reason: the host's hourly limit", async () => {
    const d = await diagnose(EXIM_DEFERRED);
    const r = d.recipients[0];
    expect(r?.cause).toBe("rate-limited");
    expect(r?.delayNotice?.ruleId).toBe(DELAY_NOTICE_RULE);
  });

  it("its permanent form is no delay notice", async () => {
    const d = await diagnose(
      EXIM_DEFERRED.replace(
        "This is a temporary error. The following address(es) deferred:",
        "This is a permanent error. The following address(es) failed:",
      ).replace("Message will be reattempted later", "Message discarded."),
    );
    expect(d.recipients[0]?.delayNotice ?? null).toBeNull();
    expect(d.overall.delayNotice ?? null).toBeNull();
  });
});

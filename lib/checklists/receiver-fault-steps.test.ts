// A remote-server-error that is a lasting setting on the receiving side (a blocklist lookup the
// list refuses, a mail loop, an ambiguous directory name) is worded as that fault, and its first
// step is to tell the recipient's side now, not "try again later" (review 29, finding 7). The
// inputs have the shape of the real ones the review collected (simple-login/app#2675, a Postfix
// DSN of ronbeltran/bounce_email, a Domino report); names and addresses are example ones.
import { describe, expect, it } from "vitest";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { CAUSES } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";

async function sectionOf(text: string) {
  const diagnosis = await diagnose(text);
  const held = diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  const list = buildChecklist(makeFacts({ diagnosis }), [{ cause: held, confidence: 0.9 }]);
  return { held, diagnosis, section: list.causes[0]! };
}

const OPEN_RESOLVER =
  "NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/198.51.100.9/";

const LOOPS_BACK = `From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<info@mail.example.com>: mail for mail.example.com loops back to myself

--B1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; info@mail.example.com
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Postfix; mail for mail.example.com loops back to myself

--B1--
`;

const DOMINO =
  "Diagnostic-Code: X-Notes; Recipient user name info (info@example.com) not unique.  Several matches found in Domino Directory.";

describe("lasting faults on the receiving side", () => {
  it.each([
    [OPEN_RESOLVER, "receiver-fault.blocklist-lookup-refused"],
    [LOOPS_BACK, "receiver-fault.mail-loop"],
    [DOMINO, "receiver-fault.ambiguous-recipient"],
  ])("words the fault and leads with telling the recipient's side: %#", async (text, step) => {
    const { held, diagnosis, section } = await sectionOf(text);
    expect(held).toBe("remote-server-error");
    const info = causeInfoFor(held, diagnosis.parsed, evidenceRuleIds(diagnosis));
    expect(info).not.toBe(CAUSES["remote-server-error"]);
    expect(section.title).toBe(info.title);
    const ids = section.items.map((i) => i.id);
    expect(ids[0]).toBe(step);
    expect(ids).not.toContain("remote-server-error.retry");
    expect(ids).not.toContain("remote-server-error.tell");
  });

  it("keeps the internal failure's words and retry where the server reports a passing fault", async () => {
    const { held, diagnosis, section } = await sectionOf(
      "451 4.3.0 <bob@example.com>: Temporary lookup failure",
    );
    expect(held).toBe("remote-server-error");
    expect(causeInfoFor(held, diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      CAUSES["remote-server-error"],
    );
    expect(section.items.map((i) => i.id)).toContain("remote-server-error.retry");
  });
});

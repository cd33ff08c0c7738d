// Delay notices (every recipient "Action: delayed") are not bounces; the reason they give is a
// second note; a report whose words say the MTA gave up stays a bounce. Real lab output
// (lib/knowledge/lab/fixtures) through the whole pipeline.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

const fixture = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url)));

describe("delay notices", () => {
  it("reads Postfix's delay warning as not a bounce, with the retry date and the reason", async () => {
    const bytes = fixture("postfix/delay-warning.eml");
    const until = /^Will-Retry-Until: (.+)$/m.exec(new TextDecoder().decode(bytes))?.[1];
    expect(until).toMatch(/^\w{3}, /);
    const r = (await diagnose(bytes)).recipients[0];
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.evidence[0]?.note).toContain(`will keep trying until ${until?.replace(/\s+/g, " ")}`);
    expect(r?.evidence[0]?.note).toContain("Nothing was lost yet");
    expect(r?.evidence[1]?.note).toMatch(
      /^The reason given for the delay, if it lasts: .*unreachable/i,
    );
    // The page and the CLI show these words in place of "nothing bounced".
    expect(r?.explanation).toBe(`${r?.evidence[0]?.note} ${r?.evidence[1]?.note}`);
  });

  it("says the retry period when the report has no Will-Retry-Until (Exim)", async () => {
    const r = (await diagnose(fixture("exim/delay-warning.eml"))).recipients[0];
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.evidence[0]?.note).toContain("until its retry period ends");
  });

  it("keeps OpenSMTPD 6.8's expiry report a bounce although it says Action: delayed", async () => {
    const r = (await diagnose(fixture("opensmtpd/bounce-unreachable.eml"))).recipients[0];
    expect(r?.recipient.action).toBe("delayed");
    expect(r?.cause).toBe("remote-unreachable");
  });

  it("does not call a report with a failed recipient a delay notice", async () => {
    const text = readFileSync(
      new URL("../knowledge/lab/fixtures/postfix/delay-warning.eml", import.meta.url),
      "latin1",
    ).replace(
      /^Action: delayed$/m,
      "Action: delayed\n\nFinal-Recipient: rfc822; other@unreachable.mta-lab.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    );
    const d = await diagnose(new TextEncoder().encode(text));
    expect(d.recipients.map((r) => r.recipient.action)).toEqual(["delayed", "failed"]);
    expect(d.recipients[0]?.cause).not.toBe("not-a-bounce");
    expect(d.recipients[1]?.cause).toBe("recipient-unknown");
  });
});

describe("whole-text summary lines", () => {
  // Sendmail's "Warning: message still undelivered after 4 hours" stands outside any
  // recipient's words: the bounce's whole text is read for it, in any case and line breaks.
  const text = new TextDecoder().decode(fixture("sendmail/delay-warning.eml"));
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
});

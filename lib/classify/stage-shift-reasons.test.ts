// A stage shift does not override words that name the reason of a block (issue 8, honesty).
// The MAIL FROM shift (stage-shifts.ts, smtp.rejected-at-mail-from) reads a refusal at MAIL
// FROM as one of the sender address: right where the words only restate the refusal or name an
// address's fault, wrong where they say the refusal is a policy: the stage says whose address
// the words are about, not why a rule refused it (StageShift.keepReasons).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { STAGE_SHIFTS } from "@/lib/knowledge/scoring/stage-shifts";

async function causeOf(text: string): Promise<string> {
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
}

/** Postfix's line for a remote reply to MAIL FROM. */
function atMailFrom(reply: string, host = "mx.example.com[192.0.2.1]"): string {
  return `<bob@example.com>: host ${host} said: ${reply} (in reply to MAIL FROM command)`;
}

describe("the MAIL FROM shift and words that name the reason", () => {
  it("keeps sender-policy's reasons as data on the shift", () => {
    const mail = STAGE_SHIFTS.find((s) => s.id === "smtp.rejected-at-mail-from");
    expect(mail?.keepReasons).toEqual(["sender-policy"]);
  });

  it("reads a policy refusal at MAIL FROM as the site's policy, not a bad sender address", async () => {
    // A real RFC 3464 bounce: sisimai's set-of-emails, maildir/bsd/rfc3464-03.eml
    // (https://github.com/sisimai/set-of-emails), its Postfix-style line joined on one line.
    const text =
      "<kijitora@example.com>: host 192.0.2.2[192.0.2.2] said: 554 Mail from nekonyaan@example.net rejected for policy reasons. (in reply to MAIL FROM command)";
    expect(await causeOf(text)).toBe("sender-policy");
  });

  it.each([
    // The shift's own example (stage-shifts.ts): a domain the words name is the sender's here.
    [
      "553 5.1.8 <sender@example.net>: Sender address rejected: Domain not found",
      "sender-address-invalid",
    ],
    // A restatement with no reason of its own ("access denied", a hint) still shifts: real
    // output in sisimai's set-of-emails (maildir/bsd/lhost-postfix-54.eml), which Sisimai reads
    // as a refused sender ("rejected").
    ["550 5.7.1 Access denied", "sender-address-invalid"],
  ])("still shifts words that give no policy as their reason: %s", async (reply, cause) => {
    expect(await causeOf(atMailFrom(reply))).toBe(cause);
  });

  it.each([
    // https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (providers/microsoft.ts)
    [
      "550 SC-001 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      "bad-reputation",
    ],
    [
      "550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      "ip-blocklisted",
    ],
    [
      "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information, Spamhaus maintains lists of dynamic and residential IP addresses.",
      "ip-blocklisted",
    ],
    [
      "550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      "bad-reputation",
    ],
  ])("leaves Outlook.com's own codes at MAIL FROM to read as theirs: %s", async (reply, cause) => {
    expect(await causeOf(atMailFrom(reply))).toBe(cause);
    expect(
      await causeOf(atMailFrom(reply, "mx.example.olc.protection.outlook.com[104.47.1.1]")),
    ).toBe(cause);
  });
});

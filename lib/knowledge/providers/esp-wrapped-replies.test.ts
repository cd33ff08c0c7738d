// A sending service (ESP) reports a receiver's refusal inside its own words: SparkPost's timeout
// quotes the last temporary failure, a classification line sits before the receiver's reply,
// Postmark's inactive-recipient error and Mandrill's blacklist entry carry the bounce that put
// the address there. The receiver's words name the cause; the service's wrapper must not
// outvote them. Each service's part is quoted from the page its table cites (sparkpost.ts,
// postmark.ts, mandrill.ts, sendgrid.ts); the receivers' replies are the ones named beside them.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("the receiver's reply inside an ESP's wrapper decides", () => {
  it.each([
    // SparkPost's timeout (understanding-delays-bounces) around Gmail's over-quota deferral
    // (Google's "SMTP errors and codes" page, 452 4.2.2).
    [
      "554 5.4.7 [internal] message timeout (last transfail: 452 4.2.2 The email account that you tried to reach is over quota.)",
      "mailbox-full",
    ],
    // SparkPost's classification 51 names a blocklisting or a bad reputation; Postfix's
    // reject_rbl_client reply names the blocklist.
    [
      "51 Spam Block: The message was blocked by the receiver as coming from a known spam source. 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
      "ip-blocklisted",
    ],
    // The same classification around a content verdict.
    [
      "51 Spam Block: The message was blocked by the receiver as coming from a known spam source. 550 5.7.1 Our system has detected that this message is likely unsolicited mail.",
      "content-spam",
    ],
    // SparkPost's classification 52 (spam) where the receiver's reply says it found a virus.
    [
      "The message was blocked by the receiver as spam. 554 5.7.1 Message rejected: virus found",
      "content-virus",
    ],
    // Postmark's 406 (hard bounce, complaint or manual suppression) with the bounce that caused
    // it: Postfix's unknown virtual user.
    [
      "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: a@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression. 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      "recipient-unknown",
    ],
    // A Mandrill blacklist entry (rejects/list.json's fields) classed hard-bounce whose detail is
    // a full mailbox: the detail is what the receiver said.
    [
      '{"email":"a@example.com","reason":"hard-bounce","detail":"552 5.2.2 Mailbox full","created_at":"2013-01-01 15:30:27"}',
      "mailbox-full",
    ],
    // Elastic Email's AccountProblem (a full or an inactive mailbox) with the receiver's reply
    // naming a disabled account (Gmail's 550 5.2.1, Google's "SMTP errors and codes" page).
    [
      "AccountProblem: There is an issue with the recipient's mailbox, such as being full or inactive. 550 5.2.1 The email account that you tried to reach is disabled.",
      "mailbox-disabled",
    ],
    // Amazon SES's account-level suppression (a hard bounce or a complaint) with the bounce that
    // put the address there.
    [
      "Amazon SES did not send the message to this address because it is on the suppression list for your account. 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      "recipient-unknown",
    ],
    // SendGrid's drop reason beside the receiver's reply of the first bounce, a content refusal.
    [
      "Reason Bounced Address 550 5.7.1 Message rejected due to content restrictions",
      "content-spam",
    ],
  ])("%s is %s", async (text, cause) => {
    expect(await causeOf(text)).toBe(cause);
  });
});

describe("the ESP's own words alone", () => {
  it.each([
    [
      "554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)",
      "recipient-domain-invalid",
    ],
    ["Not delivering to previously bounced address", "recipient-unknown"],
    ["Not delivering to a user who marked your messages as spam", "not-a-bounce"],
    ['{"email":"a@example.com","status":"rejected","reject_reason":"unsigned"}', "relay-denied"],
  ])("%s is %s", async (text, cause) => {
    expect(await causeOf(text)).toBe(cause);
  });
});

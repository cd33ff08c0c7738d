// The steps follow who refused and what the refusal's own words already say (review 28,
// findings 5, 6, 15 and 16). Each input has the shape of a real bounce or reply the review
// collected (Mail-DeliveryStatus-BounceParser's and flufl.bounce's corpora, GitHub issue
// threads); addresses, hosts and IPs are replaced by example names.
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { answer, done, makeFacts } from "@/lib/rules/test-factories";
import type { Facts } from "@/lib/rules";
import { buildChecklist, buildConclusionChecklist } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";

async function stepsOf(
  text: string,
  cause?: CauseId,
  checks: Facts["checks"] = {},
  answers: Facts["answers"] = {},
) {
  const diagnosis = await diagnose(text);
  const held = cause ?? diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  const list = buildChecklist(makeFacts({ diagnosis, checks, answers }), [
    { cause: held, confidence: 0.9 },
  ]);
  return list.causes[0]?.items ?? [];
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

// Postfix's report of the recipient's MX refusing to relay (BounceParser rcpthosts.msg and
// relaying-denied.msg, the qmail and Sendmail wordings).
const RCPTHOSTS = `<john@example.com>: host mail.example.com[192.0.2.36] said: 553
    sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1) (in reply
    to RCPT TO command)`;
const RELAYING_DENIED = `<ann@example.com>: host mx.example.net[192.0.2.151] said: 550
    <ann@example.com>... Relaying denied (in reply to RCPT TO command)`;

// The whole Postfix DSN of rcpthosts.msg (names replaced): its DSN part gives the Remote-MTA,
// and the wrapped "(in reply to RCPT TO command)" is not read as the command.
const RCPTHOSTS_DSN = `From: MAILER-DAEMON@mta.example.org (Mail Delivery System)
To: bounces@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B2"

--B2
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mta.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<john@example.com>: host mail.example.com[192.0.2.36] said: 553
    sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1) (in reply
    to RCPT TO command)

--B2
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.example.org

Final-Recipient: rfc822; john@example.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mail.example.com
Diagnostic-Code: smtp; 553 sorry, that domain isn't in my list of allowed
    rcpthosts (#5.7.1)

--B2--
`;

describe("a relay refusal (finding 5)", () => {
  it.each([RCPTHOSTS, RCPTHOSTS_DSN, RELAYING_DENIED])(
    "from the recipient's server: the domain and its admin, not the sender's login",
    async (text) => {
      const items = await stepsOf(text);
      expect((await diagnose(text)).recipients[0]?.cause).toBe("relay-denied");
      expect(ids(items)).not.toContain("relay-denied.auth");
      expect(ids(items).slice(0, 2)).toEqual([
        "relay-denied.recipient-domain",
        "relay-denied.tell-recipient",
      ]);
      // Never a settings change presented as the fix: only for a relay that is the sender's own.
      expect(items.find((i) => i.id === "relay-denied.own-relay")?.title).toMatch(/^Only if/);
    },
  );

  it("from the sender's own outgoing server (a reply line, no server named): the login", async () => {
    const items = await stepsOf("554 5.7.1 <bob@example.org>: Relay access denied");
    expect(ids(items)).toContain("relay-denied.auth");
    expect(ids(items)).not.toContain("relay-denied.tell-recipient");
  });

  it("Outlook.com's SendAsDenied: the From address or Send As, not 'turn on authentication'", async () => {
    // gophish/gophish#2900, the submission server's reply.
    const items = await stepsOf(
      "554 5.2.252 SendAsDenied; ana@example.com not allowed to send as it@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
    );
    expect(items[0]?.id).toBe("send-as-denied.from-address");
    expect(items[0]?.link?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(ids(items)).not.toContain("relay-denied.auth");
  });
});

// iredmail/iRedMail#264: Gmail refusing a sending IP that should use its provider's relay.
const GMAIL_NOT_AUTHORIZED = `host aspmx.l.google.com[192.0.2.27] said: 550-5.7.1 [203.0.113.9] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError d2e1a72fcca58-715e57a0f50si1104d2710b3a.328 - gsmtp (in reply to end of DATA command)`;

describe("Gmail's 'use the SMTP relay at your service provider' (finding 6)", () => {
  const SENT_FROM = { "sending-ip": answer.text("203.0.113.9") };
  const ipCheck = (findings: Parameters<typeof done>[2]) => ({
    "ip:203.0.113.9": done("203.0.113.9", "ip", findings),
  });

  it("leads with the relay the bounce asks for, citing Gmail's page; no compromise hunt on no list", async () => {
    const items = await stepsOf(
      GMAIL_NOT_AUTHORIZED,
      "ip-blocklisted",
      ipCheck(["blocklist.not-listed", "ptr.ok"]),
      SENT_FROM,
    );
    expect(items[0]?.id).toBe("ip-blocklisted.use-provider-relay");
    expect(items[0]?.link?.url).toBe("https://support.google.com/a/answer/3726730");
    expect(ids(items)).not.toContain("ip-blocklisted.find-cause");
    expect(ids(items)).not.toContain("ip-blocklisted.verify");
    expect(ids(items).filter((id) => id.startsWith("ip-blocklisted.delist"))).toEqual([]);
  });

  it("keeps the listing's own steps where a list does list the IP", async () => {
    const items = await stepsOf(
      GMAIL_NOT_AUTHORIZED,
      "ip-blocklisted",
      ipCheck(["blocklist.listed", "ptr.ok"]),
      SENT_FROM,
    );
    expect(items[0]?.id).toBe("ip-blocklisted.use-provider-relay");
    expect(ids(items)).toContain("ip-blocklisted.verify");
  });
});

// flufl.bounce dsn_17: Postfix's delay warning, the recipient over quota (names replaced).
const DELAY_QUOTA = `From: "Mail Delivery System" <MAILER-DAEMON@mx.example.net>
To: <list-bounces@example.org>
Subject: Delayed Mail (still being retried)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset="US-ASCII"

This is the mail system at host mx.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 15 minutes.
It will be retried until it is 24 hours old.

<ann@mx.example.net> (expanded from <ann@example.net>): temporary failure.
    Command output: Quota exceeded message delivery failed to INBOX

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ann@mx.example.net
Action: delayed
Status: 4.3.0
Diagnostic-Code: x-unix; Quota exceeded message delivery failed to INBOX
Will-Retry-Until: Mon,  5 May 2008 05:51:07 +0300 (EEST)

--B1--
`;

describe("a delay notice (finding 15)", () => {
  it("says nothing to resend, and then lists no resend of the same message", async () => {
    const d = await diagnose(DELAY_QUOTA);
    expect(d.recipients[0]?.cause).toBe("mailbox-full");
    const items = await stepsOf(DELAY_QUOTA);
    expect(items[0]?.id).toBe("delay-notice.nothing-to-resend");
    expect(ids(items)).not.toContain("mailbox-full.retry");
  });

  it("offers no 'try again later' to tell a receiver's fault apart while the server retries", async () => {
    const diagnosis = await diagnose(DELAY_QUOTA);
    const list = buildConclusionChecklist(makeFacts({ diagnosis }), [
      { cause: "mailbox-full", confidence: 0.5, support: "bounce", why: "" },
      { cause: "remote-server-error", confidence: 0.3, support: "bounce", why: "" },
    ]);
    const all = list.causes.flatMap((c) => ids(c.items));
    expect(all).not.toContain(`${CHECK_FIRST_PREFIX}remote-server-error`);
    expect(all).not.toContain("remote-server-error.retry");
    expect(all).not.toContain("mailbox-full.retry");
  });
});

describe("a rate limit's authentication step (finding 16)", () => {
  it("names no provider for Outlook.com's organisation queue quota", async () => {
    // ActiveCampaign/smtp-field-manual#42.
    const items = await stepsOf("450 4.7.3 Organization queue quota exceeded. [outlook.com]");
    const step = items.find((i) => i.id === "rate-limited.authenticate");
    expect(step?.detail).not.toMatch(/Gmail/);
  });

  it("is not offered for the sender's own sending quota, which SPF and DKIM do not lift", async () => {
    const items = await stepsOf(
      "550 5.4.5 Daily user sending quota exceeded. s5sm12197523qke.120 - gsmtp",
    );
    expect(ids(items)).not.toContain("rate-limited.authenticate");
    expect(ids(items)[0]).toMatch(
      /^(sending-quota\.wait-or-send-less|sending-limit\.wait-for-reset)$/,
    );
  });
});

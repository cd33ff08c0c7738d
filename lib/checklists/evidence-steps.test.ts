// Steps the evidence calls for (a delay notice, greylisting), placed by the real classifier's
// diagnosis of real replies and reports: shown where the evidence says so, never elsewhere.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { firstStepsFor } from "@/lib/paste/diagnose-paste";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";
import { titleForItemId } from "./titles";

const lab = (file: string) =>
  readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url), "latin1");

/** The step ids of each section, for a paste and the causes a conclusion holds. */
async function sections(text: string, causes?: CauseId[]) {
  const diagnosis = await diagnose(text);
  const held = causes ?? [diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause];
  const list = buildChecklist(
    makeFacts({ diagnosis }),
    held.map((cause) => ({ cause, confidence: 0.9 })),
  );
  return list.causes.map((c) => c.items.map((i) => i.id));
}

const MILTER_GREYLIST = "451 4.7.1 Greylisting in action, please come back later";
const POSTGREY = lab("postgrey/greylisted.txt");
const RATE_LIMIT = "421 4.7.0 Too many connections, slow down";

describe("the greylisting step", () => {
  it("comes first, instead of 'send more slowly', for Postgrey's deferral", async () => {
    const [steps] = await sections(POSTGREY);
    expect(steps?.[0]).toBe("greylisting.wait-for-retry");
    expect(steps).not.toContain("rate-limited.slow-down");
    // Nor authentication: greylisting defers any sender it has not seen (review 31, finding 7).
    expect(steps).not.toContain("rate-limited.authenticate");
  });

  it("comes first in whichever cause the wizard concludes for milter-greylist's reply", async () => {
    // The words read unknown, rate-limited first: the wizard may conclude either way.
    expect((await diagnose(MILTER_GREYLIST)).overall.cause).toBe("unknown");
    for (const cause of ["rate-limited", "sender-policy"] as const) {
      const [steps] = await sections(MILTER_GREYLIST, [cause]);
      expect(steps?.[0], cause).toBe("greylisting.wait-for-retry");
    }
  });

  it("is not shown for a rate limit", async () => {
    const [steps] = await sections(RATE_LIMIT);
    expect(steps).not.toContain("greylisting.wait-for-retry");
    expect(steps?.[0]).toBe("rate-limited.slow-down");
  });

  it("is among the home page's first steps for Rspamd's greylisting reply", async () => {
    const first = firstStepsFor(await diagnose("451 4.7.1 Try again later"));
    expect(Object.values(first).flatMap((f) => f.steps)[0]?.title).toBe(
      titleForItemId("greylisting.wait-for-retry", makeFacts()),
    );
  });

  it("goes only to the section of the recipient that was greylisted", async () => {
    const text = `<ann@example.org>: host mx.example.org said: 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

<bob@example.net>: host mx.example.net said: ${POSTGREY.trim()} (in reply to RCPT TO command)
`;
    const d = await diagnose(text);
    expect(d.recipients.map((r) => r.cause)).toEqual(["recipient-unknown", "rate-limited"]);
    const [unknownUser, rateLimited] = await sections(text, ["recipient-unknown", "rate-limited"]);
    expect(unknownUser).not.toContain("greylisting.wait-for-retry");
    expect(rateLimited?.[0]).toBe("greylisting.wait-for-retry");
  });
});

describe("the delay notice step", () => {
  it("comes first in the section of the reason a delay notice gives", async () => {
    const [steps] = await sections(lab("postfix/delay-warning.eml"));
    expect(steps?.[0]).toBe("delay-notice.nothing-to-resend");
    expect(steps).toContain("remote-unreachable.network");
  });

  it("replaces 'nothing to fix' for a delay notice with no reason", async () => {
    const d = await diagnose(lab("exim/delay-warning.eml"));
    expect(d.recipients[0]?.cause).toBe("not-a-bounce");
    const [steps] = await sections(lab("exim/delay-warning.eml"));
    expect(steps).toEqual(["delay-notice.nothing-to-resend"]);
  });

  it("is never shown for a real bounce", async () => {
    const bounce = lab("postfix/delay-warning.eml").replace(/^Action: delayed$/m, "Action: failed");
    const [steps] = await sections(bounce);
    expect(steps).not.toContain("delay-notice.nothing-to-resend");
    const success = await sections(lab("postfix/success-dsn.eml"));
    expect(success[0]).toEqual(["not-a-bounce.nothing"]);
  });

  it("is not shown where the recipient's domain takes no mail: no retry can deliver there", async () => {
    // Postfix's own delay warning (the lab's), held as the wizard holds it once the recipient
    // check found the domain gone (review 31: a delay notice for a mistyped gmail.co).
    const [gone] = await sections(lab("postfix/delay-warning.eml"), ["recipient-domain-invalid"]);
    expect(gone).not.toContain("delay-notice.nothing-to-resend");
    const [unreachable] = await sections(lab("postfix/delay-warning.eml"), ["remote-unreachable"]);
    expect(unreachable?.[0]).toBe("delay-notice.nothing-to-resend");
  });

  it("has a title a result link can show from its id alone", () => {
    expect(titleForItemId("delay-notice.nothing-to-resend", makeFacts())).toBe(
      "Nothing to resend yet: your mail server is still trying",
    );
  });
});

describe("the steps of a message that is no bounce", () => {
  // RFC 5965's layout: a multipart/report whose second part is the feedback report.
  const ARF = [
    "From: fbl@isp.example",
    "To: abuse@sender.example",
    "Subject: Abuse Report",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "This is an email abuse report for an email message received from IP 192.0.2.1.",
    "--b",
    "Content-Type: message/feedback-report",
    "",
    "Feedback-Type: abuse",
    "Version: 1",
    "Original-Rcpt-To: one@isp.example",
    "",
    "--b--",
    "",
  ].join("\r\n");

  it.each([
    [ARF, "not-a-bounce.stop-sending-to-complainant"],
    [
      "Subject: Out of Office\n\nI am out of the office until Jan 20. For urgent matters, contact backup@company.com.\n",
      "not-a-bounce.auto-reply-arrived",
    ],
    // SparkPost's and Postmark's own words for these reports (lib/knowledge/providers).
    ["The message is a challenge-response probe.\n", "not-a-bounce.answer-challenge"],
    ["The message is an unsubscribe request.\n", "not-a-bounce.remove-unsubscriber"],
    [
      "Your mail to 'Linux-kernel' with the subject [BUG] floppy requests Is being held until the list moderator can review it for approval.\n",
      "not-a-bounce.wait-for-moderator",
    ],
  ])("names what its kind asks, in place of 'nothing to fix' (%#)", async (text, step) => {
    const [steps] = await sections(text);
    expect(steps).toEqual([step]);
  });

  it("keeps 'nothing to fix' where the report says the message was delivered", async () => {
    const [steps] = await sections(lab("postfix/success-dsn.eml"));
    expect(steps).toEqual(["not-a-bounce.nothing"]);
  });

  it("never shows them for a refusal", async () => {
    const [steps] = await sections("550 5.1.1 User unknown");
    expect(steps!.filter((id) => id.startsWith("not-a-bounce."))).toEqual([]);
  });
});

describe("the sender-probe step", () => {
  it("comes first for a sender probe that could not reach the sender's domain", async () => {
    const [steps] = await sections(
      "450 4.1.7 <alice@acme.test>: Sender address rejected: unverified address: connect to mx.acme.test[192.0.2.5]:25: Connection timed out",
    );
    expect(steps?.[0]).toBe("sender-probe.accept-the-probe");
  });

  it("is not shown for a recipient probe", async () => {
    const steps = (
      await sections(
        "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: connect to mx.example.com[192.0.2.25]:25: Connection timed out",
      )
    ).flat();
    expect(steps).not.toContain("sender-probe.accept-the-probe");
  });
});

describe("the refused-login step", () => {
  it.each([
    "535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials",
    "SMTP Error: Could not authenticate.",
    "Unable to authenticate to Outgoing server (SMTP) smtp.example.com. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",
  ])("replaces 'turn on authentication' for %s", async (text) => {
    const [steps] = await sections(text);
    expect(steps?.[0]).toBe("login-refused.check-credentials");
    expect(steps).not.toContain("relay-denied.auth");
  });

  it("is not shown for a relay refusal that names no login", async () => {
    const steps = (await sections("554 5.7.1 <bob@example.com>: Relay access denied")).flat();
    expect(steps).not.toContain("login-refused.check-credentials");
    expect(steps).toContain("relay-denied.auth");
  });
});

describe("the evidence the steps wait for", () => {
  it("names only rules the knowledge holds", async () => {
    const { EVIDENCE_STEPS } = await import("./evidence-steps");
    const { PROVIDER_SIGNATURES, KEYWORD_SIGNATURES } = await import("@/lib/knowledge/signatures");
    const { PROVIDER_TABLES } = await import("@/lib/knowledge/providers");
    const { POSSIBILITY_WORDINGS } = await import("@/lib/knowledge/scoring/possibility-wordings");
    const known = new Set([
      // A possibility wording's evidence is named by its id and each cause it ranks.
      ...POSSIBILITY_WORDINGS.flatMap((w) => w.causes.map((c) => `${w.id}.${c}`)),
      ...PROVIDER_SIGNATURES.map((s) => s.id),
      ...KEYWORD_SIGNATURES.map((s) => s.id),
      ...PROVIDER_TABLES.flatMap((t) => [...t.phrases, ...t.statusReadings].map((e) => e.id)),
    ]);
    const ids = EVIDENCE_STEPS.flatMap((s) => s.when.ruleIds);
    // Rules the engine makes itself (reply codes, report fields, formats) and concepts.
    const engine = /^(rfc5321|rfc3463|dsn|format|concept)\./;
    const unknown = ids.filter((id) => !known.has(id) && !engine.test(id));
    expect(unknown).toEqual([]);
  });
});

describe("a sending program's failed connection to its outgoing server", () => {
  it.each([
    "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections.",
    "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
  ])("checks the program's settings, not the recipient's side: %s", async (text) => {
    const steps = (await sections(text)).flat();
    expect(steps[0]).toBe("program-connection.outgoing-settings");
    for (const wrong of [
      "remote-unreachable.domain",
      "remote-unreachable.network",
      "remote-unreachable.message-address",
      "unknown.first.remote-unreachable",
    ])
      expect(steps).not.toContain(wrong);
  });

  it("leaves a relay's delivery failure its own steps", async () => {
    const steps = (
      await sections(
        "<bob@example.com>: connect to mx.example.com[192.0.2.1]:25: Connection timed out",
      )
    ).flat();
    expect(steps).not.toContain("program-connection.outgoing-settings");
  });
});

describe("Gmail's own sending limit", () => {
  it("waits for the account's limit, not a receiver's", async () => {
    const [steps] = await sections(
      "You have reached a limit for sending mail. Your message was not sent.",
    );
    expect(steps).toEqual(["sending-limit.wait-for-reset"]);
  });
});

describe("the confirm-your-server step", () => {
  it("comes first for a refusal until the sending server is confirmed, before asking the recipient", async () => {
    const [steps] = await sections(
      "550 Your server requires confirmation. Visit http://www.mailhostingservice.com/Whitelist.aspx?IP=192.0.2.7 to confirm this mail server.",
    );
    expect(steps?.[0]).toBe("sender-policy.confirm-server");
    expect(steps).toContain("sender-policy.message-allow-list");
  });

  it("is not shown for a policy refusal that asks for no confirmation", async () => {
    const [steps] = await sections("550 5.7.1 Sender blocked by recipient policy");
    expect(steps).not.toContain("sender-policy.confirm-server");
  });
});

describe("the sending host's own hourly limit (review 30, finding 4)", () => {
  // freeCodeCamp/guide#1844, cPanel's Exim (names replaced): a deferral by the sender's own host.
  const DEFERRED = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  ann@example.com
    Domain example.org has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later
`;

  it("says there is nothing to resend, then the plan's limit; never the receivers' limits", async () => {
    const [steps] = await sections(DEFERRED);
    expect(steps?.slice(0, 2)).toEqual([
      "delay-notice.nothing-to-resend",
      "hosting-cap.wait-for-next-hour",
    ]);
    expect(steps).not.toContain("rate-limited.authenticate");
    expect(steps).not.toContain("rate-limited.slow-down");
  });

  it("the same limit in a failure (InMotion Hosting's page): the plan's limit, no resend note", async () => {
    const [steps] = await sections(
      "Domain example.com has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.",
    );
    expect(steps?.[0]).toBe("hosting-cap.wait-for-next-hour");
    expect(steps).not.toContain("rate-limited.authenticate");
    expect(steps).not.toContain("delay-notice.nothing-to-resend");
  });

  it("cPanel's cap on failed and deferred mail: find what kept bouncing", async () => {
    const [steps] = await sections(
      "Domain domein.nl has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
    );
    expect(steps?.[0]).toBe("hosting-cap.find-what-bounced");
    expect(steps).not.toContain("rate-limited.authenticate");
  });

  it("a receiver's rate limit keeps its own steps", async () => {
    const [steps] = await sections(RATE_LIMIT);
    expect(steps).toContain("rate-limited.slow-down");
    expect(steps).not.toContain("hosting-cap.wait-for-next-hour");
  });
});

describe("a sending service that refuses an unverified sender after taking the login (review 31, finding 4)", () => {
  // Amazon SES's reply as its knowledge-center page quotes it, and SendGrid's 60222 wording as
  // a sender pasted it (sul-dlss/dlme #813 and ebwiki #3861 were the review's inputs).
  const SES =
    "554 Message rejected: Email address is not verified. The following identities failed the check in region US-WEST-2: app@example.org";
  const SENDGRID = "550 The from address does not match a verified Sender Identity.";

  it.each([
    ["Amazon SES", SES, "sender-provider.amazon-ses.email-address-not-verified"],
    ["SendGrid", SENDGRID, "sender-provider.sendgrid.60222-sender-identity-not-verified"],
  ])("%s: verify the sender there, no 'turn on authentication'", async (_name, text, step) => {
    const [ids] = await sections(text, ["relay-denied"]);
    expect(ids?.[0]).toBe(step);
    expect(ids).not.toContain("relay-denied.auth");
    expect(ids).not.toContain("relay-denied.server");
  });

  it("a relay refusal with no such provider keeps the login steps", async () => {
    const [ids] = await sections("554 5.7.1 <a@example.com>: Relay access denied", [
      "relay-denied",
    ]);
    expect(ids).toContain("relay-denied.auth");
  });
});

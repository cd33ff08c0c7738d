// A failure between the sender and its own outgoing server: a refused login (review 25,
// finding 7), a failed TLS set-up with the program's own server (finding 8), and a sending
// program's report that leaves several of its failures possible. Each is worded as the
// sender's own, holds only what can explain it, and asks nothing about the recipient.
import { describe, expect, it } from "vitest";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { titleForItemId } from "@/lib/checklists/titles";
import { readableReport } from "@/lib/cli/report";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { reportMarkdown } from "@/lib/report";
import { ONE_RECIPIENT_BOUNCE } from "@/lib/rules/test-factories";
import { CAUSES } from "./causes";
import { walkToConclusion } from "./test-walk";
import {
  causeInfoFor,
  evidenceRuleIds,
  LOGIN_REFUSED,
  RELAY_LOGIN_REFUSED,
  SUBMISSION_TLS_FAILED,
} from "./connection-variants";

const walk = walkToConclusion;

/** Questions about the recipient, the message or the sending IP: nothing a refused login or a failed TLS set-up with one's own server can depend on. */
const RECEIVER_QUESTIONS = ["address-checked", "scope-recipients", "plain-test", "sending-ip"];

describe("a refused login (review 25, finding 7)", () => {
  it.each([
    ["PHPMailer", "SMTP Error: Could not authenticate."],
    ["PHPMailer, German", "SMTP-Fehler: Authentifizierung fehlgeschlagen."],
    [
      "Thunderbird",
      "Sending of the message failed.\nUnable to authenticate to Outgoing server (SMTP) smtp.example.com. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",
    ],
    ["a bare 535 5.7.8", "535 5.7.8 Error: authentication failed: authentication failure"],
    ["Microsoft 535 5.7.3", "535 5.7.3 Authentication unsuccessful"],
    [
      "Microsoft 535 5.7.139",
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    ],
  ])("%s: the login, by whoever set up the account, and nothing else", async (_name, text) => {
    const { end, facts, diagnosis, asked } = await walk(text);
    expect(causeInfoFor("relay-denied", diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      LOGIN_REFUSED,
    );
    expect(end.causes.map((c) => c.cause)).toEqual(["relay-denied"]);
    expect(end.summary).toContain(LOGIN_REFUSED.title);
    expect(end.summary).not.toContain(CAUSES["relay-denied"].title);
    for (const q of RECEIVER_QUESTIONS) expect(asked).not.toContain(q);
    const list = buildConclusionChecklist(facts, end.causes);
    expect(list.causes.map((s) => [s.title, s.actorLabel])).toEqual([
      [LOGIN_REFUSED.title, LOGIN_REFUSED.actorLabel],
    ]);
    const ids = list.causes.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("login-refused.check-credentials");
    expect(ids).not.toContain("relay-denied.auth");
    // The domain's authentication and reputation keep nothing up with a refused password.
    expect(list.prevent).toEqual([]);
    const cli = readableReport("x", diagnosis);
    expect(cli).toContain(`Cause: ${LOGIN_REFUSED.title}`);
    expect(cli).toContain(`Who acts: ${LOGIN_REFUSED.actorLabel}`);
    const report = reportMarkdown({ diagnosis, conclusion: end.causes });
    expect(report).toContain(LOGIN_REFUSED.title);
    expect(report).not.toContain("authentication turned on");
  });

  it("Postfix's refused login at its relay: the relay's, by the mail administrator; the relay's IP is not looked up", async () => {
    const text = `${ONE_RECIPIENT_BOUNCE.slice(0, ONE_RECIPIENT_BOUNCE.indexOf("<bob@"))}<bob@remote.test>: SASL authentication failed; server smtp.provider.test[198.51.100.5] said: 535 5.7.8 Error: authentication failed: authentication failure\n`;
    const { end, facts, diagnosis, asked, ran } = await walk(text);
    expect(causeInfoFor("relay-denied", diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      RELAY_LOGIN_REFUSED,
    );
    // Postfix's SASL password table, not a program's settings.
    const ids = buildConclusionChecklist(facts, end.causes).causes.flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(ids).toContain("login-refused.postfix-sasl");
    expect(ids).not.toContain("login-refused.check-credentials");
    expect(titleForItemId("login-refused.postfix-sasl", facts)).toBe(
      "Fix the login Postfix uses at its relay host",
    );
    expect(end.causes.map((c) => c.cause)).toEqual(["relay-denied"]);
    expect(end.summary).toContain(RELAY_LOGIN_REFUSED.title);
    expect(ran.filter((id) => id.startsWith("ip:"))).toEqual([]);
    for (const q of RECEIVER_QUESTIONS) expect(asked).not.toContain(q);
  });

  it("a relay refusal that is no login keeps its own words and steps", async () => {
    const d = await diagnose("554 5.7.1 <bob@remote.test>: Relay access denied");
    expect(causeInfoFor("relay-denied", d.parsed, evidenceRuleIds(d))).toBe(CAUSES["relay-denied"]);
  });
});

describe("a failed TLS set-up with the program's own server (review 25, finding 8)", () => {
  it("a certificate the program does not trust, on port 587: its trust store, the host name and the port", async () => {
    const { end, facts, diagnosis, asked } = await walk(
      "[error] Could not connect to smtp.example.com:587: certificate verify failed (unable to get local issuer certificate)",
    );
    expect(causeInfoFor("tls-required", diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      SUBMISSION_TLS_FAILED,
    );
    expect(end.causes.map((c) => c.cause)).toEqual(["tls-required"]);
    for (const q of RECEIVER_QUESTIONS) expect(asked).not.toContain(q);
    const list = buildConclusionChecklist(facts, end.causes);
    expect(list.causes.map((s) => s.title)).toEqual([SUBMISSION_TLS_FAILED.title]);
    const ids = list.causes.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toEqual([
      "submission-tls.port-and-encryption",
      "submission-tls.host-name",
      "submission-tls.trust-store",
    ]);
    expect(list.prevent).toEqual([]);
  });

  it("a receiver's TLS demand keeps the receiver's words and steps", async () => {
    const { facts, end, diagnosis } = await walk(
      `${ONE_RECIPIENT_BOUNCE.slice(0, ONE_RECIPIENT_BOUNCE.indexOf("<bob@"))}<bob@remote.test>: host mx.remote.test[192.0.2.44] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)\n`,
    );
    expect(causeInfoFor("tls-required", diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      CAUSES["tls-required"],
    );
    const ids = buildConclusionChecklist(facts, end.causes).causes.flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(ids).not.toContain("submission-tls.trust-store");
  });
});

describe("a program's report that leaves several of its own failures possible", () => {
  it("holds only the program's failures, and tells them apart by its settings", async () => {
    const { end, facts } = await walk(
      "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    );
    const held = end.causes.map((c) => c.cause);
    expect(held[0]).toBe("remote-unreachable");
    for (const c of held)
      expect(["remote-unreachable", "relay-denied", "tls-required"]).toContain(c);
    const list = buildConclusionChecklist(facts, end.causes);
    const first = list.causes
      .flatMap((s) => s.items)
      .filter((i) => i.id.startsWith("unknown.first."));
    expect(first.map((i) => i.title)).not.toContain(
      "Check that the recipient's domain publishes mail servers",
    );
    expect(first.map((i) => i.detail).join(" ")).not.toMatch(
      /recipient's domain|receivers refuse/i,
    );
    expect(list.prevent).toEqual([]);
  });
});

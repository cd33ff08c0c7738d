import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { BARE_REFUSAL_PRIOR, beliefOf } from "./belief";
import { grounds } from "./narrate";
import { recipientSystemWrote } from "./recipient-system";
import { done, makeFacts, postfixNotice } from "./test-factories";
import {
  answeredNoticeList,
  NO_REPLY,
  PERMANENT_CLASS,
} from "@/lib/knowledge/scoring/reply-possibilities";

const notice = (host: string, line: string) => postfixNotice(line, host);

/** A local delivery through a command, whose MDA wrote why (Postfix pipe_command's wording). */
const MAILDROP = notice(
  "relay.hosting.test",
  `<kim@acme.test>: permission denied. Command output: maildrop: maildir over
    quota.`,
);

/** A prose notice from the recipient's domain, whose reason no table reads. */
const PROSE = `From: MAILER-DAEMON@mta1.acme.test
To: list-bounces@sender.test
Subject: Returned mail

 --------Message not delivered to the following addresses:

            kim@acme.test

 --------Error Detail:

---- kim@acme.test
     Has no place for mail to be put at the moment,
     please reach this person some other way.

Please contact Postmaster@acme.test if you have any questions.
`;

/** The same domain's relay could not reach its host: no sign that the domain takes mail. */
const UNREACHABLE = notice(
  "relay.acme.test",
  `<kim@acme.test>: connect to mx.acme.test[192.0.2.9]:25: Connection timed out`,
);

const nxdomain = (domain: string) => done(domain, "domain", ["domain.nxdomain"]);

describe("recipientSystemWrote", () => {
  it("reads a local delivery's own report and a notice that names the domain's postmaster", async () => {
    expect(recipientSystemWrote(await diagnose(MAILDROP))).toMatch(/local delivery|agent/);
    expect(recipientSystemWrote(await diagnose(PROSE))).toContain("postmaster@acme.test");
  });

  it("reads nothing where another server's reply or a failed connection is all there is", async () => {
    expect(recipientSystemWrote(await diagnose(UNREACHABLE))).toBeNull();
    const remote = notice(
      "relay.sender.test",
      "<kim@acme.test>: host mx.acme.test[192.0.2.9] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    );
    expect(recipientSystemWrote(await diagnose(remote))).toBeNull();
  });
});

describe("a failure the recipient's own system wrote outweighs a failed recipient-domain lookup", () => {
  it("keeps the stated 'over quota' ahead of 'the domain does not exist' (review 26, finding 8)", async () => {
    const diagnosis = await diagnose(MAILDROP);
    const facts = makeFacts({
      diagnosis,
      checks: { "recipient-domain:acme.test": nxdomain("acme.test") },
    });
    const b = beliefOf(facts);
    expect(b.causes[0]?.cause).toBe("mailbox-full");
    expect(b.causes.find((c) => c.cause === "recipient-domain-invalid")?.weight ?? 0).toBeLessThan(
      0.05,
    );
    expect(grounds(b)).toContain("The recipient's own mail system wrote the failure");
  });

  it("still lets the lookup speak where the recipient's side is not shown to have written it", async () => {
    const diagnosis = await diagnose(UNREACHABLE);
    const b = beliefOf(
      makeFacts({ diagnosis, checks: { "recipient-domain:acme.test": nxdomain("acme.test") } }),
    );
    expect(b.causes[0]?.cause).toBe("recipient-domain-invalid");
  });
});

describe("a prose notice from the domain that had the mail (review 26, finding 9)", () => {
  it("falls back to a refusal's usual causes, not to an unreachable server's", async () => {
    const diagnosis = await diagnose(PROSE);
    expect(diagnosis.recipients[0]?.usualCausesOf).toBe(NO_REPLY);
    const b = beliefOf(makeFacts({ diagnosis }));
    const top3 = b.causes.slice(0, 3).map((c) => c.cause);
    expect(top3).not.toContain("remote-unreachable");
    expect(top3).not.toContain("recipient-domain-invalid");
    expect(b.causes.map((c) => c.cause)).toEqual(
      expect.arrayContaining(["recipient-unknown", "mailbox-full", "sender-policy"]),
    );
  });

  it("has that list as data, with the bare refusal's causes", () => {
    const list = answeredNoticeList(NO_REPLY);
    expect([...(list?.causes ?? [])].sort()).toEqual(Object.keys(BARE_REFUSAL_PRIOR).sort());
    expect(answeredNoticeList(PERMANENT_CLASS)).toBeNull();
  });
});

describe("a missing sender domain explains only the causes it can (review 26, finding 8)", () => {
  const sizeRefusal = notice(
    "relay.sender.test",
    "<kim@acme.test>: host mx.acme.test[192.0.2.9] said: 534 SIZE=Message too big. (in reply to MAIL FROM command)",
  );
  const domainRefusal = notice(
    "relay.sender.test",
    "<kim@acme.test>: host mx.acme.test[192.0.2.9] said: 450 4.1.8 <alice@sender.test>: Sender address rejected: Domain not found (in reply to RCPT TO command)",
  );

  it("does not let it outweigh a stated size refusal, and says it is a problem of its own", async () => {
    const b = beliefOf(
      makeFacts({
        diagnosis: await diagnose(sizeRefusal),
        checks: { "domain:sender.test": nxdomain("sender.test") },
      }),
    );
    expect(b.causes[0]?.cause).toBe("message-too-large");
    expect(b.ran[0]?.found.join(" ")).toContain("cannot explain the reason the bounce states");
  });

  it("still weighs it where the refusal is about the sender's domain", async () => {
    const b = beliefOf(
      makeFacts({
        diagnosis: await diagnose(domainRefusal),
        checks: { "domain:sender.test": nxdomain("sender.test") },
      }),
    );
    expect(b.causes[0]?.cause).toBe("sender-address-invalid");
    expect(b.ran[0]?.found.join(" ")).not.toContain("cannot explain");
  });
});

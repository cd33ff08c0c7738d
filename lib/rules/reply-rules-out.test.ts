import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { walkToConclusion } from "@/lib/causes/test-walk";
import { beliefOf } from "./belief";
import { grounds } from "./narrate";
import { REPLY_RULES_OUT, replyRulesOut } from "./reply-rules-out";
import { makeFacts, postfixNotice } from "./test-factories";

/** A Postfix notice from the sender's relay, quoting the remote's reply for kim@acme.test. */
const notice = (line: string) => postfixNotice(`<kim@acme.test>: ${line}`);

/** The recipient's MX answered RCPT TO with a temporary failure whose words say nothing of why. */
const TEMP_AT_RCPT = notice(
  "host mx.acme.test[192.0.2.9] said: 451 4.4.0 Temporary failure, please try again later (in reply to RCPT TO command)",
);

/** Postfix smtpd's own reply to a client too slow with its data: the connection broke. */
const TIMEOUT_AT_DATA = notice(
  "host mx.acme.test[192.0.2.9] said: 421 4.4.2 mx.acme.test Error: timeout exceeded (in reply to end of DATA command)",
);

/** The same temporary failure, the bounce naming no answering host nor stage (a bare reply). */
const BARE = "451 4.4.0 Temporary failure, please try again later";

describe("what a received reply rules out (review 27)", () => {
  it("holds no unreachable server, nor a missing domain, once the recipient's MX answered RCPT TO", async () => {
    const { end, facts, ran } = await walkToConclusion(TEMP_AT_RCPT);
    const b = beliefOf(facts);
    const held = b.causes.map((c) => c.cause);
    expect(held).not.toContain("remote-unreachable");
    expect(held).not.toContain("recipient-domain-invalid");
    // Nothing is looked up to tell apart causes the reply already ruled out.
    expect(ran).not.toContain("recipient-domain:acme.test");
    expect(end.kind).toBe("conclusion");
    expect(b.relevance.receiverAnswered).toBe(true);
  });

  it("says why, in the evidence against", async () => {
    const diagnosis = await diagnose(TEMP_AT_RCPT);
    const out = replyRulesOut(diagnosis);
    expect(out.map((r) => r.cause).sort()).toEqual([
      "recipient-domain-invalid",
      "remote-unreachable",
    ]);
    expect(out.find((r) => r.cause === "remote-unreachable")?.says).toBe(
      "a mail server answered the RCPT TO command, so the connection to it was made",
    );
    expect(grounds(beliefOf(makeFacts({ diagnosis })))).not.toContain("could not be reached");
  });

  it("keeps what the reply's own words say: a connection that broke after it was made", async () => {
    const diagnosis = await diagnose(TIMEOUT_AT_DATA);
    expect(diagnosis.recipients[0]?.cause).toBe("remote-unreachable");
    const b = beliefOf(makeFacts({ diagnosis }));
    expect(b.causes[0]?.cause).toBe("remote-unreachable");
    // The host that answered is the recipient domain's: that domain exists.
    expect(b.causes.map((c) => c.cause)).not.toContain("recipient-domain-invalid");
  });

  it("rules out nothing for a reply that names neither the command it answered nor who wrote it", async () => {
    const diagnosis = await diagnose(BARE);
    expect(replyRulesOut(diagnosis)).toEqual([]);
  });

  it("has each rule as data, with a source and an example that shows it", async () => {
    for (const row of REPLY_RULES_OUT) {
      expect(row.source).toMatch(/^https:\/\//);
      const out = replyRulesOut(await diagnose(notice(row.example)));
      expect(out.map((r) => r.id)).toContain(row.id);
    }
  });
});

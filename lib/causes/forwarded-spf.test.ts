import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { buildChecklist } from "@/lib/checklists/build";
import { buildContext } from "@/lib/rules/context";
import { beliefOf } from "@/lib/rules/belief";
import { done, makeFacts, postfixNotice } from "@/lib/rules/test-factories";
import { causeInfoFor, FORWARDED_SPF_FAILURE } from "./connection-variants";
import { forwardedSpf, relayedClientIp } from "./forwarded-spf";

const notice = (line: string) =>
  postfixNotice(
    line,
    "relay.acme.test",
    [
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "From: Alice <alice@sender.test>",
      "Return-Path: <alice@sender.test>",
      "Subject: hello",
      "",
    ].join("\n"),
  );

/** The recipient's address at acme.test forwards to another domain, whose server checks SPF. */
const FORWARDED = notice(
  "<kim@other.test> (expanded from <kim@acme.test>): host mx.other.test[192.0.2.9] said: 550 5.7.1 SPF fail: sender not authorized (in reply to RCPT TO command)",
);
/** A filter in front of the recipient's server resent the mail from its own next server. */
const FILTERED = notice(
  "<kim@acme.test>: host mx.filter.test[198.51.100.61] said: 550 REJECTED - 550 198.51.100.68 is not allowed to send mail from sender.test (in reply to RCPT TO command)",
);
/** No forward: the refusing server checked the sender's own server. */
const DIRECT = notice(
  "<kim@acme.test>: host mx.acme.test[192.0.2.9] said: 550 5.7.1 SPF fail: sender not authorized (in reply to RCPT TO command)",
);

describe("forwardedSpf", () => {
  it("reads a forward to another domain and a filter's relay in its own network", async () => {
    expect(forwardedSpf((await diagnose(FORWARDED)).parsed)).toContain("forwarded to");
    const filtered = (await diagnose(FILTERED)).parsed;
    expect(forwardedSpf(filtered)).toContain("198.51.100.68");
    expect(relayedClientIp(filtered)).toBe("198.51.100.68");
  });

  it("reads a filter's relay in its own IPv6 /48 however the addresses are compressed", async () => {
    // The same refusal from a filter reached over IPv6 (RFC 3849's documentation prefix): the
    // answering server and the client SPF was checked for share 2001:db8:0::/48.
    const v6 = (
      await diagnose(
        notice(
          "<kim@acme.test>: host mx.filter.test[2001:db8::1] said: 550 REJECTED - 550 2001:db8:0:0::5 is not allowed to send mail from sender.test (in reply to RCPT TO command)",
        ),
      )
    ).parsed;
    expect(v6.relayedIps).toEqual(["2001:db8:0:0::5"]);
    expect(relayedClientIp(v6)).toBe("2001:db8:0:0::5");
    expect(forwardedSpf(v6)).toContain("2001:db8:0:0::5");
    // Another /48 is another network: that client is the sender's own.
    const other = (
      await diagnose(
        notice(
          "<kim@acme.test>: host mx.filter.test[2001:db8::1] said: 550 REJECTED - 550 2001:db8:1::5 is not allowed to send mail from sender.test (in reply to RCPT TO command)",
        ),
      )
    ).parsed;
    expect(relayedClientIp(other)).toBeNull();
  });

  it("reads nothing for a direct SPF refusal, a forward that is no SPF refusal, or the sender's own list", async () => {
    expect(forwardedSpf((await diagnose(DIRECT)).parsed)).toBeNull();
    const full = notice(
      "<kim@other.test> (expanded from <kim@acme.test>): host mx.other.test[192.0.2.9] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)",
    );
    expect(forwardedSpf((await diagnose(full)).parsed)).toBeNull();
    const ownList = notice(
      "<kim@other.test> (expanded from <team@sender.test>): host mx.other.test[192.0.2.9] said: 550 5.7.1 SPF fail: sender not authorized (in reply to RCPT TO command)",
    );
    expect(forwardedSpf((await diagnose(ownList)).parsed)).toBeNull();
  });
});

describe("an SPF failure after a forward (review 26, finding 5)", () => {
  it("names the forwarder and the recipient's admin as who acts", async () => {
    const d = await diagnose(FORWARDED);
    expect(d.recipients[0]?.cause).toBe("authentication-failure");
    expect(causeInfoFor("authentication-failure", d.parsed)).toBe(FORWARDED_SPF_FAILURE);
    expect(FORWARDED_SPF_FAILURE.actor).toBe("recipient-admin");
    expect(causeInfoFor("authentication-failure", (await diagnose(DIRECT)).parsed)).not.toBe(
      FORWARDED_SPF_FAILURE,
    );
  });

  it("gives the forwarder's fix and DKIM, never a step to list someone else's server in SPF", async () => {
    for (const text of [FORWARDED, FILTERED]) {
      const facts = makeFacts({
        diagnosis: await diagnose(text),
        checks: { "domain:sender.test": done("sender.test", "domain", ["spf.ok", "spf.softfail"]) },
      });
      const items = buildChecklist(facts, [
        { cause: "authentication-failure", confidence: 0.7 },
      ]).causes.flatMap((c) => c.items);
      const ids = items.map((i) => i.id);
      expect(ids).toContain("forwarded-spf.tell-recipient");
      expect(ids.some((id) => id.startsWith("authentication-failure.dkim"))).toBe(true);
      const words = items.map((i) => `${i.title} ${i.detail}`).join(" ");
      expect(words).not.toMatch(/include or ip4|add that server/i);
    }
  });

  it("does not take the filter's relay for the sender's IP, nor read SPF's verdict for it", async () => {
    const facts = makeFacts({
      diagnosis: await diagnose(FILTERED),
      checks: { "domain:sender.test": done("sender.test", "domain", ["spf.ok", "spf.softfail"]) },
    });
    expect(buildContext(facts).sendingIp).not.toBe("198.51.100.68");
    const b = beliefOf(facts);
    expect(b.relevance.forwarded).toBeTruthy();
    expect(b.ran[0]?.found.join(" ")).toContain("need not list");
  });
});

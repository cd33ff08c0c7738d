// The mechanisms that keep a reply without a reason of its own from naming a cause (issue 8,
// the source-reply misreads): catch-all status codes by data, hints on mail servers' own
// entries, weak entries that never decide, wordings that explain the codes beside them, and
// the limits of each (a reason the words do give still decides).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { readFirst as read } from "./test-reading";
import { lookupStatus } from "@/lib/knowledge/enhanced-status-codes";
import { REPLY_POSSIBILITIES } from "@/lib/knowledge/scoring/reply-possibilities";

describe("catch-all status codes (StatusDetail.catchAll)", () => {
  it("marks X.7.1 and X.3.2 with the servers' sources, and not a code with one meaning", () => {
    for (const code of ["5.7.1", "4.3.2"]) {
      const detail = lookupStatus(code)?.detail;
      expect(detail?.catchAll?.sources.length, code).toBeGreaterThan(0);
      for (const url of detail?.catchAll?.sources ?? []) expect(url).toMatch(/^https:\/\//);
    }
    expect(lookupStatus("5.3.4")?.detail?.catchAll).toBeUndefined();
  });

  it("lets X.3.2 rank, not decide: Sendmail's milter tempfail is unknown", async () => {
    const r = await read("451 4.3.2 Please try again later");
    expect(r.cause).toBe("unknown");
    expect(r.possible).toContain("remote-server-error");
    expect(r.possible).toContain("rate-limited");
  });

  it("still reads an overload when the words say so (postscreen's busy ports)", async () => {
    expect((await read("421 4.3.2 All server ports are busy")).cause).toBe("remote-server-error");
  });

  it("leaves a specific code to decide (5.3.4, message too big)", async () => {
    expect((await read("552 5.3.4 Error: message file too big")).cause).toBe("message-too-large");
  });
});

describe("status codes servers send for several causes (reply-possibilities.ts)", () => {
  // Words the tables cannot read (a language they do not know, a site's own text) leave the
  // code alone: where providers use the code for several causes, it ranks them.
  const UNREAD = "xyzzy plugh";

  it("ranks X.2.1's uses: a disabled mailbox first when permanent, a rate limit when temporary", async () => {
    const permanent = await read(`550 5.2.1 ${UNREAD}`);
    expect(permanent.cause).toBe("unknown");
    expect(permanent.possible.slice(0, 3)).toEqual([
      "mailbox-disabled",
      "recipient-unknown",
      "rate-limited",
    ]);
    const temporary = await read(`450 4.2.1 ${UNREAD}`);
    expect(temporary.cause).toBe("unknown");
    expect(temporary.possible.slice(0, 2)).toEqual(["rate-limited", "mailbox-disabled"]);
  });

  it("keeps a 421's list beside 4.2.1: the session's refusal says nothing of a mailbox", async () => {
    const r = await read(`421 4.2.1 ${UNREAD}`);
    expect(r.cause).toBe("unknown");
    expect(r.possible).not.toContain("mailbox-disabled");
    expect(r.possible[0]).toBe("rate-limited");
  });

  it("ranks a server's 5.4.1 (not 'no answer from host': it answered), an unknown address first", async () => {
    const r = await read(`550 5.4.1 ${UNREAD}`);
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("recipient-unknown");
    expect(r.possible).toContain("remote-unreachable");
  });

  it("ranks the reply codes servers send for several causes: 552, 452, 501, 521", async () => {
    const first = async (code: number) => (await read(`${code} ${UNREAD}`)).possible[0];
    for (const code of [552, 452, 501, 521])
      expect((await read(`${code} ${UNREAD}`)).cause).toBe("unknown");
    expect(await first(552)).toBe("message-too-large");
    expect(await first(452)).toBe("rate-limited");
    expect(await first(501)).toBe("protocol-syntax");
    expect(await first(521)).toBe("recipient-domain-invalid");
  });

  it("drops a code's list where words explain the code away (Trend Micro's 521 block)", async () => {
    const r = await read("521 Block permanently (Sender Filtering/Authentication)");
    expect(r.possible).toEqual(["authentication-failure", "rate-limited", "sender-policy"]);
  });

  it("reads every listed code alone as unknown, its list's first cause first", async () => {
    for (const { code, causes } of REPLY_POSSIBILITIES) {
      // A class's list (5xx, 4xx, none) is tested below.
      if (!/^\d/.test(code) || code.endsWith("xx")) continue;
      // A status is pasted with its class's usual reply code; a reply code alone. A subject's
      // list (5.4.x) is read for a detail number the registry does not hold.
      const status = code.replace(/\.x$/, ".999");
      const line = code.includes(".")
        ? `${code.startsWith("4") ? 450 : 550} ${status} ${UNREAD}`
        : `${code} ${UNREAD}`;
      const r = await read(line);
      expect(r.cause, line).toBe("unknown");
      expect(r.possible[0], line).toBe(causes[0]);
    }
  });

  it("still decides where the words say why", async () => {
    expect(
      (
        await read(
          "450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.",
        )
      ).cause,
    ).toBe("rate-limited");
    expect((await read("550 5.2.1 <a@example.com>... User Unknown")).cause).toBe(
      "recipient-unknown",
    );
    expect((await read("450 4.2.1 recipient domain temporarily disabled")).cause).toBe(
      "mailbox-disabled",
    );
  });
});

describe("a class's usual causes where no code has a list (reply-possibilities.ts)", () => {
  const UNREAD = "xyzzy plugh";
  // A DSN whose recipient failed with no Status, no Diagnostic-Code and no reason in words.
  const NOTICE_WITHOUT_CODES = readFileSync(
    join(import.meta.dirname, "..", "bounce", "__fixtures__", "failure-without-codes.eml"),
    "utf8",
  );

  it("ranks a permanent refusal's usual causes for a code with no list of its own", async () => {
    for (const line of [`559 ${UNREAD}`, `510 ${UNREAD}`, `5.0.0 ${UNREAD}`]) {
      const r = await read(line);
      expect(r.cause, line).toBe("unknown");
      expect(r.possible.slice(0, 2), line).toEqual(["sender-policy", "ip-blocklisted"]);
    }
  });

  it("reads no class from a code outside RFC 5321's grammar, which the page says it did not find", async () => {
    expect((await read(`571 ${UNREAD}`)).possible).toEqual([]);
  });

  it("ranks a temporary refusal's for a 4.x.x with no list", async () => {
    const r = await read(`4.0.0 ${UNREAD}`);
    expect(r.possible[0]).toBe("rate-limited");
  });

  it("gives no class where the registry reads the code (X.7.10: encryption needed)", async () => {
    const d = await diagnose(`523 5.7.10 ${UNREAD}`);
    expect(d.recipients[0]?.usualCausesOf).toBeUndefined();
  });

  it("ranks what an MTA finds by itself for a failure notice that quotes no reply", async () => {
    const d = await diagnose(NOTICE_WITHOUT_CODES);
    const r = d.recipients[0]!;
    expect(r.cause).toBe("unknown");
    expect(r.usualCausesOf).toBe("none");
    expect(r.possible?.[0]?.cause).toBe("remote-unreachable");
    expect(r.explanation).toContain("a bounce that quotes no reply from a receiving server");
  });

  it("ranks nothing for a pasted text with no code that may be no bounce at all", async () => {
    const r = await read(`Hello Anna, ${UNREAD}, see you on Monday.`);
    expect(r.possible).toEqual([]);
  });
});

describe("an unregistered detail number read by its subject (RFC 3463 section 2)", () => {
  const UNREAD = "xyzzy plugh";

  it("ranks a network and routing status's causes ahead of the reply code's", async () => {
    for (const line of [`550 5.4.399 ${UNREAD}`, `4.4.316 ${UNREAD} [Message=${UNREAD} 10061]`]) {
      const r = await read(line);
      expect(r.cause, line).toBe("unknown");
      expect(r.possible[0], line).toBe("remote-unreachable");
      expect(r.possible, line).not.toContain("sender-policy");
    }
  });

  it("ranks an addressing status's and a security or policy status's", async () => {
    expect((await read(`550 5.1.99 ${UNREAD}`)).possible[0]).toBe("recipient-unknown");
    const policy = await read(`550 5.7.999 ${UNREAD}`);
    expect(policy.possible[0]).toBe("sender-policy");
    expect(policy.possible).not.toContain("recipient-unknown");
    expect((await read(`451 4.7.555 ${UNREAD}`)).possible[0]).toBe("rate-limited");
  });

  it("says the list is the subject's", async () => {
    const d = await diagnose(`550 5.4.399 ${UNREAD}`);
    const r = d.recipients[0]!;
    expect(r.usualCausesOf).toBe("5.4.x");
    expect(r.explanation).toContain("a network and routing status such as this 550 5.4.399");
  });

  it("ranks a subject's catch-all X.N.0 by its subject: no mailbox cause for a policy status", async () => {
    expect((await read(`550 5.1.0 ${UNREAD}`)).possible.slice(0, 2)).toEqual([
      "recipient-unknown",
      "recipient-domain-invalid",
    ]);
    const policy = await read(`550 5.7.0 ${UNREAD}`);
    expect(policy.cause).toBe("unknown");
    expect(policy.possible).not.toContain("recipient-unknown");
    expect(policy.possible).not.toContain("mailbox-full");
  });

  it("leaves a registered code to its own reading, and X.0 (other) to the reply code's list", async () => {
    expect((await diagnose(`550 5.4.4 ${UNREAD}`)).recipients[0]?.usualCausesOf).not.toBe("5.4.x");
    const other = await read(`550 5.0.350 ${UNREAD}`);
    expect(other.possible.slice(0, 2)).toEqual(["sender-policy", "ip-blocklisted"]);
  });
});

describe("a hint on a mail server's own entry ranks its cause and decides nothing", () => {
  it("reads Postfix's access(5) 'Access denied' as unknown, the site's policy first", async () => {
    for (const text of [
      "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied",
      "554 5.7.1 <a@example.com>: Sender address rejected: Access denied",
    ]) {
      const r = await read(text);
      expect(r.cause, text).toBe("unknown");
      expect(r.possible[0], text).toBe("sender-policy");
    }
  });

  it("reads the same words about the recipient as unknown, an address the site does not hold first", async () => {
    // Trend Micro Hosted Email Security answers an address missing from its directory so; the
    // site's rule against outside senders stays possible.
    const r = await read("554 5.7.1 <bob@example.com>: Recipient address rejected: Access denied");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["recipient-unknown", "sender-policy"]);
  });

  it("keeps Exchange Online's 5.4.1 'Access denied' an unknown recipient (its own code)", async () => {
    const r = await read("550 5.4.1 Recipient address rejected: Access denied");
    expect(r.cause).toBe("recipient-unknown");
  });
});

describe("a weak entry never decides alone, even where its codes hold", () => {
  it("reads Rspamd's '451 4.7.1 Try again later' as unknown with greylisting first", async () => {
    const r = await read("451 4.7.1 Try again later");
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("rate-limited");
  });
});

describe("content refusals without a reason", () => {
  it("ranks spam and a virus for 'message content rejected'", async () => {
    const r = await read("550 5.7.1 Error: message content rejected");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["content-spam", "content-virus"]);
  });

  it("reads the filter's stated reason (UBE: unsolicited bulk e-mail) as spam", async () => {
    const r = await read("550 5.7.1 Message content rejected, UBE, id=00000-00-000");
    expect(r.cause).toBe("content-spam");
  });
});

describe("status and stage shifts", () => {
  it("leave a server's text held to its exact status as it reads (Sendmail's 4.7.0)", async () => {
    const r = await read("421 4.7.0 mx.example.com Too many bad recipients; closing connection");
    expect(r.cause).toBe("recipient-unknown");
  });

  it("rank a filter's policy and a missing mailbox level for 'User unknown' under 5.7.1", async () => {
    // The X.7 status and the words disagree; with no stage stated neither outweighs the other.
    for (const text of [
      "550 5.7.1 <kijitora@example.org>... User unknown",
      "550 5.7.1 Recipient address rejected: Invalid recipient",
    ]) {
      const r = await read(text);
      expect(r.cause).toBe("unknown");
      expect([...r.possible.slice(0, 2)].sort()).toEqual(["recipient-unknown", "sender-policy"]);
    }
  });

  it("rank a blocklisted address first for a refusal at EHLO that gives no reason", async () => {
    // Only the client's address and its HELO name are known at EHLO; no sender, no recipient.
    const r = await read(
      "SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("ip-blocklisted");
  });

  it("rank no recipient or content cause for a bare refusal at MAIL FROM", async () => {
    const text =
      "host mx.example.com[192.0.2.1] said: 554 Rejected (in reply to MAIL FROM command)";
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    for (const ruledOut of ["recipient-unknown", "mailbox-full", "content-spam", "content-virus"])
      expect(r.possible, ruledOut).not.toContain(ruledOut);
    // With no stage stated, the code's usual causes all stay.
    expect((await read("554 Rejected")).possible).toContain("content-spam");
  });

  it("move 'User unknown' under 5.7.1 to the filter's policy where it answered DATA", async () => {
    const r = await read(
      "host mx.example.com[192.0.2.1] said: 550 5.7.1 User unknown (in reply to end of DATA command)",
    );
    expect(r.cause).toBe("sender-policy");
  });

  it("keep qmail's badmailfrom the site's sender policy inside qmail-remote's MAIL FROM bounce", async () => {
    const r = await read(
      "Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
    );
    expect(r.cause).toBe("sender-policy");
  });

  it("explain away the codes DATA is refused with after every recipient was (OpenSMTPD)", async () => {
    const r = await read("503 5.5.4 Invalid command arguments: No recipient specified");
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("recipient-unknown");
    expect(r.possible).not.toContain("protocol-syntax");
  });

  it("keep Gmail's documented reading of its own 'RCPT first'", async () => {
    const r = await read(
      "503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence.",
    );
    expect(r.cause).toBe("protocol-syntax");
  });
});

describe("OpenSMTPD's '550 Invalid recipient'", () => {
  it("ranks an unknown user and a relay refusal, the two conditions that send it", async () => {
    const r = await read("550 Invalid recipient: <bob@example.com>");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2).sort()).toEqual(["recipient-unknown", "relay-denied"]);
  });

  it("leaves other servers' 'Invalid recipient' with more words an unknown recipient", async () => {
    const r = await read("550 5.1.1 <bob@example.com>: Invalid recipient");
    expect(r.cause).toBe("recipient-unknown");
  });
});

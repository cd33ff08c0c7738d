// The Refusal: the server's own words out of the reporting MTA's wrappers, the stated stage, the
// answering provider with its evidence, through the real parser.
import { describe, expect, it } from "vitest";
import { CORE_TABLES } from "@/lib/knowledge/scoring/core-tables";
import { hostUnder } from "./host-under";
import { parseBounce } from "./parse";
import { identifyProviders, toRefusal, unwrapWords, verifiedReplyCodes } from "./refusal";

const IDENTITIES = CORE_TABLES.map((t) => t.identity);

describe("unwrapWords", () => {
  it("removes Postfix's host prefix and reads the stage from its note", () => {
    expect(
      unwrapWords(
        "host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
      ),
    ).toEqual({ words: "550 5.1.1 User unknown", stage: "RCPT" });
  });

  it("takes the reply out of Exchange's quotes, apostrophes included", () => {
    expect(unwrapWords("Remote Server returned '550 5.1.1 The mailbox doesn't exist'").words).toBe(
      "550 5.1.1 The mailbox doesn't exist",
    );
  });

  it("takes the reply after Gmail's sentence and Exim's host and stage lines", () => {
    expect(unwrapWords("The response from the remote server was: 550 5.2.1 Disabled").words).toBe(
      "550 5.2.1 Disabled",
    );
    expect(
      unwrapWords(
        "host mx.example.com [192.0.2.1] SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 No such user",
      ).words,
    ).toBe("550 No such user");
  });

  it("reads Postfix's refused greeting as the connection stage", () => {
    expect(
      unwrapWords("host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Rejected"),
    ).toEqual({ words: "554 5.7.1 Rejected", stage: "CONN" });
    // The words alone, with no Postfix host before them, are a server's own.
    expect(unwrapWords("554 the host refused to talk to me: 554 Rejected").stage).toBeNull();
  });

  it("leaves words with no wrapper as they are", () => {
    expect(unwrapWords("550 5.7.1 rejected")).toEqual({ words: "550 5.7.1 rejected", stage: null });
  });
});

// Postfix 3.7 in front of Dovecot LMTP with reject_unverified_recipient, as the real-MTA lab
// recorded it (lib/knowledge/lab/fixtures/dovecot/verify-mailbox-full.txt).
const VERIFY_QUOTA =
  "550 5.1.1 <full@mta-lab.test>: Recipient address rejected: undeliverable address: host 127.0.0.1[127.0.0.1] said: 552 5.2.2 <full@mta-lab.test> Quota exceeded (mailbox for user is full) (in reply to RCPT TO command)";

describe("Postfix's recipient address verification", () => {
  it("is a wrapper: the words are the refusing server's reply", () => {
    expect(unwrapWords(VERIFY_QUOTA)).toEqual({
      words: "552 5.2.2 <full@mta-lab.test> Quota exceeded (mailbox for user is full)",
      stage: "RCPT",
    });
  });

  it("gives the quoted reply's codes, not its own fixed 5.1.1", () => {
    expect(verifiedReplyCodes(VERIFY_QUOTA)).toEqual({ replyCode: 552, status: "5.2.2" });
  });

  it("leaves a probe's result without a reply, and the sender form, alone", () => {
    const local =
      '550 5.1.1 <a@example.org>: Recipient address rejected: undeliverable address: unknown user: "a"';
    expect(verifiedReplyCodes(local)).toBeNull();
    expect(unwrapWords(local).words).toBe('unknown user: "a"');
    const sender =
      "550 5.1.7 <a@example.org>: Sender address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)";
    expect(verifiedReplyCodes(sender)).toBeNull();
    expect(unwrapWords(sender).words).toMatch(
      /^550 5\.1\.7 <a@example\.org>: Sender address rejected/,
    );
  });
});

describe("identifyProviders", () => {
  it("names the provider by its answering host, its marker or its code", () => {
    expect(identifyProviders("550 x", "gmail-smtp-in.l.google.com", [], IDENTITIES)[0]).toEqual({
      provider: "google",
      by: "host",
      detail: "gmail-smtp-in.l.google.com",
    });
    expect(identifyProviders("550 5.7.27 x a1si1 - gsmtp", null, [], IDENTITIES)[0]).toMatchObject({
      provider: "google",
      by: "marker",
    });
    expect(
      identifyProviders("550 x", null, [{ provider: "yahoo", code: "TSS04" }], IDENTITIES)[0],
    ).toEqual({ provider: "yahoo", by: "code", detail: "TSS04" });
  });

  it("names nobody for a host under no provider's domains", () => {
    expect(identifyProviders("550 x", "mx.notgoogle.com", [], IDENTITIES)).toEqual([]);
  });

  it("answers as reading every identity's hosts and markers one by one would", () => {
    // The reference: the plain reading the prepared look-ups (host suffixes, marker grams) replace.
    const plain = (words: string, host: string | null) =>
      IDENTITIES.flatMap((id) => {
        if (host && id.hosts.some((d) => hostUnder(host, d)))
          return [{ provider: id.provider, by: "host", detail: host }];
        for (const m of id.markers ?? []) {
          const hit =
            typeof m === "string"
              ? words.toLowerCase().includes(m) && m
              : new RegExp(m.source, m.flags.replace("g", "")).exec(words.toLowerCase())?.[0];
          if (typeof hit === "string")
            return [{ provider: id.provider, by: "marker", detail: hit.trim() }];
        }
        return [];
      });
    const hosts = [null, "google.com.", "mx.example.org", "a..b"];
    for (const id of IDENTITIES)
      for (const d of id.hosts) hosts.push(d, `mx.${d}`, `x${d}`, d.slice(d.indexOf(".") + 1));
    const words = [
      "550 5.7.1 refused",
      "550 x a1si1 - gsmtp",
      "554 [TSS04] Messages from 192.0.2.1",
    ];
    for (const id of IDENTITIES)
      for (const m of id.markers ?? [])
        if (typeof m === "string") words.push(`550 ${m.toUpperCase()} x`, `550 ${m.slice(1)}`);
    for (const host of hosts.slice(0, 40))
      for (const w of words)
        expect(identifyProviders(w, host, [], IDENTITIES)).toEqual(plain(w, host));
    for (const host of hosts)
      expect(identifyProviders("550 x", host, [], IDENTITIES)).toEqual(plain("550 x", host));
  });

  it("names each identity by the first of the codes it owns, as a search of the codes would", () => {
    // The reference: each identity not named by host or marker takes the first code it owns.
    const byName = identifyProviders("550 x", null, [], IDENTITIES);
    const plain = (host: string | null, codes: { provider: string; code: string }[]) => {
      const other = identifyProviders("550 x", host, [], IDENTITIES);
      return IDENTITIES.flatMap((id) => {
        const named = other.find((e) => e.provider === id.provider);
        if (named) return [named];
        const own = id.codes ?? [id.provider];
        const code = codes.find((c) => own.includes(c.provider));
        return code ? [{ provider: id.provider, by: "code", detail: code.code }] : [];
      });
    };
    expect(byName).toEqual([]);
    const names = [...new Set(IDENTITIES.flatMap((id) => [...(id.codes ?? []), id.provider]))];
    const lists = [
      [{ provider: "yahoo", code: "TSS04" }],
      [{ provider: "nobody", code: "X1" }],
      names.map((provider, k) => ({ provider, code: `C${k}` })),
      [...names].reverse().map((provider, k) => ({ provider, code: `R${k}` })),
      names.flatMap((provider, k) => [
        { provider, code: `A${k}` },
        { provider, code: `B${k}` },
      ]),
    ];
    for (const host of [null, "gmail-smtp-in.l.google.com", "mx.example.org"])
      for (const codes of lists)
        expect(identifyProviders("550 x", host, codes, IDENTITIES)).toEqual(plain(host, codes));
  });
});

describe("toRefusal", () => {
  it("gives the same facts for a reply alone and with an address before it", async () => {
    const a = await parseBounce("550 User unknown");
    const b = await parseBounce("550 <a@example.com>: User unknown");
    const facts = { writers: new Set<string>(), stageInText: null, host: null, identities: [] };
    const ra = toRefusal(a, a.recipients[0]!, {
      ...facts,
      diagnostic: a.recipients[0]!.diagnostic,
      status: null,
    });
    const rb = toRefusal(b, b.recipients[0]!, {
      ...facts,
      diagnostic: b.recipients[0]!.diagnostic,
      status: null,
    });
    expect(ra.replyCode).toBe(550);
    expect(rb.replyCode).toBe(550);
    expect(ra.stage).toBeNull();
    expect(rb.stage).toBeNull();
    expect(rb.words).toMatch(/User unknown$/);
  });

  it("reads a reply to EHLO as the HELO stage (Exim's 'after EHLO', Postfix's note)", async () => {
    const facts = { writers: new Set<string>(), stageInText: null, host: null, identities: [] };
    for (const text of [
      "host mx.example.com[192.0.2.1] said: 550 Rejected (in reply to EHLO command)",
      "SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected",
    ]) {
      const p = await parseBounce(text);
      const r = toRefusal(p, p.recipients[0]!, {
        ...facts,
        diagnostic: p.recipients[0]!.diagnostic,
        status: null,
      });
      expect(r.stage, text).toEqual({ command: "HELO", how: "stated" });
    }
  });
});

describe("the answering host of 'host X[ip] said:', in any shape", () => {
  // Postfix's form (smtp_proto.c: "host %s said: %s"), pasted with and without its surroundings.
  const REPLY = "451 4.7.1 Service unavailable - try again later";
  const HOST = "host mx01.mail.icloud.com[17.57.154.6] said:";
  const shapes = [
    `<a@icloud.com>: ${HOST} ${REPLY} (in reply to RCPT TO command)`,
    `${HOST} ${REPLY} (in reply to RCPT TO command)`,
    `${HOST} ${REPLY}`,
    `${HOST}\n    ${REPLY}`,
    `  ${HOST} ${REPLY}\n`,
  ];
  shapes.forEach((text, i) =>
    it(`names the host in shape ${i + 1}: ${JSON.stringify(text.slice(0, 40))}`, async () => {
      const parsed = await parseBounce(text);
      expect(parsed.recipients).toHaveLength(1);
      expect(parsed.recipients[0]!.remoteMta).toBe("mx01.mail.icloud.com");
      expect(parsed.recipients[0]!.diagnostic).toContain("Service unavailable");
    }),
  );

  it("does not take a host named lines above the reply", async () => {
    const parsed = await parseBounce(`Connected to host mx.example.net [192.0.2.1].\n\n${REPLY}`);
    expect(parsed.recipients[0]!.remoteMta).toBeNull();
  });
});

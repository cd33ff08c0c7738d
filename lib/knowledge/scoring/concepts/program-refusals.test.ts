// The concepts taught by refusal texts read from the source of programs the catalog has no table
// of (probe 7: greyd and OpenBSD spamd, milter-regex, OpenSMTPD filters, LBBS, Inbucket,
// smtprelay, SubEthaSMTP, smtp4dev, Twisted): each example is checked by concepts.test.ts; here,
// the neighbours each new token could misread, which must keep their own reading.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function read(text: string): Promise<{ cause: string; possible: string[] }> {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

describe("concepts taught by programs' own refusal texts", () => {
  it.each([
    // A list that lets the host in is no refusal of it.
    ["550 5.7.1 Your IP is not in the allow list", "concept.host-blacklisted"],
    // A message that failed the virus filter was caught by it; the filter did not fail.
    ["554 Message failed virus filter", "concept.scanner-failed"],
    // The HELO name against the client's address is a DNS check (concept.helo-no-dns).
    [
      "550 The host name specified in HELO does not match IP address.",
      "concept.helo-not-sender-domain",
    ],
    // A store refused for the recipient's quota is a full mailbox.
    ["451 Failed to store message: quota exceeded", "concept.receiver-could-not-handle"],
    // A keyword in the reverse name is about the sending host (spamdyke).
    [
      "550 5.7.1 Your reverse DNS entry contains your IP address and a banned keyword",
      "concept.banned-words",
    ],
    // Exim's verify = header_sender: the sender address in the headers, not a malformed header.
    [
      "550 Rejected after DATA: there is no valid sender in any header line",
      "concept.malformed-header",
    ],
    // A receiver's own judgement of a source of spam is not a list's (concept.spam-behaviour).
    [
      "IP address () of the server handling your email has been labeled as a source of spam.",
      "concept.listed-as-spam-source",
    ],
  ])("does not read %s as %s", (text, concept) => {
    expect(ids(text)).not.toContain(concept);
  });

  // The same kind of refusal in other words, as a program nobody has read may write it: the
  // concepts' tokens, not the programs' exact texts, must carry the reading.
  it.each([
    ["550 Your IP 192.0.2.1 hit our spam traps", "ip-blocklisted"],
    ["554 Your address 192.0.2.1 is in the SORBS list", "ip-blocklisted"],
    ["550 Worm detected: W32/Mydoom", "content-virus"],
    ["554 Executable attachments are not allowed", "content-virus"],
    ["550 Subject contains banned words", "content-spam"],
    ["550 Message has no valid headers", "protocol-syntax"],
    ["454 4.7.0 Secure connection required", "tls-required"],
    ["452 Unable to store message, try again later", "remote-server-error"],
    ["550 HELO name does not match the sender domain", "sender-policy"],
  ])("reads a paraphrase, %s, as %s", async (text, cause) => {
    expect((await read(text)).cause).toBe(cause);
  });

  it("reads a HELO name that does not match its address as a DNS check, not a sender policy", async () => {
    expect(ids("550 The host name specified in HELO does not match IP address.")).toContain(
      "concept.helo-no-dns",
    );
    expect(ids("530 5.7.0 HELO/EHLO domain does not match MAIL FROM domain")).not.toContain(
      "concept.helo-no-dns",
    );
  });

  it("reads RFC 5321's 552 text by the status beside it", async () => {
    // Mailpit sends it for a message over its size limit, with 5.3.4.
    const size = await read(
      "552 5.3.4 Requested mail action aborted: exceeded storage allocation (10485760)",
    );
    expect(size.cause).toBe("unknown");
    expect(size.possible.slice(0, 2)).toContain("message-too-large");
    // With a mailbox status, or the quota named, it is a full mailbox.
    expect(
      (await read("552 5.2.2 Requested mail action aborted: exceeded storage allocation")).cause,
    ).toBe("mailbox-full");
    expect(
      (await read("552 Requested mail action aborted: exceeded storage allocation, quota exceeded"))
        .cause,
    ).toBe("mailbox-full");
  });

  it("reads Twisted's refusal of a recipient as an unknown recipient, and its sender refusal as no one cause", async () => {
    expect((await read("550 Cannot receive for specified address")).cause).toBe(
      "recipient-unknown",
    );
    expect(
      (
        await read(
          "550 Cannot receive from specified address <alice@example.net>: Sender not acceptable",
        )
      ).cause,
    ).toBe("unknown");
  });
});

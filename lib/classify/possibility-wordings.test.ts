// Words that leave several causes possible rank them and decide none; a reason stated
// elsewhere in the words still decides.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { POSSIBILITY_WORDINGS } from "@/lib/knowledge/scoring/possibility-wordings";

const cases = POSSIBILITY_WORDINGS.flatMap((w) =>
  w.examples.map((e) => [w.id, e.text, w.causes] as const),
);

/** The provider table each table entry (rule id) belongs to. */
const TABLE_OF = new Map(
  PROVIDER_TABLES.flatMap((t) =>
    [...t.phrases, ...t.statusReadings].map((e) => [e.id, t.provider]),
  ),
);

/**
 * The reading of an example. A wording may be attested by a provider's own page whose table
 * reads the same words where it applies (mussar.com's "Mail from <ip> refused by <list>"; Exim's
 * "Unrouteable address", which its table ranks itself): a cause the table decides must be one the
 * wording leaves open, and the wording is read with those tables left out, as for a writer no
 * table reads.
 */
async function readWithoutOwnTables(text: string, causes: readonly string[]) {
  const first = await diagnose(text);
  const r = first.recipients[0] ?? first.overall;
  // The wording's own reading with the full knowledge: checked as it is.
  const own = r.evidence.some((e) => e.note.includes("several causes remain possible"));
  if (r.cause === "unknown" && own) return r;
  const tables = [
    ...new Set(r.evidence.map((e) => TABLE_OF.get(e.ruleId)).filter((p) => p !== undefined)),
  ];
  // Read by no provider table: the general knowledge alone, which the test checks below.
  if (tables.length === 0) return r;
  if (r.cause !== "unknown") expect(causes).toContain(r.cause);
  leaveOutProvidersForEvaluation(tables);
  try {
    const d = await diagnose(text);
    return d.recipients[0] ?? d.overall;
  } finally {
    leaveOutProvidersForEvaluation([]);
  }
}

describe("possibility wordings", () => {
  it.each(cases)("%s: %s is unknown with its causes ranked", async (_id, text, causes) => {
    // A line that names no recipient (OpenSMTPD's "Destination seem to reject all mails") is
    // read as the whole text's verdict.
    const r = await readWithoutOwnTables(text, causes);
    expect(r.cause).toBe("unknown");
    // The list is the words', said as such ("its words fit more than one cause").
    expect(r.possibleFrom).toBe("words");
    expect(r.evidence.map((e) => e.note).join(" ")).toContain("several causes remain possible");
    const top = (r.possible ?? []).slice(0, causes.length + 1).map((p) => p.cause);
    expect(top[0]).toBe(causes[0]);
    for (const c of causes) expect(top).toContain(c);
  });

  it("leaves a reason the words state to decide", async () => {
    const d = await diagnose(
      "550 5.1.1 <jane@example.net>: Recipient address rejected: User unknown in virtual mailbox table; 554 5.5.1 Error: no valid recipients",
    );
    expect(d.recipients[0]?.cause).toBe("recipient-unknown");
  });

  // Google Groups' notice has no reply of the group's own: the recipient's words are empty and
  // the notice is read in the whole text (possibility-wordings.ts `notice`). It hedges between
  // a group that does not exist and a sender who may not post to it; it named neither before.
  it("reads Google Groups' hedged notice in a whole bounce as its two causes", async () => {
    const bounce = [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: kijitora@example.jp",
      "Subject: Delivery Status Notification (Failure)",
      "Auto-Submitted: auto-replied",
      "X-Failed-Recipients: libsisimai@googlegroups.com",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "Hello kijitora@example.jp,",
      "",
      "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
      "",
      " * You might have spelled or formatted the group name incorrectly.",
      " * You may need to join the group before receiving permission to post.",
      "",
      "If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.",
      "",
    ].join("\r\n");
    const r = (await diagnose(bounce)).recipients[0]!;
    expect(r.cause).toBe("unknown");
    expect((r.possible ?? []).slice(0, 2).map((p) => p.cause)).toEqual([
      "sender-policy",
      "recipient-unknown",
    ]);
    // Only the notices: a server's hedge in the whole text is no recipient's words.
    const other = await diagnose(
      bounce
        .replace(
          "may not exist, or you may not have permission to post messages to the group",
          "was not reached",
        )
        .replace("groups.google.com/support/", "example.com/help"),
    );
    expect(other.recipients[0]?.possible ?? []).toEqual([]);
  });

  it("is not Postfix's 'need RCPT command' (DATA with no RCPT TO at all: the client's error)", async () => {
    const d = await diagnose("503 5.5.1 Error: need RCPT command");
    expect(d.recipients[0]?.cause).toBe("protocol-syntax");
  });
});

describe("possibilities the words name where the codes alone named others", () => {
  it.each([
    // A recipient temporarily locked (go-sisimai's suspend test; Zimbra's locked account).
    [
      "550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!",
      ["mailbox-disabled"],
    ],
    ["451 Account temporarily locked", ["mailbox-disabled"]],
    // Listed by Sisimai under both no relaying and its security error.
    ["550 Insecure Mail Relay", ["relay-denied", "authentication-failure"]],
    // The sending server named an open relay (Alaska Communications' FAQ; Outlook.com's SC-003).
    ["550 5.0.0 blocked as possible open relay", ["ip-blocklisted", "bad-reputation"]],
    [
      "501 <a@example.org>... no access from mail server [192.0.2.55] which is an open relay.",
      ["ip-blocklisted", "bad-reputation"],
    ],
    // The recipient's host or domain not found, or not reachable.
    [
      "kijitora@neko.example.com ... unknown host",
      ["recipient-domain-invalid", "remote-unreachable"],
    ],
    [
      "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again",
      ["recipient-domain-invalid", "remote-unreachable"],
    ],
  ] as const)("%s ranks %j first", async (text, causes) => {
    const d = await diagnose(text);
    const r = d.recipients[0] ?? d.overall;
    expect(r.cause).toBe("unknown");
    expect((r.possible ?? []).slice(0, causes.length).map((p) => p.cause)).toEqual(causes);
  });
});

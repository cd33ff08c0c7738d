// Bounces forwarded from a mail client (to IT, as people do) read as the bounce itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { FORWARD_DIVIDERS, findDivider, unwrapForwarded } from "./forwarded";
import { parseBounce } from "./parse";

const POSTFIX_BODY = `This is the mail system at host mail.contoso.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<jane.doe@example.net>: host mx1.example.net[198.51.100.25] said: 552 5.2.2
    <jane.doe@example.net>: Recipient address rejected: Mailbox full (in
    reply to RCPT TO command)
`;

const GMAIL_BODY = `Address not found

Your message wasn't delivered to jane.doe@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`;

/** The same bounce as each client forwards it, with a note from the user above. */
const FORWARDS: Record<string, string> = {
  Gmail: `Can you look at this?

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Tue, 12 May 2026 at 09:14
Subject: Delivery Status Notification (Failure)
To: <john@contoso.example>


${GMAIL_BODY}`,
  Thunderbird: `

-------- Forwarded Message --------
Subject: \tUndelivered Mail Returned to Sender
Date: \tTue, 12 May 2026 09:14:02 +0200 (CEST)
From: \tMail Delivery System <MAILER-DAEMON@mail.contoso.example>
To: \tjohn@contoso.example



${POSTFIX_BODY}`,
  "Apple Mail": `Hi IT, this came back.

Begin forwarded message:

From: Mail Delivery System <MAILER-DAEMON@mail.contoso.example>
Subject: Undelivered Mail Returned to Sender
Date: 12 May 2026 at 09:14:02 CEST
To: john@contoso.example

${POSTFIX_BODY}`,
  Outlook: `-----Original Message-----
From: Mail Delivery System <MAILER-DAEMON@mail.contoso.example>
Sent: Tuesday, May 12, 2026 9:14 AM
To: John <john@contoso.example>
Subject: Undelivered Mail Returned to Sender

${POSTFIX_BODY}`,
  // Outlook in German, with a note that names another address: the note must not be read.
  "Outlook (German)": `Hallo, bitte melden:
max.muster@contoso.example

-----Urspr\u00fcngliche Nachricht-----
Von: Microsoft Outlook <postmaster@contoso.example>
Gesendet: Dienstag, 12. Mai 2026 09:14
An: John <john@contoso.example>
Betreff: Unzustellbar: Angebot

${GMAIL_BODY}`,
  "Outlook (rule)": `Please help

________________________________
From: Mail Delivery System <MAILER-DAEMON@mail.contoso.example>
Sent: Tuesday, May 12, 2026 9:14 AM
To: John <john@contoso.example>
Subject: Undelivered Mail Returned to Sender

${POSTFIX_BODY}`,
};

describe("unwrapForwarded", () => {
  it.each(Object.entries(FORWARDS))(
    "reads a bounce forwarded from %s as the bounce",
    async (_client, text) => {
      const d = await diagnose(text);
      const postfix = text.includes("The mail system");
      expect(d.recipients).toHaveLength(1);
      expect(d.recipients[0]!.recipient.address).toBe(
        postfix ? "jane.doe@example.net" : "jane.doe@example.com",
      );
      expect(d.recipients[0]!.cause).toBe(postfix ? "mailbox-full" : "recipient-unknown");
      expect(d.messages.join(" ")).not.toMatch(/No SMTP reply code/);
    },
  );

  it("keeps the bounce's header fields, which say who wrote it", async () => {
    const p = await parseBounce(FORWARDS.Gmail!);
    expect(p.generator).toBe("gmail");
    expect(p.recipients[0]?.replyCode).toBe(550);
  });

  it("leaves a bounce alone whose own text, above such a divider, holds the reply", () => {
    const text = `${POSTFIX_BODY}\n-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@x.example>\nSubject: Undelivered Mail Returned to Sender\n\nbody\n`;
    expect(unwrapForwarded(text)).toBe(text);
  });

  it("leaves a quoted original message alone: its fields do not say the mail system wrote it", () => {
    const text = `Your message could not be delivered.\n\n---------- Forwarded message ---------\nFrom: John <john@contoso.example>\nTo: jane@example.net\nSubject: Lunch\n\nSee you at noon.\n`;
    expect(unwrapForwarded(text)).toBe(text);
  });

  it("looks for the divider only near the top", () => {
    const text = `${"note line\n".repeat(300)}---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n${GMAIL_BODY}`;
    expect(unwrapForwarded(text)).toBe(text);
  });
});

describe("findDivider", () => {
  // The plain reading: the first line that, leading blanks aside, one divider's pattern matches.
  function firstDividerLine(head: string): { index: number; line: string } | null {
    let index = 0;
    for (const line of head.split("\n")) {
      const bare = line.replace(/^[ \t]+/, "");
      if (FORWARD_DIVIDERS.some((d) => d.pattern.test(bare))) return { index, line };
      index += line.length + 1;
    }
    return null;
  }
  const piece = fc.constantFrom(
    "-",
    "---",
    "-----",
    "_".repeat(10),
    "_".repeat(20),
    " ",
    "\t",
    "\n",
    "Forwarded message",
    "Forwarded Message",
    "Original Message",
    "Urspr\u00fcngliche Nachricht",
    "BEGIN forwarded MESSAGE:",
    "Begin forwarded message:",
    "bEgIn FoRwArDeD mEsSaGe",
    "begin forwarded message",
    // A long s, which folds to an ASCII "s" only with the u flag.
    "Begin forwarded me\u017fsage:",
    ":",
    "\u0130",
    "x",
  );

  it("finds the line that the divider patterns, tried line by line, find first", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const head = pieces.join("");
        const m = findDivider(head);
        const want = firstDividerLine(head);
        expect(m === null ? null : { index: m.index, line: m[0] }).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

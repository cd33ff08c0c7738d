import { describe, expect, it } from "vitest";
import { mboxMessageCount, mboxWarning } from "./mbox";
import { parseBounce } from "./parse";

const bounce = (n: number) =>
  [
    `From MAILER-DAEMON Sat Sep 2${n} 04:19:18 2008`,
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>",
    "Subject: Returned mail: see transcript for details",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    `<user${n}@example.com>`,
    "    (reason: 550 5.1.1 User unknown)",
    "",
  ].join("\n");

describe("mbox texts", () => {
  it("counts the messages of an mbox, and nothing in a text that is not one", () => {
    expect(mboxMessageCount(`${bounce(1)}\n${bounce(2)}`)).toBe(2);
    expect(mboxMessageCount(bounce(1))).toBe(1);
    // A body line that starts with "From " but is no envelope line, and no mbox at all.
    expect(mboxMessageCount(`${bounce(1)}\nFrom the desk of the postmaster\n`)).toBe(1);
    expect(
      mboxMessageCount("550 5.1.1 User unknown\nFrom MAILER-DAEMON Sat Sep 20 04:19:18 2008"),
    ).toBe(0);
  });

  it("says that only the first of several messages was read", async () => {
    const p = await parseBounce(`${bounce(1)}\n${bounce(2)}`);
    expect(p.warnings).toContain(mboxWarning(2));
    expect((await parseBounce(bounce(1))).warnings.join(" ")).not.toMatch(/mbox/);
  });
});

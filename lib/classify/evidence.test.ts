// The evidence an IT person reads: the deciding match first, no repeats of the same words, and
// no provider named for a bounce that provider did not write. Real parser and classifier.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";

const EXIM_FULL = [
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  someone@example.org",
  "    host mx.example.org [192.0.2.1]",
  "    SMTP error from remote mail server after RCPT TO:<someone@example.org>:",
  "    552 5.2.2 <someone@example.org>: Recipient address rejected: Mailbox full.",
  "",
].join("\n");

describe("evidence", () => {
  it("says the same words at the same place once, the deciding match first", async () => {
    const d = classify(await parseBounce(EXIM_FULL));
    const r = d.recipients[0];
    expect(r?.cause).toBe("mailbox-full");
    const ev = r?.evidence ?? [];
    expect(ev[0]?.ruleId).not.toMatch(/^rfc/);
    const text = d.parsed.text;
    const wording = ev.filter((e) => !/^rfc/.test(e.ruleId));
    expect(wording).toHaveLength(1);
    for (const e of ev)
      for (const s of e.spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    expect(
      text.slice(wording[0]!.spans[0]!.start, wording[0]!.spans[0]!.end).toLowerCase(),
    ).toContain("mailbox full");
  });

  it("does not name Microsoft for a wording in its catalog when Microsoft did not answer", async () => {
    const d = classify(await parseBounce(EXIM_FULL));
    for (const e of d.recipients[0]?.evidence ?? []) expect(e.note).not.toMatch(/\(microsoft\)/i);
  });

  it("names the provider when its own server answered", async () => {
    const text = EXIM_FULL.replace(
      "host mx.example.org [192.0.2.1]",
      "host example-org.mail.protection.outlook.com [192.0.2.1]",
    );
    const d = classify(await parseBounce(text));
    const named = (d.recipients[0]?.evidence ?? []).filter((e) =>
      e.ruleId.startsWith("microsoft."),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const e of named) expect(e.note).toMatch(/\(microsoft\)/);
  });
});

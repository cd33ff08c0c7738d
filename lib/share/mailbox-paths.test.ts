import { describe, expect, it } from "vitest";
import { maskMailboxPaths } from "./mailbox-paths";
import { maskLocalParts } from "./redact";

describe("maskMailboxPaths (review 28, P4)", () => {
  it("masks the account in a mailbox path: the folder above INBOX, a spool file, a home", () => {
    // The shape of a quota notice (flufl.bounce tests/data/dsn_17.txt), our own account name.
    expect(
      maskMailboxPaths("Quota exceeded message delivery failed to /mail/mbx/q/7/ab1234/INBOX"),
    ).toBe("Quota exceeded message delivery failed to /mail/mbx/q/7/a***/INBOX");
    expect(maskMailboxPaths('cannot update mailbox /var/mail/jdoe for user "jdoe"')).toBe(
      'cannot update mailbox /var/mail/j*** for user "jdoe"',
    );
    expect(maskMailboxPaths("/var/spool/mail/jane.roe: Disk quota exceeded")).toBe(
      "/var/spool/mail/j***: Disk quota exceeded",
    );
    expect(maskMailboxPaths("maildir:/home/jroe/Maildir/new: quota")).toBe(
      "maildir:/home/j***/Maildir/new: quota",
    );
  });

  it("leaves web addresses and other paths alone", () => {
    const text = [
      "https://www.example.com/home/about and https://support.example.com/mail/answer/81126",
      "/usr/lib/sendmail -t, /etc/postfix/main.cf, /var/log/mail.log",
      "no mailbox here by that name. (#5.1.1)",
    ].join("\n");
    expect(maskMailboxPaths(text)).toBe(text);
  });

  it("is applied with the addresses, in the link's masking", () => {
    const text =
      "<ab1234.50@mail.example.net>:\nQuota exceeded message delivery failed to /mail/mbx/q/7/ab1234/INBOX";
    expect(maskLocalParts(text)).not.toContain("ab1234");
  });

  it("is linear on hostile input", () => {
    const hostile = "/home/".repeat(100_000) + "/a".repeat(100_000) + "/INBOX";
    const started = performance.now();
    maskMailboxPaths(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

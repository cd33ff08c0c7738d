import { describe, expect, it } from "vitest";
import { restoreClientReplies } from "./client-replies";
import { parseBounce } from "./parse";

// What Python's smtplib prints (CPython Lib/smtplib.py: getreply cuts each line's code and
// joins the rest with b"\n"; the exceptions' args are (code, message[, sender])), written here
// with placeholder addresses.
const DATA_ERROR =
  "smtplib.SMTPDataError: (550, b'5.7.1 [192.0.2.1] Our system has detected that this message is\\n" +
  "5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\\n" +
  "5.7.1 this message has been blocked.')";

describe("restoreClientReplies", () => {
  it("writes a bytes literal's lines back as the reply's lines", () => {
    expect(restoreClientReplies(DATA_ERROR)).toBe(
      [
        "smtplib.SMTPDataError: 550-5.7.1 [192.0.2.1] Our system has detected that this message is",
        "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "550 5.7.1 this message has been blocked.",
        "",
        ")",
      ].join("\n"),
    );
  });

  it("reads Python's escapes, a str literal and double quotes", () => {
    expect(restoreClientReplies(`(550, b"5.1.1 it\\'s gone \\xc3\\xa9t\\xc3\\xa9")`)).toBe(
      "550 5.1.1 it's gone été\n\n)",
    );
    expect(restoreClientReplies("{'a@example.org': (452, '4.2.2 Over quota')}")).toBe(
      "{'a@example.org': 452 4.2.2 Over quota\n\n)}",
    );
  });

  it("leaves text without a closed pair as it is, in linear time", () => {
    expect(restoreClientReplies("Totals (550, 'not closed")).toBe("Totals (550, 'not closed");
    expect(restoreClientReplies("no pair here, 'quoted'")).toBe("no pair here, 'quoted'");
    // Each opening closes at the next one's quote: a pass over the text, not one per pair.
    const hostile = "(550, '".repeat(100_000) + "(550, b'" + "x".repeat(100_000);
    const t0 = performance.now();
    expect(restoreClientReplies(hostile).length).toBeLessThan(hostile.length * 2);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("lets the parser read the whole reply and its status", async () => {
    const parsed = await parseBounce(DATA_ERROR);
    const r = parsed.recipients[0]!;
    expect(r.replyCode).toBe(550);
    expect(r.status).toBe("5.7.1");
    expect(r.diagnostic).toContain("likely unsolicited mail");
    expect(r.diagnostic).not.toContain("\\n");
  });
});

import { describe, expect, it } from "vitest";
import type { ParsedBounce } from "@/lib/bounce/types";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { escapeMarkdownInline, markdownCodeBlock, markdownCodeSpan } from "./markdown-escape";
import { reportMarkdown, reportText, type ReportInput } from "./report";

const TEXT =
  "550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org <script>alert(1)</script> **bold** [x](javascript:alert(1))";
const spanOf = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const parsed: ParsedBounce = {
  text: TEXT,
  format: "smtp-reply",
  generator: null,
  recipients: [
    {
      address: "j***@example.com",
      action: "failed",
      replyCode: 550,
      status: "5.7.1",
      diagnostic: TEXT,
      remoteMta: null,
      smtpCommand: null,
      spans: { replyCode: spanOf("550"), status: spanOf("5.7.1") },
    },
  ],
  reportingMta: null,
  ips: ["192.0.2.25"],
  hosts: [],
  domains: [],
  blocklistZones: ["zen.spamhaus.org"],
  providerCodes: [],
  original: null,
  warnings: [],
};

const evidence = [
  {
    ruleId: "dnsbl.named",
    note: "The server names the blocklist that listed the sending IP",
    source: "https://www.spamhaus.org/",
    spans: [
      spanOf("blocked using zen.spamhaus.org"),
      spanOf("<script>alert(1)</script> **bold** [x](javascript:alert(1))"),
    ],
  },
];

const diagnosis: Diagnosis = {
  version: 1,
  parsed,
  recipients: [
    {
      index: 1,
      recipient: parsed.recipients[0]!,
      cause: "ip-blocklisted",
      confidence: 0.9,
      actor: "sender-admin",
      evidence,
      alternatives: [],
      statusMeaning: "Delivery not authorized, message refused",
    },
  ],
  overall: { cause: "ip-blocklisted", confidence: 0.9, actor: "sender-admin", evidence },
  messages: [],
};

const input: ReportInput = {
  diagnosis,
  checks: [
    {
      subject: "192.0.2.25",
      kind: "ip",
      checkedAt: "2026-03-01T10:00:00.000Z",
      findings: [
        {
          code: "blocklist.listed",
          severity: "critical",
          outcome: "done",
          title: "Listed on Spamhaus ZEN <b>",
          records: [{ name: "25.2.0.192.zen.spamhaus.org", type: "A", values: ["127.0.0.2"] }],
        },
        {
          code: "ptr.none",
          severity: "error",
          outcome: "could-not-check",
          title: "Reverse DNS timed out",
        },
      ],
    },
  ],
  answers: { "sent-from": "office-365", tried: ["yes", "no"] },
  questionTitles: { "sent-from": "Which service sends your mail?" },
  checklist: {
    items: [
      { id: "fix-root-cause", title: "Find and fix why the IP was listed", done: true },
      { id: "delist", title: "Request delisting at Spamhaus", done: false },
    ],
  },
  link: "https://bd.example/r#1.abc",
};

describe("reportMarkdown", () => {
  const md = reportMarkdown(input);

  it("says the cause, whose side acts, the codes, the records, the checklist, the answers, the link and the time", () => {
    expect(md).toContain("# Bounce diagnosis: Your sending server's IP address is on a blocklist");
    expect(md).toContain("**Who acts:** Your mail administrator");
    expect(md).toContain("`5.7.1`: Delivery not authorized, message refused");
    expect(md).toContain("`550`: SMTP reply \\(RFC 5321\\): permanent failure");
    expect(md).toContain("25.2.0.192.zen.spamhaus.org A\n  127.0.0.2");
    expect(md).toContain("**could not check**: Reverse DNS timed out");
    expect(md).toContain("- [x] Find and fix why the IP was listed");
    expect(md).toContain("- [ ] Request delisting at Spamhaus");
    expect(md).toContain("- Which service sends your mail?: office-365");
    expect(md).toContain("- tried: yes, no");
    expect(md).toContain("<https://bd.example/r#1.abc>");
    expect(md).toContain("Checks as of 2026-03-01T10:00:00.000Z");
  });

  it("quotes the evidence literally inside code blocks", () => {
    expect(md).toContain("```text\n  blocked using zen.spamhaus.org\n  ```");
    expect(md).toContain("<script>alert(1)</script> **bold** [x](javascript:alert(1))\n  ```");
  });

  it("escapes untrusted text outside code blocks", () => {
    expect(md).toContain("Listed on Spamhaus ZEN \\<b\\>");
    const outsideCode = md.replace(/```text\n[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    expect(outsideCode).not.toMatch(/<(script|b)>/);
  });
});

describe("reportText", () => {
  it("has the same content, in plain text", () => {
    const text = reportText(input);
    expect(text).toContain("BOUNCE DIAGNOSIS: Your sending server's IP address is on a blocklist");
    expect(text).toContain("Who acts:   Your mail administrator");
    expect(text).toContain("    | blocked using zen.spamhaus.org");
    expect(text).toContain("[x] Find and fix why the IP was listed");
    expect(text).toContain("[ ] Request delisting at Spamhaus");
    expect(text).toContain("      127.0.0.2");
    expect(text).toContain("Result link: https://bd.example/r#1.abc");
    expect(text).toContain("Checks as of 2026-03-01T10:00:00.000Z");
  });

  it("drops terminal escape sequences", () => {
    const hostile = { ...input, answers: { a: "\u001b[31mred\u001b[0m" } };
    expect(reportText(hostile)).not.toContain("\u001b");
    expect(reportMarkdown(hostile)).not.toContain("\u001b");
  });

  it("a report with no checks says so", () => {
    expect(reportText({ diagnosis })).toContain("No DNS or blocklist checks were run");
  });
});

describe("markdown escaping", () => {
  it("escapes inline syntax and line-start block syntax", () => {
    expect(escapeMarkdownInline("*a* _b_ [c](d) <e> `f` &amp; | ~g~ !")).toBe(
      "\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\<e\\> \\`f\\` \\&amp; \\| \\~g\\~ \\!",
    );
    expect(escapeMarkdownInline("- item", true)).toBe("\\- item");
    expect(escapeMarkdownInline("1. item", true)).toBe("1\\. item");
    expect(escapeMarkdownInline("192.0.2.1")).toBe("192.0.2.1");
    expect(escapeMarkdownInline("line\nbreak")).toBe("line break");
  });

  it("code spans and blocks outgrow the backticks they hold", () => {
    expect(markdownCodeSpan("a ``` b")).toBe("````a ``` b````");
    expect(markdownCodeSpan("`x`")).toBe("`` `x` ``");
    expect(markdownCodeBlock("```\nevil\n```")).toBe("````text\n```\nevil\n```\n````");
  });
});

describe("a delay notice in the reports", () => {
  it("says beside the cause that nothing failed yet", async () => {
    const { readFileSync } = await import("node:fs");
    const { diagnose } = await import("@/lib/diagnosis/diagnose");
    const diagnosis = await diagnose(
      new Uint8Array(
        readFileSync(
          new URL("../knowledge/lab/fixtures/postfix/delay-warning.eml", import.meta.url),
        ),
      ),
    );
    expect(diagnosis.overall.cause).toBe("remote-unreachable");
    const md = reportMarkdown({ diagnosis });
    expect(md).toMatch(/^> \*\*Delay notice:\*\* Not a failure yet/m);
    expect(reportText({ diagnosis })).toMatch(/^Delay notice: Not a failure yet/m);
    // In place of the cause's summary, which speaks of a failure that has not happened.
    expect(reportText({ diagnosis })).not.toContain("retried until it expired");
    // A bounce gets no such line.
    const bounce = await diagnose(
      "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown",
    );
    expect(reportText({ diagnosis: bounce })).not.toContain("Delay notice");
  });
});

describe("the report's recipient lines (ui27)", () => {
  it("gives a provider's own meaning of the status, the final address, and a program's label", async () => {
    const { diagnose } = await import("@/lib/diagnosis/diagnose");
    const yahoo = await diagnose(
      [
        "Final-Recipient: rfc822; someone@yahoo.com",
        "Original-Recipient: rfc822;someone@example.org",
        "Action: failed",
        "Status: 5.7.9",
        "Remote-MTA: dns; mta7.am0.yahoodns.net",
        "Diagnostic-Code: smtp; 554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
      ].join("\n"),
    );
    const md = reportMarkdown({ diagnosis: yahoo });
    const status = md.split("\n").find((l) => l.includes("status 5.7.9"));
    expect(status).toContain("sender authentication");
    expect(status).toContain("Source: SMTP Field Manual");
    expect(status).not.toContain("weaker than the server allows");
    expect(md).toContain("Delivered onward to someone@yahoo.com");
    // The Codes section says the same.
    expect(md).toMatch(/`5\.7\.9`: Permanent failure: your mail failed sender authentication/);

    const program = await diagnose(
      "SMTP ERROR: Password command failed: 535 5.7.8 Username and Password not accepted\nSMTP Error: Could not authenticate.",
    );
    const text = reportText({ diagnosis: program });
    expect(text).toContain("- Your mail program's error (not a bounce): ");
    expect(text).not.toContain("(address not given)");
  });
});

import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { done, finding } from "@/lib/rules/test-factories";
import { makeSharePayload } from "@/lib/share/payload";
import { redactPayload } from "@/lib/share/redact";
import { fixKey, reportInputFromPayload } from "./from-payload";
import { reportMarkdown, reportText } from "./report";
import { sharedView } from "./shared-view";

const NDR =
  "Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.'";

describe("sharedView", () => {
  it("composes the answers in the words given and the checklist with its links", async () => {
    const diagnosis = await diagnose(NDR);
    const payload = makeSharePayload({
      text: NDR,
      answers: { "sending-platform": "own-server", "sending-ip": "(I don't know)" },
      conclusion: [{ cause: "ip-blocklisted", confidence: 0.9 }],
      checklist: { "ip-blocklisted.delist-named.sender-office-com": true, "gone.item": false },
    });
    const view = sharedView(payload, diagnosis);
    expect(view.answers).toEqual([
      { id: "sending-platform", question: "What sends your mail?", answer: "Our own mail server" },
      {
        id: "sending-ip",
        question: "Which IP address does your mail leave from?",
        answer: "I don't know",
      },
    ]);
    const portal = view.checklist.find((i) => i.id.includes("sender-office-com"));
    expect(portal?.link?.url).toBe("https://sender.office.com/");
    expect(portal?.done).toBe(true);
    // An id the facts cannot rebuild keeps a readable title.
    expect(view.checklist.find((i) => i.id === "gone.item")?.title).toBe("Gone item");
  });

  it("rebuilds the content review's checklist steps, with their titles, from the link's summary", async () => {
    const text =
      "<jo@example.com>: host mx.example.com[192.0.2.25] said: 550 5.7.1 Message rejected as spam by Content Filtering (in reply to end of DATA command)";
    const payload = makeSharePayload({
      text,
      conclusion: [{ cause: "content-spam", confidence: 0.95 }],
      checklist: {
        "content-spam.adjust.link-blocklist": false,
        "content-spam.adjust.url-shortener": false,
        "content-spam.verify.review-again": false,
      },
      content: {
        status: "reviewed",
        score: 12.4,
        thresholds: { greylist: 4, junk: 6, reject: 15 },
        findings: [
          { rule: "DBL_SPAM", points: 6.5 },
          { rule: "URL_SHORTENER", points: 0 },
        ],
      },
    });
    const view = sharedView(payload, await diagnose(text));
    expect(view.content?.status).toBe("reviewed");
    expect(Object.fromEntries(view.checklist.map((i) => [i.id, i.title]))).toEqual({
      "content-spam.adjust.link-blocklist": "Remove or replace links to blocklisted domains",
      // A shortener without points is only noted: no step of its own is rebuilt for it.
      "content-spam.adjust.url-shortener": "Content spam adjust url shortener",
      "content-spam.verify.review-again": "Review the changed message again, then resend it",
    });
    // The ticket says it too, in both formats.
    const input = reportInputFromPayload(payload, await diagnose(text));
    const markdown = reportMarkdown(input);
    expect(markdown).toContain("## Content review");
    expect(markdown).toContain("scored the message 12.4");
    expect(markdown).toContain("junk folder from 6, refused from 15");
    expect(markdown).toContain("Spamhaus DBL lists as a spam domain");
    // Wrapped for an email client: the verdict may run over two lines.
    expect(reportText(input)).toMatch(
      /CONTENT REVIEW\n[^\n]*\n?[^\n]*12\.4[\s\S]*\(URL_SHORTENER,\s+no\s+points\)/,
    );
  });

  it("the hand-off carries the server's line, the answering host, the codes, the checks, the records and the link", async () => {
    const text =
      "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
    const diagnosis = await diagnose(text);
    const ipCheck = done("203.0.113.7", "ip", [
      finding("blocklist.listed", {
        title: "203.0.113.7 is listed on Spamhaus ZEN",
        fix: "Delisting: https://check.spamhaus.org/",
        data: { zone: "zen.spamhaus.org", list: "spamhaus-zen" },
      }),
    ]);
    const payload = makeSharePayload({
      text,
      checks: ipCheck.report ? [ipCheck.report] : [],
      conclusion: [{ cause: "ip-blocklisted", confidence: 0.95 }],
      checklist: { "ip-blocklisted.delist.spamhaus-zen": false },
    });
    const input = reportInputFromPayload(payload, diagnosis, {
      checklist: [
        ...sharedView(payload, diagnosis).checklist,
        {
          id: "authentication-failure.spf",
          title: "Update the SPF record of example.org",
          done: false,
          record: { type: "TXT", name: "example.org", value: "v=spf1 ip4:192.0.2.1 ~all" },
        },
      ],
      link: "http://localhost/r#abc",
    });
    for (const report of [reportMarkdown(input), reportText(input)]) {
      // The server's own line (Markdown escapes its brackets), and who answered.
      expect(report).toMatch(/server said: 554 5\.7\.1 Service unavailable/);
      expect(report).toContain("blocked using zen.spamhaus.org");
      expect(report).toContain("mx1.example.net");
      expect(report).toContain("5.7.1");
      expect(report).toContain("203.0.113.7 is listed on Spamhaus ZEN");
      expect(report).toContain("https://check.spamhaus.org/");
      expect(report).toContain("v=spf1 ip4:192.0.2.1 ~all");
      expect(report).toContain("http://localhost/r#abc");
    }
  });
});

describe("fixes in a shared link", () => {
  const text = "550 5.7.1 Client host [203.0.113.7] blocked using zen.spamhaus.org";

  it("a finding that needs action carries its fix, so the report opened from the link alone says what to do", async () => {
    const check = done("203.0.113.7", "ip", [
      finding("blocklist.listed", {
        title: "listed",
        fix: "Delisting: https://check.spamhaus.org/",
      }),
      finding("blocklist.not-listed", { title: "not listed", fix: "Nothing to do." }),
    ]);
    const payload = makeSharePayload({ text, checks: check.report ? [check.report] : [] });
    expect(payload.checks[0]?.findings[0]?.fix).toBe("Delisting: https://check.spamhaus.org/");
    // An all-clear finding's advice is not worth the link's length.
    expect(payload.checks[0]?.findings[1]).not.toHaveProperty("fix");
    const input = reportInputFromPayload(payload, await diagnose(text));
    expect(reportText(input)).toContain("Fix: Delisting: https://check.spamhaus.org/");
    expect(reportText(input)).not.toContain("Nothing to do.");
  });

  it("the full reports' fixes win where the wizard has them", async () => {
    const check = done("203.0.113.7", "ip", [
      finding("blocklist.listed", { title: "listed", fix: "Short fix" }),
    ]);
    const payload = makeSharePayload({ text, checks: check.report ? [check.report] : [] });
    const input = reportInputFromPayload(payload, await diagnose(text), {
      fixes: {
        [fixKey("203.0.113.7", "blocklist.listed", "listed")]:
          "Delisting: https://check.spamhaus.org/",
      },
    });
    expect(reportText(input)).toContain("Fix: Delisting: https://check.spamhaus.org/");
  });
});

describe("the shared report of a masked link", () => {
  it("names neither party of an Exchange Online NDR's parties row (review 30, finding 2)", async () => {
    // The newer NDR as Outlook renders it when copied (lib/share/ndr-party-row.ts).
    const text = [
      "Your message to paul.newman@example.com couldn't be delivered.",
      "",
      "paul.newman wasn't found at example.com.",
      "Grace Hopper \tOffice 365 \tPaul Newman ",
      "Action Required \t\tRecipient ",
      "",
      "Unknown To address \t\t",
      "",
      "How to Fix It",
      "The address may be misspelled or may not exist. Try one or more of the following:",
      "Clear the recipient Auto-Complete List in Outlook or Outlook on the web by following the steps in this article: Fix email delivery issues for error code 5.1.10 in Office 365, and then send the message again.",
    ].join("\n");
    const payload = redactPayload(makeSharePayload({ text }), {
      maskLocalParts: true,
      dropOriginalMessage: true,
    });
    const input = reportInputFromPayload(payload, await diagnose(payload.text));
    for (const report of [reportMarkdown(input), reportText(input)]) {
      expect(report).not.toMatch(/Grace|Hopper|Paul|Newman|paul\.newman/);
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { done, finding } from "@/lib/rules/test-factories";
import { DONT_KNOW_VALUE } from "@/lib/share/answers-codec";
import { decodeShareFragment } from "@/lib/share/encode";
import { shareLinkForDiagnosis } from "@/lib/share/link";
import { OLD_LINK_UNKNOWN_550 } from "@/lib/share/old-links";
import { makeSharePayload, type SharePayload } from "@/lib/share/payload";
import { reportInputFromPayload } from "./from-payload";
import { reportOutline } from "./report-outline";
import { escapeMarkdownInline as esc } from "./markdown-escape";
import { textItem } from "./outline-sections";
import { PLAIN_WIDTH, wrapPlain } from "./plain-wrap";
import { reportMarkdown, reportText } from "./report";
import { sharedView } from "./shared-view";

function decoded(fragment: string): SharePayload {
  const result = decodeShareFragment(fragment);
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

/** The link the API makes for a text: before any check ran, any answer or any conclusion. */
async function apiLink(text: string) {
  const diagnosis = await diagnose(text);
  const link = shareLinkForDiagnosis(text, { origin: "https://bounce-doctor.example" });
  if (!link.ok) throw new Error("no link");
  return { diagnosis, payload: decoded(link.fragment) };
}

/** Where a line starting with `heading` is, or -1. */
const at = (report: string, heading: string) =>
  report.split("\n").findIndex((l) => l.startsWith(heading));

/** Lines longer than the plain width that are more than one unbreakable word (a URL, a record). */
const overlong = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.length > PLAIN_WIDTH && l.trim().includes(" ") && !l.startsWith("    | "));

/** Markdown syntax a mail client would show as is. */
const MARKDOWN_SYNTAX = /^(#{1,6} |\s*- \[[ x]\] |\s*> )|\*\*|```|\\[()[\]*_`<>!#|~&{}]/m;

const GMAIL_DMARC = [
  "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
  "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if",
  "550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to",
  "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection",
].join("\n");

describe("an unknown bounce's report (550 mail refused, a link made before any check)", () => {
  it("says first what is not settled: the causes still possible, ranked, each with its check-first step", async () => {
    const { diagnosis, payload } = await apiLink("550 mail refused");
    const view = sharedView(payload, diagnosis);
    const input = reportInputFromPayload(payload, diagnosis);
    const md = reportMarkdown(input);
    const text = reportText(input);

    expect(at(md, "## Not settled yet")).toBeGreaterThan(0);
    expect(at(md, "## Not settled yet")).toBeLessThan(at(md, "## What is known"));
    expect(at(text, "NOT SETTLED YET")).toBeLessThan(at(text, "WHAT IS KNOWN"));
    // No fix is settled, so none is offered as one: the "What to do" part holds prevention only.
    expect(md).not.toContain("### If it is:");
    expect(md).toContain("The fixes come once the cause is known.");

    // The ranked causes, most likely first, each with the step that tells it apart.
    const possible = diagnosis.overall.possible ?? [];
    expect(possible.length).toBeGreaterThan(1);
    const ranks = possible.map((p) => md.indexOf(`**${esc(CAUSES[p.cause].title)}**`));
    expect(ranks.every((r) => r > 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const steps = view.outline.notSettled?.steps ?? [];
    for (const { item, tellsApart } of steps) {
      if (!tellsApart) continue;
      const causeLine = md.indexOf(`**${esc(CAUSES[tellsApart].title)}**`);
      const stepLine = md.indexOf(`   - [ ] Check first: ${esc(item.title)}`);
      expect(stepLine).toBeGreaterThan(causeLine);
      expect(text).toContain(`[ ] Check first: ${item.title.slice(0, 30)}`);
    }
    // Every step of the grouping appears once, in the section the lib puts it in.
    for (const { item } of steps) expect(md.split(esc(item.title)).length).toBe(2);
  });

  it("cites no check that did not run, and no answer that was not given", async () => {
    const { diagnosis, payload } = await apiLink("550 mail refused");
    const input = reportInputFromPayload(payload, diagnosis);
    for (const report of [reportMarkdown(input), reportText(input)].map((r) =>
      r.replace(/\s+/g, " "),
    )) {
      expect(report).toContain("No check had run when this report was made");
      expect(report).toContain("No question had been answered when this report was made");
      expect(report).toContain("It rests on the bounce's own words.");
      expect(report).not.toMatch(/\d+ checks? that ran/);
      expect(report).not.toMatch(/Records found|RECORDS FOUND|Checks as of/);
    }
  });

  it("shows an “I don't know” answer as given, and rests nothing on it", async () => {
    const text = "550 mail refused";
    const payload = makeSharePayload({
      text,
      answers: { "sending-platform": "own-server", "sending-ip": DONT_KNOW_VALUE },
    });
    const input = reportInputFromPayload(payload, await diagnose(text));
    const md = reportMarkdown(input);
    expect(md).toContain("- What sends your mail? **Our own mail server**");
    expect(md).toContain(
      "- Which IP address does your mail leave from? **I don't know** (given, but the result does not rest on it)",
    );
    expect(md).toContain("It rests on the bounce's own words and 1 answer.");
    expect(reportText(input)).toMatch(
      /I don't know \(given, but\s+the result does not rest on it\)/,
    );
  });

  it("an older link with a conclusion: the tell-apart steps, with their state, before the likeliest cause's fixes", async () => {
    const payload = decoded(OLD_LINK_UNKNOWN_550);
    const input = reportInputFromPayload(payload, await diagnose(payload.text));
    const md = reportMarkdown(input);
    // The bounce says no reason and nothing settled it: the report reads as the command line
    // does (the unknown headline, "Depends on the cause", the ranked ids), never the likeliest
    // cause's summary, actor and id as if found.
    expect(md).toMatch(/^# Bounce diagnosis: This bounce does not say why\./);
    expect(md).toContain("- **Who acts:** Depends on the cause; you check first which it is");
    expect(md).toMatch(
      /- \*\*Cause id:\*\* `unknown` \(possible, most likely first: `sender-policy`/,
    );
    expect(md).not.toContain("**Who acts:** The recipient's mail administrator");
    expect(md).not.toContain(CAUSES["sender-policy"].summary);
    expect(md).not.toMatch(/- \*\*Confidence:\*\* \d+%/);
    expect(at(md, "## Not settled yet")).toBeLessThan(at(md, "### If it is: "));
    expect(md).toContain(
      "   - [x] Check first: Check whether other organisations accept your mail",
    );
    expect(md).toContain(
      "The fixes further down are for the most likely cause, if it is that one.",
    );
    const text = reportText(input);
    expect(text).toMatch(/^BOUNCE DIAGNOSIS: This bounce does not say why\./);
    expect(text).toContain("Cause id:   unknown (possible, most likely first: sender-policy");
    expect(text).toContain("Who acts:   Depends on the cause; you check first which it is");
    expect(at(text, "NOT SETTLED YET")).toBeLessThan(at(text, "IF IT IS: "));
    expect(text).toContain("   [x] Check first: Check whether other organisations accept your");
  });
});

describe("a settled result's report (Gmail's 5.7.26 DMARC refusal)", () => {
  it("reads as before: no not-settled part, the cause's fixes under its title", async () => {
    const diagnosis = await diagnose(GMAIL_DMARC);
    const payload = makeSharePayload({
      text: GMAIL_DMARC,
      conclusion: [{ cause: diagnosis.overall.cause, confidence: diagnosis.overall.confidence }],
      // The wizard's conclusion was clear (checks confirmed it): without that, the words alone
      // make it "most likely", not settled (lib/share/shared-outline.test.ts).
      conclusionClear: true,
    });
    expect(diagnosis.overall.cause).toBe("authentication-failure");
    const view = sharedView(payload, diagnosis);
    expect(view.outline.notSettled).toBeNull();
    const input = reportInputFromPayload(payload, diagnosis);
    const md = reportMarkdown(input);
    const text = reportText(input);
    for (const report of [md, text]) {
      expect(report).not.toMatch(/not settled/i);
      expect(report).not.toContain("Check first");
      expect(report).toContain("Settled: the steps below are for this cause.");
    }
    const title = CAUSES["authentication-failure"].title;
    expect(at(md, "## What to do")).toBeGreaterThan(at(md, "## What is known"));
    const section = at(md, `### ${title.replace(/[()]/g, (c) => `\\${c}`)}`);
    expect(section).toBeGreaterThan(at(md, "## What to do"));
    const first = view.outline.fixes[0]?.items[0];
    expect(first).toBeDefined();
    expect(md).toContain(`- [ ] ${first?.title.replace(/[()]/g, (c) => `\\${c}`)}`);
    expect(text).toContain(`TO DO: ${title.toUpperCase()}`);
  });
});

describe("a delay notice's report (not a bounce)", () => {
  it("says nothing failed yet, and groups its steps as the share page does", async () => {
    const bytes = readFileSync(
      new URL("../knowledge/lab/fixtures/postfix/delay-warning.eml", import.meta.url),
      "latin1",
    );
    const diagnosis = await diagnose(bytes);
    const payload = makeSharePayload({ text: bytes });
    const view = sharedView(payload, diagnosis);
    const input = reportInputFromPayload(payload, diagnosis);
    const md = reportMarkdown(input);
    const text = reportText(input);
    expect(md).toMatch(/^> \*\*Delay notice:\*\* Not a failure yet/m);
    expect(text).toMatch(/^Delay notice: Not a failure yet/m);
    // The same grouping as the page: its steps in the not-settled part where the view has one,
    // under the page's own title (a delay's reason is checked, not told apart: delay-outline).
    const heading = `## ${esc(view.outline.notSettled?.title ?? "")}`;
    expect(md.includes(heading)).toBe(view.outline.notSettled !== null);
    expect(md).not.toContain("## Not settled yet");
    for (const { item } of view.outline.notSettled?.steps ?? []) {
      const step = md.indexOf(esc(item.title));
      expect(step).toBeGreaterThan(md.indexOf(heading));
      expect(step).toBeLessThan(md.indexOf("## What is known"));
    }
    expect(text).not.toContain("retried until it expired");
  });
});

describe("a result after a check ran", () => {
  it("says which check ran and what it found, and rests on it", async () => {
    const text =
      "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
    const ipCheck = done("203.0.113.7", "ip", [
      finding("blocklist.listed", {
        title: "203.0.113.7 is listed on Spamhaus ZEN",
        severity: "error",
        fix: "Delisting: https://check.spamhaus.org/",
      }),
      finding("blocklist.could-not-check", { title: "b.barracudacentral.org" }),
    ]);
    const payload = makeSharePayload({
      text,
      checks: ipCheck.report ? [ipCheck.report] : [],
      conclusion: [{ cause: "ip-blocklisted", confidence: 0.95 }],
      checklist: { "ip-blocklisted.delist.spamhaus-zen": true },
    });
    const input = reportInputFromPayload(payload, await diagnose(text));
    const md = reportMarkdown(input);
    const plain = reportText(input);
    expect(md).toMatch(
      /^- `203\.0\.113\.7` \(IP check, checked \d{4}-\d\d-\d\d \d\d:\d\d UTC\): 1 problem found; 1 lookup could not be checked \\\(no answer to rely on\\\)$/m,
    );
    expect(md).toContain("  - error: 203.0.113.7 is listed on Spamhaus ZEN");
    expect(md).not.toContain("No check had run");
    expect(md).toContain("It rests on the bounce's own words and 1 check that ran.");
    // The step done at the time of sharing is ticked, in both formats.
    expect(md).toMatch(/^- \[x\] .*Spamhaus/m);
    expect(plain).toMatch(/^\[x\] .*Spamhaus/m);
    expect(plain).toMatch(/^- 203\.0\.113\.7 \(IP check, checked .*\): 1 problem found;/m);
    expect(plain).toContain("    error: 203.0.113.7 is listed on Spamhaus ZEN");
  });
});

describe("the plain text reads in an email client", () => {
  it("has no Markdown syntax and no line longer than it must be", async () => {
    const samples = [
      await apiLink("550 mail refused"),
      { diagnosis: await diagnose(GMAIL_DMARC), payload: makeSharePayload({ text: GMAIL_DMARC }) },
    ];
    for (const { diagnosis, payload } of samples) {
      const text = reportText(reportInputFromPayload(payload, diagnosis));
      expect(text).not.toMatch(MARKDOWN_SYNTAX);
      expect(overlong(text)).toEqual([]);
    }
  });

  it("wraps under the first word's indent and keeps a long word whole", () => {
    expect(wrapPlain("one two three four", "- ", "  ", 10)).toEqual([
      "- one two",
      "  three",
      "  four",
    ]);
    const url = `https://example.com/${"a".repeat(80)}`;
    expect(wrapPlain(`see ${url} now`, "", "", 20)).toEqual(["see", url, "now"]);
    expect(wrapPlain("", "x ")).toEqual(["x"]);
    expect(wrapPlain("a\u001b[31mb  c")).toEqual(["a[31mb c"]);
  });
});

describe("a plain-text step whose title wraps", () => {
  it("hangs the title's second line under the title's text, apart from the detail", () => {
    const title =
      "Check that a-rather-long-recipient-domain.example publishes mail servers and takes mail";
    const lines = textItem(
      { id: "unknown.first.x", title, done: false, detail: "The detail under it." },
      "   ",
      "Check first: ",
    );
    const titleStart = "   [ ] Check first: ".length;
    expect(lines[0]).toMatch(/^ {3}\[ \] Check first: Check that/);
    expect(lines.length).toBe(3);
    // The continuation starts where the title's own words do; the detail under the box.
    expect(lines[1]!.length - lines[1]!.trimStart().length).toBe(titleStart);
    expect(lines[2]).toBe("       The detail under it.");
    expect(lines.every((l) => l.length <= PLAIN_WIDTH)).toBe(true);
  });
});

describe("the report's standing line", () => {
  // As the share page says it (lib/share/shared-outline.ts): where no step of the not-settled
  // group looks at one cause, no line says the steps check the reason or tell causes apart.
  async function input(tellsApart: "ip-blocklisted" | null, delay: "reason-possible" | null) {
    const diagnosis = await diagnose("550 mail refused");
    const item = { id: "unknown.test", title: "Send a test", done: false };
    return {
      diagnosis,
      outline: {
        notSettled: {
          title: "",
          intro: null,
          actorLabel: "you",
          possible: [{ cause: "ip-blocklisted" as const, confidence: 0.5 }],
          steps: [{ item, tellsApart }],
        },
        fixes: [],
        prevent: [],
        other: [],
        fixPrefix: "",
        delay,
        delayIntro: null,
      },
    };
  }

  it("does not say the steps tell the causes apart, or check the reason, when none looks at one", async () => {
    const none = reportMarkdown(await input(null, null));
    expect(none).not.toMatch(/tell them apart/);
    expect(none).toMatch(/the steps below help whatever it is/);
    const delayed = reportMarkdown(await input(null, "reason-possible"));
    expect(delayed).not.toMatch(/first step below checks it/);
    expect(reportMarkdown(await input("ip-blocklisted", null))).toMatch(/tell them apart/);
    expect(reportText(await input(null, null)).replace(/\s+/g, " ")).not.toMatch(/tell them apart/);
  });
});

describe("the report's steps in the wizard's order (rev23 W7)", () => {
  it("keeps the caller's order for a step the link's checks could not rebuild", async () => {
    const diagnosis = await diagnose(
      "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    );
    const built = (id: string) => ({ id, title: id, done: false, detail: `rebuilt ${id}` });
    // As outlineLinkItems leaves it: the step the rebuilt list lacks went to its section's end.
    const view = {
      causes: [{ cause: "ip-blocklisted" as const, confidence: 0.99 }],
      outline: {
        notSettled: null,
        fixes: [
          {
            cause: "ip-blocklisted" as const,
            confidence: 0.99,
            title: "t",
            actorLabel: "a",
            items: [
              built("ip-blocklisted.find-cause"),
              built("ip-blocklisted.verify"),
              { id: "ip-blocklisted.delist.spamcop", title: "id title", done: false },
            ],
          },
        ],
        prevent: [],
        other: [],
        fixPrefix: "",
        delay: null,
        delayIntro: null,
      },
    };
    const wizard = [
      { id: "ip-blocklisted.find-cause", title: "Find", done: false },
      {
        id: "ip-blocklisted.delist.spamcop",
        title: "Wait for the SpamCop Blocking List listing to end",
        done: false,
        detail: "SpamCop takes no removal requests",
      },
      { id: "ip-blocklisted.verify", title: "Check the IP again after delisting", done: false },
    ];
    const outline = reportOutline(view, diagnosis, wizard);
    const items = outline.fixes[0]?.items ?? [];
    expect(items.map((i) => i.id)).toEqual(wizard.map((i) => i.id));
    // Only a step with no rebuilt words keeps the caller's; a rebuilt step's (redacted) words win.
    expect(items[1]?.detail).toBe("SpamCop takes no removal requests");
    expect(items[2]?.detail).toBe("rebuilt ip-blocklisted.verify");
    expect(outline.other).toEqual([]);
  });
});

describe("the report of a bounce whose recipients were refused for different reasons (rev23 M2)", () => {
  it("names whom the lead is for, the other recipients' cause, and gives each its own section", async () => {
    const { TWO_RECIPIENTS_BOUNCE, walkDontKnow } = await import("@/lib/rules/test-factories");
    const { buildConclusionChecklist } = await import("@/lib/checklists/build");
    const { redactPayload } = await import("@/lib/share/redact");
    const { steps, facts } = walkDontKnow({
      diagnosis: await diagnose(TWO_RECIPIENTS_BOUNCE),
      checks: {},
      answers: {},
    });
    const end = steps[steps.length - 1];
    if (end?.kind !== "conclusion") throw new Error("no conclusion");
    const list = buildConclusionChecklist(facts, end.causes);
    const items = [...list.causes.flatMap((s) => s.items), ...list.prevent].filter(
      (i) => !i.sameAs,
    );
    const payload = redactPayload(
      makeSharePayload({
        text: TWO_RECIPIENTS_BOUNCE,
        answers: {},
        checks: [],
        conclusion: end.causes,
        conclusionClear: end.clear === true,
        checklist: Object.fromEntries(items.map((i) => [i.id, false])),
      }),
      { maskLocalParts: true, dropOriginalMessage: true },
    );
    const shared = await diagnose(payload.text);
    const input = reportInputFromPayload(payload, shared, {
      checklist: items.map((i) => ({ id: i.id, title: i.title, done: false })),
    });
    const md = reportMarkdown(input);
    expect(md).toContain("- **For:** b\\*\\*\\*@remote.test");
    expect(md).toContain(
      "- **Other recipients:** c\\*\\*\\*@remote.test: The recipient's mailbox is full",
    );
    expect(md).toContain("### The recipient's mailbox is full \\(c\\*\\*\\*@remote.test\\)");
    expect(md).not.toContain("### If it is: The recipient's mailbox is full");
    expect(md).toContain("- [ ] Tell the recipient their mailbox is full");
    // The ready text the step hands, printed (review 24: "A ready text:" with nothing after).
    expect(md).toContain("  Subject: Your mailbox is full: my email could not be delivered");
    expect(md).toContain("  I tried to email you at c***@remote.test, but your mail server");
    const text = reportText(input);
    expect(text).toContain("Subject: Your mailbox is full: my email could not be delivered");
    expect(text).toContain("TO DO: THE RECIPIENT'S MAILBOX IS FULL (C***@REMOTE.TEST)");
    // Nothing unmasked.
    expect(md).not.toMatch(/carol@|bob@/);
  });
});

describe("the wizard's step words in a redacted report", () => {
  it("masks the local parts in the words of a step the link cannot rebuild, as the link is masked", async () => {
    const { diagnosis, payload } = await apiLink("550 5.1.1 <bob@remote.test>: User unknown");
    const masked = { ...payload, redaction: { ...payload.redaction, maskLocalParts: true } };
    const input = reportInputFromPayload(masked, diagnosis, {
      checklist: [
        {
          id: "zz.not-rebuilt",
          title: "Write to bob@remote.test",
          done: false,
          detail: "Ask bob@remote.test to reply.",
        },
      ],
    });
    const md = reportMarkdown(input);
    expect(md).toContain("Ask b\\*\\*\\*@remote.test to reply.");
    expect(md).not.toContain("bob@remote.test to reply");
  });
});

describe("a link made before the recipients had their own sections", () => {
  it("names the other recipients' cause but points to no section it does not have", async () => {
    const { TWO_RECIPIENTS_BOUNCE } = await import("@/lib/rules/test-factories");
    const payload = makeSharePayload({
      text: TWO_RECIPIENTS_BOUNCE,
      answers: {},
      checks: [],
      conclusion: [{ cause: "recipient-unknown", confidence: 0.77 }],
      // Only bob's steps, as a wizard before this change carried them.
      checklist: { "recipient-unknown.message-address": false, "recipient-unknown.resend": false },
    });
    const md = reportMarkdown(reportInputFromPayload(payload, await diagnose(payload.text)));
    expect(md).toContain(
      "- **Other recipients:** carol@remote.test: The recipient's mailbox is full \\(74%, from the bounce's own words\\)\n",
    );
    expect(md).not.toContain("### The recipient's mailbox is full");
  });
});

describe("three recipients refused for three reasons (review 24)", () => {
  it("puts one 'Other recipients:' label over the other groups", async () => {
    const { TWO_RECIPIENTS_BOUNCE } = await import("@/lib/rules/test-factories");
    const text = `${TWO_RECIPIENTS_BOUNCE}
<erin@remote.test>: host mx.remote.test[192.0.2.44] said: 550 5.2.1
    <erin@remote.test>: Account disabled (in reply to RCPT TO command)
`;
    const payload = makeSharePayload({ text, answers: {}, checks: [], checklist: {} });
    const input = reportInputFromPayload(payload, await diagnose(payload.text));
    const md = reportMarkdown(input);
    expect(md.match(/Other recipients:/g)).toHaveLength(1);
    expect(md).toContain(
      "- **Other recipients:**\n  - carol@remote.test: The recipient's mailbox is full",
    );
    expect(md).toContain("\n  - erin@remote.test: The recipient's account is disabled");
    const plain = reportText(input);
    expect(plain.match(/Other recipients:/g)).toHaveLength(1);
    expect(plain).toContain("Other recipients:\n  - carol@remote.test:");
  });
});

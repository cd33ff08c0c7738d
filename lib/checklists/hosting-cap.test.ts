// The sender's own hosting capped the hour's mail: the checklist speaks of that cap whether the
// conclusion is settled or not, and never of a receiver's limits (session 29's note: left
// unsettled it opened with "Look at how much you sent to this receiver", and Plesk's refusal
// still showed "Authenticate your mail"). Real wordings, through diagnose() and the build.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildConclusionChecklist } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";

// Plesk's support article "How outgoing messages limit works", as lib/knowledge/providers/plesk.ts
// cites it.
const PLESK =
  "5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.";
// InMotion Hosting's page (lib/knowledge/signatures/generic-sources-connection.ts).
const CPANEL_MESSAGES =
  "Domain example.com has exceeded the max emails per hour (313/250 (125%)) allowed. Message discarded.";
// Hoasted's page on cPanel's outgoing-mail limit (lib/knowledge/providers/web-hosts.ts).
const CPANEL_DEFERS =
  "Domain domein.nl has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.";
// freeCodeCamp/guide#1844, cPanel's Exim (names replaced): a deferral by the sender's own host.
const CPANEL_DEFERRED = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  ann@example.com
    Domain example.org has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later
`;
const RECEIVER_LIMIT = "421 4.7.0 Too many connections, slow down";

const RECEIVERS_LIMITS = ["rate-limited.slow-down", "rate-limited.authenticate"];

async function checklist(text: string, settled: boolean) {
  const diagnosis = await diagnose(text);
  expect(diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause).toBe("rate-limited");
  return buildConclusionChecklist(
    makeFacts({ diagnosis }),
    [{ cause: "rate-limited", confidence: 0.84, support: "bounce", why: "" }],
    { settled },
  );
}

/** The step that checks the rate limit, first in the not-settled group. */
async function checkFirstTitle(text: string): Promise<string | undefined> {
  const list = await checklist(text, false);
  expect(list.causes[0]?.tellApart).toBe(true);
  const step = list.causes[0]?.items[0];
  expect(step?.id).toBe(`${CHECK_FIRST_PREFIX}rate-limited`);
  return step?.title;
}

describe("the sender's own hosting cap, not settled", () => {
  it.each([
    ["Plesk's hourly allowance", PLESK],
    ["cPanel's max emails per hour", CPANEL_MESSAGES],
    ["cPanel's deferral at the hourly cap", CPANEL_DEFERRED],
  ])("%s: opens with what the domain sent in the hour", async (_, text) => {
    expect(await checkFirstTitle(text)).toBe(
      "Look at how many messages your domain sent in the hour before the bounce",
    );
  });

  it("cPanel's cap on failed and deferred mail: opens with what bounced in the hour", async () => {
    expect(await checkFirstTitle(CPANEL_DEFERS)).toBe(
      "Look at how much of your domain's mail bounced in the hour before the bounce",
    );
  });

  it("a receiver's rate limit still looks at what was sent to that receiver", async () => {
    expect(await checkFirstTitle(RECEIVER_LIMIT)).toBe(
      "Look at how much you sent to this receiver",
    );
  });
});

describe("the sender's own hosting cap: never a receiver's limits", () => {
  it.each([
    ["Plesk", PLESK],
    ["cPanel's messages cap", CPANEL_MESSAGES],
    ["cPanel's defers cap", CPANEL_DEFERS],
    ["cPanel's deferral", CPANEL_DEFERRED],
  ])("%s, settled or not", async (_, text) => {
    for (const settled of [true, false]) {
      const ids = (await checklist(text, settled)).causes.flatMap((c) => c.items.map((i) => i.id));
      for (const id of RECEIVERS_LIMITS) expect(ids, `${id}, settled ${settled}`).not.toContain(id);
    }
  });

  it("Plesk's refusal opens its section with Plesk's own step, with Plesk's page", async () => {
    const section = (await checklist(PLESK, true)).causes[0];
    expect(section?.items.map((i) => i.id)).toEqual([
      "sender-provider.plesk.outgoing-messages-limit",
    ]);
    expect(section?.items[0]?.link?.url).toMatch(/^https:\/\/docs\.plesk\.com\//);
  });
});

describe("Plesk's refusal names who acts once", () => {
  it("'Your Plesk hosting administrator', not 'Your Your hosting provider …'", async () => {
    const diagnosis = await diagnose(PLESK);
    const section = buildConclusionChecklist(
      makeFacts({ diagnosis }),
      [{ cause: "rate-limited", confidence: 0.84, support: "bounce", why: "" }],
      { settled: true },
    ).causes[0];
    expect(section?.actorLabel).toBe("Your Plesk hosting administrator");
  });
});

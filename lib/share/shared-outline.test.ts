import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { sharedView } from "@/lib/report/shared-view";
import { CHECK_FIRST_PREFIX } from "@/lib/checklists/check-first";
import { finding, report } from "@/lib/rules/test-factories";
import { DONT_KNOW_VALUE } from "./answers-codec";
import { reportInputFromPayload, reportMarkdown, reportText } from "@/lib/report";
import { decodeShareFragment, encodeShareFragment } from "./encode";
import { shareLinkForDiagnosis } from "./link";
import { OLD_LINK_UNKNOWN_550 } from "./old-links";
import { makeSharePayload, type SharePayload } from "./payload";
import { knownChecks, sharedStanding, shownCauses } from "./shared-outline";

function decoded(fragment: string): SharePayload {
  const result = decodeShareFragment(fragment);
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

describe("a link made before the grouping", () => {
  it("opens with the same facts, grouped: the tell-apart steps, then the fixes", async () => {
    const payload = decoded(OLD_LINK_UNKNOWN_550);
    expect(payload.text).toBe("550 mail refused");
    expect(payload.answers).toEqual({ "sending-platform": "own-server" });
    expect(payload.checks).toEqual([]);
    expect(payload.conclusion?.causes.map((c) => c.cause)).toEqual([
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
    ]);
    const view = sharedView(payload, await diagnose(payload.text));
    // Every step the link carries is shown once, with its state, and the flat list is unchanged.
    const grouped = [
      ...(view.outline.notSettled?.steps.map((s) => s.item) ?? []),
      ...view.outline.fixes.flatMap((f) => f.items),
      ...view.outline.prevent,
      ...view.outline.other,
    ];
    expect(grouped.map((i) => [i.id, i.done]).sort()).toEqual(
      Object.entries(payload.checklist).sort(),
    );
    expect(view.checklist.map((i) => i.id)).toEqual(Object.keys(payload.checklist));
    expect(view.outline.notSettled?.steps.map((s) => s.tellsApart)).toEqual([
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      null,
      null,
    ]);
    expect(view.outline.notSettled?.steps[0]?.item).toMatchObject({
      title: "Check whether other organisations accept your mail",
      done: true,
      kind: "verify",
    });
    expect(view.outline.fixes.map((f) => f.cause)).toEqual(["sender-policy"]);
    expect(view.outline.other).toEqual([]);
    // What it rests on names the answer and no check: none ran.
    expect(sharedStanding(view.outline, payload)).toMatchObject({
      settled: false,
      lead: "Not settled yet",
      restsOn: "the bounce's own words and 1 answer",
    });
    expect(knownChecks(payload)).toEqual([]);
  });
});

describe("outlineLinkItems through sharedView", () => {
  it("a link made before any check or answer (the API's) shows the rebuilt tell-apart steps, none done, citing nothing that did not happen", async () => {
    const diagnosis = await diagnose("550 mail refused");
    const link = shareLinkForDiagnosis("550 mail refused", {
      origin: "https://bounce-doctor.example",
    });
    if (!link.ok) throw new Error("no link");
    const payload = decoded(link.fragment);
    expect(payload.conclusion).toBeNull();
    const view = sharedView(payload, diagnosis);
    const steps = view.outline.notSettled?.steps ?? [];
    const told = steps.flatMap((s) => (s.tellsApart ? [s.tellsApart] : []));
    expect(told.length).toBeGreaterThan(0);
    expect(steps.every((s) => !s.item.done)).toBe(true);
    expect(view.outline.fixes).toEqual([]);
    expect(sharedStanding(view.outline, payload)).toMatchObject({
      settled: false,
      lead: "Not settled yet",
      restsOn: "the bounce's own words",
    });
    expect(knownChecks(payload)).toEqual([]);
    expect(view.answers).toEqual([]);
    // The causes shown are the diagnosis's possible ones, not "unknown" as one cause.
    expect(shownCauses(view.causes, diagnosis).map((c) => c.cause)).toEqual(
      (diagnosis.overall.possible ?? []).map((p) => p.cause),
    );
  });

  it("a settled cause has no not-settled group: its fixes only", async () => {
    const text =
      "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table";
    const diagnosis = await diagnose(text);
    const payload = makeSharePayload({
      text,
      conclusion: [{ cause: "recipient-unknown", confidence: 0.95 }],
    });
    const view = sharedView(payload, diagnosis);
    expect(view.outline.notSettled).toBeNull();
    expect(view.outline.fixes.map((f) => f.cause)).toEqual(["recipient-unknown"]);
    expect(sharedStanding(view.outline, payload).settled).toBe(true);
  });

  it("a step the rebuilt list lacks goes where its id says, or apart", async () => {
    const diagnosis = await diagnose("550 mail refused");
    const payload = makeSharePayload({
      text: "550 mail refused",
      conclusion: [
        { cause: "sender-policy", confidence: 0.34 },
        { cause: "ip-blocklisted", confidence: 0.26 },
      ],
      checklist: {
        [`${CHECK_FIRST_PREFIX}ip-blocklisted`]: false,
        "sender-policy.renamed-step": true,
        [`${CHECK_FIRST_PREFIX}mailbox-full`]: false,
        "gone.item": true,
      },
    });
    const view = sharedView(payload, diagnosis);
    expect(view.outline.notSettled?.steps.map((s) => s.item.id)).toEqual([
      `${CHECK_FIRST_PREFIX}ip-blocklisted`,
      `${CHECK_FIRST_PREFIX}mailbox-full`,
    ]);
    expect(view.outline.fixes.map((f) => [f.cause, f.items.map((i) => i.id)])).toEqual([
      ["sender-policy", ["sender-policy.renamed-step"]],
    ]);
    expect(view.outline.other.map((i) => [i.id, i.done])).toEqual([["gone.item", true]]);
  });

  it("a faint later cause's fixes that an older link carries are kept apart with their state, not given a section", async () => {
    // A link made before a later cause under 0.10 lost its own fix section (also-found.ts): the
    // sender saw reverse DNS's steps at 1% and ticked one. Today's checklist for the same facts
    // gives that cause no section, so the steps are shown apart, their state kept, not dropped.
    const text =
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org";
    const payload = makeSharePayload({
      text,
      conclusion: [
        { cause: "ip-blocklisted", confidence: 0.98 },
        { cause: "reverse-dns", confidence: 0.01 },
        { cause: "content-spam", confidence: 0.01 },
      ],
      checklist: {
        "ip-blocklisted.find-cause": false,
        "reverse-dns.forward": false,
        "reverse-dns.helo": true,
        "reverse-dns.verify": false,
      },
    });
    const view = sharedView(payload, await diagnose(text));
    expect(view.outline.fixes.map((f) => f.cause)).toEqual(["ip-blocklisted"]);
    expect(view.outline.other.map((i) => [i.id, i.done])).toEqual([
      ["reverse-dns.forward", false],
      ["reverse-dns.helo", true],
      ["reverse-dns.verify", false],
    ]);
  });

  it("a recipient's domain check the link carries is not offered again as if it had not run", async () => {
    const text = "<jo@example.org>: 451 try later";
    const diagnosis = await diagnose(text);
    const conclusion = [
      { cause: "remote-unreachable" as const, confidence: 0.4 },
      { cause: "remote-server-error" as const, confidence: 0.3 },
    ];
    const steps = (checks: Parameters<typeof makeSharePayload>[0]["checks"]) =>
      sharedView(
        makeSharePayload({ text, conclusion, checks }),
        diagnosis,
      ).outline.notSettled?.steps.map((s) => s.item.id);
    expect(steps([])).toContain(`${CHECK_FIRST_PREFIX}remote-unreachable`);
    const ran = [report("example.org", "domain", [finding("mx.ok", { severity: "ok" })])];
    expect(steps(ran)).not.toContain(`${CHECK_FIRST_PREFIX}remote-unreachable`);
  });

  it("knownChecks lists what each check that ran found, and what it could not check", () => {
    const payload = makeSharePayload({
      text: "550 mail refused",
      checks: [
        report("192.0.2.1", "ip", [
          finding("blocklist.listed", { severity: "critical", title: "Listed on Spamhaus ZEN" }),
          finding("ptr.ok", { severity: "ok", title: "Reverse DNS is set" }),
          finding("blocklist.timeout", {
            severity: "info",
            outcome: "could-not-check",
            title: "Barracuda did not answer",
          }),
        ]),
      ],
      answers: {
        "sending-platform": "own-server",
        "esp-name": "sendgrid",
        "sending-ip": DONT_KNOW_VALUE,
      },
    });
    expect(knownChecks(payload)).toEqual([
      {
        subject: "192.0.2.1",
        kind: "ip",
        checkedAt: "2026-01-01T00:00:00.000Z",
        problems: [{ title: "Listed on Spamhaus ZEN", severity: "critical" }],
        couldNotCheck: 1,
        couldNotCheckWhy: [],
        answered: 2,
      },
    ]);
    // "I don't know" is no answer the result rests on.
    expect(sharedStanding({ notSettled: null }, payload).restsOn).toBe(
      "the bounce's own words, 1 check that ran and 2 answers",
    );
    const skipped = { ...payload, answers: { "sending-ip": DONT_KNOW_VALUE }, checks: [] };
    expect(sharedStanding({ notSettled: null }, skipped).restsOn).toBe("the bounce's own words");
  });

  it("says why each lookup could not be checked, and never reads an error code as a listing", () => {
    const cnc = (name: string, values: string[]) =>
      finding("blocklist.could-not-check", {
        severity: "info",
        outcome: "could-not-check",
        title: "Could not check",
        records: [{ name, type: "A", values }],
      });
    const payload = makeSharePayload({
      text: "550 mail refused",
      checks: [
        report("203.0.113.8", "ip", [
          cnc("8.113.0.203.zen.spamhaus.org", ["127.255.255.254"]),
          cnc("8.113.0.203.b.barracudacentral.org", [
            "(lookup failed: the DNS server answered SERVFAIL (it could not resolve the name))",
          ]),
          cnc("8.113.0.203.dnsbl-1.uceprotect.net", [
            "(lookup failed: the DNS server did not answer in time)",
          ]),
          cnc("8.113.0.203.psbl.surriel.com", [
            "(lookup failed: the DNS server refused the query)",
          ]),
        ]),
      ],
    });
    const [check] = knownChecks(payload);
    const why = check!.couldNotCheckWhy!;
    expect(why).toHaveLength(4);
    expect(why[0]).toMatch(
      /^Spamhaus ZEN.* answered 127\.255\.255\.254: Spamhaus refuses queries that come through a public\/open resolver/,
    );
    expect(why[0]).toContain("Not a listing");
    expect(why[1]).toContain("SERVFAIL");
    expect(why[2]).toContain("did not answer in time");
    expect(why[3]).toContain("refused the query");
  });

  it("says no step checks the reason or tells causes apart when none looks at one cause", () => {
    const step = { item: { id: "unknown.test" }, tellsApart: null };
    const payload = { checks: [], answers: {} };
    const notSettled = { title: "", intro: null, actorLabel: "", steps: [step] };
    expect(sharedStanding({ notSettled, delay: "reason-possible" }, payload).words).not.toMatch(
      /first step below checks it/,
    );
    expect(sharedStanding({ notSettled }, payload).words).not.toMatch(/tell them apart/);
    const told = { ...notSettled, steps: [{ ...step, tellsApart: "ip-blocklisted" as const }] };
    expect(sharedStanding({ notSettled: told }, payload).words).toMatch(/tell them apart/);
  });
});

describe("a lead no check or answer confirmed", () => {
  // Postfix's virtual(5) refusal: the wizard, with the address question answered "I don't know",
  // concludes "Most likely: “The address does not exist” (83%), from the bounce's own words; no
  // check or answer has confirmed it." The link's page and report said "Settled".
  const text =
    "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table";
  const conclusion = [{ cause: "recipient-unknown" as const, confidence: 0.83 }];

  it("reads as most likely, not settled, on the page and in the report", async () => {
    const diagnosis = await diagnose(text);
    const payload = makeSharePayload({
      text,
      answers: { "address-checked": DONT_KNOW_VALUE },
      conclusion,
      conclusionClear: false,
    });
    const link = decoded(encodeShareFragment(payload));
    expect(link.conclusion?.clear).toBe(false);
    const view = sharedView(link, diagnosis);
    expect(view.outline.notSettled).toBeNull();
    expect(view.confirmed).toBe(false);
    const standing = sharedStanding(view.outline, link, view.confirmed);
    expect(standing).toMatchObject({ settled: false, lead: "Most likely" });
    expect(standing.words).toContain("No check or answer has confirmed this cause yet");
    const input = reportInputFromPayload(link, diagnosis);
    for (const report of [reportMarkdown(input), reportText(input)]) {
      expect(report).not.toMatch(/Settled/);
      expect(report).toMatch(/most likely: The address does not exist/i);
    }
  });

  it("is settled where the wizard's conclusion was clear", async () => {
    const diagnosis = await diagnose(text);
    const payload = makeSharePayload({ text, conclusion, conclusionClear: true });
    const view = sharedView(payload, diagnosis);
    expect(view.confirmed).toBe(true);
    expect(sharedStanding(view.outline, payload, view.confirmed).lead).toBe("Settled");
    expect(reportMarkdown(reportInputFromPayload(payload, diagnosis))).toContain(
      "Settled: the steps below are for this cause.",
    );
  });

  it("is judged from the link's facts when the link does not say (the API's, older links)", async () => {
    const diagnosis = await diagnose(text);
    const link = shareLinkForDiagnosis(text, { origin: "https://bounce-doctor.example" });
    if (!link.ok) throw new Error("no link");
    const api = decoded(link.fragment);
    expect(api.conclusion).toBeNull();
    expect(sharedView(api, diagnosis).confirmed).toBe(false);
    // A blocklist listing the IP check found confirms the bounce's reading.
    const listed =
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org";
    const checked = makeSharePayload({
      text: listed,
      conclusion: [{ cause: "ip-blocklisted", confidence: 0.99 }],
      checks: [
        report("203.0.113.7", "ip", [
          finding("blocklist.listed", { data: { zone: "zen.spamhaus.org" } }),
          finding("ptr.ok"),
        ]),
      ],
    });
    const view = sharedView(checked, await diagnose(listed));
    expect(view.confirmed).toBe(true);
    expect(sharedStanding(view.outline, checked, view.confirmed).lead).toBe("Settled");
  });
});

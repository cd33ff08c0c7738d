import { describe, expect, it } from "vitest";
import { CAUSE_IDS, type CauseId } from "@/lib/causes/causes";
import {
  answer,
  done,
  finding,
  makeDiagnosis,
  makeFacts,
  reviewed,
} from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";
import { CAUSE_CHECKLISTS } from "./data";

/**
 * The steps for an authentication failure of anna@example.org, given the domain check's findings
 * for example.org and, when the user named one, the sending platform.
 */
function authFailureSteps(domainFindings: Parameters<typeof done>[2], platform?: string) {
  const facts = makeFacts({
    diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
    ...(platform ? { answers: { "sending-platform": answer.choice(platform) } } : {}),
    checks: { "domain:example.org": done("example.org", "domain", domainFindings) },
  });
  return buildChecklist(facts, [{ cause: "authentication-failure", confidence: 0.9 }]).causes[0]!
    .items;
}

describe("buildChecklist", () => {
  it.each(CAUSE_IDS)("%s has a non-empty checklist with unique item ids", (cause) => {
    expect(CAUSE_CHECKLISTS[cause].length).toBeGreaterThan(0);
    const list = buildChecklist(makeFacts({ diagnosis: makeDiagnosis({ cause }) }), [
      { cause, confidence: 0.9 },
    ]);
    const items = list.causes[0]?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(i.title).not.toMatch(/\{\w+\}/);
      expect(i.detail).not.toMatch(/\{\w+\}/);
    }
  });

  it("raises the published DMARC record's policy and keeps its own report address", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [
        {
          name: "_dmarc.example.org",
          type: "TXT",
          values: ["v=DMARC1; p=none; rua=mailto:dmarc@reports.example.net; fo=1"],
        },
      ],
    });
    const items = authFailureSteps([dmarcFinding, "spf.ok", "dkim.ok"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc-rollout");
    expect(step?.record).toEqual({
      type: "TXT",
      name: "_dmarc.example.org",
      value: "v=DMARC1; p=quarantine; rua=mailto:dmarc@reports.example.net; fo=1",
    });
    expect(step?.detail).toContain("Read its reports first");
  });

  it("asks for DMARC reports, policy unchanged, before raising a p=none record without rua", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [{ name: "_dmarc.example.org", type: "TXT", values: ["v=DMARC1; p=none; fo=1"] }],
    });
    const items = authFailureSteps(["mx.ok", dmarcFinding, "spf.ok", "dkim.ok"]);
    expect(items.find((i) => i.id === "authentication-failure.dmarc-rollout")).toBeUndefined();
    const step = items.find((i) => i.id === "authentication-failure.dmarc-reports");
    expect(step?.record?.value).toBe(
      "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org; fo=1",
    );
    expect(step?.title).toBe("Ask for DMARC reports for example.org before any stricter policy");
  });

  it("counts the SPF lookups the check measured before adding a sender's include", () => {
    // Two includes of its own, 10 lookups with what is inside them: one more include would
    // make SPF a permerror for all of the domain's mail.
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [
        {
          name: "example.org",
          type: "TXT",
          values: ["v=spf1 include:a.example.net include:b.example.net -all"],
        },
      ],
      data: { totals: { lookups: 10, lookupLimit: 10 } },
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    expect(items.find((i) => i.id === "authentication-failure.spf")).toBeUndefined();
    expect(items.find((i) => i.id === "authentication-failure.spf-lookups")?.detail).toMatch(
      /about 14 DNS lookups \(it needs 10 today; include:_spf\.google\.com needs 4/,
    );
  });

  it("says to edit the one SPF record found, never to add a second one beside it", () => {
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [{ name: "example.org", type: "TXT", values: ["v=spf1 mx -all"] }],
      data: { totals: { lookups: 1, lookupLimit: 10 } },
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record?.value).toBe("v=spf1 mx include:_spf.google.com -all");
    expect(spf?.detail).toMatch(/^Edit the TXT record at example\.org/);
    expect(spf?.detail).toContain("Do not add it as a second record");
    expect(spf?.detail).toContain("today's record needs 1 of 10");
  });

  it("merges only the SPF record at the domain, not those of the includes the check lists", () => {
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [
        { name: "example.org", type: "TXT", values: ["v=spf1 include:_spf.example.org -all"] },
        { name: "_spf.example.org", type: "TXT", values: ["v=spf1 a:mail.example.org -all"] },
      ],
      data: { totals: { lookups: 2, lookupLimit: 10 } },
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.title).toBe("Update the SPF record of example.org");
    expect(spf?.record?.value).toBe("v=spf1 include:_spf.example.org include:_spf.google.com -all");
  });

  it("offers no edit when the one SPF record found already lists the sender", () => {
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [
        { name: "example.org", type: "TXT", values: ["v=spf1 include:_spf.google.com ~all"] },
      ],
      data: { totals: { lookups: 4, lookupLimit: 10 } },
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record).toBeUndefined();
    expect(spf?.kind).toBe("verify");
    expect(spf?.title).toBe("Keep the SPF record of example.org as it is");
    expect(spf?.detail).toContain("it already lists include:_spf.google.com");
  });

  it("gives a merged SPF record over 255 characters as the strings of one TXT record", () => {
    const ips = Array.from({ length: 14 }, (_, i) => `ip4:198.51.100.${i + 10}/32`);
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [{ name: "example.org", type: "TXT", values: [`v=spf1 ${ips.join(" ")} -all`] }],
      data: { totals: { lookups: 0, lookupLimit: 10 } },
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record?.value.length).toBeGreaterThan(255);
    expect(spf?.detail).toMatch(/publish it as one TXT record made of 2 strings/);
  });

  it("replaces several DMARC records with one at p=none that keeps their report addresses", () => {
    const dmarcFinding = finding("dmarc.multiple", {
      area: "dmarc",
      records: [
        {
          name: "_dmarc.example.org",
          type: "TXT",
          values: [
            "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net",
            "v=DMARC1; p=none; ruf=mailto:forensic@example.org",
          ],
        },
      ],
    });
    const items = authFailureSteps([dmarcFinding, "spf.ok", "dkim.ok"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc");
    expect(step?.record?.value).toBe(
      "v=DMARC1; p=none; rua=mailto:agg@reports.example.net; ruf=mailto:forensic@example.org",
    );
    expect(step?.detail).toMatch(/^Replace the 2 records at _dmarc\.example\.org/);
    expect(step?.detail).toContain("do not keep the strictest of their policies");
  });

  it("raises a p=none record with reports in one sentence that says when, and how to go back", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [
        {
          name: "_dmarc.example.org",
          type: "TXT",
          values: ["v=DMARC1; p=none; rua=mailto:d@example.org"],
        },
      ],
    });
    const step = authFailureSteps([dmarcFinding, "spf.ok", "dkim.ok"]).find(
      (i) => i.id === "authentication-failure.dmarc-rollout",
    );
    expect(step?.detail).toContain(
      "change p=none to p=quarantine in the same record (below, every other tag kept) only once its reports show",
    );
    expect(step?.detail).toContain("put p=none back");
  });

  it("offers no stricter DMARC record to copy under a reputation refusal: p=none stays", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [
        {
          name: "_dmarc.example.org",
          type: "TXT",
          values: ["v=DMARC1; p=none; rua=mailto:d@example.org"],
        },
      ],
    });
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "bad-reputation", from: "anna@example.org" }),
      checks: {
        "domain:example.org": done("example.org", "domain", [dmarcFinding, "spf.ok", "dkim.ok"]),
      },
    });
    const items = buildChecklist(facts, [{ cause: "bad-reputation", confidence: 0.9 }]).causes[0]!
      .items;
    for (const i of items) expect(i.record?.value ?? "").not.toMatch(/p=(quarantine|reject)/);
    expect(items.find((i) => i.id === "bad-reputation.dmarc-rollout")).toBeUndefined();
    const keep = items.find((i) => i.id === "bad-reputation.dmarc-keep");
    expect(keep?.title).toBe(
      "Keep example.org's DMARC record at monitoring (p=none) and read its reports",
    );
    expect(keep?.record).toBeUndefined();
  });

  it("says what a new DKIM key over today's selector would break, before the check ran", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
    });
    const step = buildChecklist(facts, [
      { cause: "authentication-failure", confidence: 0.9 },
    ]).causes[0]!.items.find((i) => i.id === "authentication-failure.dkim.1");
    expect(step?.detail).toContain("over the selector your mail is signed with today");
    expect(step?.detail).not.toMatch(/a new DKIM keys/);
  });

  it("holds the DMARC policy at p=none, with no record to copy, while SPF or DKIM fail", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [{ name: "_dmarc.example.org", type: "TXT", values: ["v=DMARC1; p=none"] }],
    });
    const items = authFailureSteps([dmarcFinding, "spf.missing", "dkim.ok"]);
    expect(items.find((i) => i.id === "authentication-failure.dmarc-rollout")).toBeUndefined();
    const hold = items.find((i) => i.id === "authentication-failure.dmarc-hold");
    expect(hold?.record).toBeUndefined();
    expect(hold?.title).toBe("Keep example.org's DMARC policy at monitoring (p=none) for now");
    expect(hold?.detail).toContain("Fix SPF and DKIM first");
  });

  it("asks for DMARC reports before the hold's 'read the reports' when the record asks for none", () => {
    // p=none without rua=, SPF missing: the hold step said "then read the DMARC reports", and no
    // step asked for any, so there were none to read.
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [{ name: "_dmarc.example.org", type: "TXT", values: ["v=DMARC1; p=none"] }],
    });
    const items = authFailureSteps(["mx.ok", dmarcFinding, "spf.missing", "dkim.none-found"]);
    const ids = items.map((i) => i.id);
    const reports = items.find((i) => i.id === "authentication-failure.dmarc-reports");
    expect(reports?.record?.value).toBe("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org");
    expect(ids.indexOf("authentication-failure.dmarc-reports")).toBeLessThan(
      ids.indexOf("authentication-failure.dmarc-hold"),
    );
    const hold = items.find((i) => i.id === "authentication-failure.dmarc-hold");
    expect(hold?.record).toBeUndefined();
    expect(hold?.detail).toContain("read the DMARC reports you asked for in the step above");
    expect(items.some((i) => /p=(quarantine|reject)/.test(i.record?.value ?? ""))).toBe(false);
  });

  it("merges the SPF records found and adds the platform's include", () => {
    const spfFinding = finding("spf.multiple", {
      area: "spf",
      records: [
        {
          name: "example.org",
          type: "TXT",
          values: [
            "v=spf1 include:sendgrid.net -all",
            "v=spf1 mx ~all",
            "google-site-verification=x",
          ],
        },
      ],
    });
    const items = authFailureSteps(
      ["mx.ok", spfFinding, "dmarc.missing", "dkim.none-found"],
      "google-workspace",
    );
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record).toEqual({
      type: "TXT",
      name: "example.org",
      value: "v=spf1 include:sendgrid.net mx include:_spf.google.com ~all",
    });
    expect(spf?.title).toMatch(/Replace the 2 SPF records/);
    expect(items.find((i) => i.id === "authentication-failure.dmarc")?.record?.value).toBe(
      "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org",
    );
    // Google makes the key: where to get it and the name to publish it under, nothing to paste.
    const dkim = items.find((i) => i.id === "authentication-failure.dkim.1");
    expect(dkim?.record).toBeUndefined();
    expect(dkim?.detail).toContain("google._domainkey.example.org");
  });

  it("offers no SPF record to copy when adding the sender would pass 10 DNS lookups", () => {
    const includes = "abcdefghij".split("").map((c) => `include:${c}.example.net`);
    const spfFinding = finding("spf.ok", {
      area: "spf",
      records: [
        { name: "example.org", type: "TXT", values: [`v=spf1 ${includes.join(" ")} -all`] },
      ],
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    expect(items.find((i) => i.id === "authentication-failure.spf")).toBeUndefined();
    const room = items.find((i) => i.id === "authentication-failure.spf-lookups");
    expect(room?.record).toBeUndefined();
    expect(room?.title).toBe("Make room in the SPF record of example.org before adding a sender");
    expect(room?.detail).toContain("include:_spf.google.com");
  });

  it("says the SPF record is already past the limit when the check found it so", () => {
    const spfFinding = finding("spf.too-many-lookups", {
      area: "spf",
      records: [
        { name: "example.org", type: "TXT", values: ["v=spf1 include:big.example.net -all"] },
      ],
    });
    const items = authFailureSteps([spfFinding, "dmarc.missing", "dkim.ok"], "google-workspace");
    const room = items.find((i) => i.id === "authentication-failure.spf-lookups");
    expect(room?.record).toBeUndefined();
    expect(room?.detail).toContain("already past SPF's limit of 10 DNS lookups");
  });

  it("the port-25 step asks no resend of a message a delay notice says is still being retried", () => {
    const list = buildChecklist(
      makeFacts({ diagnosis: makeDiagnosis({ cause: "remote-unreachable" }) }),
      [{ cause: "remote-unreachable", confidence: 0.9 }],
    );
    const step = list.causes[0]!.items.find((i) => i.id === "remote-unreachable.network");
    expect(step?.detail).not.toMatch(/the message will need resending/);
    expect(step?.detail).toContain("one your server is still retrying (a delay notice) does not");
  });

  it("speaks of a list named in the bounce only when the bounce names one", () => {
    const ip = "203.0.113.9";
    const delist = (zones: string[], codes: Parameters<typeof done>[2]) => {
      const facts = makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], blocklistZones: zones }),
        checks: { [`ip:${ip}`]: done(ip, "ip", codes) },
      });
      return buildChecklist(facts, [
        { cause: "ip-blocklisted", confidence: 0.5 },
      ]).causes[0]!.items.find((i) => i.id === "ip-blocklisted.delist")?.detail;
    };
    const clean = delist([], ["blocklist.not-listed", "ptr.none"]);
    expect(clean).not.toContain("named in the bounce");
    expect(clean).toContain("none of the public blocklists checked lists 203.0.113.9");
    expect(delist([], ["ptr.none"])).toContain("The bounce names no blocklist we recognise.");
    expect(delist(["rota.example"], ["blocklist.not-listed"])).toContain("named in the bounce");
  });

  it("gives each listing's delisting procedure from the catalog", () => {
    const ip = "203.0.113.9";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], from: "anna@example.org" }),
      checks: {
        [`ip:${ip}`]: done(ip, "ip", [
          finding("blocklist.listed", { data: { zone: "zen.spamhaus.org", list: "spamhaus-zen" } }),
          "ptr.none",
        ]),
      },
    });
    const list = buildChecklist(facts, [{ cause: "ip-blocklisted", confidence: 0.95 }]);
    const items = list.causes[0]!.items;
    const delist = items.find((i) => i.id === "ip-blocklisted.delist.spamhaus-zen");
    expect(delist?.link?.url).toMatch(/spamhaus/);
    // The fix comes before the delisting request.
    expect(items.findIndex((i) => i.id === "ip-blocklisted.find-cause")).toBeLessThan(
      items.indexOf(delist!),
    );
    expect(items.find((i) => i.id === "ip-blocklisted.ptr")?.record).toEqual({
      type: "PTR",
      name: "9.113.0.203.in-addr.arpa",
      value: "mail.example.org",
    });
    // mail.example.org often is the incoming server already: its A record must not be moved.
    expect(items.find((i) => i.id === "ip-blocklisted.ptr")?.detail).toContain(
      "If mail.example.org already points to another address, leave it alone",
    );
    expect(list.prevent.map((i) => i.id)).toContain("prevent.bulk-sender-requirements");
  });

  it.each(["uceprotect-2", "uceprotect-3"])(
    "asks no removal from %s, which takes none, and says what ends the listing",
    (list) => {
      const ip = "203.0.113.9";
      const facts = makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], from: "anna@example.org" }),
        checks: {
          [`ip:${ip}`]: done(ip, "ip", [
            finding("blocklist.listed", {
              data: { zone: `dnsbl-${list.at(-1)}.uceprotect.net`, list },
            }),
          ]),
        },
      });
      const items = buildChecklist(facts, [{ cause: "ip-blocklisted", confidence: 0.95 }])
        .causes[0]!.items;
      const step = items.find((i) => i.id === `ip-blocklisted.delist.${list}`);
      expect(step?.title).toMatch(
        /^Wait for the UCEPROTECT Level \d .*listing to end: it takes no removal requests$/,
      );
      expect(step?.title).not.toMatch(/Request removal/);
      expect(step?.detail).toMatch(/^UCEPROTECT takes no removal requests for Level \d/);
      expect(step?.detail).toContain("ends by itself");
      expect(step?.link?.label).toMatch(/look up the listing$/);
    },
  );

  // The lists' own policies (lib/blocklists/catalog.ts): UCEPROTECT Level 1 expires 7 days
  // after the last trap hit and sells an express delisting; SpamCop's listings end by themselves
  // when reports stop; SORBS has shut down. None of them is a removal request to file.
  const listedOn = (list: string, zone: string) => {
    const ip = "203.0.113.9";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], from: "anna@example.org" }),
      checks: {
        [`ip:${ip}`]: done(ip, "ip", [finding("blocklist.listed", { data: { zone, list } })]),
      },
    });
    const items = buildChecklist(facts, [{ cause: "ip-blocklisted", confidence: 0.95 }]).causes[0]!
      .items;
    return items.find((i) => i.id === `ip-blocklisted.delist.${list}`);
  };

  // The "check again" step waits as long as the longest listing lasts (catalog expiresAfter).
  const recheckOn = (lists: { list: string; zone: string }[]) => {
    const ip = "203.0.113.9";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], from: "anna@example.org" }),
      checks: {
        [`ip:${ip}`]: done(
          ip,
          "ip",
          lists.map((data) => finding("blocklist.listed", { data })),
        ),
      },
    });
    return buildChecklist(facts, [
      { cause: "ip-blocklisted", confidence: 0.95 },
    ]).causes[0]!.items.find((i) => i.id === "ip-blocklisted.verify")?.detail;
  };

  it("checks again after the list's own wait: 7 days for UCEPROTECT Level 1, not a day", () => {
    const detail = recheckOn([
      { list: "spamcop", zone: "bl.spamcop.net" },
      { list: "uceprotect-1", zone: "dnsbl-1.uceprotect.net" },
    ]);
    expect(detail).toContain(
      "with the same bounce 7 days after the address's last spam-trap hit, when UCEPROTECT Level 1 (single IPs) lets the listing end:",
    );
    expect(detail).not.toContain("a day later");
    expect(recheckOn([{ list: "spamcop", zone: "bl.spamcop.net" }])).toContain(
      "a day after the reports stop",
    );
    expect(recheckOn([{ list: "spamhaus-zen", zone: "zen.spamhaus.org" }])).toContain(
      "a day after the removal request",
    );
    expect(recheckOn([{ list: "uceprotect-3", zone: "dnsbl-3.uceprotect.net" }])).toContain(
      "no longer shows the listing (the list names no fixed time)",
    );
    expect(recheckOn([])).toContain("with the same bounce a day later:");
  });

  it("sends nobody to a free removal request UCEPROTECT Level 1 does not take", () => {
    const step = listedOn("uceprotect-1", "dnsbl-1.uceprotect.net");
    expect(step?.title).toBe(
      "Wait for the UCEPROTECT Level 1 (single IPs) listing to expire: its paid express removal is not needed",
    );
    expect(step?.detail).toMatch(/^UCEPROTECT takes no free removal requests for Level 1/);
    expect(step?.detail).toContain("7 days after");
    expect(step?.detail).toContain("express delisting");
    expect(step?.detail).not.toMatch(/^Only after/);
    expect(step?.link?.label).toMatch(/look up the listing$/);
    // Nobody to contact: the step looks the listing up and waits.
    expect(step?.kind).toBe("verify");
  });

  it("asks no removal from SpamCop, whose listings end when the reports stop", () => {
    const step = listedOn("spamcop", "bl.spamcop.net");
    expect(step?.title).toBe(
      "Wait for the SpamCop Blocking List listing to end: it takes no removal requests",
    );
    expect(step?.detail).toMatch(/^SpamCop takes no removal requests/);
    expect(step?.link?.label).toMatch(/look up the listing$/);
  });

  // The bounce names SpamCop (or ZEN), but the check asked that list and it said "not listed":
  // the listing has ended since, and no step may speak of it as current.
  const namedButClean = (list: string, zone: string) => {
    const ip = "192.0.2.1";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "ip-blocklisted",
        ips: [ip],
        blocklistZones: [zone],
        from: "anna@example.org",
      }),
      checks: {
        [`ip:${ip}`]: done(ip, "ip", [
          finding("blocklist.not-listed", { data: { lists: [list, "barracuda"], zones: [zone] } }),
        ]),
      },
    });
    return buildChecklist(facts, [{ cause: "ip-blocklisted", confidence: 0.95 }]).causes[0]!.items;
  };

  it("says a list the bounce names and the check found clean no longer lists the IP", () => {
    const items = namedButClean("spamcop", "bl.spamcop.net");
    const ended = items.find((i) => i.id === "ip-blocklisted.delist-ended.spamcop");
    expect(ended?.title).toBe("SpamCop Blocking List no longer lists it: send the message again");
    expect(ended?.detail).toContain("so this one has most likely ended. Resend the message.");
    for (const i of items) {
      expect(i.title).not.toMatch(/got .* listed|Wait for .* listing to end|after delisting/);
    }
    expect(items.find((i) => i.id === "ip-blocklisted.verify")).toBeUndefined();
    expect(items.find((i) => i.id === "ip-blocklisted.find-cause")).toBeUndefined();
    const zen = namedButClean("spamhaus-zen", "zen.spamhaus.org").find(
      (i) => i.id === "ip-blocklisted.delist-ended.spamhaus-zen",
    );
    expect(zen?.detail).toContain("the listing has been removed or has ended since");
    expect(zen?.title).not.toMatch(/Request removal/);
  });

  it("asks no removal from a list that has shut down, and says whose list is wrong", () => {
    const step = listedOn("sorbs", "dnsbl.sorbs.net");
    expect(step?.title).toBe("Nothing to remove from SORBS: the list has shut down");
    expect(step?.detail).toContain("Decommissioned");
    expect(step?.actor).toBe("recipient-admin");
    expect(step?.link).toBeUndefined();
  });

  it("names the PTR record of an IPv6 sending address under ip6.arpa", () => {
    const ip6 = "2001:db8::25";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "reverse-dns", ips: [ip6], from: "anna@example.org" }),
      checks: { [`ip:${ip6}`]: done(ip6, "ip", ["ptr.none"]) },
    });
    const ptr = buildChecklist(facts, [
      { cause: "reverse-dns", confidence: 0.9 },
    ]).causes[0]!.items.find((i) => i.id === "reverse-dns.ptr");
    expect(ptr?.record).toEqual({
      type: "PTR",
      name: `5.2.0.0.${"0.".repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`,
      value: "mail.example.org",
    });
  });

  it("writes the recipient a message when their mailbox is full, and no sender prevention", () => {
    const list = buildChecklist(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "mailbox-full", recipient: "bob@example.net" }),
      }),
      [{ cause: "mailbox-full", confidence: 0.9 }],
    );
    const msg = list.causes[0]!.items.find((i) => i.message);
    expect(msg?.message?.body).toContain("bob@example.net");
    // It reports what the server said; it does not state the cause as a fact.
    expect(msg?.message?.body).toContain("it says the mailbox is full");
    expect(msg?.kind).toBe("contact");
    expect(list.prevent).toEqual([]);
  });

  // Each row: causes held, findings of the IP check → the later step that points to the first.
  const ip = "203.0.113.7";
  const dedupeRows: [string, CauseId[], string[], { ref: string; to: string }[]][] = [
    [
      "a PTR to set under a listing and under reverse DNS is listed once",
      ["ip-blocklisted", "reverse-dns"],
      ["blocklist.listed", "ptr.none"],
      [{ ref: "reverse-dns.ptr", to: "ip-blocklisted.ptr" }],
    ],
    [
      "the order of the causes decides which copy is kept",
      ["reverse-dns", "ip-blocklisted"],
      ["blocklist.listed", "ptr.none"],
      [{ ref: "ip-blocklisted.ptr", to: "reverse-dns.ptr" }],
    ],
    [
      "no shared step, no pointer",
      ["ip-blocklisted", "mailbox-full"],
      ["blocklist.listed", "ptr.ok"],
      [],
    ],
  ];
  it.each(dedupeRows)("de-duplicates across causes: %s", (_name, causes, codes, expected) => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: causes[0], ips: [ip] }),
      answers: { "sending-platform": answer.choice("own-server") },
      checks: { [`ip:${ip}`]: done(ip, "ip", codes) },
    });
    const list = buildChecklist(
      facts,
      causes.map((cause) => ({ cause, confidence: 0.5 })),
    );
    const all = [...list.causes.flatMap((c) => c.items), ...list.prevent];
    const refs = all.filter((i) => i.sameAs).map((i) => ({ ref: i.id, to: i.sameAs!.id }));
    expect(refs).toEqual(expected);
    for (const { ref, to } of expected) {
      const kept = all.find((i) => i.id === to)!;
      expect(kept.sameAs).toBeUndefined();
      expect(kept.aliases).toContain(ref);
      expect(all.find((i) => i.id === ref)!.sameAs!.sectionTitle).toBe(
        list.causes.find((c) => c.items.includes(kept))!.title,
      );
    }
    // Every step that can be ticked is a different action.
    const keys = all
      .filter((i) => !i.sameAs)
      .map((i) => `${i.title}|${i.record?.value ?? ""}|${i.message?.subject ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("no two causes of the vocabulary list the same step twice when held together", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip], from: "anna@example.org" }),
      checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.listed", "ptr.none"]) },
    });
    const list = buildChecklist(
      facts,
      CAUSE_IDS.map((cause) => ({ cause, confidence: 0.5 })),
    );
    const all = [...list.causes.flatMap((c) => c.items), ...list.prevent];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const keys = all
      .filter((i) => !i.sameAs)
      .map((i) => `${i.title}|${i.record?.value ?? ""}|${i.message?.subject ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.some((i) => i.sameAs)).toBe(true);
  });
});

describe("the 'adjust content' steps come from what the content review found", () => {
  const diagnosis = makeDiagnosis({ cause: "content-spam", from: "ana@mail-ready.test" });
  const both = [
    { cause: "content-spam", confidence: 0.8 },
    { cause: "content-virus", confidence: 0.2 },
  ] as const;
  const ids = (facts: ReturnType<typeof makeFacts>, cause: CauseId) =>
    buildChecklist(facts, [...both])
      .causes.find((c) => c.cause === cause)
      ?.items.map((i) => i.id) ?? [];

  it("spam found: a step per rule group that fired, first, then the review again", () => {
    const facts = makeFacts({ diagnosis, checks: { "content:bounce-copy": reviewed("spam") } });
    const list = buildChecklist(facts, [...both]);
    const spam = list.causes.find((c) => c.cause === "content-spam")!.items;
    expect(spam.slice(0, 3).map((i) => i.title)).toEqual([
      "Remove the links to listed-domain.test",
      "Link to real addresses instead of URL shorteners",
      "Review the changed message again, then resend it",
    ]);
    expect(spam[1]!.detail).toMatch(/found: bit\.ly/);
    // The virus section gets no attachment step: none fired.
    expect(ids(facts, "content-virus").some((id) => id.includes(".attachment."))).toBe(false);
  });

  it("a refused attachment: its step under content-virus", () => {
    const facts = makeFacts({
      diagnosis,
      checks: { "content:bounce-copy": reviewed("attachment") },
    });
    expect(ids(facts, "content-virus")).toContain("content-virus.attachment.invoice-exe");
    expect(ids(facts, "content-spam")).not.toContain("content-virus.attachment.invoice-exe");
  });

  it.each([
    ["no review", {}],
    ["could not review", { "content:bounce-copy": reviewed("could-not-review") }],
    ["skipped", { "content:sent-message": { status: "failed", error: "No message." } as const }],
  ])("%s: only the generic steps", (_name, checks) => {
    const got = ids(makeFacts({ diagnosis, checks }), "content-spam");
    expect(got[0]).toBe("content-spam.review");
    expect(got.some((id) => id.includes(".adjust.") || id.includes(".verify."))).toBe(false);
  });
});

describe("a step a check that ran answered", () => {
  const steps = (checks: NonNullable<Parameters<typeof makeFacts>[0]>["checks"]) =>
    buildChecklist(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "sender-address-invalid", from: "anna@example.org" }),
        checks,
      }),
      [{ cause: "sender-address-invalid", confidence: 0.9 }],
    ).causes[0]!.items.map((i) => i.id);

  it("is not shown when the domain check found the domain's MX", () => {
    expect(steps({ "domain:example.org": done("example.org", "domain", ["mx.ok"]) })).not.toContain(
      "sender-address-invalid.domain",
    );
  });

  it("is shown when no check ran, or the check found no mail server", () => {
    expect(steps({})).toContain("sender-address-invalid.domain");
    expect(steps({ "domain:example.org": done("example.org", "domain", ["mx.none"]) })).toContain(
      "sender-address-invalid.domain",
    );
  });

  it("names only steps that exist", async () => {
    const { STEPS_ANSWERED_BY_DOMAIN_CHECK } = await import("./data");
    const ids = new Set(
      Object.values(CAUSE_CHECKLISTS).flatMap((ts) => ts.flatMap((t) => ("id" in t ? [t.id] : []))),
    );
    for (const id of Object.keys(STEPS_ANSWERED_BY_DOMAIN_CHECK)) expect(ids.has(id)).toBe(true);
  });
});

describe("the DMARC record for a domain with a null MX", () => {
  it("asks for no reports at a domain that takes no mail, and says where to send them", () => {
    const items = authFailureSteps(["mx.null", "dmarc.missing", "spf.ok", "dkim.ok"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc");
    expect(step?.record?.value).toBe("v=DMARC1; p=none");
    expect(`${step?.detail}`).not.toContain("dmarc-reports@example.org");
    expect(step?.detail).toContain("a domain that receives mail");
    expect(step?.detail).toContain("\u201cv=DMARC1; p=quarantine\u201d with the rua= you added");
  });

  it("an existing record without rua= is not given a report mailbox there", () => {
    const dmarcFinding = finding("dmarc.policy-none", {
      area: "dmarc",
      records: [{ name: "_dmarc.example.org", type: "TXT", values: ["v=DMARC1; p=none; fo=1"] }],
    });
    const items = authFailureSteps(["mx.null", dmarcFinding, "spf.ok", "dkim.ok"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc-reports");
    expect(step?.record).toBeUndefined();
    expect(step?.detail).toContain("null MX");
  });

  it("a domain no check showed taking mail is given no report mailbox either", () => {
    for (const mx of ["mx.none-implicit", "mx.could-not-check"]) {
      const items = authFailureSteps([mx, "dmarc.missing", "spf.ok", "dkim.ok"]);
      const step = items.find((i) => i.id === "authentication-failure.dmarc");
      expect(step?.record?.value).toBe("v=DMARC1; p=none");
      expect(step?.detail).toMatch(/MX record/);
    }
  });

  it("the later policies read as quoted records in the sentence, not 'Later, then v=DMARC1; …'", () => {
    const items = authFailureSteps(["mx.ok", "dmarc.missing", "spf.ok", "dkim.ok"]);
    const detail = items.find((i) => i.id === "authentication-failure.dmarc")?.detail ?? "";
    expect(detail).not.toContain("Later, then");
    expect(detail).toContain(
      "Later, publish \u201cv=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.org\u201d after",
    );
    expect(detail).toContain(
      "; then \u201cv=DMARC1; p=reject; rua=mailto:dmarc-reports@example.org\u201d after",
    );
  });

  it("a domain that takes mail keeps its report mailbox", () => {
    const items = authFailureSteps(["mx.ok", "dmarc.missing", "spf.ok", "dkim.ok"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc");
    expect(step?.record?.value).toBe("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org");
  });
});

describe("a sending IP listed only as end-user space (the Spamhaus PBL)", () => {
  // Gmail's 5.7.25 (no valid PTR) for an address ZEN answers 127.0.0.11 for (PBL, set by
  // Spamhaus) with a generic PTR: the reverse-DNS section said "Make the name point back to
  // 198.51.100.20" and "Use the same name in your server's greeting" (the generic name is the
  // ISP's), and the listing's section asked "Request removal from Spamhaus ZEN" and "Check the
  // IP again after delisting" right after the relay step, which says removal is only for a static
  // address running a mail server.
  const ip = "198.51.100.20";
  const zen = (codes: string[]) =>
    finding("blocklist.listed", {
      area: "blocklist",
      data: { list: "spamhaus-zen", zone: "zen.spamhaus.org", returnCodes: codes },
    });
  const steps = (codes: string[]) => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "reverse-dns", ips: [ip] }),
      checks: { [`ip:${ip}`]: done(ip, "ip", [finding("ptr.generic"), zen(codes)]) },
    });
    return buildChecklist(facts, [
      { cause: "reverse-dns", confidence: 0.83 },
      { cause: "ip-blocklisted", confidence: 0.14 },
    ]).causes;
  };

  it("gives the relay as the fix, with no PTR steps and no removal to ask for", () => {
    const [ptr, listing] = steps(["127.0.0.11"]);
    expect(ptr?.items.map((i) => i.id)).toEqual(["ip-blocklisted.use-relay"]);
    const ids = (listing?.items ?? []).map((i) => i.id);
    expect(ids.filter((id) => id.includes("delist"))).toEqual([]);
    expect(ids).not.toContain("ip-blocklisted.verify");
  });

  it("keeps the removal step where the list also names another of its parts (SBL)", () => {
    const [, listing] = steps(["127.0.0.2", "127.0.0.11"]);
    const ids = (listing?.items ?? []).map((i) => i.id);
    expect(ids).toContain("ip-blocklisted.delist.spamhaus-zen");
    expect(ids).toContain("ip-blocklisted.verify");
    // Named by the parts that answered, each with its own route: the SBL through the network's
    // abuse desk, the PBL self-service; nothing of the parts that did not answer (XBL, CSS).
    const step = listing?.items.find((i) => i.id === "ip-blocklisted.delist.spamhaus-zen");
    expect(step?.title).toBe("Request removal from Spamhaus ZEN (SBL and PBL parts)");
    expect(step?.detail).toContain("abuse desk");
    expect(step?.detail).toContain("self-service");
    expect(step?.detail).not.toMatch(/XBL|CSS/);
  });

  it("names the PBL part, with its own route, where the step is shown (a domain listing's section)", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "domain-blocklisted", ips: [ip] }),
      checks: { [`ip:${ip}`]: done(ip, "ip", [zen(["127.0.0.11"])]) },
    });
    const [section] = buildChecklist(facts, [
      { cause: "domain-blocklisted", confidence: 0.9 },
    ]).causes;
    const step = section?.items.find((i) => i.id === "domain-blocklisted.delist.spamhaus-zen");
    expect(step?.title).toBe(
      "Request removal from Spamhaus ZEN (PBL part: end-user address space)",
    );
    expect(step?.detail).toContain("policy, not a spam verdict");
    expect(step?.detail).not.toMatch(/SBL|abuse desk|infection/);
    expect(step?.link?.label).toBe("Spamhaus ZEN (PBL part: end-user address space): removal");
  });

  it("reads a result link's compact listing (no data, the record and its answers) the same way", () => {
    // A link carries a finding's record, not its data: 127.0.0.11 from ZEN's zone is still the
    // PBL part, so the shared page rebuilds the relay step, not the PTR steps and a removal.
    const compact = finding("blocklist.listed", {
      area: "blocklist",
      records: [{ name: `20.100.51.198.zen.spamhaus.org`, type: "A", values: ["127.0.0.11"] }],
    });
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "reverse-dns", ips: [ip] }),
      checks: { [`ip:${ip}`]: done(ip, "ip", [finding("ptr.generic"), compact]) },
    });
    const [ptr, listing] = buildChecklist(facts, [
      { cause: "reverse-dns", confidence: 0.83 },
      { cause: "ip-blocklisted", confidence: 0.14 },
    ]).causes;
    expect(ptr?.items.map((i) => i.id)).toEqual(["ip-blocklisted.use-relay"]);
    expect((listing?.items ?? []).map((i) => i.id).filter((id) => id.includes("delist"))).toEqual(
      [],
    );
  });
});

describe("the DMARC step before the domain's DMARC record was looked up", () => {
  it("says what a new DMARC record would break, not SPF's 'everything it lists'", () => {
    // The lookup timed out (dmarc.could-not-check): the step said "a new DMARC record would
    // replace the current one, and everything it lists would stop working".
    const items = authFailureSteps(["mx.ok", "spf.ok", "dkim.ok", "dmarc.could-not-check"]);
    const step = items.find((i) => i.id === "authentication-failure.dmarc");
    expect(step?.title).toBe("Look up the current DMARC record of example.org first");
    expect(step?.record).toBeUndefined();
    expect(step?.detail).not.toContain("everything it lists");
    expect(step?.detail).toContain("receivers apply none at all");
  });
});

describe("the DKIM step for a sender without a named provider", () => {
  it("does not send a user who runs their own server to 'your provider'", () => {
    const items = authFailureSteps(
      ["mx.ok", "spf.ok", "dkim.none-found", "dmarc.missing"],
      "own-server",
    );
    const dkim = items.find((i) => i.id === "authentication-failure.dkim.1");
    expect(dkim?.title).toBe("Set up DKIM signing for example.org");
    expect(dkim?.detail).toContain("on the server that sends your mail");
  });
});

describe("a provider's shared IP (M4)", () => {
  const steps = (platform: string) => {
    const ip = "203.0.113.7";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "ip-blocklisted",
        ips: [ip],
        blocklistZones: ["zen.spamhaus.org"],
        from: "anna@example.org",
      }),
      answers: { "sending-platform": answer.choice(platform) },
      checks: {
        [`ip:${ip}`]: done(ip, "ip", [
          finding("blocklist.listed", {
            data: { zone: "zen.spamhaus.org", list: "spamhaus-zen", returnCodes: ["127.0.0.2"] },
          }),
          "ptr.none",
        ]),
      },
    });
    return buildChecklist(facts, [
      { cause: "ip-blocklisted", confidence: 0.8 },
      { cause: "reverse-dns", confidence: 0.15 },
    ]).causes;
  };

  it.each(["microsoft-365", "esp", "google-workspace"])(
    "%s: forwards to the provider, asks no removal and gives no PTR or HELO step",
    (platform) => {
      const sections = steps(platform);
      const ids = sections.flatMap((s) => s.items.map((i) => i.id));
      expect(ids).toContain("ip-blocklisted.tell-provider");
      expect(
        ids.filter((id) => /\.delist|\.verify$|reverse-dns\.(forward|helo)|\.ptr$/.test(id)),
      ).toEqual([]);
      const tell = sections[0]!.items.find((i) => i.id === "ip-blocklisted.tell-provider");
      // The account-compromise check stays, and the sentence starts with a capital.
      expect(tell?.detail).toContain("check that no account of yours was used to send spam");
      expect(tell?.detail).toMatch(/^[A-Z]/);
      expect(ids).toContain("reverse-dns.tell-provider");
    },
  );

  it("an own server still gets the removal request and the PTR steps", () => {
    const ids = steps("own-server").flatMap((s) => s.items.map((i) => i.id));
    expect(ids).toContain("ip-blocklisted.delist.spamhaus-zen");
    expect(ids).toContain("reverse-dns.forward");
  });
});

describe("a 1024-bit DKIM key (W5)", () => {
  it("is replaced, not set up: the mail is signed already", () => {
    const items = authFailureSteps(["dkim.weak-key", "spf.ok"], "own-server");
    const dkim = items.find((i) => i.id === "authentication-failure.dkim.1");
    expect(dkim?.title).toBe(
      "Replace the short DKIM key of example.org with a 2048-bit one under a new selector",
    );
    expect(items.map((i) => i.title).join(" ")).not.toMatch(/Set up DKIM signing/);
  });
});

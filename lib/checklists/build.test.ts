import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { answer, done, finding, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";
import { CAUSE_CHECKLISTS } from "./data";

describe("buildChecklist", () => {
  it.each(CAUSE_IDS)("%s has a non-empty checklist with unique item ids", (cause) => {
    expect(CAUSE_CHECKLISTS[cause].length).toBeGreaterThan(0);
    const list = buildChecklist(makeFacts({ diagnosis: makeDiagnosis({ cause }) }), [{ cause, confidence: 0.9 }]);
    const items = list.causes[0]?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(i.title).not.toMatch(/\{\w+\}/);
      expect(i.detail).not.toMatch(/\{\w+\}/);
    }
  });

  it("merges the SPF records found and adds the platform's include", () => {
    const spfFinding = finding("spf.multiple", {
      area: "spf",
      records: [{ name: "example.org", type: "TXT", values: ["v=spf1 include:sendgrid.net -all", "v=spf1 mx ~all", "google-site-verification=x"] }],
    });
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
      answers: { "sending-platform": answer.choice("google-workspace") },
      checks: { "domain:example.org": done("example.org", "domain", [spfFinding, "dmarc.missing"]) },
    });
    const items = buildChecklist(facts, [{ cause: "authentication-failure", confidence: 0.9 }]).causes[0]!.items;
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record).toEqual({ type: "TXT", name: "example.org", value: "v=spf1 include:sendgrid.net mx include:_spf.google.com ~all" });
    expect(spf?.title).toMatch(/Replace the 2 SPF records/);
    expect(items.find((i) => i.id === "authentication-failure.dmarc")?.record?.value).toBe("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.org");
    expect(items.find((i) => i.id === "authentication-failure.dkim.1")?.record?.name).toBe("google._domainkey.example.org");
  });

  it("gives each listing's delisting procedure from the catalog", () => {
    const ip = "203.0.113.9";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
      checks: { [`ip:${ip}`]: done(ip, "ip", [finding("blocklist.listed", { data: { zone: "zen.spamhaus.org", list: "spamhaus-zen" } }), "ptr.none"]) },
    });
    const list = buildChecklist(facts, [{ cause: "ip-blocklisted", confidence: 0.95 }]);
    const items = list.causes[0]!.items;
    const delist = items.find((i) => i.id === "ip-blocklisted.delist.spamhaus-zen");
    expect(delist?.link?.url).toMatch(/spamhaus/);
    // The fix comes before the delisting request.
    expect(items.findIndex((i) => i.id === "ip-blocklisted.find-cause")).toBeLessThan(items.indexOf(delist!));
    expect(items.find((i) => i.id === "ip-blocklisted.ptr")?.record).toEqual({ type: "PTR", name: "9.113.0.203.in-addr.arpa", value: "mail.<your domain>" });
    expect(list.prevent.map((i) => i.id)).toContain("prevent.bulk-sender-requirements");
  });

  it("writes the recipient a message when their mailbox is full, and no sender prevention", () => {
    const list = buildChecklist(makeFacts({ diagnosis: makeDiagnosis({ cause: "mailbox-full", recipient: "bob@example.net" }) }), [{ cause: "mailbox-full", confidence: 0.9 }]);
    const msg = list.causes[0]!.items.find((i) => i.message);
    expect(msg?.message?.body).toContain("bob@example.net");
    expect(msg?.kind).toBe("contact");
    expect(list.prevent).toEqual([]);
  });
});

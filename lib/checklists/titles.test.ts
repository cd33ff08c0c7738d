import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import type { CheckReport } from "@/lib/checks/types";
import { answer, done, finding, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import type { CheckState, Facts } from "@/lib/rules/types";
import { compactCheckReport } from "@/lib/share/payload";
import { buildChecklist } from "./build";
import { checklistTitles, titleForItemId } from "./titles";

const ip = "203.0.113.7";
const rich = makeFacts({
  diagnosis: makeDiagnosis({
    cause: "ip-blocklisted",
    ips: [ip],
    from: "anna@example.org",
    blocklistZones: [],
  }),
  answers: { "sending-platform": answer.choice("own-server") },
  checks: {
    [`ip:${ip}`]: done(ip, "ip", [
      finding("blocklist.listed", { data: { zone: "zen.spamhaus.org", list: "spamhaus-zen" } }),
      finding("blocklist.listed", { data: { zone: "bl.spamcop.net", list: "spamcop" } }),
      "ptr.none",
    ]),
    "domain:example.org": done("example.org", "domain", [
      "spf.none",
      "dmarc.policy-none",
      "dkim.none",
    ]),
  },
});

/** What /r has: the same checks after the link's compaction (no finding `data`). */
function asShared(facts: Facts): Facts {
  const checks: Record<string, CheckState> = {};
  for (const [id, state] of Object.entries(facts.checks)) {
    const compact = compactCheckReport(state.report!);
    checks[id] = { status: "done", report: { ...compact, lookups: 0 } as CheckReport };
  }
  return { ...facts, checks };
}

describe("checklist titles from ids", () => {
  const causes = CAUSE_IDS.map((cause) => ({ cause, confidence: 0.5 }));
  const full = buildChecklist(rich, causes);
  const items = [...full.causes.flatMap((c) => c.items), ...full.prevent];

  it("the shared facts really lose items (the case this covers)", () => {
    const shared = buildChecklist(asShared(rich), causes);
    const sharedIds = new Set(
      [...shared.causes.flatMap((c) => c.items), ...shared.prevent].map((i) => i.id),
    );
    expect(items.map((i) => i.id).filter((id) => !sharedIds.has(id))).toEqual(
      expect.arrayContaining([
        "ip-blocklisted.delist.spamhaus-zen",
        "ip-blocklisted.delist.spamcop",
      ]),
    );
  });

  it.each(items.map((i) => [i.id, i.title] as const))("%s has a human title on /r", (id) => {
    const title = checklistTitles(asShared(rich), causes, [id])[id]!;
    expect(title).not.toBe(id);
    expect(title).not.toMatch(/\{\w+\}/);
    expect(title).toMatch(/^[A-Z]/);
  });

  // Each row: an id whose item the facts cannot regenerate → its title.
  const rows: [string, string][] = [
    [
      "ip-blocklisted.delist.spamhaus-zen",
      "Request removal from Spamhaus ZEN (SBL, CSS, XBL, PBL)",
    ],
    [
      "domain-blocklisted.delist.spamcop",
      "Wait for the SpamCop Blocking List listing to end: it takes no removal requests",
    ],
    [
      "ip-blocklisted.delist.uceprotect-1",
      "Wait for the UCEPROTECT Level 1 (single IPs) listing to expire: its paid express removal is not needed",
    ],
    ["ip-blocklisted.delist.sorbs", "Nothing to remove from SORBS: the list has shut down"],
    // UCEPROTECT takes no removal requests for Level 2/3: the same words as the live step.
    [
      "ip-blocklisted.delist.uceprotect-2",
      "Wait for the UCEPROTECT Level 2 (network ranges) listing to end: it takes no removal requests",
    ],
    ["ip-blocklisted.delist.no-such-list", "Request removal from the no-such-list blocklist"],
    ["reverse-dns.ptr", `Ask the owner of ${ip} to set its reverse DNS`],
    ["authentication-failure.dkim.2", "Publish a DKIM key for example.org"],
    ["authentication-failure.dmarc", "Publish a DMARC record for example.org"],
    ["ip-blocklisted.find-cause", `Find and stop what got ${ip} listed`],
    ["prevent.postmaster-tools", "Register example.org in Google Postmaster Tools"],
    ["future-cause.new_step", "Future cause new step"],
    // Content steps name their domain or file live; a link carries only a slug of it.
    ["content-spam.link-domain.listed-domain-test", "Remove the links to a domain on a blocklist"],
    [
      "content-virus.attachment.invoice-exe",
      "Do not attach the risky file; share it through a download link",
    ],
  ];
  it.each(rows)("%s → %s", (id, expected) => {
    expect(titleForItemId(id, asShared(rich))).toBe(expected);
  });
});

describe("a delisting step's title from a link's compact listing", () => {
  it("names the parts that answered, as the live step did", () => {
    // A link's finding keeps the record queried and its answers: ZEN's 127.0.0.11 is its PBL part.
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: ["198.51.100.20"] }),
      checks: {
        "ip:198.51.100.20": done("198.51.100.20", "ip", [
          finding("blocklist.listed", {
            records: [
              { name: "20.100.51.198.zen.spamhaus.org", type: "A", values: ["127.0.0.11"] },
            ],
          }),
        ]),
      },
    });
    expect(titleForItemId("domain-blocklisted.delist.spamhaus-zen", asShared(facts))).toBe(
      "Request removal from Spamhaus ZEN (PBL part: end-user address space)",
    );
  });
});

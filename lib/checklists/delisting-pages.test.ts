import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { BLOCKLISTS } from "@/lib/blocklists/catalog";
import { buildChecklist } from "./build";
import { delistPagesInBounce } from "./delisting-pages";

// Replies as receivers word them: UCEPROTECT's (quoted in dragokas/hijackthis #190, cited in
// lib/knowledge/providers/uceprotect.ts) and Microsoft's banned-IP reply (5.7.606-649).
const UCE_L1 =
  "553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: http://www.uceprotect.net/rblcheck.php?ipr=203.0.113.8";
// A page shared by several lists (UCEPROTECT's levels), and pages of one list each (s5h.net's;
// SORBS has shut down, so its former operator's site is no list's page).
const UCE_NO_LEVEL = "554 5.7.1 Rejected, see https://www.uceprotect.net/en/index.php";
const S5H =
  "554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked, see http://www.usenix.org.uk/content/rblremove";
const PROOFPOINT = "554 5.7.1 Rejected: listed, see https://www.proofpoint.com/";
const MICROSOFT =
  "550 5.7.606 Access denied, banned sending IP [203.0.113.8]. To request removal from this list please visit https://sender.office.com/ and follow the directions.";

async function steps(text: string) {
  const diagnosis = await diagnose(text);
  const list = buildChecklist({ diagnosis, answers: {}, checks: {} }, [
    { cause: "ip-blocklisted", confidence: 0.95 },
  ]);
  return list.causes[0]!.items;
}

describe("delisting pages a bounce names", () => {
  it("a public list's page is that list's own step, not a removal request at the receiver's form", async () => {
    const items = await steps(UCE_L1);
    expect(items.filter((i) => i.id.includes("delist-named"))).toEqual([]);
    expect(items.find((i) => i.id === "ip-blocklisted.delist.uceprotect-1")?.title).toMatch(
      /^Wait for the UCEPROTECT Level 1/,
    );
    expect(items.some((i) => /Request removal/.test(i.title))).toBe(false);
  });

  it("a public list's page with no level named: look the listing up, no request", async () => {
    const items = await steps(UCE_NO_LEVEL);
    const named = items.filter((i) => i.id.includes("delist-named"));
    expect(named.map((i) => i.title)).toEqual([
      "Look the listing up at the page the bounce names: www.uceprotect.net",
    ]);
    expect(named[0]?.detail).not.toContain("keeps its own list");
    expect(named[0]?.link?.url).toBe("https://www.uceprotect.net/en/index.php");
  });

  it("the page of one list only is that list's step, with its own policy", async () => {
    const items = await steps(S5H);
    expect(items.filter((i) => i.id.includes("delist")).map((i) => i.id)).toContain(
      "ip-blocklisted.delist.s5h",
    );
    expect(items.some((i) => i.id.includes("delist-named"))).toBe(false);
  });

  it("a closed list's former operator's site stays the receiver's page", async () => {
    const items = await steps(PROOFPOINT);
    expect(items.some((i) => i.id === "ip-blocklisted.delist.sorbs")).toBe(false);
    expect(items.find((i) => i.id.includes("delist-named"))?.title).toBe(
      "Request removal at the page the bounce names: www.proofpoint.com",
    );
  });

  it("a help link on a redirector's host is not another page of that host (review 31)", async () => {
    // Exchange Online's 5.7.606 as a sender pasted it (MicrosoftDocs/microsoft-365-docs issue
    // 5911): its help link is go.microsoft.com/fwlink LinkID=526655, and Outlook.com's
    // sender support form is LinkID=614866 on the same host.
    const items = await steps(
      `${MICROSOFT} For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)`,
    );
    expect(items.filter((i) => i.id.includes("delist-named")).map((i) => i.link?.url)).toEqual([
      "https://sender.office.com/",
    ]);
  });

  it("a receiver's own removal form stays a request", async () => {
    const items = await steps(MICROSOFT);
    expect(items.find((i) => i.id.includes("delist-named"))?.title).toBe(
      "Request removal at the page the bounce names: Microsoft's delist portal (Outlook.com, Microsoft 365)",
    );
  });
});

// Replies as senders pasted them in public threads (the rev27 review's inputs): Proofpoint's
// (forwardemail), Outlook.com's S3150 (mailgun), Barracuda's split over "554-" lines (telepac).
const PROOFPOINT_PDR = `<test@example.com>: host mx1.forwardemail.net[138.197.213.185] said: 550
   Error for test@example.com of "Invalid greeting. response=550 5.7.0
   Blocked - see
   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=138.197.213.185" (in
   reply to end of DATA command)`;
const OUTLOOK_S3150 =
  "5.7.1 Unfortunately, messages from [198.61.254.59] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.";
const BARRACUDA_SPLIT =
  "554-Service unavailable; Client host [bl11-253-215.dsl.telepac.pt] blocked using\r\n554-Barracuda Reputation;\r\n554 http://www.barracudanetworks.com/reputation/?r=1&ip=85.244.0.1\r\n";
// Outlook.com's OU-001: its postmaster page sends the sender to Spamhaus.
const OUTLOOK_OU001 =
  "550 OU-001 Mail rejected by Outlook.com for policy reasons. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information about this block and to request removal please go to: Spamhaus.";
// Microsoft's banned-IP code with words the table does not hold: the code alone points to the portal.
const MICROSOFT_CODE_ONLY = "550 5.7.620 Access denied [203.0.113.8]";

describe("removal pages the provider tables know", () => {
  it("Proofpoint's refusal gets Proofpoint's IP check, from the table, not 'names no blocklist'", async () => {
    const items = await steps(PROOFPOINT_PDR);
    const named = items.filter((i) => i.id.includes("delist-named"));
    expect(named.map((i) => i.link?.url)).toEqual(["https://ipcheck.proofpoint.com/"]);
    expect(named[0]?.title).toMatch(/^Request removal where the refusing provider sends senders/);
    expect(items.some((i) => /names no blocklist/.test(i.detail))).toBe(false);
  });

  it("Outlook.com's own block list (S3150) gets its sender support form", async () => {
    const items = await steps(OUTLOOK_S3150);
    expect(items.find((i) => i.id.includes("delist-named"))?.link?.url).toBe(
      "http://go.microsoft.com/fwlink/?LinkID=614866",
    );
    expect(items.some((i) => /names no blocklist/.test(i.detail))).toBe(false);
  });

  it("a Barracuda reply split over continuation lines gets the BRBL's own step", async () => {
    const items = await steps(BARRACUDA_SPLIT);
    expect(items.map((i) => i.id)).toContain("ip-blocklisted.delist.barracuda");
    expect(items.some((i) => /names no blocklist/.test(i.detail))).toBe(false);
  });

  it("a page that sends the sender to a public list is that list's step (OU-001: Spamhaus)", async () => {
    const items = await steps(OUTLOOK_OU001);
    expect(items.map((i) => i.id)).toContain("ip-blocklisted.delist.spamhaus-zen");
    expect(items.some((i) => /names no blocklist/.test(i.detail))).toBe(false);
  });

  it("a status code a page gives its route for points to it whatever the words", async () => {
    const pages = delistPagesInBounce(await diagnose(MICROSOFT_CODE_ONLY));
    expect(pages.map((p) => p.url)).toEqual(["https://sender.office.com/"]);
  });

  it("a bounce with no refusal a table knows names no page", async () => {
    expect(delistPagesInBounce(await diagnose("550 5.7.1 Rejected"))).toEqual([]);
  });

  it("every table's removal page is a catalog list or an address of its own, with its source", () => {
    const ids = new Set(BLOCKLISTS.map((b) => b.id));
    const removals = PROVIDER_TABLES.flatMap((t) =>
      [...t.phrases, ...t.statusReadings].flatMap((e) => (e.removal ? [e.removal] : [])),
    );
    expect(removals.length).toBeGreaterThan(10);
    for (const r of removals) {
      expect(r.source.url).toMatch(/^https?:\/\//);
      if ("blocklist" in r) expect(ids.has(r.blocklist)).toBe(true);
      else expect(new URL(r.url).hostname).not.toBe("");
    }
  });
});

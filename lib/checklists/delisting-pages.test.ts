import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { buildChecklist } from "./build";

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

  it("a receiver's own removal form stays a request", async () => {
    const items = await steps(MICROSOFT);
    expect(items.find((i) => i.id.includes("delist-named"))?.title).toBe(
      "Request removal at the page the bounce names: Microsoft's delist portal (Outlook.com, Microsoft 365)",
    );
  });
});

// A refusal that names the public list: the IP was listed when the bounce was written. A lookup
// made later that finds it clean may mean the listing ended, and the bounce's own reading stays
// first (review 27: Barracuda's refusal, with the IP since off the list, was headlined
// "malformed" from the reporting MTA's own Status 5.5.0).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { beliefOf } from "./belief";
import { done } from "./test-factories";

const BOUNCE = `Reporting-MTA: dns;mail.example.net

Final-Recipient: rfc822;ann@example.org
Action: failed
Status: 5.5.0
Remote-MTA: dns;mx.example.org
Diagnostic-Code: smtp;550 Service unavailable; Client host [198.51.100.9] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=198.51.100.9
`;

describe("a blocklist the bounce names, clean when looked up later", () => {
  it("keeps the listing first and says it may have ended", async () => {
    const diagnosis = await diagnose(BOUNCE);
    expect(diagnosis.recipients[0]?.cause).toBe("ip-blocklisted");
    const checks = {
      "ip:198.51.100.9": done("198.51.100.9", "ip", ["ptr.ok", "blocklist.not-listed"]),
    };
    const belief = beliefOf({ diagnosis, checks, answers: {} });
    expect(belief.causes[0]?.cause).toBe("ip-blocklisted");
    expect(belief.causes[0]?.weight).toBeGreaterThan(0.5);
    const says = belief.ran.flatMap((r) => r.found).join(" ");
    expect(says).toContain("may have ended");
  });

  it("still counts a listing found now for it", async () => {
    const diagnosis = await diagnose(BOUNCE);
    const checks = {
      "ip:198.51.100.9": done("198.51.100.9", "ip", ["ptr.ok", "blocklist.listed"]),
    };
    const belief = beliefOf({ diagnosis, checks, answers: {} });
    expect(belief.causes[0]?.cause).toBe("ip-blocklisted");
    expect(belief.causes[0]?.weight).toBeGreaterThan(0.8);
  });
});

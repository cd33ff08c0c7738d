import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { HeldCause } from "@/lib/rules";
import { answer, done } from "@/lib/rules/test-factories";
import { buildConclusionChecklist } from "./build";

const held = (cause: HeldCause["cause"], confidence: number, i: number): HeldCause => ({
  cause,
  confidence,
  support: i === 0 ? "conclusion" : "check",
  why: "",
});
const causes = (list: [HeldCause["cause"], number][]) => list.map(([c, w], i) => held(c, w, i));

describe("which later cause a finding earns a section (rev23 W8/W9)", () => {
  it("a broken DKIM key beside a relay refusal: the authentication section with its DKIM step, no spam or reputation section", async () => {
    const facts = {
      diagnosis: await diagnose("554 5.7.1 <bob@remote.test>: Relay access denied"),
      answers: { "sending-domain": answer.text("acme.test") },
      checks: { "domain:acme.test": done("acme.test", "domain", ["dkim.syntax", "spf.ok"]) },
    };
    const list = buildConclusionChecklist(
      facts,
      causes([
        ["relay-denied", 0.66],
        ["authentication-failure", 0.08],
        ["content-spam", 0.07],
        ["bad-reputation", 0.09],
      ]),
    );
    const shown = list.causes.filter((s) => !s.tellApart).map((s) => s.cause);
    // At 8% the key's problem is one line, not a section (review 27: also-found.ts); with a
    // share that earns one, the section carries its DKIM step.
    expect(shown).toEqual(["relay-denied"]);
    expect(list.prevent.map((i) => i.id)).toContain("prevent.found.authentication-failure");
    const weighty = buildConclusionChecklist(
      facts,
      causes([
        ["relay-denied", 0.6],
        ["authentication-failure", 0.14],
        ["content-spam", 0.07],
        ["bad-reputation", 0.09],
      ]),
    );
    expect(weighty.causes.filter((s) => !s.tellApart).map((s) => s.cause)).toEqual([
      "relay-denied",
      "authentication-failure",
    ]);
    const auth = weighty.causes.find((s) => s.cause === "authentication-failure");
    expect(auth?.items.some((i) => i.id.startsWith("authentication-failure.dkim"))).toBe(true);
  });

  it("an unknown recipient domain: no 'could not be reached' or 'address does not exist' section at 0-1%", async () => {
    const facts = {
      diagnosis: await diagnose(
        "<bob@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found, try again",
      ),
      answers: {},
      checks: {
        "recipient-domain:gmial.com": done("gmial.com", "domain", [
          "domain.nxdomain",
          "domain.typo",
        ]),
      },
    };
    const list = buildConclusionChecklist(
      facts,
      causes([
        ["recipient-domain-invalid", 0.98],
        ["remote-unreachable", 0.01],
        ["recipient-unknown", 0],
      ]),
    );
    expect(list.causes.map((s) => s.cause)).toEqual(["recipient-domain-invalid"]);
  });

  it("gives a later cause whose own problem a check found (no PTR beside a listing) one line, not a section, at 1% (review 27)", async () => {
    const facts = {
      diagnosis: await diagnose(
        "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
      ),
      answers: {},
      checks: { "ip:203.0.113.7": done("203.0.113.7", "ip", ["blocklist.listed", "ptr.none"]) },
    };
    const list = buildConclusionChecklist(
      facts,
      causes([
        ["ip-blocklisted", 0.99],
        ["reverse-dns", 0.01],
      ]),
    );
    expect(list.causes.map((s) => s.cause)).toEqual(["ip-blocklisted"]);
    expect(list.prevent[0]?.id).toBe("prevent.found.reverse-dns");
  });
});

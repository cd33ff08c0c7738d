import { describe, expect, it } from "vitest";
import type { Belief, CauseWeight } from "./belief";
import { makeBelief } from "./test-factories";
import { grounds, heldCauses, isClear, isSettled, settleHints, summaryOf } from "./narrate";

const ptr = { source: "check" as const, ref: "ip:192.0.2.44", ratio: 3 };
const clean = { source: "check" as const, ref: "ip:192.0.2.44", ratio: 0.2 };

const belief = (causes: CauseWeight[]): Belief => makeBelief(causes);

describe("heldCauses", () => {
  it("a later cause a check spoke against says so beside what keeps it possible", () => {
    const held = heldCauses(
      belief([
        { cause: "recipient-unknown", weight: 0.6, for: [], against: [] },
        {
          cause: "ip-blocklisted",
          weight: 0.1,
          for: [{ ...ptr, says: "192.0.2.44 has no reverse DNS (PTR) record" }],
          against: [{ ...clean, says: "192.0.2.44 is on none of the public blocklists checked" }],
        },
      ]),
    );
    expect(held[1]?.why).toBe(
      "192.0.2.44 has no reverse DNS (PTR) record. Against it: 192.0.2.44 is on none of the public blocklists checked.",
    );
  });

  it("adds nothing when no check spoke against it", () => {
    const held = heldCauses(
      belief([
        { cause: "recipient-unknown", weight: 0.6, for: [], against: [] },
        {
          cause: "reverse-dns",
          weight: 0.3,
          for: [{ ...ptr, says: "192.0.2.44 has no reverse DNS (PTR) record" }],
          against: [],
        },
      ]),
    );
    expect(held[1]?.why).toBe("192.0.2.44 has no reverse DNS (PTR) record.");
  });
});

describe("summaryOf a leading cause that is not confirmed", () => {
  const top = (forChecks: CauseWeight["for"]): Belief =>
    belief([{ cause: "authentication-failure", weight: 0.97, for: forChecks, against: [] }]);

  // The bounce's reading of a cause it names is the lead's evidence (belief.ts prior).
  const readAs = {
    source: "bounce" as const,
    ref: "bounce",
    ratio: 2,
    says: "the bounce reads as “Your mail failed sender authentication (SPF, DKIM or DMARC)”",
  };

  it("says no check or answer confirmed it when none speaks for it", () => {
    expect(summaryOf(top([readAs]), false)).toBe(
      "Most likely: “Your mail failed sender authentication (SPF, DKIM or DMARC)” (97%), from the bounce's own words; no check or answer has confirmed it.",
    );
  });

  it("is settled enough to act on where the bounce's words name it, as its summary says", () => {
    const b = { ...top([readAs]), readCause: "authentication-failure" as const };
    expect(summaryOf(b, false)).toMatch(/^Most likely/);
    expect(isSettled(b, false)).toBe(true);
  });

  it("does not deny the finding its grounds quote when a check speaks for it", () => {
    // Gmail's 5.7.26 for a domain whose check found SPF softfail for the IP and no DKIM key:
    // the grounds quote the findings, and the summary said "no check or answer has confirmed it".
    const softfail = { source: "check" as const, ref: "domain:example.org", ratio: 3 };
    const read = {
      source: "bounce" as const,
      ref: "bounce",
      ratio: 2,
      says: "the bounce reads as it",
    };
    const summary = summaryOf(
      top([read, { ...softfail, says: "SPF softfail for 192.0.2.44" }]),
      false,
    );
    expect(summary).not.toContain("no check or answer");
    expect(summary).toContain(
      "what the checks and answers found supports it but does not confirm it",
    );
  });

  it("credits no words to a bounce that does not say why: its lead is the likeliest usual cause", () => {
    // Review 28 (a Sina notice with no code): the lead was held from the usual causes of a
    // notice that quotes no reply, with nothing for it, and the summary said "from the bounce's
    // own words" beside the reason's "The bounce does not say why".
    const b = belief([{ cause: "remote-unreachable", weight: 0.83, for: [], against: [] }]);
    b.bounceSays = "the bounce does not say why";
    const summary = summaryOf(b, false);
    expect(summary).not.toContain("own words");
    expect(summary).toBe(
      "Most likely: “The receiving server could not be reached” (83%), the likeliest of the usual causes of a bounce that does not say why; no check or answer has confirmed it.",
    );
  });

  it("credits a lead only checks speak for to the checks, not to the bounce's words", () => {
    // Review 27: a failed recipient-domain lookup carried "the recipient's domain does not exist"
    // to the top, and the summary said "from the bounce's own words".
    const nxdomain = { source: "check" as const, ref: "recipient-domain:example.org", ratio: 80 };
    const summary = summaryOf(top([{ ...nxdomain, says: "example.org does not exist" }]), false);
    expect(summary).not.toContain("from the bounce's own words");
    expect(summary).toContain("from what the checks and answers found");
  });
});

describe("a lead reached only by ruling the others out", () => {
  // Review 29, finding 2: "554 5.4.0 <…#4.4.1>", read as nothing; clean checks of the sender's
  // IP and domain ruled the sending-side causes out, and an unreachable server was concluded
  // (clear, at 86%) with nothing found for it: the same in a world where the server had failed.
  const clean = {
    source: "check" as const,
    ref: "ip:192.0.2.9",
    like: { "ip-blocklisted": 0.05, "reverse-dns": 0.1 },
    baseline: 1,
  };
  const eliminated = (): Belief => ({
    ...belief([
      { cause: "remote-unreachable", weight: 0.86, for: [], against: [] },
      { cause: "remote-server-error", weight: 0.05, for: [], against: [] },
      { cause: "ip-blocklisted", weight: 0.04, for: [], against: [] },
    ]),
    bounceSays: "the bounce does not say why",
    updates: [clean],
  });

  it("is not clear, and says it is likely by elimination, not settled", () => {
    const b = eliminated();
    expect(isClear(b, b)).toBe(false);
    expect(summaryOf(b, isClear(b, b))).toBe(
      "Not settled yet. Most likely: “The receiving server could not be reached” (86%), because what the checks found weighs against the other causes; nothing in the bounce, the checks or your answers speaks for it; also possible: “The receiving server had an internal failure” (5%).",
    );
  });

  it("names only what weighed against the others: answers, where the checks could not run", () => {
    const b = eliminated();
    b.updates = [
      {
        source: "answer",
        ref: "address-checked",
        like: { "recipient-unknown": 0.3, "recipient-domain-invalid": 0.15 },
        baseline: 0.97,
      },
    ];
    const summary = summaryOf(b, isClear(b, b));
    expect(summary).toContain("because your answers weigh against the other causes");
    expect(summary).not.toContain("checks found");
  });

  it("is clear once a finding speaks for it and not for the runner-up", () => {
    const b = eliminated();
    // The recipient's mail servers did not answer a connection (likelier for an unreachable
    // server than for a failing one).
    b.updates.push({
      source: "check",
      ref: "recipient-domain:example.net",
      like: { "remote-unreachable": 0.9, "remote-server-error": 0.1 },
      baseline: 0.1,
    });
    expect(isClear(b, b)).toBe(true);
  });

  it("is not clear where what speaks for it speaks as much for another cause held", () => {
    const b = eliminated();
    b.updates.push({
      source: "answer",
      ref: "scope-recipients",
      like: { "remote-unreachable": 0.7, "remote-server-error": 0.7 },
      baseline: 0.33,
    });
    expect(isClear(b, b)).toBe(false);
  });

  it("is not settled where its summary says so, so its checklist tells the causes apart first", () => {
    const b = eliminated();
    expect(summaryOf(b, false)).toMatch(/^Not settled yet/);
    expect(isSettled(b, false)).toBe(false);
    b.updates.push({
      source: "answer",
      ref: "scope-recipients",
      like: { "remote-unreachable": 0.7, "remote-server-error": 0.7 },
      baseline: 0.33,
    });
    expect(summaryOf(b, false)).toMatch(/^Not settled yet/);
    expect(isSettled(b, false)).toBe(false);
  });

  it("a bounce read as the lead is its evidence: clear as before", () => {
    const b = { ...eliminated(), readCause: "remote-unreachable" as const };
    expect(isClear(b, b)).toBe(true);
  });
});

describe("grounds", () => {
  it("says a finding's title inside the sentence as a clause, not with its own capital (rev23 W4)", () => {
    const b = belief([{ cause: "reverse-dns", weight: 0.9, for: [], against: [] }]);
    b.ran = [
      {
        id: "ip:192.0.2.99",
        kind: "ip",
        subject: "192.0.2.99",
        found: [
          "192.0.2.99 is on none of the public blocklists checked",
          "The reverse DNS of 192.0.2.99 is not forward-confirmed",
        ],
        noEvidence: false,
      },
    ];
    expect(grounds(b)).toContain(
      "The check of 192.0.2.99 found: 192.0.2.99 is on none of the public blocklists checked and the reverse DNS of 192.0.2.99 is not forward-confirmed.",
    );
  });

  it("sets off a finding that holds a list of its own with semicolons", () => {
    const b = belief([{ cause: "authentication-failure", weight: 0.9, for: [], against: [] }]);
    b.ran = [
      {
        id: "domain:acme.test",
        kind: "domain",
        subject: "acme.test",
        found: [
          "acme.test publishes a DMARC record",
          'acme.test\'s records have problems: no SPF record; the DKIM key for selector "s1" is broken',
          "acme.test exists and takes mail",
        ],
        noEvidence: false,
      },
    ];
    expect(grounds(b)).toContain(
      'found: acme.test publishes a DMARC record; acme.test\'s records have problems: no SPF record; the DKIM key for selector "s1" is broken; and acme.test exists and takes mail.',
    );
  });
});

describe("grounds beside the list of the checks' problems", () => {
  const ptr = "The reverse DNS of 192.0.2.99 is not forward-confirmed";
  const clean = "192.0.2.99 is on none of the public blocklists checked";
  const ran = (listed: string[]) => {
    const b = belief([{ cause: "reverse-dns", weight: 0.9, for: [], against: [] }]);
    b.ran = [
      {
        id: "ip:192.0.2.99",
        kind: "ip",
        subject: "192.0.2.99",
        found: [clean, ptr],
        noEvidence: false,
        listed,
      },
    ];
    return grounds(b);
  };

  it("points to a problem the list shows, in place of its words, and keeps the rest", () => {
    const text = ran(["the reverse DNS of 192.0.2.99 is not forward-confirmed."]);
    expect(text).toContain(
      "The check of 192.0.2.99 found the problem listed under “What the checks found”, and that 192.0.2.99 is on none of the public blocklists checked.",
    );
    expect(text).not.toMatch(/not forward-confirmed/);
  });

  it("counts the problems it points to, and says every finding when none is listed", () => {
    expect(ran([ptr, clean])).toContain(
      "The check of 192.0.2.99 found the 2 problems listed under “What the checks found”.",
    );
    expect(ran([])).toContain(`The check of 192.0.2.99 found: ${clean} and the reverse DNS`);
  });
});

describe("settleHints", () => {
  const open = () =>
    belief([
      { cause: "sender-policy", weight: 0.4, for: [], against: [] },
      { cause: "ip-blocklisted", weight: 0.3, for: [], against: [] },
      { cause: "recipient-unknown", weight: 0.3, for: [], against: [] },
    ]);
  const ipCheck = (over: Partial<Belief["ran"][number]> = {}): Belief["ran"][number] => ({
    id: "ip:192.0.2.44",
    kind: "ip",
    subject: "192.0.2.44",
    found: ["192.0.2.44 is on none of the public blocklists checked"],
    noEvidence: false,
    ...over,
  });

  it("offers the blocklist lookup while no IP check has run", () => {
    expect(settleHints(open()).join(" ")).toContain("a blocklist lookup");
  });

  it("never offers a check that ran, whatever it found or failed to read (review 26, finding 13)", () => {
    for (const ran of [ipCheck(), ipCheck({ found: [], noEvidence: true })]) {
      const b = open();
      b.ran = [ran];
      const hints = settleHints(b).join(" ");
      expect(hints).not.toContain("blocklist lookup");
      expect(hints).toContain("confirming the address");
    }
  });

  it("still offers it where the check ran for other recipients' refusal only", () => {
    const b = open();
    b.ran = [ipCheck({ found: [], noEvidence: true, bearsOn: ["dave@example.net"] })];
    expect(settleHints(b).join(" ")).toContain("a blocklist lookup");
  });
});

describe("grounds: who wrote the failure", () => {
  it("names what shows that the recipient's own mail system wrote it, where no reply does", () => {
    const b = belief([{ cause: "mailbox-full", weight: 0.8, for: [], against: [] }]);
    b.relevance = {
      receiverAnswered: true,
      publicListNamed: false,
      answererNamed: true,
      recipientSystem: "its mail delivery agent reported it, in the agent’s own words",
    };
    expect(grounds(b)).toContain(
      "The recipient's own mail system wrote the failure (its mail delivery agent reported it, in the agent’s own words), so its domain takes mail.",
    );
    expect(grounds(b)).not.toContain("refusal came from");
  });
});

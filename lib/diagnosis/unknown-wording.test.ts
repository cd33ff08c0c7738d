import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { unknownWording } from "./unknown-wording";

describe("unknownWording", () => {
  it("says plainly that a bare 550 does not say why, with the usual causes", async () => {
    const r = (await diagnose("550 mail refused")).recipients[0]!;
    const w = unknownWording(r.possible, r.recipient.replyCode);
    expect(w?.headline).toBe("This bounce does not say why.");
    expect(w?.lead).toBe(
      "These are the usual causes of a 550; the wizard will help you tell them apart.",
    );
    expect(w?.possible.map((p) => p.cause)).toContain("mailbox-full");
    // The API's JSON carries the same words.
    expect(r.explanation).toMatch(
      /^This bounce does not say why\. These are the usual causes of a 550/,
    );
    expect(r.explanation).toMatch(/5\. The recipient's mailbox is full\./);
  });

  it("says where the bounce puts the refusal, which is why its list is shorter", async () => {
    const r = (
      await diagnose(
        "SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected",
      )
    ).recipients[0]!;
    expect(r.refusal?.stage?.command).toBe("HELO");
    expect(r.explanation).toMatch(
      /usual causes of a 550 refused at HELO\/EHLO, before the sender or any recipient was named;/,
    );
    // No stage stated, no stage said.
    const bare = (await diagnose("550 Rejected")).recipients[0]!;
    expect(bare.explanation).toMatch(/usual causes of a 550;/);
  });

  it("does not call words that fit two causes 'the usual causes of a 550' (Exim's Unrouteable address)", async () => {
    const r = (await diagnose("550 Unrouteable address")).recipients[0]!;
    expect(r.possibleFrom).toBe("words");
    const w = unknownWording(r.possible, r.recipient.replyCode, null, r.possibleFrom);
    expect(w?.headline).toBe("This bounce does not say enough to tell.");
    expect(w?.lead).not.toMatch(/usual causes/);
    expect(w?.possible.slice(0, 2).map((p) => p.cause)).toEqual([
      "recipient-unknown",
      "recipient-domain-invalid",
    ]);
    expect((await diagnose("550 mail refused")).recipients[0]?.possibleFrom).toBe("code");
  });

  it("never says a reply with words it could not read 'does not say why'", async () => {
    // A reason in words the knowledge lacks: the page says it could not read them.
    const r = (await diagnose("550 Frobnicated quux")).recipients[0]!;
    expect(r.cause).toBe("unknown");
    expect(r.possibleFrom).toBe("unread");
    const w = unknownWording(r.possible, r.recipient.replyCode, null, r.possibleFrom);
    expect(w?.headline).toBe("Bounce Doctor could not read a cause in this bounce.");
    expect(w?.lead).toMatch(/^The server's reply has words Bounce Doctor does not know;/);
    expect(w?.lead).toMatch(/These are the usual causes of a 550;/);
    expect(r.explanation).not.toMatch(/does not say why/);
    // A bare refusal still does not say why.
    const bare = (await diagnose("550 5.7.1 Message rejected. Please contact your administrator."))
      .recipients[0]!;
    expect(bare.possibleFrom).toBe("code");
    expect(bare.explanation).toMatch(/^This bounce does not say why\./);
  });

  it("calls a single remaining cause the likely one, not a list to tell apart", () => {
    const one = [{ cause: "sender-policy" as const, confidence: 1 }];
    const w = unknownWording(one, null, "4.7.0");
    expect(w?.lead).toBe(
      "The usual cause of a 4.7.0 is the one below, but the bounce does not confirm it; the wizard will check it.",
    );
    expect(w?.lead).not.toMatch(/tell them apart/);
    expect(unknownWording(one, 550, null, "words")?.lead).toBe(
      "Its words point to the cause below without settling it; the wizard will check it.",
    );
  });

  it("says whose usual causes they are: a class's, or a notice's that quotes no reply", () => {
    const two = [
      { cause: "sender-policy" as const, confidence: 0.6 },
      { cause: "ip-blocklisted" as const, confidence: 0.4 },
    ];
    expect(unknownWording(two, 559, null, "unread", null, "5xx")?.lead).toBe(
      "The server's reply has words Bounce Doctor does not know; read them, they may name the cause. These are the usual causes of a permanent refusal such as this 559; the wizard will help you tell them apart.",
    );
    expect(unknownWording(two, null, null, "unread", null, "none")?.lead).toBe(
      "The notice has words Bounce Doctor does not know; read them, they may name the cause. These are the usual causes of a bounce that quotes no reply from a receiving server; the wizard will help you tell them apart.",
    );
    expect(unknownWording(two, null, null, "code", null, "5xx")?.lead).toMatch(
      /usual causes of a permanent refusal;/,
    );
    expect(unknownWording(two, 550, null, "code", null, "550")?.lead).toMatch(
      /usual causes of a 550;/,
    );
  });

  it("has nothing to say for a named cause", () => {
    expect(unknownWording([], 550)).toBeNull();
  });
});

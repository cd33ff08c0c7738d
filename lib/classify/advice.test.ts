// Advice to the sender is no reason (lib/classify/advice.ts): words read only inside a fix
// offered on a condition, or inside a pointer where a reason stands outside it, rank their cause
// as possible and decide nothing. The texts are the cited ones of
// lib/knowledge/scoring/advice-markers.ts, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";
import { ADVICE_MARKERS } from "@/lib/knowledge/scoring/advice-markers";
import { adviceSentences } from "./advice";
import { normalizeString } from "./text-index";

// A Google Groups bounce, https://github.com/mail-in-a-box/mailinabox/issues/1046
const GROUPS =
  "Your email to group robin.klantenservice@brandfield.nl was rejected due to spam classification. To address this issue:\n\n* Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails.\n* Set up SPF records for your sending domain if you have not done so already.\n\nInstructions for both steps can be found here: https://support.google.com/a/answer/168383.";

describe("advice to the sender", () => {
  it("reads Google Groups' spam refusal as spam, its SPF advice as a possibility only", async () => {
    for (const text of [GROUPS, `550 ${GROUPS}`]) {
      const r = await readFirst(text);
      expect(r.cause).toBe("content-spam");
      expect(r.evidence.some((id) => id.includes("spf"))).toBe(false);
    }
  });

  it("leaves a refusal whose only words about SPF are a conditional fix unknown, SPF first", async () => {
    const r = await readFirst(
      "550 Message rejected. Set up SPF records for your sending domain if you have not done so already.",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("authentication-failure");
  });

  it("keeps a pointer's words where no reason stands outside it", async () => {
    // Debian's exim4-config (local_host_blacklist): the reason comes before the pointer.
    expect(
      (
        await readFirst(
          "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
        )
      ).cause,
    ).toBe("ip-blocklisted");
    // A pointer that restates the reason is the reason when nothing else gives one.
    expect(
      (
        await readFirst(
          "550 Message rejected. If you believe your message was wrongly classified as spam, please contact postmaster@example.com",
        )
      ).cause,
    ).toBe("content-spam");
  });

  it("reads the reason before Cisco's pointer, whatever the pointer says", async () => {
    const r = await readFirst(
      "554 smtp.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    );
    expect(r.cause).toBe("bad-reputation");
  });
});

describe("adviceSentences", () => {
  it("finds each marker's sentence in its own cited example", () => {
    for (const m of ADVICE_MARKERS) {
      const hay = normalizeString(m.example.text);
      const found = adviceSentences(hay);
      expect(
        found.some((s) => hay.slice(s.start, s.end).includes(m.words)),
        m.words,
      ).toBe(true);
    }
  });

  it("ends a sentence at a full stop before a blank, not inside a host name or URL", () => {
    const hay = normalizeString(
      "Blocked. Please visit https://support.google.com/mail/?p=x for more information. Next.",
    );
    const [s] = adviceSentences(hay);
    expect(hay.slice(s!.start, s!.end).trim()).toBe(
      "please visit https://support.google.com/mail/?p=x for more information",
    );
  });

  it("reads an imperative marker only where it opens its sentence", () => {
    expect(adviceSentences(normalizeString("550 5.1.1 Please check the address."))).toHaveLength(1);
    expect(adviceSentences(normalizeString("550 We will please check the address."))).toHaveLength(
      0,
    );
  });
});

// A not-a-bounce verdict's confidence comes from the signal that made it (issue 8): a field a
// standard defines (RFC 3464 "Action:", RFC 3834 "Auto-Submitted:", RFC 5965 feedback reports)
// shows more than prose ("will retry", a subject "Out of office"). Real lab output where the
// lab has the kind; small hand-written messages in each standard's shape where it has not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { NOT_A_BOUNCE_SIGNALS } from "@/lib/knowledge/scoring/not-a-bounce-signals";
import { autoReplySignal } from "./confidence";

const fixture = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url)));

const figure = (id: keyof typeof NOT_A_BOUNCE_SIGNALS) => NOT_A_BOUNCE_SIGNALS[id].confidence;

/** An automatic reply with the given extra header lines. */
const autoReply = (extra: string) => `From: jane@example.net
To: sender@example.org
Subject: Out of office: your message
Date: Sat, 5 Dec 2026 10:00:00 +0000
Message-ID: <ooo-1@example.net>
${extra}
I am away until Monday and will answer your message when I return.
`;

describe("not-a-bounce confidence by signal", () => {
  it("shows a DSN's 'Action: delivered' at the delivered field's figure", async () => {
    const r = (await diagnose(fixture("courier/success-dsn.eml"))).recipients[0];
    expect(r?.cause).toBe("not-a-bounce");
    expect(r?.confidence).toBe(figure("dsn-action-delivered"));
    expect(r?.evidence[0]?.source).toBe(NOT_A_BOUNCE_SIGNALS["dsn-action-delivered"].source);
  });

  it("shows a DSN delay notice above a delay read from prose alone", async () => {
    const dsn = (await diagnose(fixture("exim/delay-warning.eml"))).recipients[0];
    expect(dsn?.cause).toBe("not-a-bounce");
    expect(dsn?.confidence).toBe(figure("delay-dsn"));
    const prose = (
      await diagnose(`This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

Delivery to the following recipient has been delayed:

     jane@example.net

Message will be retried for 2 more day(s)
`)
    ).recipients[0];
    expect(prose?.cause).toBe("not-a-bounce");
    expect(prose?.delayNotice).toBeDefined();
    expect(prose?.confidence).toBe(figure("delay-words"));
    expect(prose!.confidence).toBeLessThan(dsn!.confidence);
  });

  it("reads an automatic reply's mark: the standard field, a custom one, or the subject only", async () => {
    const std = await diagnose(autoReply("Auto-Submitted: auto-replied\n"));
    const custom = await diagnose(autoReply("X-Autoreply: yes\n"));
    const subject = await diagnose(autoReply(""));
    for (const d of [std, custom, subject]) expect(d.overall.cause).toBe("not-a-bounce");
    expect(std.overall.confidence).toBe(figure("auto-submitted-header"));
    expect(custom.overall.confidence).toBe(figure("autoreply-header"));
    expect(subject.overall.confidence).toBe(figure("auto-reply-subject"));
    expect(subject.overall.confidence).toBeLessThan(std.overall.confidence);
  });
});

describe("autoReplySignal", () => {
  it("takes RFC 3834's auto-replied with parameters, and not its other values", () => {
    expect(autoReplySignal([{ name: "auto-submitted", value: "auto-replied; owner=x" }])).toBe(
      "auto-submitted-header",
    );
    // "auto-generated" marks any machine-made message (a bounce too), not a reply.
    expect(autoReplySignal([{ name: "auto-submitted", value: "auto-generated" }])).toBe(
      "auto-reply-subject",
    );
    expect(autoReplySignal([{ name: "x-autorespond", value: "vacation" }])).toBe(
      "autoreply-header",
    );
    expect(autoReplySignal(undefined)).toBe("auto-reply-subject");
  });
});

describe("the signals' figures", () => {
  it("rank a standard's field above a custom field above prose, each with its source", () => {
    for (const s of Object.values(NOT_A_BOUNCE_SIGNALS)) {
      expect(s.source).not.toBe("");
      expect(s.confidence).toBeGreaterThan(0.5);
      expect(s.confidence).toBeLessThan(1);
    }
    expect(figure("auto-submitted-header")).toBeGreaterThan(figure("autoreply-header"));
    expect(figure("autoreply-header")).toBeGreaterThan(figure("auto-reply-subject"));
    expect(figure("delay-dsn")).toBeGreaterThan(figure("delay-words"));
    expect(figure("status-success-dsn")).toBeGreaterThan(figure("status-success-words"));
  });
});

// Review 31 finding 9: a receiving server's own Postfix log line was read as the sender's bounce.
// The real-MTA lab's logs (lib/knowledge/lab/fixtures/postfix): the receiving server's lines get
// the note, the sending server's delivery lines ("status=bounced (...)") do not.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { RECEIVER_LOG_LINES } from "@/lib/knowledge/receiver-log-lines";
import { receiverLogNote } from "./receiver-log";

const LAB = new URL("../knowledge/lab/fixtures/postfix/", import.meta.url);
const logs = (suffix: string) =>
  readdirSync(LAB)
    .filter((f) => f.endsWith(suffix))
    .map((f) => [f, readFileSync(new URL(f, LAB), "utf8")] as const);

describe("receiverLogNote", () => {
  it("finds each entry's own example, naming the client that was refused", () => {
    for (const entry of RECEIVER_LOG_LINES) {
      expect(entry.pattern.test(entry.example), entry.id).toBe(true);
      expect(receiverLogNote(entry.example), entry.id).toContain(
        "client.mta-lab.test [192.0.2.160]",
      );
    }
  });

  it("tells every refusal line in the lab's receiving logs that carries an envelope", () => {
    const refusals = logs(".receiving.log").filter(([, text]) =>
      /(?:milter-)?reject: [^\n]*; from=</.test(text),
    );
    expect(refusals.length).toBeGreaterThan(10);
    for (const [file, text] of refusals) expect(receiverLogNote(text), file).not.toBeNull();
  });

  it("leaves the sending server's own delivery log alone", () => {
    const sending = logs(".sending.log");
    expect(sending.length).toBeGreaterThan(0);
    for (const [file, text] of sending) expect(receiverLogNote(text), file).toBeNull();
  });

  it("names a client with no host name by its address", () => {
    const line =
      "Dec 07 09:00:20 mx postfix/smtpd[6315]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 550 5.7.1 Client host rejected: cannot find your hostname; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>";
    expect(receiverLogNote(line)).toContain("the host at 198.51.100.7");
  });

  it("needs the envelope after the reason: a reply quoted alone is no log line", () => {
    expect(
      receiverLogNote("NOQUEUE: reject: RCPT from mx.example.org[192.0.2.1]: 554 5.7.1 denied"),
    ).toBeNull();
  });

  it("puts the note among the diagnosis's messages, beside the cause the reason gives", async () => {
    const [[, text]] = logs("dmarc-reject.receiving.log") as [readonly [string, string]];
    const d = await diagnose(text);
    expect(d.messages.some((m) => m.includes("not a bounce sent back to the sender"))).toBe(true);
    expect(d.recipients[0]?.cause).toBe("authentication-failure");
    const [[, sent]] = logs("bounce-unknown-user.sending.log") as [readonly [string, string]];
    expect((await diagnose(sent)).messages.join(" ")).not.toContain("not a bounce sent back");
  });
});

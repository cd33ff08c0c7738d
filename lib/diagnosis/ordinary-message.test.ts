import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";

const HELLO = [
  "From: Alice <alice@example.com>",
  "To: Bob <bob@example.org>",
  "Subject: Lunch on Friday",
  "Date: Mon, 1 Jan 2024 10:00:00 +0000",
  "Message-ID: <1@example.com>",
  "",
  "Hello Bob, shall we meet at noon?",
  "",
].join("\n");

const ORDINARY = /^This looks like an ordinary email, not a bounce/;

describe("a whole email with no mark of a bounce", () => {
  it("is said to look like an ordinary email, not asked for 'the whole bounce'", async () => {
    const d = await diagnose(HELLO);
    expect(d.messages.some((m) => ORDINARY.test(m))).toBe(true);
    expect(d.messages.join(" ")).not.toMatch(/Paste the whole bounce message, including/);
    // Said once, not again as "names no recipient and no known error wording".
    expect(d.messages).toHaveLength(1);
    // The cause is not claimed: the note says what the input looks like.
    expect(d.overall.cause).toBe("unknown");
  });

  it("is not said of a notice from a mail system, or of text without a header block", async () => {
    const notice = HELLO.replace(
      "From: Alice <alice@example.com>",
      "From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>",
    );
    const fromSystem = await diagnose(notice);
    expect(fromSystem.messages.some((m) => ORDINARY.test(m))).toBe(false);
    const prose = await diagnose(
      "This came back to me today:\nFrom: Alice\nDate: today\n\nplease help",
    );
    expect(prose.messages.some((m) => ORDINARY.test(m))).toBe(false);
    const subject = await diagnose(
      HELLO.replace("Lunch on Friday", "Undelivered Mail Returned to Sender"),
    );
    expect(subject.messages.some((m) => ORDINARY.test(m))).toBe(false);
  });

  it("is not said of a message in another script, whose words may be a notice's", async () => {
    const korean = HELLO.replace(
      "Hello Bob, shall we meet at noon?",
      "메일이 전송되지 못하였습니다. 실패 사유를 확인해보세요. 받는 사람의 메일 서버가 메일을 받지 않았습니다.",
    );
    const d = await diagnose(korean);
    expect(d.messages.some((m) => ORDINARY.test(m))).toBe(false);
  });

  it("is not said where the words were read (an auto-reply, a refusal)", async () => {
    const reply = await diagnose(HELLO.replace("Lunch on Friday", "Out of office"));
    expect(reply.messages.some((m) => ORDINARY.test(m))).toBe(false);
    const refused = await diagnose(
      HELLO.replace("shall we meet at noon?", "550 5.1.1 User unknown"),
    );
    expect(refused.messages.some((m) => ORDINARY.test(m))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { writtenIn } from "./written-in";

describe("writtenIn", () => {
  it("names the script most letters are in", () => {
    expect(writtenIn("ユーザーが見つかりません")).toBe("Japanese");
    expect(writtenIn("系统无法投递这封邮件给收件人")).toBe("Chinese");
    expect(writtenIn("받는 사람의 메일 주소를 찾을 수 없습니다")).toBe("Korean");
    expect(writtenIn("Пользователь не найден в системе")).toBe("Cyrillic script");
    expect(writtenIn("Ο παραλήπτης δεν βρέθηκε στο σύστημα")).toBe("Greek");
  });

  it("keeps a Japanese notice Japanese under an English header block", () => {
    const text = [
      "From: MAILER-DAEMON@example.jp",
      "Subject: Returned mail",
      "",
      "以下の宛先へのメールは配信できませんでした。",
    ].join("\n");
    expect(writtenIn(text)).toBe("Japanese");
  });

  it("names nothing for the Latin alphabet, accents included, or a few foreign letters", () => {
    expect(
      writtenIn("Der Empfänger ist unbekannt, die Nachricht wurde nicht zugestellt"),
    ).toBeNull();
    expect(
      writtenIn("550 5.1.1 The email account that you tried to reach does not exist (ユーザー)"),
    ).toBeNull();
    expect(writtenIn("")).toBeNull();
  });
});

describe("diagnose: words in a script the knowledge reads little of", () => {
  const says = (messages: readonly string[]) =>
    messages.some((m) => m.startsWith("Most of this text is in"));

  it("says so where the words gave nothing", async () => {
    const d = await diagnose("お客様の送信されたメールは次の理由で配信できませんでした");
    expect(d.overall.cause).toBe("unknown");
    expect(d.messages.find((m) => m.startsWith("Most of this text is in Japanese"))).toBeDefined();
  });

  it("says nothing where the words or the code gave a cause or a possibility", async () => {
    expect(
      says((await diagnose("550 5.1.1 お客様の送信されたメールは配信できませんでした")).messages),
    ).toBe(false);
    expect(says((await diagnose("收件人邮件地址不存在")).messages)).toBe(false);
    expect(says((await diagnose("Lorem ipsum dolor sit amet")).messages)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isAutoReplySubject } from "./auto-reply-subject";
import { parseBounce } from "./parse";

describe("isAutoReplySubject", () => {
  it.each([
    "Automatic reply: Your invoice",
    "Out of Office: Re: meeting",
    "Auto: Your order",
    "Automatische Antwort: Ihre Anfrage",
    "Réponse automatique : votre demande",
    "Respuesta automática: su pedido",
    "Автоматический ответ: заказ",
    "自動応答: ご注文",
    "自动答复: 您的订单",
    "자동 회신: 주문",
    "Abwesenheit bis Montag",
  ])("reads %s as an automatic reply", (subject) => {
    expect(isAutoReplySubject(subject)).toBe(true);
  });

  it.each([
    "Undelivered Mail Returned to Sender",
    "Autobahn: traffic report",
    "Photo auto-focus settings",
    "Automatically generated invoice",
    "Vacations in Greece",
  ])("does not read %s as one", (subject) => {
    expect(isAutoReplySubject(subject)).toBe(false);
  });
});

describe("an automatic reply in another language", () => {
  it("is read from its encoded subject as not a bounce", async () => {
    const p = await parseBounce(
      [
        "From: Taro <taro@example.jp>",
        "To: Alice <alice@example.com>",
        "Subject: =?UTF-8?B?6Ieq5YuV5b+c562UOiBIZWxsbw==?=",
        "Date: Mon, 1 Jan 2024 10:00:00 +0900",
        "",
        "I am away until Monday.",
        "",
      ].join("\n"),
    );
    expect(p.format).toBe("auto-reply");
  });
});

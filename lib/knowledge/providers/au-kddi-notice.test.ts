// au by KDDI's notices copied from their top: au's own reason sentence decides
// (./au-kddi-notice.ts); the EZweb notice's Japanese paragraph ranks the causes it leaves open
// (scoring/notice-wordings.ts), and the reply below it, when copied, decides.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

const SENT_ON = (reason: string) =>
  `Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900\n     Could not be delivered to: <kijitora@example.dion.ne.jp>\n     ${reason}`;

const EZWEB_JA =
  "次のあて先へのメッセージはエラーのため送信できませんでした。\n送信先メールアドレスが見つからないか、\n送信先メールサーバの事由により送信できませんでした。\nメールアドレスをご確認の上、再送信してください。";

describe("au's notice, its top only", () => {
  it("reads a remote domain that does not exist", async () => {
    expect((await reading(SENT_ON("As the remote domain doesnt exist."))).cause).toBe(
      "recipient-domain-invalid",
    );
  });

  it("still reads a full mailbox", async () => {
    expect((await reading(SENT_ON("As their mailbox is full."))).cause).toBe("mailbox-full");
  });

  it("ranks the address first for the EZweb notice's Japanese paragraph, and decides nothing", async () => {
    const r = await reading(EZWEB_JA);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-unknown", "bad-reputation"]);
  });

  it("leaves the decision to the reply when the notice quotes it", async () => {
    const r = await reading(
      `${EZWEB_JA}\n\nEach of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <this-local-part-does-not-exist@ezweb.ne.jp>\n    >>> RCPT TO:<this-local-part-does-not-exist@ezweb.ne.jp>\n    <<< 550 <this-local-part-does-not-exist@ezweb.ne.jp>: User unknown`,
    );
    expect(r.cause).toBe("recipient-unknown");
  });
});

// Replies worded in the server's own language, or in two languages one after the other, read as
// their English words would: each line below is quoted from the page named beside it. A bounce
// may carry only the local-language half, so that half alone must say the cause too.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function causeOf(reply: string): Promise<string> {
  const d = classify(await parseBounce(reply));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("replies in German (and German beside English)", () => {
  // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (WEB.DE)
  it.each([
    "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
    "550 Benutzer hat das Speichervolumen ueberschritten.",
    "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
    "550 Benutzer hat zuviele Mails auf dem Server.",
  ])("WEB.DE's '%s' is a full mailbox", async (reply) => {
    expect(await causeOf(reply)).toBe("mailbox-full");
  });

  // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails and
  // https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html
  it.each([
    ["550 5.7.1 Refused by local policy. No SPAM please", "content-spam"],
    ["550 5.7.1 Refused by local policy. Sending of SPAM is not permitted!", "content-spam"],
    ["550 recipient e-mail adress unknown", "recipient-unknown"],
    // A STRATO-style report quoted at http://husvedvf.de/inet/mkp/email.htm, its marker B-TEXT.
    ["550 5.7.1 Recipients have complained about included content (B-TEXT)", "content-spam"],
  ])("STRATO's '%s' is %s", async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });
});

describe("Domino's directory miss in the server's language", () => {
  // Sisimai Lhost/Domino.pm (21cfb93) lists the one reason in each language Domino writes it in.
  it.each([
    "User Neko (kijitora@example.jp) not listed in Domino Directory",
    "Usuario Neko (kijitora@example.jp) no se encuentra en el Directorio de Domino",
    "Utilisateur Neko (kijitora@example.jp) non répertorié dans l'annuaire Domino",
    "ユーザー Neko (kijitora@example.jp) は Domino ディレクトリには見つかりません。",
  ])("'%s' is an unknown recipient", async (reply) => {
    expect(await causeOf(reply)).toBe("recipient-unknown");
  });
});

describe("QQ Mail's notice keywords in Chinese", () => {
  // https://qqmailbox.com/transceivers/169.html (QQ Mail's help text on bounce notices)
  it.each([
    ["550 该用户不存在", "recipient-unknown"],
    ["该用户未开通QQ邮箱", "recipient-unknown"],
    ["收件人空间不足", "mailbox-full"],
  ])("'%s' is %s", async (reply, cause) => {
    expect(await causeOf(reply)).toBe(cause);
  });
});

describe("a Japanese provider's own reason line", () => {
  // Sisimai Lhost/Biglobe.pm (21cfb93); set-of-emails lhost-biglobe-01.eml carries it under
  // "----- Non-delivered information -----".
  it("BIGLOBE's message-count limit is a full mailbox", async () => {
    const reason = "The number of messages in recipient's mailbox exceeded the local limit.";
    expect(await causeOf(reason)).toBe("mailbox-full");
    expect(
      await causeOf(
        `   ----- The following addresses had delivery problems -----\nkijitora@biglobe.ne.jp\n\n   ----- Non-delivered information -----\n${reason}\n`,
      ),
    ).toBe("mailbox-full");
  });
});

describe("an Exchange NDR copied without its diagnostic section", () => {
  // What the NDR shows first, in English (set-of-emails lhost-office365-02.eml) and in Italian
  // (set-of-emails lhost-exchange2007-07.eml, it-CH): the recipient and the NDR's sentence.
  it.each([
    [
      "Delivery has failed to these recipients or groups:",
      "The email address you entered couldn't be found. Check the recipient's email address then try to resend the message.",
    ],
    [
      "Il recapito non è riuscito per i seguenti destinatari o gruppi:",
      "Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio.",
    ],
  ])("'%s' with its sentence reads an unknown recipient", async (heading, sentence) => {
    expect(await causeOf(`${heading}\n\nkijitora@example.jp\n${sentence}\n`)).toBe(
      "recipient-unknown",
    );
  });
});

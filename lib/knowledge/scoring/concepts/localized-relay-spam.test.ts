// Session 26's localized readings: Japanese and Chinese relay refusals, qmail's rcpthosts refusal as Microsoft's Spanish and
// Portuguese articles translate it (./localized-refusals.ts), and a German host's own "als Spam
// eingestuft" / "als Spam erkannt" (./localized-delivery.ts). Each reads its cause inside a reply,
// and the near misses in the same language do not fire it.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function read(text: string) {
  const d = classify(await parseBounce(text));
  return (d.recipients[0] ?? d.overall).cause;
}

describe("localized rcpthosts refusals and spam verdicts", () => {
  it.each([
    [
      "Respuesta del servidor: '553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)', Puerto: 25",
      "relay-denied",
    ],
    [
      "Resposta do Servidor: '553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)'",
      "relay-denied",
    ],
    ["サーバーの応答: '550 <bob@example.jp> ....リレー拒否', ポート: 25", "relay-denied"],
    ["服务器响应:'550 <bob@example.cn>...中继拒绝',端口:25", "relay-denied"],
    ["553 拒绝中继", "relay-denied"],
    ["571 5.7.1 Nachricht als Spam eingestuft", "content-spam"],
    ["550 5.7.1 Ihre Nachricht wurde von unserem System als Spam erkannt", "content-spam"],
  ])("reads %s as %s", async (text, cause) => {
    expect(await read(text)).toBe(cause);
  });

  it.each([
    // A sender or a domain that is no rcpthosts entry.
    ["El remitente no está en mi lista de contactos", "concept.l10n.rcpthosts-not-listed"],
    ["O domínio não consta na minha lista de domínios", "concept.l10n.rcpthosts-not-listed"],
    // A relaying server that refused for another reason.
    ["中継サーバで拒否されました: 550 5.1.1 User unknown", "concept.l10n.ja.relay-denied"],
    ["中继服务器拒绝了邮件: 550 5.1.1 用户不存在", "concept.l10n.zh.relay-denied"],
    // Not classified as spam; spam from the sending IP is its reputation, not this message.
    ["Die Nachricht wurde nicht als Spam erkannt.", "concept.l10n.de.judged-spam"],
    [
      "Um unsere Nutzer vor Spam zu schützen, wurden E-Mails von Ihrer IP-Adresse vorübergehend blockiert.",
      "concept.l10n.de.judged-spam",
    ],
  ])("does not fire on a neighbour: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

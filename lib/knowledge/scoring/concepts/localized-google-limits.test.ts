// The localized concepts of ./localized-google-limits.ts: each of Google's localized wordings reads
// its cause inside a longer message, and the near misses in the same language (a limit not
// reached, a mailbox's storage or a message's size limit, forwarding, a relay refused next to a
// relay over its limit, English bounces' boilerplate) do not fire them. Each example alone
// reading its cause is concepts.test.ts's.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { LOCALIZED_GOOGLE_LIMIT_CONCEPTS } from "./localized-google-limits";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const OURS = new Set(LOCALIZED_GOOGLE_LIMIT_CONCEPTS.map((c) => c.id));
const ours = (text: string) => ids(text).filter((id) => OURS.has(id));

async function read(text: string) {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return r.cause;
}

describe("Google's localized sending and relay limits", () => {
  it("keeps ids in the localized namespace", () => {
    for (const c of LOCALIZED_GOOGLE_LIMIT_CONCEPTS)
      expect(c.id.startsWith("concept.l10n.")).toBe(true);
  });

  it.each([
    [
      "Nachricht nicht gesendet. Sie haben die Gmail-Sendebeschränkung erreicht. Versuchen Sie es in 24 Stunden noch einmal.",
      "concept.l10n.de.gmail-sending-limit",
      "rate-limited",
    ],
    [
      "Message non envoyé : vous avez atteint une des limites d'envoi Gmail. Réessayez dans 24 heures.",
      "concept.l10n.fr.gmail-sending-limits",
      "rate-limited",
    ],
    [
      "Сообщение не отправлено. Превышено ограничение на отправку сообщений Gmail.",
      "concept.l10n.ru.sending-limit-exceeded",
      "rate-limited",
    ],
    [
      "450 4.2.1 Limite máximo de redirecionamento SMTP excedido para o cliente. Esse erro é temporário.",
      "concept.l10n.pt.relay-limit-exceeded",
      "rate-limited",
    ],
    [
      "550 5.4.5 Müşteri için günlük SMTP geçiş sınırı aşıldı",
      "concept.l10n.tr.relay-limit-exceeded",
      "rate-limited",
    ],
    [
      "550 5.7.0 Posta geçişi reddedildi [192.0.2.1]",
      "concept.l10n.tr.relay-denied",
      "relay-denied",
    ],
  ])("reads %s", async (text, id, cause) => {
    expect(ours(text)).toContain(id);
    expect(await read(text)).toBe(cause);
  });

  it.each([
    // de, fr: a limit not reached; a mailbox's storage; a message's size.
    "Die Sendebeschränkung wurde noch nicht erreicht.",
    "Le destinataire a atteint la limite de stockage de sa boîte aux lettres.",
    "Vous n'avez pas atteint les limites d'envoi Gmail.",
    "Die maximale Nachrichtengröße wurde erreicht.",
    // ru: a message's size, a mailbox over its quota.
    "Превышен максимальный размер сообщения.",
    "Превышена квота почтового ящика получателя.",
    // pt: forwarding (the everyday sense of "redirecionamento"), a mailbox's storage.
    "O redirecionamento automático para endereços externos está desativado.",
    "A caixa de entrada do destinatário está sem espaço de armazenamento.",
    // tr: a relay over its limit is no refused relay, a mailbox full, a recipient refused.
    "Posta geçişi sınırı aşıldı, posta geçişi reddedildi",
    "Alıcının posta kutusu dolu.",
    "Alıcı adresi reddedildi.",
    // English bounces' boilerplate.
    "550 5.7.0 Mail relay denied 192.0.2.1.",
    "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.",
    "You have reached a limit for sending mail. Your message was not sent.",
  ])("fires none on: %s", (text) => {
    expect(ours(text)).toEqual([]);
  });
});

// The Portuguese vocabulary (./localized-vocabulary-pt.ts): every word is in an example, new
// pairings fire in both variants, a notice's boilerplate and the near misses its `unless` names
// read nothing, and English replies are untouched (each example alone reading its cause is
// concepts.test.ts's).
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const portuguese = (text: string) =>
  ids(text).filter((id) => id.startsWith("concept.l10n.pt.vocab."));

const QUOTA = "concept.l10n.pt.vocab.mailbox-over-quota";
const LIMIT = "concept.l10n.pt.vocab.sending-limit";
const LISTED = "concept.l10n.pt.vocab.ip-blocklisted";
const SPAM = "concept.l10n.pt.vocab.content-spam";

describe("Portuguese vocabulary", () => {
  it.each([
    ["552 5.2.2 A cota de caixa de correio do destinatário foi excedida", QUOTA],
    ["552 5.2.2 A quota da caixa de correio do destinatário foi excedida", QUOTA],
    ["O remetente atingiu o limite diário de envio de mensagens", LIMIT],
    ["554 O endereço IP 192.0.2.1 está numa lista de bloqueios (zen.spamhaus.org)", LISTED],
    ["550 Sua mensagem foi considerado spam pelo filtro antispam do destinatário", SPAM],
  ])("reads a new pairing: %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "Não foi possível entregar a sua mensagem aos seguintes destinatários.",
    "Esta mensagem foi criada automaticamente pelo sistema de entrega de correio.",
    "Verifique o endereço e tente novamente.",
    "Cota de caixa de correio: 2 GB, usados 1,2 GB",
    "O Outlook.com tem um limite diário de envio de e-mails.",
  ])("reads no cause in a notice's boilerplate: %s", (text) => {
    expect(portuguese(text)).toEqual([]);
  });

  it.each([
    // A sending quota exceeded is a rate limit.
    ["A cota de caixa de correio de envio foi excedida", QUOTA],
    // A mailbox's storage.
    ["Você atingiu o limite diário de armazenamento da caixa de entrada", LIMIT],
    // Not listed; a sender blocked by the recipient names no IP.
    ["O endereço IP não está numa lista de bloqueios", LISTED],
    ["O remetente está na lista de remetentes bloqueados do destinatário", LISTED],
    // Not spam; a recipient's complaint.
    ["A mensagem não foi considerado spam pelo antispam", SPAM],
    ["O destinatário marcou a mensagem como spam", SPAM],
  ])("does not fire on a near miss: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

// Portuguese vocabulary, Brazil's and Portugal's (see ./localized-vocabulary.ts for the idea),
// beside the narrower Portuguese concepts of ./localized-recipient.ts, ./localized-exchange.ts,
// ./localized-google-limits.ts and ./localized-vocabulary.ts (an address that "não existe", a
// "caixa" that is "cheia", Exchange's "cota de repositório", a disabled "caixa de correio"): the
// ideas those lack. A mailbox over its quota (Brazil writes "cota", Portugal "quota"), a daily limit
// reached, a sending IP or host on a block list, the message taken for spam. The two variants'
// words are listed side by side where they differ ("host do cliente", "anfitrião cliente"; "em uma
// lista", "numa lista"), each with an example that writes it.
//
// Sources: Microsoft's own help in both variants (AlchemyInsights pt-BR and pt-PT: its NDR
// articles) and a Brazilian mail provider's own help on the spam refusals its servers return
// (Specialist), weighed as what they are.
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own help in Brazilian Portuguese (OfficeDocs-AlchemyInsights pt-BR, a public copy at a pinned commit). */
const alchemyBr = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.pt-BR/blob/61447e6f79e6a5ca40e5e50168da971230d5f9b7/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (pt-BR)`,
  );
/** The same in European Portuguese (OfficeDocs-AlchemyInsights pt-PT). */
const alchemyPt = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.pt-PT/blob/90231c80c97b1b9ed11265c724351335698b74e2/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (pt-PT)`,
  );
const MS_QUOTA_BR = alchemyBr("mailbox-quota-exceeded.md", "Cota de Caixa de Correio Excedida");
const MS_QUOTA_PT = alchemyPt("mailbox-quota-exceeded.md", "Quota da Caixa de Correio Excedida");
const MS_DAILY_LIMIT_BR = alchemyBr(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 Sua mensagem não pode ser enviada porque você atingiu seu limite diário de destinatários",
);
const MS_DAILY_LIMIT_PT = alchemyPt(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 A sua mensagem não pode ser enviada porque atingiu o seu limite diário para os destinatários da mensagem",
);
const MS_SPAMHAUS_BR = alchemyBr(
  "error-sending-email-blocked-by-spamhaus.md",
  "Erro ao enviar email: host do cliente bloqueado usando Spamhaus",
);
const MS_SPAMHAUS_PT = alchemyPt(
  "error-sending-email-blocked-by-spamhaus.md",
  "Erro ao enviar e-mail: o anfitrião cliente foi bloqueado com o Spamhaus",
);
/** Specialist, a Brazilian mail provider: its own help on the spam refusals its servers return. */
const SPECIALIST_BR = page(
  "https://specialist.srv.br/ao-enviar-um-email-recebo-um-erro-informando-sobre-spammer/",
  "Ao enviar um email recebo um erro informando sobre SPAM ou SPAMMER, Specialist (a Brazilian mail provider)",
);

export const LOCALIZED_VOCABULARY_PT_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.pt.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // cota de caixa de correio (Brazil), quota da (sua) caixa de correio (Portugal): the mailbox's
    // quota; excedid- (exceeded: "excedida"), excedeu (exceeded).
    subject: [
      "cota de caixa de correio",
      "quota da caixa de correio",
      "quota da sua caixa de correio",
    ],
    failure: ["excedid", "excedeu"],
    // A sending quota ("cota de envio") is a rate limit; a quota not reached holds no failure.
    unless: ["envio"],
    weight: LESS_SURE,
    examples: [
      ex("Cota de Caixa de Correio Excedida", MS_QUOTA_BR),
      ex("Você excedeu sua cota de caixa de correio para sua conta.", MS_QUOTA_BR),
      ex("Quota da Caixa de Correio Excedida", MS_QUOTA_PT),
      ex("Excedeu a quota da sua caixa de correio para a sua conta.", MS_QUOTA_PT),
    ],
  },
  {
    id: "concept.l10n.pt.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // limite diário (daily limit); atingiu (reached), excedeu (exceeded).
    subject: ["limite diário"],
    failure: ["atingiu", "excedeu"],
    // A mailbox's storage or a message's size is another limit.
    unless: ["armazenamento", "tamanho", "caixa de correio", "caixa de entrada"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Sua mensagem não pode ser enviada porque você atingiu seu limite diário de destinatários",
        MS_DAILY_LIMIT_BR,
      ),
      ex("O remetente excedeu o limite diário da taxa de destinatários", MS_DAILY_LIMIT_BR),
      ex(
        "A sua mensagem não pode ser enviada porque atingiu o seu limite diário para os destinatários da mensagem",
        MS_DAILY_LIMIT_PT,
      ),
    ],
  },
  {
    id: "concept.l10n.pt.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // lista de bloqueios (block list), bloqueado usando / bloqueado com o (blocked using, a list's
    // name after it); endereço ip (IP address), host do cliente (Brazil) / anfitrião cliente
    // (Portugal): the client host. A sender blocked by the recipient ("remetentes bloqueados")
    // names no IP or host.
    subject: ["lista de bloqueios", "bloqueado usando", "bloqueado com o"],
    failure: ["endereço ip", "host do cliente", "anfitrião cliente"],
    // Not listed.
    unless: ["não está em uma lista", "não está numa lista", "não está na lista"],
    weight: LESS_SURE,
    examples: [
      ex("O endereço IP que enviou a mensagem está em uma lista de bloqueios", MS_SPAMHAUS_BR),
      ex("host do cliente bloqueado usando Spamhaus", MS_SPAMHAUS_BR),
      ex("O endereço IP que enviou a mensagem está numa lista de bloqueios", MS_SPAMHAUS_PT),
      ex("o anfitrião cliente foi bloqueado com o Spamhaus", MS_SPAMHAUS_PT),
    ],
  },
  {
    id: "concept.l10n.pt.vocab.content-spam",
    cause: "content-spam",
    says: "the receiving server's spam filter took the message for spam",
    // considerado spam (considered spam); antispam (the receiver's spam filter), foi considerado
    // (was considered). Not "marcado como spam" (marked as spam): a recipient's complaint, no
    // refusal.
    subject: ["considerado spam"],
    failure: ["antispam", "foi considerado"],
    // Not considered spam.
    unless: ["não foi considerado", "não é considerado"],
    weight: LESS_SURE,
    examples: [
      ex("quer dizer que o e-mail dele foi considerado spam pelo nosso antispam", SPECIALIST_BR),
    ],
  },
];

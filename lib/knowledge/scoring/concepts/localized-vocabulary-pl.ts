// Polish vocabulary (see ./localized-vocabulary.ts for the idea), beside the narrower Polish
// concepts of ./localized-recipient.ts, ./localized-refusals.ts and ./localized-vocabulary.ts (an
// unknown recipient, a full or blocked mailbox, Interia's and WP's limits, a message "zbyt długa"):
// the ideas those lack, in Microsoft's own Polish. A mailbox over its quota ("przydział skrzynki
// pocztowej"), a daily limit reached ("dzienny limit"), a sending IP or host on a block list.
// Polish inflects ("liście zablokowanych", on the list of the blocked), so the tokens are the forms
// the source prints; a list of blocked senders ("zablokowanych nadawców") is the recipient's policy
// and names no IP.
//
// Source: Microsoft's own Polish help (AlchemyInsights pl-PL: its NDR articles).
import type { Concept, ConceptExample } from "./types";
import { LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Polish help (OfficeDocs-AlchemyInsights pl-PL, a public copy at a pinned commit). */
const alchemyPl = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL/blob/621d5519261e87dafaff1a0b3d7379f37e226bf6/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (pl-PL)`,
  );
const MS_QUOTA_PL = alchemyPl(
  "mailbox-quota-exceeded.md",
  "Przekroczono przydział skrzynki pocztowej",
);
const MS_DAILY_LIMIT_PL = alchemyPl(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 Nie można wysłać wiadomości, ponieważ osiągnięto dzienny limit liczby adresatów wiadomości",
);
const MS_SPAMHAUS_PL = alchemyPl(
  "error-sending-email-blocked-by-spamhaus.md",
  "Błąd wysyłania wiadomości e-mail: Host klienta zablokowany przy użyciu usługi Spamhaus",
);

export const LOCALIZED_VOCABULARY_PL_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.pl.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // przydział skrzynki pocztowej (the mailbox's allotment, Microsoft's word for its quota);
    // przekroczono (was exceeded).
    subject: ["przydział skrzynki pocztowej"],
    failure: ["przekroczono"],
    // A sending allotment is a rate limit.
    unless: ["wysyłani"],
    weight: LESS_SURE,
    examples: [
      ex("Przekroczono przydział skrzynki pocztowej", MS_QUOTA_PL),
      ex("Przekroczono przydział skrzynki pocztowej dla konta.", MS_QUOTA_PL),
    ],
  },
  {
    id: "concept.l10n.pl.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // dzienny limit (daily limit); osiągnięto (was reached), przekroczył (exceeded).
    subject: ["dzienny limit"],
    failure: ["osiągnięto", "przekroczył"],
    // A mailbox's space or a message's size is another limit.
    unless: ["miejsca", "rozmiar", "skrzynk"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Nie można wysłać wiadomości, ponieważ osiągnięto dzienny limit liczby adresatów wiadomości",
        MS_DAILY_LIMIT_PL,
      ),
      ex("Nadawca przekroczył dzienny limit stawki dla adresatów", MS_DAILY_LIMIT_PL),
    ],
  },
  {
    id: "concept.l10n.pl.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // liście zablokowanych (the list of the blocked), zablokowany przy użyciu (blocked using, a
    // list's name after it); adres ip (IP address), host klienta (the client host).
    subject: ["liście zablokowanych", "zablokowany przy użyciu"],
    failure: ["adres ip", "host klienta"],
    // The recipient's list of blocked senders; not on the list.
    unless: ["zablokowanych nadawców", "nie znajduje się"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Adres IP, z który wysłano wiadomość, znajduje się na liście zablokowanych",
        MS_SPAMHAUS_PL,
      ),
      ex("Host klienta zablokowany przy użyciu usługi Spamhaus", MS_SPAMHAUS_PL),
    ],
  },
];

// Czech vocabulary (see ./localized-vocabulary.ts for the idea), beside the narrower Czech
// concepts of ./localized-recipient.ts, ./localized-address.ts, ./localized-not-found.ts and
// ./localized-transfer.ts (an address or user that "neexistuje", a full "schránka", a domain that
// does not exist, an attachment too large): the ideas those lack. A mailbox over its quota
// ("překročená kvóta poštovní schránky"), a daily limit reached, the message refused as spam or
// for SPF, the sender on the recipient's blacklist, the sending host on a block list. Czech
// inflects its nouns and participles ("odmítnuta", "odmítnut"; "kvóta", "kvótu"), so the failure
// tokens are stems and the subjects the forms the sources print.
//
// Sources: Microsoft's own Czech help (AlchemyInsights cs-CZ: its NDR articles) and GRhosting's own
// support page on the refusals its mail servers return (./localized-sources.ts GRHOSTING_CS,
// already cited).
import type { Concept, ConceptExample } from "./types";
import { GRHOSTING_CS, LESS_SURE } from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });
const page = (url: string, title: string) => `${url} (${title})`;

/** Microsoft's own Czech help (OfficeDocs-AlchemyInsights cs-CZ, a public copy at a pinned commit). */
const alchemyCs = (file: string, title: string) =>
  page(
    `https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.cs-CZ/blob/5ed88ef27055481eb0b053d1b3704fa2c5f67b4b/AlchemyInsights/${file}`,
    `${title}, Microsoft AlchemyInsights (cs-CZ)`,
  );
const MS_QUOTA_CS = alchemyCs("mailbox-quota-exceeded.md", "Překročená kvóta poštovní schránky");
const MS_DAILY_LIMIT_CS = alchemyCs(
  "5-1-90-your-message-cant-be-sent-daily-limit.md",
  "5.1.90 Vaši zprávu nelze odeslat, protože jste dosáhli denního limitu pro příjemce zprávy.",
);
const MS_SPAMHAUS_CS = alchemyCs(
  "error-sending-email-blocked-by-spamhaus.md",
  "Při odesílání e-mailu došlo k chybě: Hostitel klienta je zablokovaný pomocí spamhausu.",
);

/** A refusal that is not one: "nebyla odmítnuta" (was not refused), "nebyl vyhodnocen" (was not judged). */
const NOT_REFUSED = ["nebyla odmítnut", "nebyl odmítnut", "nebyla vyhodnocen", "nebyl vyhodnocen"];

export const LOCALIZED_VOCABULARY_CS_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.l10n.cs.vocab.mailbox-over-quota",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its quota",
    // kvóta / kvótu poštovní schránky (the mailbox's quota); překročen- (exceeded: "překročená"),
    // překročil- ("překročili jste").
    subject: ["kvóta poštovní schránky", "kvótu poštovní schránky"],
    failure: ["překročen", "překročil"],
    // A quota not reached ("nebyla dosažena" holds neither failure); a sending quota.
    unless: ["odesílání"],
    weight: LESS_SURE,
    examples: [
      ex("Překročená kvóta poštovní schránky", MS_QUOTA_CS),
      ex("Překročili jste kvótu poštovní schránky pro svůj účet.", MS_QUOTA_CS),
    ],
  },
  {
    id: "concept.l10n.cs.vocab.sending-limit",
    cause: "rate-limited",
    says: "the sender reached its daily limit on messages or recipients",
    // denního limitu / denní limit (daily limit); dosáhli (reached), překročil (exceeded).
    subject: ["denního limitu", "denní limit"],
    failure: ["dosáhli", "překročil"],
    // A mailbox's storage or a message's size.
    unless: ["schránk", "velikost"],
    weight: LESS_SURE,
    examples: [
      ex(
        "Vaši zprávu nelze odeslat, protože jste dosáhli denního limitu pro příjemce zprávy.",
        MS_DAILY_LIMIT_CS,
      ),
      ex("Odesílatel překročil denní limit počtu příjemců 10 000 zpráv", MS_DAILY_LIMIT_CS),
    ],
  },
  {
    id: "concept.l10n.cs.vocab.content-spam",
    cause: "content-spam",
    says: "the receiving server refused the message as spam",
    // jako spam (as spam); odmítnut- (refused), vyhodnocen- (judged). Not "označit jako spam" (mark
    // as spam, a button) nor "identifikována jako spam": neither holds a failure token.
    subject: ["jako spam"],
    failure: ["odmítnut", "vyhodnocen"],
    unless: NOT_REFUSED,
    weight: LESS_SURE,
    examples: [
      ex("zpráva byla odmítnuta jako spam", GRHOSTING_CS),
      ex("byl váš email vyhodnocený jako spam", GRHOSTING_CS),
    ],
  },
  {
    id: "concept.l10n.cs.vocab.spf-refused",
    cause: "authentication-failure",
    says: "the receiving server refused the message because of the sender's SPF",
    // z důvodu SPF (because of SPF); odmítnut- (refused).
    subject: ["z důvodu spf"],
    failure: ["odmítnut"],
    unless: NOT_REFUSED,
    weight: LESS_SURE,
    examples: [ex("zpráva byla odmítnuta z důvodu SPF", GRHOSTING_CS)],
  },
  {
    id: "concept.l10n.cs.vocab.sender-blacklisted",
    cause: "sender-policy",
    says: "the sender's address is on the recipient's own blacklist",
    // na blacklistu (on the blacklist, Czech's case ending on the borrowed word); odesílatel (the
    // sender). GRhosting says whose list: the recipient's, set for the mailbox. A sending IP or
    // server on a public list is ip-blocklisted's, and its words name it.
    subject: ["na blacklistu"],
    failure: ["odesílatel"],
    unless: [
      "ip adres",
      "ip-adres",
      "dnsbl",
      "spamhaus",
      "blocked using",
      "zablokovaný pomocí",
      // není na blacklistu: is not on the blacklist.
      "není na",
    ],
    weight: LESS_SURE,
    examples: [ex("odesílatel zprávy je na blacklistu", GRHOSTING_CS)],
  },
  {
    id: "concept.l10n.cs.vocab.ip-blocklisted",
    cause: "ip-blocklisted",
    says: "the sending IP address or host is on a blocklist",
    // zablokovaný pomocí (blocked using, a list's name after it), seznamu blokových (Microsoft's
    // translation of "block list"); hostitel klienta (the client host), ip adresa (IP address).
    subject: ["zablokovaný pomocí", "seznamu blokových"],
    failure: ["hostitel klienta", "ip adresa"],
    // Not on the list.
    unless: ["není v seznamu", "není zablokovaný"],
    weight: LESS_SURE,
    examples: [
      ex("Hostitel klienta je zablokovaný pomocí spamhausu.", MS_SPAMHAUS_CS),
      ex("IP adresa, která zprávu odeslala, je v seznamu blokových bloků", MS_SPAMHAUS_CS),
    ],
  },
];

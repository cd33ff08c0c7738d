// Concepts (see ./types.ts) for the empty cells of the language x cause matrix that session 20
// (i18n7) could fill from first-party sources. Mostly the sender's side, where the localized
// concepts read next to nothing: an account or a tenant blocked for sending spam
// (bad-reputation), a sending IP blocked (ip-blocklisted), a relay refused (relay-denied), a
// receiving, relay or sending quota over its limit (rate-limited), a verdict of spam on the
// message (content-spam); then a few recipient-side cells of Swedish, Polish, Indonesian and
// Vietnamese, from GoDaddy's own tables.
// Each wording is a provider's own localized page (Microsoft's NDR pages, its Outlook article and
// KB article on relay errors, Google's help and SMTP error list, IONOS's, Onet's, Interia's,
// STRATO's and GoDaddy's help) or a provider's real localized reply (Orange's French half). One
// concept per language and idea, as in ./localized-recipient.ts. Sources: ./localized-sources.ts.
import type { Concept, ConceptExample } from "./types";
import {
  MS_518_DE,
  MS_5770X_DE,
  MS_DELIST_IT,
  WORKSPACE_SMTP_SV,
  MS_RELAY_NL,
  MS_RELAY_SV,
  MS_RELAY_SV_OLD,
  MS_RELAY_PT_BR,
  MS_RELAY_PT_PT,
  MS_RELAY_PT_PT_OLD,
  MS_RELAY_CS,
  MS_RELAY_SK_OLD,
  MS_RELAY_PL,
  MS_RELAY_DE,
  MS_RELAY_FR,
  MS_RELAY_FR_KB,
  MS_RELAY_ES,
  MS_RELAY_IT,
  MS_RELAY_JA,
  SAKURA_RELAY_JA,
  MS_RELAY_ZH,
  CN_REPLY_LIST_360DOCS,
  ONET_PL,
  INTERIA_PL,
  KONTO_PL_510,
  GMAIL_BOUNCE_SK,
  STRATO_NL,
  MS_SUBMISSION_QUOTA_FR,
  MS_SUBMISSION_QUOTA_IT,
  MS_SUBMISSION_QUOTA_SV,
  MS_SUBMISSION_QUOTA_KO,
  IONOS_SMTP_DE,
  ORANGE_REPLY_FM60,
  ORANGE_REPLY_S240,
  GODADDY_SV,
  GODADDY_SV_40685,
  GODADDY_PL_40685,
  GODADDY_ID_40685,
  GODADDY_VI,
  LESS_SURE,
} from "./localized-sources";

const ex = (text: string, source: string): ConceptExample => ({ text, source });

const ACCOUNT_BLOCKED_SAYS =
  "the sending account (or its whole organisation) was blocked from sending because it is suspected of sending spam";
const BANNED_IP_SAYS =
  "the sending server's IP address is on the receiver's own list of blocked senders";
const RELAY_SAYS =
  "the server refused to relay: it will not pass this sender's mail on to a domain it does not handle";
const RATE_SAYS = "mail is arriving or being sent faster than a limit allows";
const QUOTA_SAYS =
  "the sender went over its daily sending quota (a limit on how many recipients it may send to in a day)";

/**
 * Forwarding that is no relay: in Dutch, Swedish, Portuguese and Polish the word Microsoft uses
 * for "relaying" ("doorsturen", "vidarebefordran", "reencaminhamento", "przekazywanie") is also the everyday word for
 * forwarding a message, which an organisation may forbid by policy (automatic or external
 * forwarding, Exchange Online's 5.7.520).
 */
const FORWARDING_BY_POLICY = [
  // nl
  "automatisch doorsturen",
  "automatische doorsturen",
  "extern doorsturen",
  "externe doorsturen",
  // sv
  "automatisk vidarebefordran",
  "extern vidarebefordran",
  // pt
  "reencaminhamento automático",
  "reencaminhamento externo",
  "encaminhamento automático",
  // pl
  "automatyczne przekazywanie",
  "automatycznego przekazywania",
  "przekazywanie zewnętrzne",
  "zewnętrznego przekazywania",
  "przekazywania do adresów zewnętrznych",
  // it ("inoltro" is Microsoft's Italian for relaying and the everyday word for forwarding)
  "inoltro automatico",
  "inoltro esterno",
  "inoltro a indirizzi esterni",
];

export const LOCALIZED_REFUSAL_CONCEPTS: readonly Concept[] = [
  // --- bad-reputation: the sender's account or tenant blocked for spam (Exchange Online) ---
  {
    id: "concept.l10n.de.account-blocked-for-spam",
    cause: "bad-reputation",
    says: ACCOUNT_BLOCKED_SAYS,
    // The German NDR of 5.1.8: "suspected of having sent spam from your address, hence no longer
    // allowed to send"; and Microsoft's German title for the reply itself.
    subject: ["spam versandt", "spam versendet", "ungültiger ausgehender absender"],
    failure: ["nicht mehr zugelassen", "zugriff verweigert"],
    // Spam sent from an IP address is the sending host's reputation, not the account's.
    unless: ["ip-adresse"],
    examples: [
      ex(
        "Der häufigste Grund dafür ist, dass der Verdacht besteht, dass von Ihrer E-Mail-Adresse Spam versandt wurde, und dass deshalb das Senden von E-Mails nicht mehr zugelassen wird.",
        MS_518_DE,
      ),
      ex("550 5.1.8 Zugriff verweigert, ungültiger ausgehender Absender", MS_518_DE),
    ],
  },
  {
    id: "concept.l10n.de.tenant-over-threshold",
    cause: "bad-reputation",
    says: ACCOUNT_BLOCKED_SAYS,
    // "Mandant" is Microsoft's German for a tenant (the whole organisation's subscription); a
    // threshold alone is any limit (a spam score, a size).
    subject: ["mandant"],
    failure: ["schwellenwert überschritten"],
    examples: [
      ex("5.7.705 Zugriff verweigert, Mandant hat den Schwellenwert überschritten.", MS_5770X_DE),
    ],
  },

  // --- ip-blocklisted: the receiver's own list of banned sending IPs (Microsoft 365) ---
  {
    id: "concept.l10n.it.banned-sending-ip",
    cause: "ip-blocklisted",
    says: BANNED_IP_SAYS,
    // Microsoft's Italian for "banned sending IP" ("vietato l'invio di IP") and the list it names.
    subject: ["invio di ip", "elenco dei mittenti bloccati"],
    failure: ["vietato", "rimozione da questo elenco"],
    examples: [
      ex(
        "550 5.7.606-649 Accesso negato, vietato l'invio di IP [indirizzo IP] (ad esempio 5.7.511 Accesso negato): per richiedere la rimozione da questo elenco, visitare https://sender.office.com/ e seguire le istruzioni.",
        MS_DELIST_IT,
      ),
    ],
  },

  // --- relay-denied: the server's "Relaying Denied", as Microsoft's Outlook article translates it ---
  {
    id: "concept.l10n.nl.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    subject: ["doorsturen"],
    failure: ["geweigerd", "niet toegestaan"],
    unless: FORWARDING_BY_POLICY,
    examples: [ex("550 <iemand@example.com>... Doorsturen geweigerd", MS_RELAY_NL)],
  },
  {
    id: "concept.l10n.sv.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    subject: ["vidarebefordran"],
    // "nekad" is "nekades" too; "förbjuden vidarebefordran" is the article's own name for the error.
    failure: ["nekad", "förbjuden"],
    unless: FORWARDING_BY_POLICY,
    examples: [
      ex("550 <someone@example.com>... Vidarebefordran nekad", MS_RELAY_SV),
      ex("550 <namn@example.com>... Vidarebefordran nekades", MS_RELAY_SV_OLD),
    ],
  },
  {
    id: "concept.l10n.pt.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // Brazilian "retransmissão", European "reencaminhamento".
    subject: ["retransmissão", "reencaminhamento"],
    failure: ["negada", "negado", "recusado", "recusada"],
    unless: FORWARDING_BY_POLICY,
    examples: [
      ex("550 nome@exemplo.com... Retransmissão Negada", MS_RELAY_PT_BR),
      ex("550 <alguem@example.com>... Reencaminhamento Recusado", MS_RELAY_PT_PT),
      ex("550 <alguém@examplo.com>... Reencaminhamento Negado", MS_RELAY_PT_PT_OLD),
    ],
  },
  {
    id: "concept.l10n.pl.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "przekazywanie" (passing on) is Microsoft's Polish for relaying; "odmowa" (refusal).
    subject: ["przekazywania", "przekazywanie"],
    failure: ["odmowa"],
    unless: FORWARDING_BY_POLICY,
    examples: [ex("550 <osoba@microsoft.com>... Odmowa przekazywania", MS_RELAY_PL)],
  },
  {
    id: "concept.l10n.cs.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "přenos" (transfer) is Microsoft's Czech for relaying; the article's title says "přenos
    // zakázaná" (relay forbidden).
    subject: ["přenos"],
    failure: ["odepřen", "zakázán"],
    examples: [ex("550 <someone@example.com>... Přenos byl odepřen", MS_RELAY_CS)],
  },
  {
    id: "concept.l10n.sk.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "prenos" for relaying, as in Czech; the 553 is qmail's "not in my list of allowed
    // rcpthosts", translated.
    subject: ["prenos", "povolených hostiteľov"],
    failure: ["odmietnut", "zakázan", "nie je uvedená"],
    examples: [
      ex("550 <meno@example.com>... Prenos odmietnutý", MS_RELAY_SK_OLD),
      ex(
        "553 Doména nie je uvedená v zozname povolených hostiteľov rcpthost (#5.7.1)",
        MS_RELAY_SK_OLD,
      ),
    ],
  },

  // German, French, Spanish and Italian: the same article's translations of "Relaying Denied".
  {
    id: "concept.l10n.de.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // German keeps the English "Relay"; alone it is also a word in host names ("relay.example.de
    // ... Verbindung verweigert" is a connection refused), so the subjects are the refusal's own
    // phrases: the reply's "Relay verweigert" and the article's "verbotenem Relay".
    subject: [
      "relay verweigert",
      "relaying verweigert",
      "verbotenem relay",
      "verbotenes relay",
      "relay verboten",
      "relaying verboten",
    ],
    failure: ["verweigert", "verboten"],
    examples: [ex("550 <jemand@beispiel.com>... Relay verweigert", MS_RELAY_DE)],
  },
  {
    id: "concept.l10n.fr.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "Relais" alone is any relaying server ("le serveur relais a refusé le message" may go on
    // with another reason): the phrases of the reply and of the article's title only.
    subject: ["relais refusé", "relais interdit"],
    failure: ["refusé", "interdit"],
    examples: [
      ex("550 <someone@example.com>... Relais refusé", MS_RELAY_FR),
      ex("550 <personne@exemple.com>... Relais refusé", MS_RELAY_FR_KB),
    ],
  },
  {
    id: "concept.l10n.es.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "Retransmisión" is Microsoft's Spanish for relaying; the article's title calls the error
    // "retransmisión prohibido".
    subject: ["retransmisión"],
    failure: ["denegada", "denegado", "prohibida", "prohibido"],
    examples: [ex("550 <someone@example.com>... Retransmisión denegada", MS_RELAY_ES)],
  },
  {
    id: "concept.l10n.it.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    subject: ["inoltro"],
    failure: ["negato"],
    // Forwarding forbidden by an organisation's policy is no relay (FORWARDING_BY_POLICY).
    unless: FORWARDING_BY_POLICY,
    examples: [ex("550 <someone@example.com>... Inoltro negato", MS_RELAY_IT)],
  },

  {
    id: "concept.l10n.ja.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "リレー" (relay) and "中継" (relaying) are also any relaying server ("中継サーバで拒否され
    // ました" may go on with another reason): the refusal's own phrases only, Microsoft's reply
    // "リレー拒否" and its title's "リレー禁止", and Sakura Internet's reading "中継を拒否".
    subject: ["リレー拒否", "リレー禁止", "中継を拒否", "中継が拒否", "中継拒否"],
    failure: ["拒否", "禁止"],
    examples: [
      ex("550 <someone@example.com> ....リレー拒否", MS_RELAY_JA),
      ex("(サーバは)メールの中継を拒否しました", SAKURA_RELAY_JA),
    ],
  },
  {
    id: "concept.l10n.zh.relay-denied",
    cause: "relay-denied",
    says: RELAY_SAYS,
    // "中继" (relay) is also any relaying server: the refusal's own phrases only, Microsoft's
    // reply "中继拒绝" and title "中继禁止", and a server list's reading "拒绝中继" of "553 host
    // denies relay".
    subject: ["中继拒绝", "中继禁止", "拒绝中继", "禁止中继", "中繼拒絕", "拒絕中繼"],
    failure: ["拒绝", "禁止", "拒絕"],
    examples: [
      ex("550 <someone@example.com>...中继拒绝", MS_RELAY_ZH),
      ex("553 host denies relay. (拒绝中继)", CN_REPLY_LIST_360DOCS),
    ],
  },
  {
    // qmail's "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" as the
    // same article translates it: the control file's name stays English in every language,
    // the words around it do not (concept.relay-access-denied reads the English).
    id: "concept.l10n.rcpthosts-not-listed",
    cause: "relay-denied",
    says: RELAY_SAYS,
    subject: ["rcpthosts"],
    failure: ["no está en mi lista", "não consta na minha lista"],
    examples: [
      ex(
        "553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)",
        MS_RELAY_ES,
      ),
      ex(
        "553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)",
        MS_RELAY_PT_BR,
      ),
    ],
  },

  // --- rate-limited: Gmail's receiving-rate and relay limits, in Swedish ---
  {
    id: "concept.l10n.sv.receiving-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    // The localized words are the subject, as in ./localized-delivery.ts: "e-post" alone is in
    // every Swedish bounce.
    subject: ["för snabbt", "i en takt som förhindrar"],
    failure: ["e-post", "meddelanden"],
    examples: [
      ex(
        "Användaren du försöker kontakta tar emot e-post för snabbt. Skicka om meddelandet senare.",
        WORKSPACE_SMTP_SV,
      ),
      ex(
        "Användaren du försöker att kontakta tar emot e-post i en takt som förhindrar att ytterligare meddelanden levereras.",
        WORKSPACE_SMTP_SV,
      ),
    ],
  },
  {
    id: "concept.l10n.sv.relay-limit-exceeded",
    cause: "rate-limited",
    says: RATE_SAYS,
    // Google's SMTP relay service: the customer's sending limit, not a refused relay.
    subject: ["relägräns"],
    failure: ["överskriden", "överskridits"],
    examples: [
      ex(
        "Högsta SMTP-relägräns överskriden för kunden. Detta är ett tillfälligt fel.",
        WORKSPACE_SMTP_SV,
      ),
    ],
  },

  // --- rate-limited: a sending limit, in Polish (Onet's own help, a Polish host's own server) ---
  {
    id: "concept.l10n.pl.sending-limit-exceeded",
    cause: "rate-limited",
    says: "the sender went over a limit on how much mail it may send in a period",
    subject: ["limit wysyłania", "limity w ilości wysyłanej poczty"],
    failure: ["przekroczono", "przekroczone", "przekroczony"],
    examples: [
      ex("Przekroczono limit wysyłania i odbierania poczty", ONET_PL),
      ex(
        "Jeżeli zostaną przekroczone limity w ilości wysyłanej poczty z jednego adresu IP lub konta e-mail w jednostce czasu.",
        KONTO_PL_510,
      ),
    ],
  },

  // --- sender-policy: the recipient put the sender on its own blocked list (Interia's reading) ---
  {
    id: "concept.l10n.pl.recipient-blocked-sender",
    cause: "sender-policy",
    says: "the recipient has put this sender on its own list of blocked senders",
    // Interia's Polish for "Recipient doesn't want your mail": the account "added you to the
    // blocked list". A listed IP address is no recipient's choice.
    subject: ["listy zablokowanych", "liście zablokowanych"],
    failure: ["dodało cię", "dodał cię", "dodała cię"],
    unless: ["adres ip"],
    examples: [
      ex(
        "Konto do którego próbujesz wysłać wiadomość email prawdopodobnie dodało Cię do listy zablokowanych.",
        INTERIA_PL,
      ),
    ],
  },

  // --- content-spam: Gmail's "Message flagged as spam", in Slovak ---
  {
    id: "concept.l10n.sk.judged-spam",
    cause: "content-spam",
    says: "the receiving system judged the message to be spam",
    subject: ["ako spam"],
    // "nahlásená" (reported, flagged): Gmail's Slovak for "flagged". Not "označená": a received
    // message "označená ako spam" is the reader's own spam folder.
    failure: ["nahlásená"],
    examples: [
      ex("Správa bola nahlásená ako spam alebo Správa bola dočasne odmietnutá", GMAIL_BOUNCE_SK),
    ],
  },

  // --- content-spam: the receiver's verdict on the message, in Polish (Onet) and Dutch (STRATO) ---
  {
    id: "concept.l10n.pl.judged-spam",
    cause: "content-spam",
    says: "the receiving system judged the message to be spam",
    subject: ["jako spam"],
    failure: ["oznaczona", "oznaczono", "oznaczony"],
    examples: [ex("Wiadomość oznaczona jako spam lub wiadomość została odrzucona", ONET_PL)],
  },
  {
    id: "concept.l10n.nl.judged-spam",
    cause: "content-spam",
    says: "the receiving system judged the message to be spam",
    // STRATO's own reading of its "Refused by local policy. No SPAM please!": content in the mail
    // "indicates that it is a spam mail".
    subject: ["spammail", "spam-mail"],
    failure: ["erop wijst", "wijst erop"],
    examples: [
      ex(
        "Er is inhoud in de e-mail ontdekt die erop wijst dat het om een spammail gaat.",
        STRATO_NL,
      ),
    ],
  },

  // --- rate-limited: Exchange Online's NDR for a sender over its daily sending (submission) quota ---
  // The quota is the sender's own ("quota d'envoi", "quota di invio", "sändningskvot", "전송
  // 할당량"): a mailbox's storage quota is another word in each language (a full mailbox).
  {
    id: "concept.l10n.fr.sending-quota-exceeded",
    cause: "rate-limited",
    says: QUOTA_SAYS,
    subject: ["quota d'envoi", "quota de soumission"],
    failure: ["dépassé"],
    examples: [
      ex(
        "Impossible d'envoyer le message, car le quota d'envoi de l'expéditeur est dépassé.",
        MS_SUBMISSION_QUOTA_FR,
      ),
    ],
  },
  {
    id: "concept.l10n.it.sending-quota-exceeded",
    cause: "rate-limited",
    says: QUOTA_SAYS,
    subject: ["quota di invio"],
    failure: ["superata", "superato"],
    examples: [
      ex(
        "Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente.",
        MS_SUBMISSION_QUOTA_IT,
      ),
    ],
  },
  {
    id: "concept.l10n.sv.sending-quota-exceeded",
    cause: "rate-limited",
    says: QUOTA_SAYS,
    subject: ["sändningskvot"],
    failure: ["överskreds", "överskridits", "överskriden"],
    examples: [
      ex(
        "Det går inte att skicka meddelandet eftersom avsändarens sändningskvot har överskridits.",
        MS_SUBMISSION_QUOTA_SV,
      ),
      ex("avsändarens sändningskvot överskreds", MS_SUBMISSION_QUOTA_SV),
    ],
  },
  {
    id: "concept.l10n.ko.sending-quota-exceeded",
    cause: "rate-limited",
    says: QUOTA_SAYS,
    subject: ["전송 할당량", "제출 할당량"],
    failure: ["초과"],
    examples: [
      ex("보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다.", MS_SUBMISSION_QUOTA_KO),
      ex("보낸 사람의 제출 할당량을 초과했다", MS_SUBMISSION_QUOTA_KO),
    ],
  },

  // --- IONOS's own German reading of its servers' replies to senders ---
  {
    // "421 Reject due to policy violations", which the English table reads as the sender's
    // delivery record (providers/united-internet.ts): the IP blocked for a bad delivery rate, the
    // sender address reported as a spam sender.
    id: "concept.l10n.de.sender-blocked-for-delivery-record",
    cause: "bad-reputation",
    says: "the receiver blocks the sending server (or the sender address) for its past sending: mail to addresses that do not exist, or spam reports",
    subject: ["zustellquote", "spamversender"],
    // "schlechte(n) Zustellquote" (a bad delivery rate) is the reason itself; IONOS's sentence
    // names the block ("gesperrt") too far from it for the window.
    failure: ["schlechte", "gesperrt", "gemeldet"],
    examples: [
      ex(
        "Aufgrund einer schlechten Zustellquote durch den Versand an zu viele nicht existente E-Mail-Adressen ist die IP-Adresse Ihres E-Mail-Servers für E-Mails an IONOS-Kunden gesperrt.",
        IONOS_SMTP_DE,
      ),
      ex(
        "Ihre Absendeadresse wurde in der Vergangenheit als Spamversender gemeldet.",
        IONOS_SMTP_DE,
      ),
    ],
  },
  {
    // "421 Rate limit reached. Please try again later".
    id: "concept.l10n.de.too-many-messages-too-fast",
    cause: "rate-limited",
    says: RATE_SAYS,
    subject: ["in zu kurzer zeit"],
    failure: ["zu viele e-mails", "zu viele nachrichten"],
    examples: [ex("Sie haben zu viele E-Mails in zu kurzer Zeit eingeliefert.", IONOS_SMTP_DE)],
  },

  // --- Orange's own French half of its bilingual replies (real output, as senders logged it) ---
  {
    // OFR006_102, "Client host blocked for spamming issues": the table reads it as a listed IP
    // (providers/orange.ts, with Cloudmark's reset link).
    id: "concept.l10n.fr.source-ip-blocked",
    cause: "ip-blocklisted",
    says: BANNED_IP_SAYS,
    subject: ["adresse ip source"],
    failure: ["bloquee", "bloquée"],
    examples: [ex("Adresse IP source bloquee pour incident de spam.", ORANGE_REPLY_FM60)],
  },
  {
    // OFR_514, "Maximum size of the message reached". A mailbox's size limit is a full mailbox.
    id: "concept.l10n.fr.message-size-limit-reached",
    cause: "message-too-large",
    says: "the message is over a size limit",
    subject: ["taille limite du message"],
    failure: ["atteinte", "atteint", "dépassée", "depassee"],
    unless: ["boite", "boîte"],
    examples: [ex("Taille limite du message atteinte.", ORANGE_REPLY_S240)],
  },

  // --- GoDaddy's own Swedish table of its mail's bounces: the recipient's account ---
  {
    id: "concept.l10n.sv.account-inactive",
    cause: "mailbox-disabled",
    says: "the recipient's account exists but is inactive (disabled) and does not accept mail",
    subject: ["kontot", "konton", "mottagarens konto"],
    failure: ["är inaktivt", "inaktiverade", "inaktiverat", "inaktiverats"],
    // The sender's own account (a login, a password) is no recipient's.
    unless: ["ditt konto", "avsändar", "lösenord"],
    examples: [
      ex("Kontot är inaktivt", GODADDY_SV),
      ex("Oftast är sådana konton permanent inaktiverade", GODADDY_SV),
      ex("Kontot har inaktiverats", GODADDY_SV_40685),
    ],
  },
  {
    id: "concept.l10n.sv.account-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's account or address does not exist",
    subject: ["kontot", "mottagaren"],
    // "finns inte" (does not exist), "hittades inte" (was not found).
    failure: ["finns inte", "hittades inte"],
    unless: ["ditt konto", "avsändar", "lösenord", "servern", "domänen", "ip-adress"],
    examples: [
      ex("Kontot finns inte", GODADDY_SV),
      ex("550 Mottagaren hittades inte.", GODADDY_SV),
    ],
  },
  {
    id: "concept.l10n.sv.account-storage-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its storage quota",
    subject: ["kontots lagringsutrymme", "mottagarens lagringsutrymme"],
    failure: ["är slut"],
    examples: [ex("Kontots lagringsutrymme är slut", GODADDY_SV)],
  },

  // --- GoDaddy's own Polish table: the recipient's account disabled, its storage used up ---
  {
    id: "concept.l10n.pl.account-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account exists but is disabled and does not accept mail",
    subject: ["konto", "konto adresata", "konto odbiorcy"],
    failure: ["wyłączone", "wyłączoną funkcję odbierania"],
    // The sender's own account is no recipient's.
    unless: ["twoje konto", "nadawc", "hasło"],
    examples: [
      ex("Konto wyłączone", GODADDY_PL_40685),
      ex(
        "Konto adresata istnieje, ale ma wyłączoną funkcję odbierania wiadomości.",
        GODADDY_PL_40685,
      ),
    ],
  },
  {
    id: "concept.l10n.pl.account-storage-limit",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its storage quota",
    subject: ["limit miejsca"],
    failure: ["na koncie", "konto odbiorcy", "osiągnęło"],
    unless: ["twoje konto"],
    examples: [
      ex("Limit miejsca na koncie", GODADDY_PL_40685),
      ex(
        "Konto odbiorcy osiągnęło limit miejsca i nie może teraz odbierać wiadomości e -mail.",
        GODADDY_PL_40685,
      ),
    ],
  },

  // --- GoDaddy's own Indonesian and Vietnamese tables: the recipient's account disabled, its
  // storage used up (the recipient's account that does not exist the vocabulary concepts read) ---
  {
    id: "concept.l10n.id.account-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account exists but is disabled and does not accept mail",
    subject: ["akun"],
    // "dinonaktifkan" (deactivated).
    failure: ["dinonaktifkan"],
    // The sender's own account is no recipient's.
    unless: ["akun anda", "pengirim", "kata sandi"],
    examples: [ex("Akun dinonaktifkan", GODADDY_ID_40685)],
  },
  {
    id: "concept.l10n.id.account-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's account does not exist",
    // GoDaddy's bare "Akun tidak ada" (the vocabulary concept wants "akun email").
    subject: ["akun"],
    failure: ["tidak ada"],
    unless: ["akun anda", "pengirim", "kata sandi", "domain", "server"],
    weight: LESS_SURE,
    examples: [ex("Akun tidak ada", GODADDY_ID_40685)],
  },
  {
    id: "concept.l10n.id.account-storage-limit",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its storage quota",
    // Whole words: "penyimpanannya" (its storage) is a word of its own.
    subject: ["batasan penyimpanan", "batas penyimpanan", "batas penyimpanannya"],
    failure: ["akun"],
    unless: ["akun anda"],
    examples: [
      ex("Batasan penyimpanan akun", GODADDY_ID_40685),
      ex(
        "Akun penerima telah mencapai batas penyimpanannya dan tidak dapat menerima email sekarang.",
        GODADDY_ID_40685,
      ),
    ],
  },
  {
    id: "concept.l10n.vi.account-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's account exists but is disabled and does not accept mail",
    subject: ["tài khoản"],
    // "bị vô hiệu hóa" (was disabled), in either placement of the tone mark.
    failure: ["vô hiệu hóa", "vô hiệu hoá"],
    unless: ["tài khoản của bạn", "người gửi", "mật khẩu"],
    examples: [
      ex("Tài khoản bị vô hiệu hóa", GODADDY_VI),
      ex(
        "Tài khoản người nhận có tồn tại nhưng tính năng nhận thư của nó đã bị vô hiệu hóa.",
        GODADDY_VI,
      ),
    ],
  },
  {
    id: "concept.l10n.vi.account-storage-limit",
    cause: "mailbox-full",
    says: "the recipient's mailbox is over its storage quota",
    // "giới hạn dung lượng" (storage limit) of the account, not of a message or an attachment.
    subject: ["giới hạn dung lượng"],
    failure: ["tài khoản"],
    unless: ["tài khoản của bạn", "dung lượng thư", "tệp đính kèm"],
    examples: [
      ex("Giới hạn dung lượng tài khoản", GODADDY_VI),
      ex(
        "Tài khoản người nhận đã đạt đến giới hạn dung lượng tài khoản và không thể nhận email vào lúc này.",
        GODADDY_VI,
      ),
    ],
  },
];

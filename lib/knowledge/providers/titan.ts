// Titan (titan.email), the mail host many web hosts and domain registrars resell, from its help
// article "Understanding Incoming Email Reject Codes", which prints each refusal and its reason.
// The stored copy of the article was read from the top (to its RBL row); the later rows are
// quoted as smtp.codes' Titan page copies them from the article (the site's source in repo
// fm/smtp-codes). Titan words several rate limits as "quota", which elsewhere means a full
// mailbox: those rows read as the limits the article says they are.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ARTICLE_URL =
  "https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes";
const ARTICLE = page(
  ARTICLE_URL,
  "Understanding Incoming Email Reject Codes (Titan help centre)",
  "stored copy (pages corpus), read from the top",
);
const VIA_SMTP_CODES = page(
  ARTICLE_URL,
  "Understanding Incoming Email Reject Codes (Titan help centre)",
  "as smtp.codes' Titan page quotes it: repo fm/smtp-codes docs/titan/index.html",
);
const RATE =
  "The article's reason: 'Ratelimit exceeded', with a link to Titan's sending and receiving limits. A limit on how much mail the recipient's domain or mailbox takes in an hour or a day, not a full mailbox: retry later.";

const { phrase } = entryKit("titan");

export const TITAN_TABLE: ProviderTable = {
  provider: "titan",
  identity: {
    provider: "titan",
    name: "Titan Mail",
    hosts: ["titan.email"],
    source: ARTICLE,
  },
  phrases: [
    phrase({
      id: "insufficient-reputation",
      cause: "bad-reputation",
      match: ["sending ip has insufficient reputation"],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "421 4.7.0  : Sender IP rejected: sending IP has insufficient reputation.  Please retry later.",
      note: "The article: the sending IP is new to Titan and has no reputation yet; the refusal is temporary, retry later.",
    }),
    phrase({
      id: "domain-hourly-quota",
      cause: "rate-limited",
      match: [/recipients domain (?:hourly|daily) quota exceeded/],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Hourly Quota Exceeded",
      note: RATE,
    }),
    phrase({
      id: "domain-daily-quota",
      cause: "rate-limited",
      match: [/recipients domain (?:hourly|daily) quota exceeded/],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Daily Quota Exceeded",
      note: RATE,
    }),
    phrase({
      id: "recipient-quota",
      cause: "rate-limited",
      match: ["recipient address rejected: recipient quota exceeded"],
      status: ["5.4.6"],
      // Elsewhere "quota exceeded" is a full mailbox; Titan's 5.4.6 row is a receiving limit.
      scope: "identified",
      source: VIA_SMTP_CODES,
      example:
        "550 5.4.6 <user@example.com>: Recipient address rejected: Recipient Quota Exceeded;",
      note: RATE,
    }),
    phrase({
      id: "domains-hourly-quota",
      cause: "rate-limited",
      match: [/(?:mailbox does not exist : )?domains (?:hourly|daily) quota exceeded/],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.4.6 <user@example.com>: Recipient address rejected: Mailbox Does Not Exist : Domains Hourly Quota Exceeded;",
      note: `${RATE} The 'Mailbox Does Not Exist' before it is part of Titan's wording, not the reason.`,
    }),
    phrase({
      id: "domains-daily-quota",
      cause: "rate-limited",
      match: [/(?:mailbox does not exist : )?domains (?:hourly|daily) quota exceeded/],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.4.6 <user@example.com>: Recipient address rejected: Mailbox Does Not Exist : Domains Daily Quota Exceeded;",
      note: `${RATE} The 'Mailbox Does Not Exist' before it is part of Titan's wording, not the reason.`,
    }),
    phrase({
      id: "content-rejected",
      cause: "content-spam",
      match: ["5.7.1 message content rejected"],
      scope: "identified",
      source: VIA_SMTP_CODES,
      example: "550 5.7.1 message content rejected",
      note: "The article: something in the message content was rejected by Titan's filters; support@titan.email can say more given To, From, Subject and Date.",
    }),
    phrase({
      id: "incoming-suspended-abuse",
      cause: "mailbox-disabled",
      match: ["incoming suspended due to abuse"],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.2.1 <user@example.com>: Recipient address rejected: Incoming suspended due to abuse",
      note: "The article: the recipient's domain is suspended for suspicious activity and takes no mail for now; only the recipient's side can lift it.",
    }),
    phrase({
      id: "incoming-suspended-migration",
      cause: "mailbox-disabled",
      match: ["incoming temporarily suspended due to partner migration"],
      scope: "any",
      source: VIA_SMTP_CODES,
      example:
        "550 5.2.1 <user@example.com> : Recipient address rejected: Incoming temporarily suspended due to partner migration",
      note: "The article: the recipient's domain is being migrated between Titan partners and takes no mail until that ends.",
    }),
    phrase({
      id: "spam-rate-exceeded",
      cause: "bad-reputation",
      match: ["sender ip rejected: spam rate exceeded"],
      scope: "any",
      source: VIA_SMTP_CODES,
      example: "550 5.7.2 <ip>: Sender IP rejected: spam rate exceeded",
      note: "The article: the sending server has sent an unusually high volume of spam or suspicious mail, and Titan blocks it past its thresholds. The sender's traffic, not this message's content.",
    }),
    phrase({
      id: "command-rejected",
      cause: "bad-reputation",
      match: ["5.7.1 command rejected"],
      scope: "identified",
      source: VIA_SMTP_CODES,
      example: "554 5.7.1 command rejected",
      note: "The article: the sending IP address is suspicious, and Titan refuses its mail.",
    }),
    phrase({
      id: "relay-access-denied",
      cause: "recipient-unknown",
      match: ["relay access denied"],
      scope: "identified",
      source: ARTICLE,
      example: "554 5.7.1 <user@example.com>: Relay access denied;",
      note: "Titan's article explains its relay refusal as 'Recipient email address does not exist': the address (or its domain) is not one Titan hosts. Elsewhere the words mean a relay refusal.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy of Titan's article ends at its RBL row; the later rows (reputation, rate limits, content, suspension, spam rate, command rejected) are quoted through smtp.codes' Titan page.",
  ],
};

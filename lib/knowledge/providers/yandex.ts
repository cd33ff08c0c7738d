// Yandex Mail (yandex.ru, yandex.com, ya.ru, Yandex 360), from Yandex's own help pages: "Report
// on non-delivery to Yandex" (what Yandex's servers answer, and why) and "Report on
// non-delivery to another (non-Yandex) address" (the other servers' texts Yandex users see,
// with the reading Yandex gives them). Both were read from stored copies.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const TO_YANDEX = page(
  "https://yandex.com/support/mail/bounces/yandex.html",
  "Report on non-delivery to Yandex (Yandex Mail Help)",
  "stored copy (pages corpus)",
);
const SPAM = page(
  "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html",
  "The message looks like spam (Yandex Mail Help)",
  "stored copy (pages corpus)",
);
const TO_OTHERS = page(
  "https://yandex.com/support/mail/bounces/other.html",
  "Report on non-delivery to another (non-Yandex) address (Yandex Mail Help)",
  "stored copy (pages corpus)",
);

const SMTP_CODES = page(
  "https://smtp.codes/yandex",
  "Yandex Mail (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for Yandex Mail (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

const { phrase } = entryKit("yandex");

export const YANDEX_TABLE: ProviderTable = {
  provider: "yandex",
  identity: {
    provider: "yandex",
    name: "Yandex Mail",
    hosts: ["yandex.ru", "yandex.net", "yandex.com", "ya.ru"],
    markers: ["yandex.ru/support", "yandex.com/support/mail"],
    source: TO_YANDEX,
  },
  phrases: [
    phrase({
      id: "no-such-user",
      cause: "recipient-unknown",
      match: ["no such user!", /\bno such user\b/],
      unless: ["no such user here"],
      source: TO_YANDEX,
      example: "No such user",
      note: "Yandex answers '550 5.7.1 No such user!': despite the 5.7.1 (a policy code), the address does not exist.",
    }),
    phrase({
      id: "bad-recipient-syntax",
      cause: "recipient-unknown",
      match: ["bad recipient address syntax", "bad address mailbox syntax"],
      source: TO_YANDEX,
      example: "Bad recipient address syntax",
    }),
    phrase({
      id: "recipient-not-fqdn",
      cause: "recipient-unknown",
      match: ["recipient address rejected: need fully-qualified address"],
      // Postfix's default text for reject_non_fqdn_recipient (postconf(5)): from another server
      // an unqualified RCPT TO may as well be the sending software's fault (protocol-syntax),
      // so the words name Yandex's reading only where Yandex answered.
      scope: "identified",
      source: TO_YANDEX,
      example: "Recipient address rejected: need fully-qualified address",
      note: "Yandex's page lists it among the texts of an address that does not exist: check the address as typed (it lacks its domain).",
    }),
    phrase({
      id: "no-correct-recipients",
      cause: "recipient-unknown",
      match: ["no correct recipients"],
      source: TO_YANDEX,
      example: "No correct recipients",
    }),
    phrase({
      id: "suspicion-of-spam",
      cause: "content-spam",
      match: ["message rejected under suspicion of spam"],
      scope: "any",
      source: SPAM,
      example: "Message rejected under suspicion of SPAM",
      note: "The content was judged spam.",
    }),
    phrase({
      id: "blocked-by-spam-statistics",
      cause: "bad-reputation",
      match: ["blocked by spam statistics"],
      source: TO_YANDEX,
      example: "Blocked by spam statistics — see...",
      note: "Only spam came from this sender: Yandex blocks it for 24 hours.",
    }),
    phrase({
      id: "client-host-blocked",
      cause: "bad-reputation",
      match: [/client host \[[^\]]{1,60}\] blocked using; see/],
      source: TO_YANDEX,
      example: "Client host [IP_host] blocked using; see...",
      note: "Yandex's own 24-hour block of a host that sent only spam (the list name is empty: it is Yandex's).",
    }),
    phrase({
      id: "policy-rejection-target",
      cause: "mailbox-disabled",
      match: ["policy rejection on the target address"],
      source: TO_YANDEX,
      example: "Policy rejection on the target address",
      note: "The recipient's account is blocked for breaking Yandex's user agreement: only they can unblock it.",
    }),
    phrase({
      id: "mailbox-size-exceeded",
      cause: "mailbox-full",
      match: ["mailbox size limit exceeded", "mailbox size exceeded"],
      source: TO_YANDEX,
      example: "Mailbox size limit exceeded",
    }),
    phrase({
      id: "virus",
      cause: "content-virus",
      match: ["message infected by virus"],
      scope: "any",
      source: TO_YANDEX,
      example: "Message infected by virus",
    }),
    phrase({
      id: "others.sorry-looks-like-spam",
      cause: "content-spam",
      match: ["sorry, message looks like spam to me"],
      scope: "any",
      strength: "strong",
      source: TO_OTHERS,
      example: "Sorry, message looks like SPAM to me",
      note: "Listed by Yandex among other servers' spam refusals.",
    }),
    phrase({
      id: "others.disk-quota-exceeded",
      cause: "mailbox-full",
      match: ["error writing message: disk quota exceeded"],
      scope: "any",
      strength: "strong",
      source: TO_OTHERS,
      example: "Error writing message: Disk quota exceeded",
      note: "Listed by Yandex among other servers' full-mailbox texts.",
    }),
    phrase({
      id: "others.no-such-user-here",
      cause: "recipient-unknown",
      match: ["no such user here"],
      scope: "any",
      strength: "strong",
      source: TO_OTHERS,
      example: "No such user here",
      note: "Listed by Yandex among other servers' unknown-address texts.",
    }),
    phrase({
      id: "others.spf-check-failed",
      cause: "authentication-failure",
      match: [/spf check failed: \S{1,60} is not authorized to send in the name of/],
      scope: "any",
      strength: "strong",
      source: TO_OTHERS,
      example:
        "550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)",
      note: "Yandex files it under spam refusals; the words name an SPF failure, which is what the sender must fix.",
    }),
    phrase({
      id: "service-currently-unavailable",
      cause: "remote-server-error",
      match: ["sorry, the service is currently unavailable. please come back later"],
      scope: "any",
      source: SMTP_CODES,
      example: "451 4.7.1 Sorry, the service is currently unavailable. Please come back later.",
      note: `${SMTP_CODES_NOTE} Yandex is not taking mail for now; the sending server retries.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The Yandex pages were read in excerpts: rows not in the excerpts (e.g. the 'recipient's address is blocked' and size rows of the other-servers page) are not entered.",
  ],
};

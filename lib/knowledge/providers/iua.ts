// I.UA (Ukrainian mail service; its servers are *.email.ua), whose refusals end with a link to
// its error page, "See http://mail.i.ua/err/<n>/", the number naming the reason. The page was not
// found stored; the reasons are Sisimai's quotes of it (IUA module), and the replies around them
// are reconstructed, except code 3's, read in a real bounce kept in Sisimai's public test set.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://mail.i.ua/err/",
  "I.UA mail error codes",
  "reasons quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/IUA.pm",
);
const FROZEN = page(
  "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-iua-01.eml",
  "rhost-iua-01.eml (sisimai/set-of-emails): a bounce from mx3.email.ua",
);

const RECON =
  "The reason is Sisimai's quote of I.UA's error page; the reply line around it is reconstructed in the form of I.UA's replies ('... See http://mail.i.ua/err/3/').";

const { phrase } = entryKit("iua");

/** [number, cause, the page's reason as quoted]. */
const CODES: readonly (readonly [string, CauseId, string])[] = [
  ["1", "relay-denied", "The use of SMTP as mail gate is forbidden."],
  ["2", "recipient-unknown", "User is not found."],
  ["3", "mailbox-disabled", "Mailbox was not used for more than 3 months"],
  ["4", "mailbox-full", "Mailbox is full."],
  ["5", "rate-limited", "Letter sending limit is exceeded."],
  ["6", "relay-denied", "Use SMTP of your provider to send mail."],
  ["7", "protocol-syntax", "Wrong value if command HELO/EHLO parameter."],
  ["8", "sender-address-invalid", "Couldn't check sender address."],
  ["9", "ip-blocklisted", "IP-address of the sender is blacklisted."],
  ["10", "sender-policy", "Not in the list Mail address management."],
];

export const IUA_TABLE: ProviderTable = {
  provider: "iua",
  identity: {
    provider: "iua",
    name: "I.UA (Ukraine)",
    hosts: ["email.ua", "i.ua"],
    markers: ["mail.i.ua/err/"],
    source: ERRORS,
  },
  phrases: CODES.map(([n, cause, reason]) =>
    phrase({
      id: `err-${n}`,
      cause,
      match: [new RegExp(`i\\.ua/err/${n}\\b`)],
      scope: "any",
      ...(n === "3"
        ? {
            source: FROZEN,
            example: "550 Mailbox is frozen. See http://mail.i.ua/err/3/",
            note: `The error page's reason 3: '${reason}' (the account is frozen for disuse).`,
          }
        : {
            source: ERRORS,
            example: `550 ${reason} See http://mail.i.ua/err/${n}/`,
            verbatim: false,
            note: RECON,
          }),
    }),
  ),
  statusReadings: [],
  missingPages: [
    "mail.i.ua/err/<n>/: not found stored; the reasons are read through Sisimai's IUA module.",
  ],
};

// @nifty (the Japanese ISP, nifty.com), from its FAQ on the error messages of its "second mail"
// servers (mba.nifty.ne.jp, mbb.nifty.ne.jp ...): the replies its SMTP server gives a mail
// program, each with what it means. Two of them refuse the sender's own mail program, not a
// recipient: they ask for the POP check that authorises sending (POP before SMTP), or name a
// server the account is not on.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SECOND_MAIL_ERRORS = page(
  "https://faq.support.nifty.com/?p=4076",
  "セカンドメールのエラーメッセージの意味を教えてほしい。(@nifty サポート FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("nifty");

export const NIFTY_TABLE: ProviderTable = {
  provider: "nifty",
  identity: {
    provider: "nifty",
    name: "@nifty mail",
    hosts: ["nifty.com", "nifty.ne.jp"],
    source: SECOND_MAIL_ERRORS,
  },
  phrases: [
    phrase({
      id: "pop-apop-authorization",
      cause: "relay-denied",
      match: ["you must get pop/apop authorization"],
      scope: "any",
      source: SECOND_MAIL_ERRORS,
      example: "sorry, you must get POP/APOP authorization.",
      note: "The FAQ: the sender has not been authenticated by POP; the server sends only for a client that has checked its mail (POP or APOP) first. Receive mail, then send (or set up SMTP authentication).",
    }),
    phrase({
      id: "no-account-here",
      cause: "relay-denied",
      match: ["you have no account here"],
      // A short sentence other servers could write for other reasons: @nifty's reading where
      // its server is identified.
      scope: "identified",
      source: SECOND_MAIL_ERRORS,
      example: "you have no account here",
      note: "The FAQ: the account does not exist on the server the mail program logs in to; check that the server name set in the program (mba.nifty.ne.jp, mbb.nifty.ne.jp ...) is the account's own.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The FAQ reads qmail's '553 sorry, that domain isn't in my list of allowed rcpthosts(#5.7.1)' as a mistyped domain name, where other hosts read the same words as a relay refusal (POP before SMTP not done): two readings, left to the classifier. Its timeout, size-limit and loop replies are qmail's defaults, read without it.",
  ],
};

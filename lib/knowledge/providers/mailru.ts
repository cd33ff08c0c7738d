// Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru). Mail.ru publishes no list of its SMTP replies
// (Return Path's Mail.ru page says so); its refusals link its own help pages. The reply below is
// Mail.ru's as quoted by a Russian hosting page, with the Mail.ru help page it links, so it is
// verbatim: false and cites that help page; the spam and disabled-account replies are quoted
// verbatim from the SMTP Field Manual, the IP block from a real bounce a blog quotes.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DMARC = page(
  "https://help.mail.ru/mail-help/postmaster/dmarc",
  "DMARC (Mail.ru Postmaster help)",
  "the reply as quoted at https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html (pages corpus)",
);
const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const BLACKLIST_BOUNCE = page(
  "http://s25r.blogspot.com/2007/01/blog-post_13.html",
  "S25R blog: a bounce from mxs.mail.ru and Mail.Ru support's delisting (2007)",
  "a real Postfix bounce quoted in the post (pages corpus); the author followed the link and found his server's IP on Mail.ru's black list, and Mail.Ru support answered 'Your IP has been removed from our black list'",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const MAILOUT = page(
  "https://mailout.ru/2015/09",
  "Popular errors when sending and delivering mail, on the example of Mail.ru (mailout.ru)",
  "stored copy (pages corpus)",
);

// An application that sends through smtp.mail.ru (its transport: src/controllers/mail/
// mail.service.ts) maps this exact reply to "check the sender's details": real output of Mail.ru's
// submission server, which Mail.ru's own pages do not list.
const SUBMISSION_SENDER = page(
  "https://github.com/TKFred/overwatch-balancer-2.0/blob/63812680f040231f787e99ccff3e4be95c5ad31d/src/controllers/auth/exception-filters/smtp-exception-filter.ts",
  "SmtpExceptionFilter of an app sending through smtp.mail.ru (TKFred/overwatch-balancer-2.0)",
);

const { phrase } = entryKit("mailru");

export const MAILRU_TABLE: ProviderTable = {
  provider: "mailru",
  identity: {
    provider: "mailru",
    name: "Mail.ru",
    hosts: ["mail.ru", "bk.ru", "list.ru", "inbox.ru", "mail.ru.net"],
    markers: ["help.mail.ru"],
    source: DMARC,
  },
  phrases: [
    phrase({
      id: "sending-disabled-for-account",
      cause: "bad-reputation",
      match: ["message sending for this account is disabled"],
      source: MAILOUT,
      example: "550 message sending for this account is disabled",
      note: "The sender's own Mail.ru account may not send: Mail.ru stopped it on a suspicion that the account was taken over and used for spam. The page: change or restore the password, or confirm ownership of the mailbox; then sending resumes.",
    }),
    phrase({
      id: "dmarc-domain-owner-policy",
      cause: "authentication-failure",
      match: ["was not accepted due to domain owner dmarc policy"],
      scope: "any",
      source: DMARC,
      example:
        "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
      verbatim: false,
      note: "The From domain's DMARC policy rejects unauthenticated mail; typically a site sending 'from' an @mail.ru address through its own server.",
    }),
    phrase({
      id: "spam-message-rejected",
      cause: "content-spam",
      match: ["spam message rejected. please visit http://help.mail.ru/notspam-support"],
      source: SFM_550,
      example:
        "smtp;550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to abuse@corp.mail.ru. Error code: ###. ID: #",
      note: `${SFM_NOTE} Mail.ru's filter refused the message as spam; the link opens Mail.ru's form to contest it.`,
    }),
    phrase({
      id: "account-disabled",
      cause: "mailbox-disabled",
      match: ["is unavailable: account is disabled"],
      source: SFM_550,
      example:
        "smtp;550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled",
      note: `${SFM_NOTE} The Mail.ru account exists but is disabled.`,
    }),
    phrase({
      id: "ip-blocked",
      cause: "ip-blocklisted",
      match: ["access from ip address"],
      source: BLACKLIST_BOUNCE,
      example:
        "550 Access from ip address 219.163.213.18 blocked. Visit http://win.mail.ru/cgi-bin/support_bl?ip=219.163.213.18",
      note: "Mail.ru's own black list holds the sending server's IP address; the link opens Mail.ru's form to ask for its removal (the post's author was delisted through it).",
    }),
    phrase({
      id: "not-local-sender-over-smtp",
      cause: "sender-address-invalid",
      match: ["not local sender over smtp"],
      scope: "any",
      source: SUBMISSION_SENDER,
      example: "550 not local sender over smtp",
      note: "Mail.ru's outgoing (submission) server refused the sender address: it is not the Mail.ru account the program logged in with (the app's own handling: check the sender's details). Send from the logged-in address, or log in as the address you send from.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Mail.ru has no public list of SMTP replies (per Return Path's Mail.ru page); help.mail.ru pages were not stored.",
  ],
};

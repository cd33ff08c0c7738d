// BT (btinternet.com, btopenworld.com), from BT's help pages on rejected mail (BT Business's
// "error code 550" answer and BT's "BT Email Error 550" article, stored copies) and, for replies
// BT's pages do not print, real BT refusals as a sender quoted them.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BUSINESS_550 = page(
  "https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/",
  "My emails are being rejected - I'm getting messages with the error code 550. What should I do? (BT Business)",
  "stored copy (pages corpus)",
);
const EMAIL_550 = page(
  "https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-",
  "BT Email Error 550 – what it means and how to fix it (BT)",
  "stored copy at www.storefront.btc.digital-cms.bt.com (pages corpus)",
);
const BLOG = page(
  "http://blog.frankleonhardt.com/tag/bt-internet/",
  "BT Internet Mail Fail (again) (Frank Leonhardt's blog), quoting BT's refusal",
  "stored copy (pages corpus)",
);

const RECIPIENT_NOT_AUTHORISED =
  "BT's own sending server refuses the message: the address sent from is not set up for sending through it (misspelt in the account settings, or created less than a day ago), or the mail program uses the wrong SMTP server or no SMTP authentication (the BT Business page: 'you may need to change the SMTP server'). Not a refusal by the recipient's side.";

const { phrase } = entryKit("bt");

export const BT_TABLE: ProviderTable = {
  provider: "bt",
  identity: {
    provider: "bt",
    name: "BT (BT Internet / BT Email)",
    hosts: ["btinternet.com", "btopenworld.com", "bt.com"],
    source: EMAIL_550,
  },
  phrases: [
    phrase({
      id: "sender-ip-reputation",
      cause: "bad-reputation",
      match: ["message rejected due to sender ip reputation"],
      scope: "any",
      source: BUSINESS_550,
      example: "550 Message rejected due to sender IP reputation ([86.xx.xx.xx])",
      note: "The page: the mail is being rejected as spam by the BT network (a virus on the sending machine, messages over BT's size limits, mail to people who did not opt in, an open relay): BT's own judgement of the sending IP.",
    }),
    phrase({
      id: "no-authorised-destination-groups",
      cause: "relay-denied",
      // The reason in brackets is this server's own wording: it names BT's refusal wherever it
      // appears (the words before it, "Recipient Not Authorised", alone say less).
      match: ["recipient rejected due to no authorised destination groups"],
      scope: "any",
      source: EMAIL_550,
      example:
        "Server Response: 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups].",
      note: RECIPIENT_NOT_AUTHORISED,
    }),
    phrase({
      id: "recipient-not-authorised",
      cause: "relay-denied",
      match: ["550 recipient not authorised"],
      source: EMAIL_550,
      example:
        "Server Response: 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups].",
      note: RECIPIENT_NOT_AUTHORISED,
    }),
    phrase({
      id: "unknown-local-user",
      cause: "recipient-unknown",
      match: ["550 unknown local user"],
      scope: "any",
      source: EMAIL_550,
      example: "Server Response: 550 unknown local user.",
      note: "The page: sending to an @btinternet.com or @btopenworld.com address that does not exist.",
    }),
    phrase({
      id: "policy-looks-like-spam",
      cause: "content-spam",
      match: ["your message looks like spam or has been reported as spam"],
      scope: "any",
      source: BLOG,
      example:
        "554 Message rejected, policy (3.2.1.1) – Your message looks like SPAM or has been reported as SPAM please read…",
      note: "BT's filter took the message for spam (the post: even innocuous test text was refused while BT's filter misbehaved); the reference in parentheses is BT's policy number.",
    }),
  ],
  statusReadings: [],
};

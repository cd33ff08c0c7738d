// Mailgun (Sinch): mail to an address on the sending domain's suppression lists fails without a
// delivery attempt, and Mailgun's logs and webhooks give its own one-line reason (delivery-status
// code 605, 606, 607). Sources: Mailgun's help articles for the complaint and unsubscribe
// reasons, its API reference for the bounce list (permanent mailbox errors only) and "Bounce and
// ESP Feedback Handling", and a Mailgun customer's help page quoting the bounce reason.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const STORED = "stored copy (pages corpus)";
const COMPLAINED = page(
  "https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam",
  'Why did I receive the error "Not delivering to a user who marked your messages as spam"? (Mailgun Help Center)',
  STORED,
);
const UNSUBSCRIBED = page(
  "https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address-",
  '"Not Delivering to Unsubscribed Address" (Mailgun Help Center)',
  STORED,
);
const BOUNCE_LIST = page(
  "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Bounces/",
  "Bounces (Mailgun API reference)",
  STORED,
);
const HARD_BOUNCE = page(
  "https://documentation.mailgun.com/docs/mailgun/email-best-practices/bounce_esp/",
  "Bounce and ESP Feedback Handling (Mailgun documentation)",
  STORED,
);
const BOUNCED_QUOTED = page(
  "https://success.rewardgateway.com/hc/en-us/articles/32201267498781-Emails-Bounce-Lists",
  "Emails Bounce Lists (Reward Gateway, a service sending through Mailgun)",
  STORED,
);

const AUTHORIZED_RECIPIENTS = page(
  "https://help.mailgun.com/hc/en-us/articles/217531258-Authorized-Recipients",
  "Authorized Recipients (Mailgun Help Center)",
  STORED,
);
const SANDBOX_REPLY = page(
  "https://github.com/swapmyvote/swapmyvote/issues/891",
  "could not get 3xx (421: 421 Domain ... is not allowed to send: Sandbox subdomains are for test purposes only ...) (swapmyvote/swapmyvote #891: Mailgun's SMTP reply as a Ruby application logged it)",
  "stored thread (issues corpus)",
);

const ACTIVATE_REPLY = page(
  "https://github.com/Monstarrrr/rebutify/issues/162",
  "Mailgun Error: ``Domain is not allowed`` ; ``Please activate your mailgun account`` (Monstarrrr/rebutify #162: Mailgun's SMTP reply as an application logged it)",
  "stored thread (issues corpus)",
);

const { phrase } = entryKit("mailgun");

const OPTED_OUT =
  "Mailgun did not try to deliver and no server refused anything: the recipient chose not to get this mail, and the article says to honour that. The not-a-bounce checklist fits (nothing to repair; keep the address off your lists); sender-policy would send the user to the recipient's administrator, recipient-unknown would call a working address wrong. Remove the suppression only if the recipient opts in again.";

export const MAILGUN_TABLE: ProviderTable = {
  provider: "mailgun",
  identity: {
    provider: "mailgun",
    name: "Mailgun",
    hosts: ["mailgun.org", "mailgun.net", "mailgun.com"],
    markers: ["not delivering to previously bounced address"],
    source: HARD_BOUNCE,
  },
  phrases: [
    phrase({
      id: "605-previously-bounced",
      cause: "recipient-unknown",
      match: ["not delivering to previously bounced address"],
      scope: "any",
      source: BOUNCED_QUOTED,
      example: "Not Delivering to Previously Bounced Address",
      note: `Mailgun's reason when the address is on the domain's bounce list. The API reference (${BOUNCE_LIST.url}): the bounce list stores delivery failures due to permanent recipient mailbox errors such as a non-existent mailbox, soft bounces and spam rejections are not added; ${HARD_BOUNCE.url}: after a hard bounce Mailgun stops sending to the address. The quoting page gives the reason in title case; Mailgun's event data writes it in lower case with code 605.`,
    }),
    phrase({
      id: "607-marked-as-spam",
      cause: "not-a-bounce",
      match: ["not delivering to a user who marked your messages as spam"],
      scope: "any",
      source: COMPLAINED,
      example: "Not delivering to a user who marked your messages as spam",
      note: `The article: the address is suppressed because its owner marked an earlier message as spam. ${OPTED_OUT}`,
    }),
    phrase({
      id: "606-unsubscribed",
      cause: "not-a-bounce",
      match: ["not delivering to unsubscribed address"],
      scope: "any",
      source: UNSUBSCRIBED,
      example: "Not delivering to unsubscribed address",
      note: `The article: the recipient unsubscribed from the sender's mail and Mailgun suppresses the address. ${OPTED_OUT}`,
    }),
    phrase({
      id: "sandbox-test-purposes-only",
      cause: "relay-denied",
      match: ["sandbox subdomains are for test purposes only"],
      scope: "any",
      source: SANDBOX_REPLY,
      example:
        "421 Domain app7957d1f9157248c0963145da35aa903b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
      note: `Mailgun refusing its own customer: a sandbox domain (or a Free account without a card) may send only to Authorized Recipients (${AUTHORIZED_RECIPIENTS.url}: up to 5, each verified by its owner). Add and verify a real sending domain, or authorise the recipient; no receiving server was asked.`,
    }),
    phrase({
      id: "not-allowed-activate-account",
      cause: "relay-denied",
      match: ["is not allowed to send: please activate your mailgun account"],
      scope: "any",
      source: ACTIVATE_REPLY,
      example:
        "421, b'Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
      note: "Mailgun refusing its own customer: the account is not activated yet (the thread: Mailgun's verification of new accounts), so it may not send at all. Activate the account; no receiving server was asked.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Mailgun's event reference listing delivery-status codes (605/606/607 and others) and its unverified-domain refusals were not found in the stored pages: the three suppression reasons and the sandbox refusal (from a logged reply, explained by the Authorized Recipients article) are entered.",
  ],
};

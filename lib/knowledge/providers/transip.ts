// TransIP (Dutch and Belgian web and VPS host), from its knowledge-base article on "550-5.7.1"
// bounces, which lists the replies its customers meet and what each means. One row is added:
// TransIP's own outgoing spam check (the sender's own host refused the message, not a receiver).
// The page's other rows are receivers' replies that read right unaided (Gmail's authentication
// sentence, Outlook.com's S3140 block list), except Gmail's IPv6 PTR sentence as the page prints
// it, with "550-5.7.1" inside the line: pasted alone, the parser starts the reply at that marker
// and drops the words before it (wrapped in a bounce it reads right), so no table entry helps.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCE_550_571 = page(
  "https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding",
  "De 550-5.7.1 e-mailbouncemelding (TransIP knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("transip");

export const TRANSIP_TABLE: ProviderTable = {
  provider: "transip",
  identity: {
    provider: "transip",
    name: "TransIP",
    hosts: ["transip.nl", "transip.be"],
    source: BOUNCE_550_571,
  },
  phrases: [
    phrase({
      id: "outgoing-spam-check",
      cause: "content-spam",
      // TransIP's own wording: Gmail's similar sentence names Gmail and has no "(SPAM)".
      match: [
        "likely unsolicited mail (spam). to reduce the amount of spam, this message has been blocked",
      ],
      scope: "any",
      source: BOUNCE_550_571,
      example:
        "Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked. (12zGg44vPFz5Bcw7)",
      note: "TransIP checks the mail its web hosting and VPS mail service send out; this refusal is that check judging the message likely spam, before any receiver saw it. The page points at what usually trips it on the sender's side: the message's links, attachments and wording, and a hacked website sending mail.",
      senderProvider: {
        provider: "Your hosting provider (TransIP)",
        headline: "Your own hosting provider's spam check stopped the message",
        action:
          "TransIP scans the mail sent through its servers and held this message back as likely spam, so no receiver saw it. Look at what in the message reads as spam (links, attachments, wording), make sure no website or script on the hosting is sending mail you did not write, and ask TransIP's support to look at the message if it is legitimate.",
        link: { label: "TransIP: the 550-5.7.1 bounce", url: BOUNCE_550_571.url },
      },
    }),
  ],
  statusReadings: [],
};

// HubSpot (the CRM and marketing platform), from its knowledge-base article on email bounce
// types: the reasons its own interface shows for a bounced marketing or one-to-one email, in
// place of the receiving server's reply. A user pastes these lines, not a bounce; two of them say
// what they mean plainly enough to read.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCE_TYPES = page(
  "https://knowledge.hubspot.com/email/what-is-the-difference-between-a-hard-bounce-and-a-soft-bounce",
  "Email bounce types (HubSpot Knowledge Base)",
  "stored copy (pages corpus) of HubSpot's knowledge-base mirror, http://knowledgeqa.hs-sites.com/articles/kcs_article/email/what-is-the-difference-between-a-hard-bounce-and-a-soft-bounce",
);

const { phrase } = entryKit("hubspot");

export const HUBSPOT_TABLE: ProviderTable = {
  provider: "hubspot",
  identity: {
    provider: "hubspot",
    name: "HubSpot",
    hosts: ["hubspot.com", "hubspotemail.net"],
    markers: ["authorized hubspot to send"],
    source: BOUNCE_TYPES,
  },
  phrases: [
    phrase({
      id: "it-team-not-authorized-dmarc",
      cause: "authentication-failure",
      match: ["your it team has not authorized hubspot to send emails on your behalf"],
      scope: "any",
      source: BOUNCE_TYPES,
      example: "Your IT team has not authorized HubSpot to send emails on your behalf",
      note: "The article: the sender's own IT team set up a custom DMARC policy for the From domain that does not yet include HubSpot, so mail HubSpot sends for that domain fails it. The sender's IT team updates the domain's authentication (SPF, DKIM) for HubSpot, following HubSpot's DMARC documentation.",
    }),
    phrase({
      id: "temporary-issue-recipient-email",
      cause: "remote-server-error",
      match: ["temporary technical issue with the recipient's email"],
      scope: "any",
      source: BOUNCE_TYPES,
      example: "Temporary technical issue with the recipient's email",
      note: "The article: the recipient's server may be overloaded, timing out, or undergoing configuration changes that kept it from accepting the message. Send again later (for marketing email, a clone of the original to the affected contacts).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'Rejected by recipient's email security filter' (shown for a hard and for a soft bounce, the remedy being to have the contact allow HubSpot's sending IPs) and the one-word categories (Content, Spam, Policy, Other) name no single cause and are not entered.",
  ],
};

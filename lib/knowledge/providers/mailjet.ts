// Mailjet (Sinch): its Event API reports a bounce or a block with two words of its own,
// error_related_to (recipient, domain, spam, system, mailjet) and error ("user unknown",
// "mailbox inactive", "preblocked", ...). Source: Mailjet's Event API guide, "Possible values for
// errors" (Mailjet's api-documentation repository). Values the catalog already reads ("user
// unknown", "greylisted") and those that name no single cause ("relay/access denied", "sender
// blocked", "policy issue", the system issues) are not entered.
import type { Needle } from "@/lib/knowledge/signatures/types";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://github.com/mailjet/api-documentation/blob/master/guides/_event-api.md",
  "Event API: real-time notifications, Possible values for errors (Mailjet's API documentation source)",
  "repo mailjet/api-documentation guides/_event-api.md at 2865efb (archived copy)",
);

const { phrase } = entryKit("mailjet");

/** The event's error_related_to field with the given value ("error_related_to": "recipient"). */
const relatedTo = (value: string): Needle => new RegExp(`error_related_to\\W{1,4}${value}\\b`);

const FORM =
  "The page lists the values in a table (error_related_to, error, what happened); the line is the two fields as the event's JSON carries them.";

export const MAILJET_TABLE: ProviderTable = {
  provider: "mailjet",
  identity: {
    provider: "mailjet",
    name: "Mailjet",
    hosts: ["mailjet.com", "mjt.lu"],
    markers: [/error_related_to\W{1,4}mailjet\b/],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "recipient-mailbox-inactive",
      cause: "mailbox-disabled",
      match: ["mailbox inactive"],
      also: [relatedTo("recipient")],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "recipient", "error": "mailbox inactive"',
      verbatim: false,
      note: `The page: the account has been inactive for too long (likely it does not exist any more). The mailbox is disabled; stop mailing it unless the recipient confirms it is in use. ${FORM}`,
    }),
    phrase({
      id: "recipient-quota-exceeded",
      cause: "mailbox-full",
      match: ["quota exceeded"],
      also: [relatedTo("recipient")],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "recipient", "error": "quota exceeded"',
      verbatim: false,
      note: `The recipient's mailbox is over quota (the page adds that an over-quota account is often an abandoned one). Tied to error_related_to "recipient": a sending quota reads the same words elsewhere. ${FORM}`,
    }),
    phrase({
      id: "domain-invalid-domain",
      cause: "recipient-domain-invalid",
      match: ["invalid domain"],
      also: [relatedTo("domain")],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "domain", "error": "invalid domain"',
      verbatim: false,
      note: `The page: a typo in the domain part of the address, or a domain so old it has expired. ${FORM}`,
    }),
    phrase({
      id: "domain-no-mail-host",
      cause: "remote-unreachable",
      match: ["no mail host"],
      also: [relatedTo("domain")],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "domain", "error": "no mail host"',
      verbatim: false,
      note: `The page: "Nobody answers when we knock at the door": the recipient domain's mail server could not be reached. ${FORM}`,
    }),
    phrase({
      id: "spam-content-blocked",
      cause: "content-spam",
      match: ["content blocked"],
      also: [relatedTo("spam")],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "spam", "error": "content blocked"',
      verbatim: false,
      note: `The page: something in the message triggered an anti-spam filter and it was rejected. ${FORM}`,
    }),
    phrase({
      id: "mailjet-preblocked",
      cause: "recipient-unknown",
      match: [/error\W{1,4}preblocked\b/],
      scope: "any",
      strength: "weak",
      source: ERRORS,
      example: '"error_related_to": "mailjet", "error": "preblocked"',
      verbatim: false,
      note: `The page: the address recently (or repeatedly) bounced, so Mailjet did not try to send. It does not say the bounce was a hard one (an unknown address) rather than repeated soft ones: a hint, the earlier bounce's reply decides. ${FORM}`,
    }),
    phrase({
      id: "mailjet-duplicate-in-campaign",
      cause: "not-a-bounce",
      match: ["duplicate in campaign"],
      scope: "any",
      source: ERRORS,
      example: '"error_related_to": "mailjet", "error": "duplicate in campaign"',
      verbatim: false,
      note: `The page: X-Mailjet-DeduplicateCampaign was set and the same recipient was sent to more than once; the first message was sent, the others blocked. Nothing failed for the recipient. ${FORM}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The published Event API guide was not stored; its text was read from Mailjet's documentation repository (documentation.mailjet.com's 'Event Tracking API' copy points to the same error table).",
  ],
};

// SmarterMail (SmarterTools' Windows mail server): the delivery-failure notices it writes itself
// ("Could not deliver message to the following recipient(s): ... Reason: ..."), from the knowledge
// base article that hosts running SmarterMail publish (SmarterTrack portals, the same text at two
// hosts), and the submission refusals a SmarterMail host lists for its customers. The hosts' other
// lines ("The mailbox is full", "Authentication is required for relay") read right unaided.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DELIVERY = page(
  "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx",
  "Common Email Delivery Errors you may receive (RackTeam knowledge base: SmarterMail System Administrator delivery failure messages)",
  "stored copy (pages corpus); the same article at kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx",
);
const SMTP_RULES = page(
  "https://www.aspnethosting.co.uk/index.php?rp=/knowledgebase/185/Mail-server-SMTP-rules.html",
  "Mail server SMTP rules (ASPnetHosting knowledge base, a SmarterMail host)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("smartermail");

export const SMARTERMAIL_TABLE: ProviderTable = {
  provider: "smartermail",
  identity: {
    provider: "smartermail",
    name: "SmarterMail",
    hosts: [],
    source: DELIVERY,
  },
  phrases: [
    phrase({
      id: "failed-four-attempts",
      cause: "remote-unreachable",
      match: ["failed four attempts to connect to recipients mail server"],
      scope: "any",
      source: DELIVERY,
      example: "Failed four Attempts to connect to recipients mail server",
      note: "The article: SmarterMail made four attempts to connect to the remote mail server to deliver the mail, and a connection could not be established.",
    }),
    phrase({
      id: "failed-all-attempts",
      cause: "remote-unreachable",
      match: ["failed all attempts to connect to the recipients mail server"],
      unless: ["no mx records were found"],
      scope: "any",
      source: DELIVERY,
      example: "Failed all attempts to connect to the recipients mail server.",
      note: "SmarterMail tried every address it had for the recipient's mail server and none took the connection. After 'No MX records were found' (the article's mistyped-domain example) the domain itself is the cause, which the catalog reads from those words.",
    }),
    phrase({
      id: "domain-size-limit-exceeded",
      cause: "mailbox-full",
      match: ["the domain size limit has been exceeded"],
      scope: "any",
      source: DELIVERY,
      example: "Reason: The domain size limit has been exceeded",
      note: "The article: the recipient's domain has exceeded its disk space allocation. The recipient's side is out of storage, as with a full mailbox, for the recipient's administrator to free or raise.",
    }),
    phrase({
      id: "from-domain-must-match-authenticated-domain",
      cause: "relay-denied",
      match: ["from domain must match authenticated domain"],
      scope: "any",
      source: SMTP_RULES,
      example: "rsp: 550 From domain must match authenticated domain",
      note: "The page: the mail domain used to authenticate must match the domain in the From field. The sender logged in with an account of another domain than the one it sends from: authenticate with the sending address's own account.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "SmarterTools' own help (help.smartertools.com, portal.smartertools.com) was stored only for settings pages that print no refusal text.",
  ],
};

// Runbox (Norwegian mailbox provider), from its help article on the errors a mail program meets
// when sending through Runbox's SMTP server, each with what it means.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CLIENT_ERRORS = page(
  "https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/",
  "Common errors when sending mail through an email client (Runbox Help)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("runbox");

export const RUNBOX_TABLE: ProviderTable = {
  provider: "runbox",
  identity: {
    provider: "runbox",
    name: "Runbox",
    hosts: ["runbox.com"],
    source: CLIENT_ERRORS,
  },
  phrases: [
    phrase({
      id: "relaying-prohibited",
      cause: "relay-denied",
      match: ["550 relaying prohibited"],
      scope: "any",
      source: CLIENT_ERRORS,
      example: "Error: 550 relaying prohibited",
      note: "The article: Runbox's SMTP server requires authentication; the mail program must send the account's username and password for outgoing mail.",
    }),
    phrase({
      id: "invalidated-from-address",
      cause: "sender-address-invalid",
      match: ["invalidated from address"],
      scope: "any",
      source: CLIENT_ERRORS,
      example: "Error: 550 Invalidated From address",
      note: "The article: the From address is none of the account's Runbox aliases, virtual domain addresses or validated external addresses; validate it in Webmail first.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'550 Administrative prohibition' is not entered: the article gives it two causes (no SMTP authentication, or content that looks like spam or phishing), and it is Exim's default wording.",
  ],
};

// Bluehost (web host), from its own help article that decodes the bounces its customers get: each
// row gives the reply, what it means and what to do. Rows the classifier already reads as the page
// says (the greylisting "GL/GL", "recipient rejected" for a missing mailbox) are not repeated.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "https://www.bluehost.com/help/article/what-does-my-email-bounce-mean",
  "What Does My Email Bounce Mean? (Bluehost help)",
  "stored copy (pages corpus); the page writes the addresses as placeholders",
);

const { phrase } = entryKit("bluehost");

export const BLUEHOST_TABLE: ProviderTable = {
  provider: "bluehost",
  identity: {
    provider: "bluehost",
    name: "Bluehost",
    hosts: ["bluehost.com"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "max-messages-per-session",
      cause: "rate-limited",
      match: ["max messages per session"],
      scope: "any",
      source: BOUNCES,
      example: 'SMTP 550 ("fromemail" max messages per session)',
      note: "The page: several emails were sent at once and passed the email limits; send later. (fromemail stands for the sender's address.)",
    }),
    phrase({
      id: "recipient-rejected-gl-bl",
      cause: "sender-policy",
      match: [/recipient rejected gl\/bl\b/],
      scope: "any",
      source: BOUNCES,
      example: 'SMTP 550 ("toemail" recipient rejected GL/BL)',
      note: "The page: a permanent failure, the recipient put the sender on their own blacklist; reach the recipient another way (the address may have been blacklisted by mistake). (toemail stands for the recipient's address.)",
    }),
  ],
  statusReadings: [],
};

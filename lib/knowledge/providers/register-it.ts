// Register.it (Italian domain, hosting and mail provider), from its help article on the
// "Spam Rejected" error, which its own outgoing mail servers give when their spam check refuses a
// customer's message (the webmail or the mail program shows it seconds after sending).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SPAM_REJECTED = page(
  "https://register.it/assistenza/cosa-fare-in-caso-di-errore-spam-rejected",
  "Cosa fare in caso di errore Spam Rejected (Register.it help centre)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("register-it");

export const REGISTER_IT_TABLE: ProviderTable = {
  provider: "register-it",
  identity: {
    provider: "register-it",
    name: "Register.it",
    hosts: ["register.it"],
    source: SPAM_REJECTED,
  },
  phrases: [
    phrase({
      id: "5.2.0-spam-rejected",
      cause: "content-spam",
      match: ["spam rejected"],
      status: ["5.2.0"],
      scope: "any",
      source: SPAM_REJECTED,
      // The page prints the line with its placeholder for the message's unique identifier.
      example: "550 5.2.0 (viene indicato l'identificativo univoco del messaggio) Spam Rejected",
      note: "Register.it's outgoing servers refused to send the message: something in it was found in messages reported as spam, or some of its recipients marked earlier mail as spam. Nothing reached a receiver.",
      senderProvider: {
        provider: "Your mail provider (Register.it)",
        headline: "Your own mail provider's spam check refused to send the message",
        action:
          "Register.it's outgoing servers refused the message as spam before any receiver saw it. The page asks you to forward the refused message, unchanged, to the address it gives for spam checks so that its staff can review it, and to look at what in the message (links, attachments, wording) may match reported spam.",
        link: { label: "Register.it: the Spam Rejected error", url: SPAM_REJECTED.url },
      },
    }),
  ],
  statusReadings: [],
};

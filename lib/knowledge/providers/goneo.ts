// goneo (a German hosting and mail provider), from its help article on e-mail error messages
// and what they mean (E-Mail Fehlermeldungen und deren Bedeutung), which quotes the replies its
// own Postfix servers write in the bounce 'Undelivered Mail Returned to Sender'.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://goneo.de/hilfe/email/fehlermeldungen",
  "E-Mail Fehlermeldungen und deren Bedeutung (goneo Hilfe)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("goneo");

export const GONEO_TABLE: ProviderTable = {
  provider: "goneo",
  identity: { provider: "goneo", name: "goneo", hosts: ["goneo.de"], source: ERRORS },
  phrases: [
    phrase({
      id: "sender-not-owned-by-user",
      cause: "sender-address-invalid",
      match: ["sender address rejected: not owned by user"],
      scope: "any",
      source: ERRORS,
      example:
        "553 mail@example.com: Sender address rejected: not owned by user ihre-e-mail@beigoneo.de",
      note: "The article: the sender address set in the mail program is not one the logged-in account may use; log in with the credentials of that address (for an alias, with the address the alias belongs to).",
    }),
    phrase({
      id: "recipient-user-unknown",
      cause: "recipient-unknown",
      match: ["recipient address rejected: user unknown"],
      source: ERRORS,
      example:
        "550 mail@example.com: Recipient address rejected: User unknown (in reply to RCPT TO command)",
      note: "The article: the recipient's server says the address does not exist (a typo, or deleted since); check how it is written. Scoped to goneo's own servers: the words are Postfix's default, which another server (SFR, at end of DATA with 5.7.1) writes for a policy refusal.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy's excerpts held only the article's first entries; its later ones were not read.",
  ],
};

// Eomática (Galician hosting company), from its blog article on the errors met when sending
// mail, which says which of them its own servers give and why.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FREQUENT_ERRORS = page(
  "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html",
  "Erros frecuentes nos envíos de email (Eomática)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("eomatica");

export const EOMATICA_TABLE: ProviderTable = {
  provider: "eomatica",
  identity: {
    provider: "eomatica",
    name: "Eomática",
    hosts: ["eomatica.gal"],
    source: FREQUENT_ERRORS,
  },
  phrases: [
    phrase({
      id: "too-many-recipients",
      cause: "rate-limited",
      match: ["452 too many recipients"],
      scope: "any",
      source: FREQUENT_ERRORS,
      example: "452 Too many recipients",
      note: "The article: its servers refuse one message sent to more than 21 different addresses at once (an anti-spam policy); send to groups of 20 or use a mailing list on the server.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'421 Your address has been graylisted. Try again later.' is a greylisting deferral (no cause of the vocabulary); the article's other entries explain the standard RFC 5321 texts, not Eomática's own.",
  ],
};

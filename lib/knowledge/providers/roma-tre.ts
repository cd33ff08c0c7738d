// Università Roma Tre's mail service, from its guide to the error messages its users meet (in
// Italian): each message with what it means.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const GUIDE = page(
  "https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/",
  "Guida ai messaggi di errore (Università Roma Tre, posta elettronica di ateneo)",
  "as read for probe 8 (session 15)",
);

const { phrase } = entryKit("roma-tre");

export const ROMA_TRE_TABLE: ProviderTable = {
  provider: "roma-tre",
  identity: {
    provider: "roma-tre",
    name: "Università Roma Tre mail",
    hosts: ["uniroma3.it"],
    source: GUIDE,
  },
  phrases: [
    phrase({
      id: "disallowed-attach-type",
      cause: "content-virus",
      match: ["disallowed attach type"],
      scope: "any",
      source: GUIDE,
      example: "Disallowed Attach Type",
      note: "The guide: the message carried an attachment of a type the system refuses (executables such as .exe, .com, .bat, .reg); send it compressed.",
    }),
  ],
  statusReadings: [],
};

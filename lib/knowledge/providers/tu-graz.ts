// TU Graz's mail service, from its FAQ "Fehlermeldungen und Erklärungen" (error messages and
// explanations, in German), which gives examples of the replies its servers send.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://email.tugraz.at/faq/errors",
  "Fehlermeldungen und Erklärungen (TU Graz E-Mail FAQ)",
  "stored copy (pages corpus), read in excerpts",
);

const { phrase } = entryKit("tu-graz");

export const TU_GRAZ_TABLE: ProviderTable = {
  provider: "tu-graz",
  identity: {
    provider: "tu-graz",
    name: "TU Graz mail",
    hosts: ["tugraz.at"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "sender-domain-does-not-resolve",
      cause: "sender-address-invalid",
      match: [/4\.1\.8 domain of sender address \S+(?: address)? does not resolve/],
      scope: "any",
      source: ERRORS,
      example: "451 4.1.8 Domain of sender address email address does not resolve",
      note: "The FAQ: mail from the address is accepted only once the DNS entry for the part after the '@' is right.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'451 4.7.1 Greylisting in action - please come back in 00:03:00' is a greylisting deferral (no cause of the vocabulary); the FAQ's further examples were cut off in the stored copy.",
  ],
};

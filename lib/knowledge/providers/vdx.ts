// VDX (a Dutch web and mail host, vdx.nl), from its FAQ on the reply "550 Subject contains
// invalid characters" (in Dutch).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SUBJECT = page(
  "https://www.vdx.nl/faq/email/email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters",
  'Waarom krijg ik de melding "550 Subject contains invalid characters"? (VDX FAQ)',
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("vdx");

export const VDX_TABLE: ProviderTable = {
  provider: "vdx",
  identity: {
    provider: "vdx",
    name: "VDX",
    hosts: ["vdx.nl"],
    source: SUBJECT,
  },
  phrases: [
    phrase({
      id: "subject-invalid-characters",
      cause: "protocol-syntax",
      match: ["subject contains invalid characters"],
      scope: "any",
      source: SUBJECT,
      example: "550 Subject contains invalid characters",
      note: "The FAQ: the Subject has non-ASCII characters that are not encoded (as RFCs require, e.g. as UTF-8 encoded words); mail programs do this themselves, so it usually comes from a script that builds the subject wrongly.",
    }),
  ],
  statusReadings: [],
};

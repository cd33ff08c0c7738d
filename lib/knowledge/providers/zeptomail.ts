// Zoho ZeptoMail, Zoho's transactional sending service: the rows of its SMTP error table that the
// Zoho table (zoho.ts, which carries the relaying and size rows) leaves out. Source: ZeptoMail's
// "SMTP Error Codes" help page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html",
  "SMTP Error Codes (Zoho ZeptoMail help)",
  "stored copy (docs corpus)",
);

const { phrase } = entryKit("zeptomail");

export const ZEPTOMAIL_TABLE: ProviderTable = {
  provider: "zeptomail",
  identity: {
    provider: "zeptomail",
    name: "Zoho ZeptoMail",
    hosts: ["zeptomail.com"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "subject-is-mandatory",
      cause: "protocol-syntax",
      match: ["subject is mandatory"],
      scope: "any",
      source: ERRORS,
      example: "5.2.1 Subject is Mandatory.",
      note: "The page's reason: the Subject field is missing. ZeptoMail refuses a message without a Subject header; the sending application must add one. The 5.2.1 is ZeptoMail's own and does not mean a disabled mailbox here.",
    }),
  ],
  statusReadings: [],
};

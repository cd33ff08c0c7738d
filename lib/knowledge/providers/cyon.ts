// cyon (Swiss web and mail host), from its support article on SMTP error 550, which lists the
// replies its customers meet with what each means (in German). Rows the classifier already reads
// as the page says (no such user, message size, relay not permitted, SPF) are not repeated.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERROR_550 = page(
  "https://www.cyon.ch/support/a/smtp-error-550",
  "SMTP-Error 550 (cyon support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("cyon");

export const CYON_TABLE: ProviderTable = {
  provider: "cyon",
  identity: {
    provider: "cyon",
    name: "cyon",
    hosts: ["cyon.ch"],
    source: ERROR_550,
  },
  phrases: [
    phrase({
      id: "adress-rejected",
      cause: "sender-policy",
      // The page's own spelling ("Adress"), which is what makes it cyon's.
      match: ["5.1.0 adress rejected"],
      scope: "any",
      source: ERROR_550,
      example: "550 5.1.0 Adress Rejected",
      note: "The page: the receiving server does not accept mail from the sender; the recipient probably blocks the sender.",
    }),
    phrase({
      id: "quarantined-spam",
      cause: "content-spam",
      match: ["550 quarantined/spam"],
      scope: "any",
      source: ERROR_550,
      example: "550 Quarantined/Spam",
      note: "The page: the message was marked as spam and not delivered.",
    }),
    phrase({
      id: "reverse-dns",
      cause: "reverse-dns",
      match: ["550 reverse dns"],
      scope: "any",
      source: ERROR_550,
      example: "550 Reverse DNS",
      note: "The page: the sending server has no valid reverse DNS (PTR) entry.",
    }),
  ],
  statusReadings: [],
};

// St Dominic's Priory College (Adelaide, Australia), from its email policy page, which lists
// the error texts its mail servers give and what each means.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const EMAIL_POLICY = page(
  "https://www.stdominics.sa.edu.au/email.html",
  "Email (St Dominic's Priory College)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("st-dominics");

export const ST_DOMINICS_TABLE: ProviderTable = {
  provider: "st-dominics",
  identity: {
    provider: "st-dominics",
    name: "St Dominic's Priory College mail servers",
    hosts: ["stdominics.sa.edu.au"],
    source: EMAIL_POLICY,
  },
  phrases: [
    phrase({
      id: "spf-failure",
      cause: "authentication-failure",
      match: ["rejected due to spf failure"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to SPF failure",
      note: "The page: the mail does not come from a server listed in the sender domain's SPF record.",
    }),
    phrase({
      id: "dkim-mismatch",
      cause: "authentication-failure",
      match: ["rejected due to dkim mismatch"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to DKIM mismatch",
      note: "The page: the mail was not signed with the DKIM keys the sender domain's DKIM policy lists.",
    }),
    phrase({
      id: "dmarc-failure",
      cause: "authentication-failure",
      match: ["rejected due to dmarc failure"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to DMARC failure",
      note: "The page: the mail did not pass DMARC checks.",
    }),
    phrase({
      id: "reverse-dns-mismatch",
      cause: "reverse-dns",
      match: ["rejected due to reverse dns mismatch"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to reverse DNS mismatch",
      note: "The page: the reverse DNS hostname of the sending mail server does not match its EHLO/HELO hostname.",
    }),
    phrase({
      id: "unsafe-attachments",
      cause: "content-virus",
      match: ["rejected due to unsafe attachments"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to unsafe attachments",
      note: "The page: the attachments were deemed unsafe and rejected by its servers.",
    }),
    phrase({
      id: "mta-misconfiguration",
      cause: "protocol-syntax",
      match: ["rejected due to mta misconfiguration"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Rejected due to MTA misconfiguration",
      note: "The page: the MTA delivering the mail does not comply with the RFCs; the sender's IT administrator must fix it.",
    }),
    phrase({
      id: "spam-message-rejected",
      cause: "content-spam",
      match: ["spam message rejected"],
      scope: "any",
      source: EMAIL_POLICY,
      example: "Spam message rejected",
      note: "The page: its filtering system deemed the mail to be spam.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'Rejected due to malicious content' and 'Rejected due to malicious network' are left out: 'malicious' leaves open which cause (malware or phishing content; a blocklisted or ill-reputed network) the page means.",
  ],
};

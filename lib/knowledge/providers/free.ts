// Free (free.fr, aliceadsl.fr; Proxad), from Free's postmaster page (postmaster.free.fr, stored
// copy). The page lists the errors Free's MX servers return, each with an explanation; blocks of
// an IP are based on Free's real-time statistics of spam and errors and last at most 24 hours.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "http://postmaster.free.fr/",
  "Bienvenue sur postmaster.free.fr",
  "stored copy (pages corpus)",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const { phrase } = entryKit("free");

export const FREE_TABLE: ProviderTable = {
  provider: "free",
  identity: {
    provider: "free",
    name: "Free (France)",
    hosts: ["free.fr", "proxad.net", "aliceadsl.fr"],
    markers: ["postmaster.free.fr"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "550-spam-detected",
      cause: "content-spam",
      match: ["550 spam detected"],
      source: POSTMASTER,
      example: "550 spam detected",
      note: "Free's anti-spam filter judged the message spam at reception (or someone forged the sender address on spam).",
    }),
    phrase({
      id: "mailbox-blocked-inactivity",
      cause: "mailbox-disabled",
      match: ["this mailbox has been blocked due to inactivity"],
      source: SFM_550,
      example: "smtp;550 5.2.1 This mailbox has been blocked due to inactivity",
      note: `${SFM_NOTE} The Free mailbox was closed for inactivity.`,
    }),
    phrase({
      id: "virus-detected",
      cause: "content-virus",
      match: ["550 virus detected"],
      source: SFM_550,
      example: "smtp;550 virus detected",
      note: `${SFM_NOTE} Free's antivirus found malware in the message.`,
    }),
    phrase({
      id: "quota-exceeded",
      cause: "mailbox-full",
      match: ["user quota exceeded", "quota exceeded (mailbox for user is full)"],
      source: SFM_554,
      example:
        "smtp;554 5.2.2 <example@free.fr>: Recipient address rejected: Quota exceeded (mailbox for user is full)",
      note: `${SFM_NOTE} The recipient's Free mailbox is full.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy was read in an excerpt: only the first of the page's listed errors ('550 spam detected') is entered.",
  ],
};

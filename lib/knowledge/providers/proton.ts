// Proton Mail (proton.me, protonmail.com, pm.me; MX mail.protonmail.ch / mailsec.protonmail.ch).
// Proton's own "SMTP errors" page (proton.me/support/smtp-errors) was stored only as translated
// copies whose text did not come through; its bounces ("This is the mail system at ProtonMail")
// link that page, so they identify Proton as the reporting system, while the cause is in the
// remote server's reply they quote. Proton's own refusals entered here: its sending side's (SMTP
// submission and Proton Mail Bridge), as users quoted them in public issue threads, and its inbound
// spam filter's, as the SMTP Field Manual records it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SMTP_ERRORS = page(
  "https://proton.me/support/smtp-errors",
  "SMTP errors (Proton Support)",
  "only translated copies stored (pages corpus: proton.me/support/de/smtp-errors and others); their text did not come through",
);
const BRIDGE_ISSUE = page(
  "https://github.com/shenxn/protonmail-bridge-docker/issues/28",
  'Error: Expected response code 250 but got code "451", with message "451 4.0.0 backend: invalid return path: not owned by user " (shenxn/protonmail-bridge-docker #28)',
  "stored thread (issues corpus)",
);
const SUBMISSION_ISSUE = page(
  "https://github.com/Cloud9Developer/Jellyfin-Newsletter-Plugin/issues/130",
  "Proton Mail SMTP won't send. (Cloud9Developer/Jellyfin-Newsletter-Plugin #130)",
  "stored thread (issues corpus)",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const SMTP_CODES = page(
  "https://smtp.codes/protonmail",
  "Proton Mail (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for Proton Mail (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

const { phrase } = entryKit("proton");

export const PROTON_TABLE: ProviderTable = {
  provider: "proton",
  identity: {
    provider: "proton",
    name: "Proton Mail",
    hosts: ["protonmail.ch", "protonmail.com", "proton.me", "pm.me"],
    markers: ["proton.me/support/smtp-errors", "this is the mail system at protonmail"],
    source: SMTP_ERRORS,
  },
  phrases: [
    phrase({
      id: "bridge-return-path-not-owned",
      cause: "relay-denied",
      match: ["invalid return path: not owned by user"],
      source: BRIDGE_ISSUE,
      example: '451 4.0.0 backend: invalid return path: not owned by user "',
      note: "Proton Mail Bridge (or Proton's SMTP) refuses a sender address that is not one of the account's Proton addresses; the thread's fix: send with a From address that exists in the Proton account.",
    }),
    phrase({
      id: "submission-not-logged-in",
      cause: "relay-denied",
      match: ["sender address rejected: not logged in"],
      source: SUBMISSION_ISSUE,
      example:
        "The server response was: 5.7.1 <example@example.com>: Sender address rejected: not logged in",
      note: "smtp.protonmail.ch (port 587) refusing a client that did not authenticate for that sender address: use the address's SMTP token and STARTTLS. Postfix's wording for a sender/login mismatch.",
    }),
    phrase({
      id: "rejected-by-spam-filter",
      cause: "content-spam",
      match: ["rejected by spam filter"],
      source: SFM_550,
      example: "smtp;550 5.7.1 Rejected by spam filter (in reply to end of DATA command)",
      note: `${SFM_NOTE} Proton's inbound filter refused the message as spam (content or sender reputation).`,
    }),
    phrase({
      id: "viral-traffic",
      cause: "content-virus",
      match: ["we do not accept viral traffic"],
      scope: "any",
      source: SMTP_CODES,
      example: "554 5.7.1 We do not accept viral traffic",
      note: `${SMTP_CODES_NOTE} The message carried a malicious file, or something in it matched a known malicious hash.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "proton.me/support/smtp-errors (English): not stored; the translated copies' text did not come through. Of Proton's inbound refusals only the spam filter's is entered (SMTP Field Manual).",
  ],
};

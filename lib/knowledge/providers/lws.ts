// LWS (French hosting company), from its help pages on the error codes its own mail service
// puts in a refused send: an index of the code families (L-RATE, L-RCPT, L-SIZE, L-SPAM, ...),
// and the pages on the spam and data-volume families with each code's limit.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODE_INDEX = page(
  "https://help.lws.net/a/468",
  "Help on LWS email error codes (LWS help)",
  "stored copy (pages corpus)",
);
const SPAM_CODES = page(
  "https://help.lws-hosting.com/en/SPAM-L-SPAMXX-email-error-codes",
  "SPAM-related email error codes: L-SPAMXX (LWS help)",
  "stored copy (pages corpus), read in excerpts",
);
const SIZE_CODES = page(
  "https://help.lws-hosting.com/en/Email-error-codes-data-volume-L-SIZEXX",
  "Email error codes related to data volume : L-SIZEXX (LWS help)",
  "stored copy (pages corpus), read in excerpts",
);

const { phrase } = entryKit("lws");

export const LWS_TABLE: ProviderTable = {
  provider: "lws",
  identity: {
    provider: "lws",
    name: "LWS",
    hosts: ["lws.net", "lws-hosting.com", "lwshosting.com"],
    // Its codes name the family and a number ("L-SPAM00"); no other writer uses the form.
    markers: [/\bl-(?:rate|rcpt|size|spam)[0-9x]{2}\b/],
    source: CODE_INDEX,
  },
  phrases: [
    phrase({
      id: "l-rate",
      cause: "rate-limited",
      match: [/\bl-rate[0-9x]{2}\b/],
      scope: "any",
      source: CODE_INDEX,
      example: "L-RATEXX Too many emails sent over a given period",
      note: "The index: L-RATE codes mean too many emails sent over a given period; some blocks lift after a waiting period.",
    }),
    phrase({
      id: "l-rcpt",
      cause: "rate-limited",
      match: [/\bl-rcpt[0-9x]{2}\b/],
      scope: "any",
      source: CODE_INDEX,
      example: "L-RCPTXX Too many recipients used in your sends",
      note: "The index: L-RCPT codes mean too many recipients used in the sends.",
    }),
    phrase({
      id: "l-spam",
      cause: "content-spam",
      match: [/\bl-spam[0-9x]{2}\b/],
      scope: "any",
      source: SPAM_CODES,
      example: "L-SPAM00 The email address has sent 1 email considered as SPAM",
      note: "The page: every email leaving LWS is scored by Rspamd on its content; over 8 points it is spam, and an address that sends spam is blocked for a time that grows with the count (L-SPAM00: one spam email, 20 minutes; L-SPAM20 and above: unblocking through Mail Abuse).",
    }),
    phrase({
      id: "l-size00-message-over-100mb",
      cause: "message-too-large",
      match: [/\bl-size00\b/],
      scope: "any",
      source: SIZE_CODES,
      example: "L-SIZE00 Email data volume exceeds 100 MB",
      note: "The page: L-SIZE00 blocks the one email whose data volume is over 100 MB (only that email).",
    }),
    phrase({
      id: "l-size-volume-over-period",
      cause: "rate-limited",
      match: [/\bl-size(?:0[1-9]|[1-9][0-9])\b/],
      scope: "any",
      source: SIZE_CODES,
      example:
        "L-SIZE01 the email address has sent emails with a total data volume of more than 250 MB over the reference period",
      note: "The page: the other L-SIZE codes count the total data volume sent by an address, an IP or a domain over a period (250 MB an hour for L-SIZE01 to 03) and block sending for a time; a mass mailing with large attachments, or a hacked device or site, are the usual causes.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "L-HB codes (too many emails returned in error), L-IP codes (failed logins from one IP) and L-IPSPAM codes are left out: the first two are no cause of the vocabulary as the index words them, and the stored copy of the L-IPSPAM page was cut before its table.",
  ],
};

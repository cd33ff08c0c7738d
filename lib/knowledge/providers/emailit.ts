// Emailit: the replies its SMTP relay (and the matching API errors) give an application whose
// send it refuses. Sources: Emailit's documentation, "Why does SMTP return 530 From domain not
// verified?" and "Why do I get 429 Rate limit exceeded?".
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const STORED = "stored copy (docs corpus)";
const NOT_VERIFIED = page(
  "https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/",
  "Why does SMTP return 530 From domain not verified? (Emailit docs)",
  STORED,
);
const RATE = page(
  "https://emailit.com/docs/kb/429-rate-limit-exceeded/",
  "Why do I get 429 Rate limit exceeded? (Emailit docs)",
  STORED,
);

const { phrase } = entryKit("emailit");

export const EMAILIT_TABLE: ProviderTable = {
  provider: "emailit",
  identity: {
    provider: "emailit",
    name: "Emailit",
    hosts: ["emailit.com"],
    source: NOT_VERIFIED,
  },
  phrases: [
    phrase({
      id: "530-from-domain-not-verified",
      cause: "relay-denied",
      match: ["from/sender domain is not verified for this workspace"],
      scope: "any",
      source: NOT_VERIFIED,
      example: "530 From/Sender domain is not verified for this workspace. From: …",
      note: "The From header's domain is not added or not verified in the workspace of the API key (or lost its verification when a DNS record went away): the relay will not send for it until it is verified, as Amazon SES's 'Email address is not verified'.",
    }),
    phrase({
      id: "530-api-key-restricted-to-domain",
      cause: "relay-denied",
      match: ["api key is restricted to sending domain"],
      scope: "any",
      source: NOT_VERIFIED,
      example:
        "530 API key is restricted to sending domain: acme.com. From/Sender address must use this domain. From: …",
      note: "The API key may send only from one domain and the From address is on another: use a key for that domain or send from the key's domain.",
    }),
    phrase({
      id: "452-messages-per-second",
      cause: "rate-limited",
      match: ["messages per second limit exceeded"],
      scope: "any",
      source: RATE,
      example: "452 4.4.5 Messages per second limit exceeded",
      note: "The workspace's per-second sending limit (2 a second for a new workspace), shared by the API and SMTP: slow the sending down and retry.",
    }),
    phrase({
      id: "452-daily-limit",
      cause: "rate-limited",
      match: [
        "daily message limit exceeded",
        /daily sending limit of \d{1,9} messages has been reached/,
      ],
      scope: "any",
      source: RATE,
      example: "452 4.5.3 Daily message limit exceeded",
      note: "The workspace's daily sending limit (5,000 for a new workspace; the counter resets at midnight UTC). The API answers 'Daily sending limit of 5000 messages has been reached.' for the same limit. Wait for the reset or ask for a higher limit.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'550 Sending from this domain is paused' appears on the same page, but the stored excerpt did not say why a domain is paused: not entered.",
  ],
};

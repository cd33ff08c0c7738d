// SMTP2GO, an outgoing relay: the replies it gives the sending client when it will not take a
// message for relaying. Sources: SMTP2GO's "Common Sending Errors" and "550 that SMTP username's
// account is not allowed to send" support articles. Every entry is SMTP2GO refusing the sender,
// not a recipient's server refusing the message.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const STORED = "stored copy (pages corpus)";
const COMMON = page(
  "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors",
  "Common Sending Errors (SMTP2GO support)",
  STORED,
);
const NOT_ALLOWED = page(
  "https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send",
  "550 that SMTP username's account is not allowed to send (SMTP2GO support)",
  STORED,
);

const { phrase } = entryKit("smtp2go");

export const SMTP2GO_TABLE: ProviderTable = {
  provider: "smtp2go",
  identity: {
    provider: "smtp2go",
    name: "SMTP2GO",
    hosts: ["smtp2go.com"],
    source: COMMON,
  },
  phrases: [
    phrase({
      id: "relay-access-denied-please-authenticate",
      cause: "relay-denied",
      match: ["relay access denied - please authenticate"],
      scope: "any",
      source: COMMON,
      example: "550 Relay access denied - please authenticate",
      note: "The sending client did not authenticate (or used a wrong SMTP user, or an IP not registered for IP authentication), so SMTP2GO will not relay; the article also says to check the sending domain is verified.",
    }),
    phrase({
      id: "from-header-sender-domain-not-verified",
      cause: "relay-denied",
      match: ["from header sender domain not verified"],
      scope: "any",
      source: COMMON,
      example: "550 From header sender domain not verified",
      note: "The From address is at a domain (or is a single sender) not verified in the SMTP2GO account; verification is mandatory before SMTP2GO relays for it, as Amazon SES's 'Email address is not verified'. Verify the domain under Sending > Verified Senders.",
    }),
    phrase({
      id: "account-not-allowed-to-send",
      cause: "relay-denied",
      match: [
        "that smtp username's account is not allowed to send",
        "that ip address is not allowed to send",
      ],
      scope: "any",
      source: NOT_ALLOWED,
      example: "550 that SMTP username's account is not allowed to send",
      note: "The article: the account is closed, or the SMTP user, API key or authenticated IP is blocked (by the account holder, or by SMTP2GO's review team after suspicious sending such as a spam outbreak). The relay refuses this sender until the account is reopened or the user set back to Allowed.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'535 Incorrect authentication data' (the article's first error) is Exim's default AUTH failure reply, which the catalog already reads as relay-denied: not entered again. The article's other errors were not in the stored excerpt.",
  ],
};

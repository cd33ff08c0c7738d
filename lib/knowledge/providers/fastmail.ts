// Fastmail, from Fastmail's help article "Why messages bounce back" (fastmail.help, stored copy),
// which lists the bounce errors Fastmail itself writes (it runs Postfix) and what they mean.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back",
  "Why messages bounce back (Fastmail Help)",
  "stored copies (pages corpus; also fastmail.help/hc/en-us/articles/7010500320655)",
);

const { phrase } = entryKit("fastmail");

export const FASTMAIL_TABLE: ProviderTable = {
  provider: "fastmail",
  identity: {
    provider: "fastmail",
    name: "Fastmail",
    hosts: ["fastmail.com", "messagingengine.com", "fastmail.fm"],
    markers: ["messagingengine.com"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "user-unknown-virtual",
      cause: "recipient-unknown",
      match: [
        "recipient address rejected: user unknown in virtual mailbox table",
        "sorry, user address unknown",
      ],
      // The first needle is Postfix's default text, which any Postfix writes (also inside a
      // sender probe's result, where the address is the sender's): Fastmail's reading holds where
      // the refusal is Fastmail's; Postfix's own entry reads the words elsewhere.
      scope: "identified",
      source: BOUNCES,
      example: "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
    }),
    phrase({
      id: "not-authorised-header-address",
      cause: "sender-address-invalid",
      match: ["not authorised to send from this header address"],
      source: BOUNCES,
      example: "551 5.7.1 Not authorised to send from this header address",
      note: "The From address is not one of the account's verified sending identities.",
    }),
    phrase({
      id: "authentication-failed",
      cause: "relay-denied",
      match: ["error: authentication failed: authentication failure"],
      scope: "any",
      source: BOUNCES,
      example: "535 5.7.8 Error: authentication failed: authentication failure",
      note: "The mail client's SMTP login failed (use an app password).",
    }),
    phrase({
      id: "content-rejected",
      cause: "content-spam",
      match: ["content rejected"],
      replyCode: "5xx",
      // Weak: the article itself leaves two causes (a probable virus, or spam);
      // scoring/possibility-wordings.ts ranks them.
      strength: "weak",
      source: BOUNCES,
      example: "554 5.7.1 Content rejected",
      verbatim: false,
      note: "The article names the error 'content rejected': a probable virus, or a message already reported as spam. The reply line around it is reconstructed.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article was read in excerpts: 'Access denied' and 'Host or domain name not found' are not entered (the latter is Postfix's wording).",
  ],
};

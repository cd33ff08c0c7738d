// SocketLabs, an outgoing relay: the replies its SMTP gateway gives the sending client. Sources:
// SocketLabs' help centre, "SocketLabs Inbound SMTP Gateway Errors" (its articles per reply) and
// "Sending Domains".
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const STORED = "stored copy (pages corpus)";
const NOT_ALLOWED = page(
  "https://help.socketlabs.com/docs/554-510-the-senders-address-was-not-allowed",
  "554 5.1.0 The Sender's Address Was Not Allowed (SocketLabs Help Center)",
  STORED,
);
const SUSPENDED = page(
  "http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended",
  "451 4.7.1 - Your account has been temporarily suspended (SocketLabs Help Center)",
  STORED,
);
const DOMAINS = page(
  "https://help.socketlabs.com/docs/verified-sending-domains",
  "Sending Domains (SocketLabs Help Center)",
  STORED,
);

const { phrase } = entryKit("socketlabs");

export const SOCKETLABS_TABLE: ProviderTable = {
  provider: "socketlabs",
  identity: {
    provider: "socketlabs",
    name: "SocketLabs",
    hosts: ["socketlabs.com"],
    source: NOT_ALLOWED,
  },
  phrases: [
    phrase({
      id: "senders-address-not-allowed",
      cause: "relay-denied",
      match: ["the sender's address was not allowed"],
      scope: "any",
      source: NOT_ALLOWED,
      example: "554 5.1.0 The Sender's Address Was Not Allowed",
      note: `The From domain or address is not verified for the server (${DOMAINS.url}: only verified domains may send), not on its Sending Domains whitelist, or blocked by SocketLabs for spam or a policy violation. SocketLabs will not relay for this sender: verify the domain (or ask SocketLabs about the block).`,
    }),
    phrase({
      id: "account-temporarily-suspended",
      cause: "rate-limited",
      match: ["your account has been temporarily suspended"],
      source: SUSPENDED,
      example: "451 4.7.1 Your account has been temporarily suspended",
      note: "The article: the server reached its monthly allotment of messages, bandwidth or API calls (past the overage setting; a free account at its limit), and SocketLabs turned SMTP access off. A sending limit, not a refusal by the recipient: upgrade the plan or raise the overage setting, then send again.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'421 4.5.1 Too many errors, you have been temporarily blacklisted' (the gateway's guard against a client that makes many errors) was read without its list of root causes: not entered.",
  ],
};

// VIPRE Email Security (a filtering gateway), from its knowledge-base article "Email Rejection
// Reasons", which lists the rejection reasons the portal shows with the cause of each. Only the
// reasons whose cause the article states and that are the gateway's own words are entered.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REASONS = page(
  "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons",
  "Email Rejection Reasons (VIPRE support)",
  "stored copy (pages corpus), read in excerpts (the inbound table)",
);
const PORTAL =
  "The article lists the reason as the portal shows it, without the reply code; the example is that wording.";

const { phrase } = entryKit("vipre");

export const VIPRE_TABLE: ProviderTable = {
  provider: "vipre",
  identity: {
    provider: "vipre",
    name: "VIPRE Email Security",
    hosts: ["vipre.com"],
    source: REASONS,
  },
  phrases: [
    phrase({
      id: "sender-domain-requires-tls",
      cause: "tls-required",
      match: ["your sender domain is required to send via an encrypted smtp session"],
      scope: "any",
      source: REASONS,
      example: "Your sender domain is required to send via an encrypted SMTP session",
      note: `The article: mail came without TLS from a sender domain for which TLS is enforced. ${PORTAL}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Reasons the article gives no cause for ('RBL Reject', 'You cannot say you are me. I am me.': 'Please contact support'), or only a bare list name ('XBL', 'PBL'), are not entered; 'Greylisted' names none of the causes; the outbound table was not in the stored copy.",
    "'Call forward rejected', 'Invalid Mailbox (Call FWD)' and 'Could not complete recipient callout' are not entered: the article gives each only as the downstream server's rejection or timeout, whatever its reason (the classifier leaves 'invalid mailbox (call fwd)' open on purpose).",
  ],
};

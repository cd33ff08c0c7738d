// Aruba (aruba.it, Aruba Business), Italy's largest hosting provider. Its guide lists the errors
// its mail servers give, with the server's id for the session in the reply ("552 5.2.0
// igxL1p00E1WDM2s01gxMXG spam detected"); both rows below refuse mail on the way out.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta",
  "Errori comuni durante l'invio e la ricezione della posta (Aruba Business guide)",
  "stored copy (pages corpus), read from its start to the Mail Delivery Failed row",
);

const { phrase } = entryKit("aruba");

export const ARUBA_TABLE: ProviderTable = {
  provider: "aruba",
  identity: {
    provider: "aruba",
    name: "Aruba (aruba.it)",
    hosts: ["aruba.it", "arubabusiness.it"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "spam-detected",
      cause: "content-spam",
      match: [/\b[0-9a-z]{20,24} spam detected\b/],
      source: ERRORS,
      example: "552 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected",
      note: "The page: the outgoing server stopped the message because mail from the account was reported as unwanted (spam) by many recipients. Send only to recipients who opted in (double opt-in is better), handle bounces, remove invalid addresses and honour removal requests.",
    }),
    phrase({
      id: "policy-violation",
      cause: "rate-limited",
      match: [/\b[0-9a-z]{20,24} policy violation\b/],
      // Only where Aruba's server is identified: the same Cloudmark Gateway line (a session id,
      // then "policy violation") is Forpsi's too, whose articles read it as a sending limit for
      // some blocks and as distrust of a sender that looks like a stolen mailbox for others
      // (forpsi.ts). Alone, the line leaves both possible (scoring/possibility-wordings.ts
      // cloudmark.policy-violation).
      scope: "identified",
      source: ERRORS,
      example: "X.X.X iemL1p01Z0hMcT901emQ77 policy violation",
      note: "The page: a temporary error for sending too many messages (or a like breach) against the recommended limits; keep to 200-300 messages every 20 minutes.",
    }),
  ],
  statusReadings: [],
};

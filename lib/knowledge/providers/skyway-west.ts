// Skyway West (a Canadian ISP and host), from its page "What to do if Skyway West bounces email
// to accounts we host", which lists the replies its mail server gives and explains them.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "http://www.skywaywest.com/2014/06/what-to-do-if-skyway-west-bounces-email-to-accounts-we-host/",
  "What to do if Skyway West bounces email to accounts we host (Skyway West)",
  "stored copy (pages corpus); the blocklist links after 'see' did not come through",
);

const { phrase } = entryKit("skyway-west");

export const SKYWAY_WEST_TABLE: ProviderTable = {
  provider: "skyway-west",
  identity: {
    provider: "skyway-west",
    name: "Skyway West",
    hosts: ["skywaywest.com"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "sender-domain-does-not-resolve",
      cause: "sender-address-invalid",
      match: ["domain of sender address does not resolve"],
      scope: "any",
      source: BOUNCES,
      example: "451 Domain of sender address does not resolve",
      note: "The page ('Email from Non-resolvable Domains'): the domain of the sender address cannot be resolved (expired or misconfigured), and spam often comes from forged domains.",
    }),
    phrase({
      id: "mail-from-ip-rejected-see",
      cause: "ip-blocklisted",
      // The page's form: 571, the sending IP, then the list's page after "see".
      match: [/571 mail from [\dx]{1,3}(?:\.[\dx]{1,3}){3} rejected see/],
      scope: "any",
      source: BOUNCES,
      example: "571 Mail from xx.xx.xx.xx rejected see",
      note: "The page: Skyway West refuses mail from IP addresses known as sources of spam on the blocklists it uses (one of them Osirusoft's relay list); each such reply points to the list's page.",
    }),
  ],
  statusReadings: [],
};

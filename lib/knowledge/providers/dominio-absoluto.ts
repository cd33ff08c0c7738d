// DominioAbsoluto (Spanish hosting company), from its postmaster page on the checks its
// incoming mail servers make and the reply each check gives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CHECKS = page(
  "http://postmaster.dominioabsoluto.com/checks.html",
  "Checks done by the incoming mail servers of DominioAbsoluto (postmaster)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("dominio-absoluto");

export const DOMINIO_ABSOLUTO_TABLE: ProviderTable = {
  provider: "dominio-absoluto",
  identity: {
    provider: "dominio-absoluto",
    name: "DominioAbsoluto",
    // The page speaks for DominioAbsoluto and its antispam service DominioAbsoluto.Net.
    hosts: ["dominioabsoluto.com", "dominioabsoluto.net"],
    source: CHECKS,
  },
  phrases: [
    phrase({
      id: "antispam-reputation-list",
      cause: "ip-blocklisted",
      match: ["blocked by antispam reputation list"],
      scope: "any",
      source: CHECKS,
      example: "553 Blocked by antispam reputation list: Listed XXX.XXX.XXX.XXX",
      note: "The page: the antispam service keeps public and private blocklists of IPs that sent spam or malware; the sender's postmaster must request removal and stop the unsolicited mail.",
    }),
    phrase({
      id: "administratively-denied",
      cause: "domain-blocklisted",
      // The server's own spelling ("administratvely"), as the page quotes it.
      match: ["your mail was administratvely denied"],
      scope: "any",
      source: CHECKS,
      example: "553 sorry, your mail was administratvely denied. (#5.7.1)",
      note: "The page: internal blacklists filter messages from sender domains that send, for example, massive mailings or malware; the sender's administrator or ISP should contact DominioAbsoluto.",
    }),
    phrase({
      id: "lost-connection-greeting",
      cause: "rate-limited",
      match: ["while receiving the initial server greeting"],
      // Postfix's own client words for any connection dropped before the greeting: the page
      // reads them as its rate limits only for connections to its own servers.
      scope: "identified",
      source: CHECKS,
      example:
        "lost connection with XXX.XXX.XXX.XXX[XXX.XXX.XXX.XXX] while receiving the initial server greeting",
      note: "The page: it applies rate limits to the connections of an SMTP client; a client sending too much in too short a time has its connections dropped and sees this message.",
    }),
  ],
  statusReadings: [],
};
